#include "ledger/RefundWriter.h"

#include "ledger/CorrectionReason.h"
#include "ledger/FamilyAccount.h"
#include "ledger/FamilyLimits.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/LedgerJson.h"
#include "ledger/PaymentPoster.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core {

namespace {

// The payment's standing rows to one target, newest first.
struct TargetRows
{
    AllocationTarget target;
    Money net;
    QList<Allocation> rows;
};

// The payment's standing rows grouped by target, the target of the newest row first. A
// Family Balancer transfer leaves a payment with a negative row beside the positive ones of
// the same target: taking back by target, never beyond its net, keeps every target paid
// between zero and what it was paid before.
QList<TargetRows> newestTargetsFirst(const QList<Allocation> &standing)
{
    QList<TargetRows> groups;
    for (auto it = standing.crbegin(); it != standing.crend(); ++it) {
        auto group = std::find_if(
                groups.begin(), groups.end(), [&](const TargetRows &g) { return g.target == it->target; });
        if (group == groups.end())
            group = groups.insert(groups.end(), TargetRows{it->target, {}, {}});
        group->net += it->amount;
        group->rows.append(*it);
    }
    return groups;
}

// Takes `amount` of the payment's allocated money back, newest target first: each row taken
// back whole (a reversing row, rule Unallocate as a clerk's take-back writes it) and what was
// taken beyond `amount` allocated again to the same target. The re-allocation is rule Manual:
// its target is the one the payment already paid, not one the FIFO (Auto) chose. It is
// written without Allocator::apply's balance check because it only lowers what the payment
// pays on a target it paid before: an item overpaid since (insurance came later) must not
// block a chargeback.
void takeBack(const Database &db,
              LedgerStore &store,
              AuditLog &audit,
              const FamilyAccount &account,
              qint64 paymentId,
              Money amount)
{
    QList<Allocation> reversals, again;
    Money need = amount;
    for (const TargetRows &group : newestTargetsFirst(account.standingAllocations(paymentId))) {
        if (!need.isPositive())
            break;
        if (!group.net.isPositive())
            continue;
        const Money take = Money::min(group.net, need);
        Money reversed;
        for (const Allocation &row : group.rows) {
            // The reversal belongs to this refund, not to the transfer or balancer run of its row.
            Allocation mirror = row;
            mirror.amount = -row.amount;
            mirror.rule = AllocationRule::Unallocate;
            mirror.reversesAllocationId = row.id;
            mirror.transferId = 0;
            mirror.runId = 0;
            reversals.append(mirror);
            reversed += row.amount;
            if (reversed >= take)
                break;
        }
        if (reversed > take) {
            Allocation rest = reversals.constLast();
            rest.amount = reversed - take;
            rest.rule = AllocationRule::Manual;
            rest.reversesAllocationId = 0;
            again.append(rest);
        }
        need -= take;
    }
    // The caller allowed no more than the payment's unrefunded amount, which its standing
    // rows and its credit hold together.
    Q_ASSERT(need.isZero());

    qint64 nextId = db.reserveIds(QStringLiteral("allocations"), reversals.size() + again.size());
    const QList<Allocation> &rows = account.allocations;
    for (Allocation &mirror : reversals) {
        mirror.id = nextId++;
        store.insertAllocation(mirror);
        const auto original = std::find_if(
                rows.begin(), rows.end(), [&](const Allocation &a) { return a.id == mirror.reversesAllocationId; });
        audit.add(QStringLiteral("unallocate"),
                  QStringLiteral("allocation"),
                  mirror.id,
                  LedgerJson::allocation(*original),
                  LedgerJson::allocation(mirror));
    }
    for (Allocation &rest : again) {
        rest.id = nextId++;
        store.insertAllocation(rest);
        audit.add(QStringLiteral("allocate"), QStringLiteral("allocation"), rest.id, {}, LedgerJson::allocation(rest));
    }
}

} // namespace

qint64 RefundWriter::write(const Database &db,
                           LedgerStore &store,
                           AuditLog &audit,
                           const FamilyAccount &account,
                           qint64 paymentId,
                           Money amount,
                           QDate date,
                           PaymentMethod method,
                           const QString &reason,
                           Mode mode)
{
    const QString why = requireCorrectionReason(reason);
    const PaymentLine *original = account.payment(paymentId);
    if (!original)
        throw Refusal(Tr::tr("There is no payment #%1 on account %2.").arg(paymentId).arg(account.familyId));
    PaymentPoster::requireReversible(*original, LedgerCalendar(db), PaymentPoster::Reversal::Refund, date);

    const Money credit = original->availableCredit();
    if (mode == Mode::UnallocatedCredit && (!amount.isPositive() || amount > credit))
        throw Refusal(Tr::tr("Refund amount %1 is not between 0.01 and the %2 of payment #%3 that is unallocated.")
                              .arg(amount.toString(), credit.toString())
                              .arg(paymentId));
    const Money unrefunded = original->payment.amount + original->refunded;
    if (mode == Mode::TakeBackAllocations && (!amount.isPositive() || amount > unrefunded))
        throw Refusal(Tr::tr("Refund amount %1 is not between 0.01 and the %2 of payment #%3 not yet refunded.")
                              .arg(amount.toString(), unrefunded.toString())
                              .arg(paymentId));
    FamilyLimits::checkPosting(db, original->payment.patientId, {.payments = -amount});

    // Counters in the order of every posting: payments, allocations, then audit_log.
    Payment refund = original->payment;
    refund.id = db.reserveIds(QStringLiteral("payments"));
    refund.date = date;
    refund.amount = -amount;
    refund.method = method;
    refund.kind = Payment::Kind::Refund;
    refund.relatedPaymentId = paymentId;
    refund.reference = QString();
    refund.note = why;
    store.insertPayment(refund);
    audit.add(QStringLiteral("refund"),
              QStringLiteral("payment"),
              refund.id,
              LedgerJson::payment(original->payment),
              LedgerJson::payment(refund));
    if (amount > credit)
        takeBack(db, store, audit, account, paymentId, amount - credit);
    return refund.id;
}

} // namespace paydesk::core
