#include "ledger/ItemVoider.h"

#include "ledger/AccountReader.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/CorrectionReason.h"
#include "ledger/FamilyAccount.h"
#include "ledger/FamilyLimits.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/LedgerJson.h"
#include "migration/PostingLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace paydesk::core {

namespace {

// The rows that pay `target` and are still in force: neither reversals nor reversed, in id
// order. Reversing each of them leaves nothing allocated to it.
QList<Allocation> standingRows(const FamilyAccount &account, const AllocationTarget &target)
{
    QSet<qint64> reversed;
    for (const Allocation &a : account.allocations) {
        if (a.reversesAllocationId)
            reversed.insert(a.reversesAllocationId);
    }
    QList<Allocation> rows;
    for (const Allocation &a : account.allocations) {
        if (a.target == target && !a.reversesAllocationId && !reversed.contains(a.id))
            rows.append(a);
    }
    return rows;
}

// The plan as every void's starts: its void row on the item's patient, provider and clinic
// (a Charge's or an Adjustment's), dated today.
template<typename Party>
ItemVoid newPlan(ItemVoid::Item item, const FamilyAccount &account, const Party &party, const LedgerCalendar &calendar)
{
    ItemVoid plan;
    plan.item = item;
    plan.itemId = party.id;
    plan.familyId = account.familyId;
    Adjustment &v = plan.voidRow;
    v.patientId = party.patientId;
    v.providerId = party.providerId;
    v.clinicId = party.clinicId;
    v.date = calendar.today();
    v.type = AdjustmentTypes::voidCode();
    v.kind = Adjustment::Kind::Void;
    return plan;
}

QString idList(const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << QStringLiteral("#%1").arg(id);
    return names.join(QStringLiteral(", "));
}

// Plans the void of the item on its account as it stands; `before`, when given, receives
// the item as the audit trail shows it.
ItemVoid plan(const Database &db, ItemVoid::Item item, qint64 id, bool lock, QJsonObject *before = nullptr)
{
    const AccountReader reader(db);
    const bool charge = item == ItemVoid::Item::Charge;
    const auto family = charge ? reader.familyOfCharge(id) : reader.familyOfAdjustment(id);
    if (!family)
        throw Refusal(charge ? Tr::tr("There is no charge #%1.").arg(id)
                             : Tr::tr("There is no adjustment #%1.").arg(id));
    if (lock)
        db.lockFamily(*family);
    const FamilyAccount account = reader.load(*family);
    const LedgerCalendar calendar(db);
    if (before)
        *before = charge ? LedgerJson::charge(account.charge(id)->charge)
                         : LedgerJson::adjustment(account.adjustment(id)->adjustment);
    return charge ? ItemVoider::planChargeVoid(account, id, calendar)
                  : ItemVoider::planAdjustmentVoid(account, id, calendar);
}

} // namespace

Money ItemVoid::returnedCredit() const
{
    Money total;
    for (const Allocation &a : takenBack)
        total += a.amount;
    return total;
}

QList<ItemVoid::Credit> ItemVoid::creditByPayment() const
{
    QMap<qint64, Money> byPayment;
    for (const Allocation &a : takenBack)
        byPayment[a.paymentId] += a.amount;
    QList<Credit> credits;
    for (auto it = byPayment.cbegin(); it != byPayment.cend(); ++it) {
        if (!it->isZero())
            credits.append({it.key(), *it});
    }
    return credits;
}

ItemVoider::ItemVoider(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

ItemVoid ItemVoider::planChargeVoid(const FamilyAccount &account, qint64 chargeId, const LedgerCalendar &calendar)
{
    const ChargeLine *line = account.charge(chargeId);
    if (!line)
        throw Refusal(Tr::tr("There is no charge #%1.").arg(chargeId));
    const Charge &charge = line->charge;
    QStringList problems;
    if (line->isVoided())
        problems << Tr::tr("Charge #%1 was already voided by adjustment #%2.").arg(chargeId).arg(line->voidedById);
    QList<qint64> claims;
    for (const ClaimProcedure &procedure : account.claimProcedures) {
        if (procedure.chargeId == chargeId && !claims.contains(procedure.claimId))
            claims.append(procedure.claimId);
    }
    if (!claims.isEmpty())
        problems << Tr::tr("Charge #%1 is on claim %2, which paid %3 and wrote off %4 on it (claim payments spread "
                           "onto it included): insurance is settled on the claim, so the charge cannot be voided.")
                            .arg(chargeId)
                            .arg(idList(claims), line->insurancePaid.toString(), line->writtenOff.toString());
    calendar.checkReversible(problems, charge.date, Tr::tr("Charge #%1").arg(chargeId), LedgerCalendar::Reversal::Void);
    if (!problems.isEmpty())
        throw Refusal(problems);

    ItemVoid plan = newPlan(ItemVoid::Item::Charge, account, charge, calendar);
    plan.takenBack = standingRows(account, AllocationTarget::charge(chargeId));
    plan.voidRow.chargeId = chargeId;
    // With its allocations taken back and no insurance, the charge then owes exactly 0.00.
    plan.voidRow.amount = -(charge.amount + line->adjusted);
    return plan;
}

ItemVoid ItemVoider::planAdjustmentVoid(const FamilyAccount &account,
                                        qint64 adjustmentId,
                                        const LedgerCalendar &calendar)
{
    const AdjustmentLine *line = account.adjustment(adjustmentId);
    if (!line)
        throw Refusal(Tr::tr("There is no adjustment #%1.").arg(adjustmentId));
    const Adjustment &adjustment = line->adjustment;
    const ChargeLine *charge = adjustment.chargeId ? account.charge(adjustment.chargeId) : nullptr;
    QStringList problems;
    if (adjustment.isVoid())
        problems << (adjustment.reversesAdjustmentId
                             ? Tr::tr("Adjustment #%1 is itself the void of adjustment #%2: it cannot be voided.")
                                       .arg(adjustmentId)
                                       .arg(adjustment.reversesAdjustmentId)
                             : Tr::tr("Adjustment #%1 is itself the void of charge #%2: it cannot be voided.")
                                       .arg(adjustmentId)
                                       .arg(adjustment.chargeId));
    else if (line->isVoided())
        problems << Tr::tr("Adjustment #%1 was already voided by adjustment #%2.")
                            .arg(adjustmentId)
                            .arg(line->voidedById);
    else if (charge && charge->isVoided())
        problems << Tr::tr("Adjustment #%1 is on charge #%2, which adjustment #%3 voided together with it.")
                            .arg(adjustmentId)
                            .arg(adjustment.chargeId)
                            .arg(charge->voidedById);
    calendar.checkReversible(
            problems, adjustment.date, Tr::tr("Adjustment #%1").arg(adjustmentId), LedgerCalendar::Reversal::Void);
    if (!problems.isEmpty())
        throw Refusal(problems);

    ItemVoid plan = newPlan(ItemVoid::Item::Adjustment, account, adjustment, calendar);
    plan.voidRow.chargeId = adjustment.chargeId;
    plan.voidRow.reversesAdjustmentId = adjustmentId;
    plan.voidRow.amount = -adjustment.amount;
    if (!charge) {
        plan.takenBack = standingRows(account, AllocationTarget::adjustment(adjustmentId));
        return plan;
    }
    // Without the fee the charge may be overpaid: its newest payments give back whole rows
    // until it is not. Rows that took money off it (a balancer's transfer) stay.
    Money balance = charge->balance() - adjustment.amount;
    Money allocated = charge->allocated;
    QList<Allocation> rows = standingRows(account, AllocationTarget::charge(adjustment.chargeId));
    for (auto row = rows.crbegin(); row != rows.crend() && balance.isNegative(); ++row) {
        if (!row->amount.isPositive() || row->amount > allocated)
            continue;
        plan.takenBack.append(*row);
        balance += row->amount;
        allocated -= row->amount;
    }
    if (balance.isNegative())
        throw Refusal(Tr::tr("Voiding adjustment #%1 (%2) would take charge #%3's balance of %4 below zero, even with "
                             "what was allocated to it taken back.")
                              .arg(adjustmentId)
                              .arg(adjustment.amount.toString())
                              .arg(adjustment.chargeId)
                              .arg(charge->balance().toString()));
    return plan;
}

ItemVoid ItemVoider::previewCharge(qint64 chargeId) const
{
    return preview(ItemVoid::Item::Charge, chargeId);
}

ItemVoid ItemVoider::previewAdjustment(qint64 adjustmentId) const
{
    return preview(ItemVoid::Item::Adjustment, adjustmentId);
}

ItemVoid ItemVoider::voidCharge(qint64 chargeId, const QString &reason)
{
    return write(ItemVoid::Item::Charge, chargeId, reason);
}

ItemVoid ItemVoider::voidAdjustment(qint64 adjustmentId, const QString &reason)
{
    return write(ItemVoid::Item::Adjustment, adjustmentId, reason);
}

ItemVoid ItemVoider::preview(ItemVoid::Item item, qint64 id) const
{
    Transaction read(m_db, Transaction::Mode::Read);
    ItemVoid planned = plan(m_db, item, id, false);
    read.commit();
    return planned;
}

ItemVoid ItemVoider::write(ItemVoid::Item item, qint64 id, const QString &reason)
{
    Permissions::require(m_db, m_user, Permissions::Action::VoidOrRefund);
    const QString why = requireCorrectionReason(reason);
    // Asked before the transaction opens (see PostingLock); an unknown item is refused by plan().
    const AccountReader reader(m_db);
    if (const auto family = item == ItemVoid::Item::Charge ? reader.familyOfCharge(id) : reader.familyOfAdjustment(id))
        PostingLock::requireOpen(m_db, *family);
    Transaction tx(m_db);
    QJsonObject before;
    ItemVoid done = plan(m_db, item, id, true, &before);
    Adjustment &v = done.voidRow;
    v.note = why;
    FamilyLimits::checkPosting(m_db, v.patientId, {.adjustments = v.amount});
    // Counters in the order of every posting: adjustments, allocations, then audit_log.
    v.id = m_db.reserveIds(QStringLiteral("adjustments"));
    LedgerStore store(m_db, m_user);
    store.insertAdjustment(v);
    AuditLog audit(m_db, m_user);
    qint64 nextId = done.takenBack.isEmpty() ? 0
                                             : m_db.reserveIds(QStringLiteral("allocations"), done.takenBack.size());
    for (const Allocation &row : std::as_const(done.takenBack)) {
        // The mirror belongs to this void, not to the transfer or balancer run of its row.
        Allocation mirror = row;
        mirror.id = nextId++;
        mirror.amount = -row.amount;
        mirror.rule = AllocationRule::Void;
        mirror.reversesAllocationId = row.id;
        mirror.transferId = 0;
        mirror.runId = 0;
        store.insertAllocation(mirror);
        audit.add(QStringLiteral("void"),
                  QStringLiteral("allocation"),
                  mirror.id,
                  LedgerJson::allocation(row),
                  LedgerJson::allocation(mirror));
    }
    const bool charge = item == ItemVoid::Item::Charge;
    audit.add(QStringLiteral("void"),
              charge ? QStringLiteral("charge") : QStringLiteral("adjustment"),
              id,
              before,
              LedgerJson::adjustment(v));
    audit.write();
    tx.commit();
    return done;
}

} // namespace paydesk::core
