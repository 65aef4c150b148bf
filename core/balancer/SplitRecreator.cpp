#include "balancer/SplitRecreator.h"

#include "balancer/CreditSource.h"
#include "balancer/PaymentOffset.h"
#include "balancer/PlanBuilder.h"
#include "ledger/AutoAllocator.h"

#include <algorithm>

namespace paydesk::core {

namespace {

Attribution attributionOf(const FamilyAccount &account, const AllocationTarget &target)
{
    if (target.kind == AllocationTarget::Kind::Charge) {
        const Charge &c = account.charge(target.id)->charge;
        return {c.patientId, c.providerId, c.clinicId};
    }
    const Adjustment &a = account.adjustment(target.id)->adjustment;
    return {a.patientId, a.providerId, a.clinicId};
}

} // namespace

void SplitRecreator::plan(PlanBuilder &builder)
{
    const auto rule = AllocationRule::Recreate;

    // Take back: overpaying parts first (they are measured on the splits as they stand),
    // then unearned income.
    for (const CreditSource &source : CreditSource::overpaid(builder))
        builder.allocate(source.paymentId, source.from, -source.available, source.owner, rule);
    for (const CreditSource &source : CreditSource::unearned(builder))
        builder.allocate(source.paymentId, source.from, -source.available, source.owner, rule);

    QList<qint64> order; // payment ids in date order: the account keeps payments so
    for (const PaymentLine &line : builder.account().payments) {
        if (builder.isMovable(line))
            order.append(line.payment.id);
    }

    if (!PaymentOffset::pairAll(builder, 0))
        return;

    const Patient *guarantor = builder.account().guarantor();
    for (qint64 id : std::as_const(order)) {
        const PaymentLine &line = *builder.account().payment(id);
        Money credit = line.availableCredit();
        if (!credit.isPositive())
            continue;
        const QList<Split> splits = AutoAllocator::plan(credit, builder.owing());
        const Payment payment = line.payment; // the line moves as rows are applied
        for (const Split &split : splits) {
            builder.allocate(payment.id, split.target, split.amount, attributionOf(builder.account(), split.target), rule);
            credit -= split.amount;
        }
        if (credit.isPositive())
            builder.allocate(payment.id, AllocationTarget::unearned(), credit,
                             {guarantor ? guarantor->id : payment.patientId, 0, payment.clinicId}, rule);
    }
}

} // namespace paydesk::core
