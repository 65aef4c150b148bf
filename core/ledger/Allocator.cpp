#include "ledger/Allocator.h"

#include "groups/PracticeGroups.h"
#include "ledger/AccountReader.h"
#include "ledger/FamilyAccount.h"
#include "ledger/LedgerJson.h"
#include "migration/PostingLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QHash>

namespace paydesk::core {

namespace {

QString describe(const AllocationTarget &target)
{
    switch (target.kind) {
    case AllocationTarget::Kind::Charge: return Tr::tr("charge #%1").arg(target.id);
    case AllocationTarget::Kind::Adjustment: return Tr::tr("adjustment #%1").arg(target.id);
    case AllocationTarget::Kind::Unearned: return Tr::tr("unearned income");
    }
    return {};
}

// Refuses a payment whose credit may not be allocated at all.
void requireAllocatable(const PaymentLine &line)
{
    const Payment &p = line.payment;
    if (p.kind != Payment::Kind::Payment)
        throw Refusal(Tr::tr("Payment #%1 is a %2 of payment #%3: it cannot be allocated.")
                          .arg(p.id)
                          .arg(p.kind == Payment::Kind::Void ? Tr::tr("void") : Tr::tr("refund"))
                          .arg(p.relatedPaymentId));
    if (line.isVoided())
        throw Refusal(Tr::tr("Payment #%1 was voided by #%2: it cannot be allocated.").arg(p.id).arg(line.reversedById));
    if (!p.amount.isPositive())
        throw Refusal(Tr::tr("Payment #%1 is negative (%2): negative payments are never allocated.")
                          .arg(p.id)
                          .arg(p.amount.toString()));
}

} // namespace

Allocator::Allocator(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

template<typename Work>
auto Allocator::withPayment(qint64 paymentId, Work work)
{
    Permissions::require(m_db, m_user, Permissions::Action::Allocate);
    const AccountReader reader(m_db);
    // A payment never changes family, so it is looked up once, before the transaction opens:
    // the posting lock is asked first (see PostingLock).
    const auto family = reader.familyOfPayment(paymentId);
    if (!family)
        throw Refusal(Tr::tr("There is no payment #%1.").arg(paymentId));
    PostingLock::requireOpen(m_db, *family);
    Transaction tx(m_db);
    m_db.lockFamily(*family);
    const FamilyAccount account = reader.load(*family);
    LedgerStore store(m_db, m_user);
    AuditLog audit(m_db, m_user);
    auto result = work(store, audit, account, *account.payment(paymentId));
    audit.write();
    tx.commit();
    return result;
}

QList<qint64> Allocator::allocate(qint64 paymentId, const QList<Split> &lines)
{
    return withPayment(paymentId, [&](LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                                      const PaymentLine &payment) {
        return apply(m_db, store, audit, account, payment, lines, AllocationRule::Manual);
    });
}

Allocated Allocator::autoAllocate(qint64 paymentId, bool patientFirst)
{
    return withPayment(paymentId, [&](LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                                      const PaymentLine &payment) {
        Allocated allocated;
        allocated.splits = autoPlan(account, payment, patientFirst);
        allocated.ids = apply(m_db, store, audit, account, payment, allocated.splits, AllocationRule::Auto);
        return allocated;
    });
}

qint64 Allocator::toUnearned(qint64 paymentId, Money amount)
{
    return withPayment(paymentId, [&](LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                                      const PaymentLine &payment) {
        return apply(m_db, store, audit, account, payment, {{AllocationTarget::unearned(), amount}},
                     AllocationRule::Manual)
            .constFirst();
    });
}

qint64 Allocator::unallocate(qint64 allocationId)
{
    const AccountReader reader(m_db);
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT payment_id FROM allocations WHERE id = :id")).bind(QStringLiteral(":id"), allocationId).exec();
    if (!q.next())
        throw Refusal(Tr::tr("There is no allocation #%1.").arg(allocationId));
    const qint64 paymentId = q.id(0);
    q.finish();
    return withPayment(paymentId, [&](LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                                      const PaymentLine &) {
        const auto original = std::find_if(account.allocations.begin(), account.allocations.end(),
                                           [&](const Allocation &a) { return a.id == allocationId; });
        if (original->reversesAllocationId)
            throw Refusal(Tr::tr("Allocation #%1 is itself a reversal: allocate the payment again instead.").arg(allocationId));
        const bool alreadyReversed = std::any_of(account.allocations.begin(), account.allocations.end(),
                                                 [&](const Allocation &a) { return a.reversesAllocationId == allocationId; });
        if (alreadyReversed)
            throw Refusal(Tr::tr("Allocation #%1 was already taken back.").arg(allocationId));
        Allocation reversal = *original;
        reversal.id = m_db.reserveIds(QStringLiteral("allocations"));
        reversal.amount = -original->amount;
        reversal.rule = AllocationRule::Unallocate;
        reversal.reversesAllocationId = allocationId;
        store.insertAllocation(reversal);
        audit.add(QStringLiteral("unallocate"), QStringLiteral("allocation"), reversal.id,
                  LedgerJson::allocation(*original), LedgerJson::allocation(reversal));
        return reversal.id;
    });
}

QList<Split> Allocator::autoPlan(const FamilyAccount &account, const PaymentLine &payment, bool patientFirst)
{
    requireAllocatable(payment);
    return AutoAllocator::plan(payment.availableCredit(), AutoAllocator::openItems(account),
                               patientFirst ? payment.payment.patientId : 0);
}

QList<qint64> Allocator::apply(const Database &db, LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                               const PaymentLine &payment, const QList<Split> &lines, AllocationRule rule)
{
    PracticeGroups::requireTracked(db, account.familyId);
    requireAllocatable(payment);
    const Payment &p = payment.payment;
    QStringList problems;
    Money total;
    QHash<qint64, Money> takenFromCharge, takenFromAdjustment;
    QList<Allocation> rows;
    for (const Split &line : lines) {
        Allocation a;
        a.paymentId = p.id;
        a.target = line.target;
        a.amount = line.amount;
        a.rule = rule;
        if (!line.amount.isPositive()) {
            problems << Tr::tr("The amount for %1 must be positive, not %2.").arg(describe(line.target), line.amount.toString());
            continue;
        }
        total += line.amount;
        switch (line.target.kind) {
        case AllocationTarget::Kind::Charge: {
            const ChargeLine *charge = account.charge(line.target.id);
            if (!charge) {
                problems << Tr::tr("Charge #%1 is not on account %2.").arg(line.target.id).arg(account.familyId);
                continue;
            }
            if (charge->isVoided()) {
                problems << Tr::tr("Charge #%1 was voided by adjustment #%2: it owes nothing.")
                                .arg(line.target.id)
                                .arg(charge->voidedById);
                continue;
            }
            Money &taken = takenFromCharge[charge->charge.id];
            taken += line.amount;
            if (taken > charge->balance())
                problems << Tr::tr("Allocating %1 to charge #%2 would take its balance of %3 below zero.")
                                .arg(line.amount.toString())
                                .arg(charge->charge.id)
                                .arg(charge->balance().toString());
            a.patientId = charge->charge.patientId;
            a.providerId = charge->charge.providerId;
            a.clinicId = charge->charge.clinicId;
            break;
        }
        case AllocationTarget::Kind::Adjustment: {
            const AdjustmentLine *adjustment = account.adjustment(line.target.id);
            if (!adjustment) {
                problems << Tr::tr("Adjustment #%1 is not on account %2.").arg(line.target.id).arg(account.familyId);
                continue;
            }
            if (adjustment->adjustment.isVoid()) {
                problems << Tr::tr("Adjustment #%1 is a void: it owes nothing.").arg(line.target.id);
                continue;
            }
            if (adjustment->isVoided()) {
                problems << Tr::tr("Adjustment #%1 was voided by adjustment #%2: it owes nothing.")
                                .arg(line.target.id)
                                .arg(adjustment->voidedById);
                continue;
            }
            if (adjustment->adjustment.chargeId) {
                problems << Tr::tr("Adjustment #%1 is attached to charge #%2: allocate to the charge.")
                                .arg(line.target.id)
                                .arg(adjustment->adjustment.chargeId);
                continue;
            }
            Money &taken = takenFromAdjustment[line.target.id];
            taken += line.amount;
            if (taken > adjustment->balance())
                problems << Tr::tr("Allocating %1 to adjustment #%2 would take its balance of %3 below zero.")
                                .arg(line.amount.toString())
                                .arg(line.target.id)
                                .arg(adjustment->balance().toString());
            a.patientId = adjustment->adjustment.patientId;
            a.providerId = adjustment->adjustment.providerId;
            a.clinicId = adjustment->adjustment.clinicId;
            break;
        }
        case AllocationTarget::Kind::Unearned:
            a.patientId = p.patientId;
            a.providerId = p.providerId;
            a.clinicId = p.clinicId;
            break;
        }
        rows.append(a);
    }
    if (total > payment.availableCredit())
        problems << Tr::tr("The allocations total %1, more than the %2 of payment #%3 that is unallocated.")
                        .arg(total.toString(), payment.availableCredit().toString())
                        .arg(p.id);
    if (!problems.isEmpty())
        throw Refusal(problems);

    QList<qint64> ids;
    if (rows.isEmpty())
        return ids;
    qint64 nextId = db.reserveIds(QStringLiteral("allocations"), rows.size());
    for (Allocation &a : rows) {
        a.id = nextId++;
        store.insertAllocation(a);
        audit.add(QStringLiteral("allocate"), QStringLiteral("allocation"), a.id, {}, LedgerJson::allocation(a));
        ids.append(a.id);
    }
    return ids;
}

} // namespace paydesk::core
