#include "balancer/SplitRecreator.h"

#include "balancer/CreditSource.h"
#include "balancer/PlanBuilder.h"
#include "ledger/AutoAllocator.h"
#include "util/Tr.h"

#include <QSet>

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

// Pairs a negative payment with what cancels it: an equal negative stand-alone adjustment
// not yet paid, else an equal positive payment whose whole amount is free, preferring
// the same or an earlier date, then the same patient. Returns false when nothing does.
bool offset(PlanBuilder &builder, const PaymentLine &negative, QSet<qint64> &usedPayments)
{
    const Money amount = -negative.availableCredit();
    const Payment &n = negative.payment;
    const auto preference = [&](const QDate &date, qint64 patientId, qint64 id) {
        return std::tuple(date > n.date, patientId != n.patientId, id);
    };

    const AdjustmentLine *adjustment = nullptr;
    for (const AdjustmentLine &line : builder.account().adjustments) {
        const Adjustment &a = line.adjustment;
        if (a.chargeId == 0 && a.amount == -amount && line.allocated.isZero() && builder.inScope(a.date)
            && (!adjustment || preference(a.date, a.patientId, a.id) < preference(adjustment->adjustment.date, adjustment->adjustment.patientId, adjustment->adjustment.id)))
            adjustment = &line;
    }
    const auto rule = AllocationRule::Offset;
    if (adjustment) {
        const Adjustment &a = adjustment->adjustment;
        builder.allocate(n.id, AllocationTarget::adjustment(a.id), -amount, {a.patientId, a.providerId, a.clinicId}, rule);
        return true;
    }

    const PaymentLine *partner = nullptr;
    for (const PaymentLine &line : builder.account().payments) {
        const Payment &p = line.payment;
        if (builder.isMovable(line) && p.amount == amount && line.availableCredit() == amount && !usedPayments.contains(p.id)
            && (!partner || preference(p.date, p.patientId, p.id) < preference(partner->payment.date, partner->payment.patientId, partner->payment.id)))
            partner = &line;
    }
    if (!partner)
        return false;
    usedPayments.insert(partner->payment.id);
    const Attribution pair{n.patientId, 0, n.clinicId};
    builder.allocate(partner->payment.id, AllocationTarget::unearned(), amount, pair, rule);
    builder.allocate(n.id, AllocationTarget::unearned(), -amount, pair, rule);
    return true;
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

    QSet<qint64> offsetPartners;
    for (qint64 id : std::as_const(order)) {
        const PaymentLine &line = *builder.account().payment(id);
        if (line.availableCredit().isNegative() && !offset(builder, line, offsetPartners)) {
            builder.refuse(Tr::tr("Negative payment #%1 (%2 on %3) has no equal negative adjustment or positive payment "
                                  "to offset it.")
                               .arg(id)
                               .arg(line.availableCredit().toString(), line.payment.date.toString(Qt::ISODate)));
            return;
        }
    }

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
