#include "balancer/PlanWriter.h"

#include "ledger/Payment.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"

#include <QHash>
#include <QJsonObject>

namespace paydesk::core {

namespace {

// Hands out ids from one reservation of a table's counter.
class IdBlock
{
public:
    IdBlock(const Database &db, const QString &table, qint64 count)
        : m_next(count > 0 ? db.reserveIds(table, count) : 0)
    {
    }
    qint64 take() { return m_next++; }

private:
    qint64 m_next;
};

} // namespace

PlanWriter::PlanWriter(const Database &db, QString user) : m_db(db), m_user(std::move(user))
{
}

qint64 PlanWriter::write(const QList<FamilyPlan> &plans, qint64 runId, const QString &note)
{
    qint64 placeholders = 0, transfers = 0, allocations = 0, spreads = 0, families = 0;
    for (const FamilyPlan &plan : plans) {
        if (plan.isRefused() || plan.isEmpty())
            continue;
        ++families;
        placeholders += plan.placeholders.size();
        transfers += plan.needsTransfer() ? 1 : 0;
        allocations += plan.allocations.size();
        spreads += plan.spreads.size();
    }
    if (families == 0)
        return 0;

    // The counters' lock order of every posting: charges, payments, allocations, audit.
    IdBlock chargeIds(m_db, QStringLiteral("charges"), placeholders);
    IdBlock procedureIds(m_db, QStringLiteral("claim_procs"), placeholders);
    IdBlock paymentIds(m_db, QStringLiteral("payments"), transfers);
    IdBlock allocationIds(m_db, QStringLiteral("allocations"), allocations);
    IdBlock spreadIds(m_db, QStringLiteral("claim_spreads"), spreads);

    LedgerStore store(m_db, m_user);
    AuditLog audit(m_db, m_user);
    for (const FamilyPlan &plan : plans) {
        if (plan.isRefused() || plan.isEmpty())
            continue;
        QHash<qint64, qint64> chargeId; // placeholder's planned id → stored id
        for (const PlaceholderProcedure &placeholder : plan.placeholders) {
            Charge charge = placeholder.charge;
            charge.id = chargeIds.take();
            chargeId.insert(placeholder.charge.id, charge.id);
            store.insertCharge(charge);
            store.insertClaimProcedure({procedureIds.take(), placeholder.claimId, charge.id, {}, {}});
        }
        qint64 transferId = 0;
        if (plan.needsTransfer()) {
            Payment transfer;
            transfer.id = transferId = paymentIds.take();
            transfer.patientId = plan.transferPatientId;
            transfer.date = plan.transferDate;
            transfer.method = PaymentMethod::Transfer;
            transfer.note = note;
            store.insertPayment(transfer);
        }
        for (Allocation row : plan.allocations) {
            row.id = allocationIds.take();
            row.runId = runId;
            if (row.transferId == FamilyPlan::newTransfer)
                row.transferId = transferId;
            store.insertAllocation(row);
        }
        for (ClaimSpread spread : plan.spreads) {
            spread.id = spreadIds.take();
            spread.runId = runId;
            spread.chargeId = chargeId.value(spread.chargeId, spread.chargeId);
            store.insertClaimSpread(spread);
        }
        audit.add(QStringLiteral("balance"), QStringLiteral("family"), plan.familyId, {},
                  QJsonObject{{QStringLiteral("run"), runId},
                              {QStringLiteral("transfer"), transferId},
                              {QStringLiteral("rows"), plan.rowCount()},
                              {QStringLiteral("amount_moved"), plan.amountMoved().toString()}});
    }
    audit.write();
    return families;
}

} // namespace paydesk::core
