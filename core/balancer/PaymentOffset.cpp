#include "balancer/PaymentOffset.h"

#include "balancer/PlanBuilder.h"
#include "util/Tr.h"

#include <QSet>

namespace paydesk::core {

namespace {

bool pair(PlanBuilder &builder, const PaymentLine &negative, QSet<qint64> &usedPayments, qint64 transferId)
{
    const Money amount = -negative.availableCredit();
    const Payment &n = negative.payment;
    const auto preference = [&](const QDate &date, qint64 patientId, qint64 id) {
        return std::tuple(date > n.date, patientId != n.patientId, id);
    };
    const auto rule = AllocationRule::Offset;

    const AdjustmentLine *adjustment = nullptr;
    for (const AdjustmentLine &line : builder.account().adjustments) {
        const Adjustment &a = line.adjustment;
        // A voided adjustment and a void cancel out: neither is there to offset anything.
        if (a.chargeId == 0 && !a.isVoid() && !line.isVoided() && a.amount == -amount && line.allocated.isZero()
            && builder.inScope(a.date)
            && (!adjustment
                || preference(a.date, a.patientId, a.id)
                    < preference(adjustment->adjustment.date, adjustment->adjustment.patientId, adjustment->adjustment.id)))
            adjustment = &line;
    }
    if (adjustment) {
        const Adjustment &a = adjustment->adjustment;
        builder.allocate(n.id, AllocationTarget::adjustment(a.id), -amount, {a.patientId, a.providerId, a.clinicId}, rule,
                         transferId);
        return true;
    }

    const PaymentLine *partner = nullptr;
    for (const PaymentLine &line : builder.account().payments) {
        const Payment &p = line.payment;
        if (builder.isMovable(line) && p.amount == amount && line.availableCredit() == amount
            && !usedPayments.contains(p.id)
            && (!partner
                || preference(p.date, p.patientId, p.id)
                    < preference(partner->payment.date, partner->payment.patientId, partner->payment.id)))
            partner = &line;
    }
    if (!partner)
        return false;
    usedPayments.insert(partner->payment.id);
    const Attribution both{n.patientId, 0, n.clinicId};
    builder.allocate(partner->payment.id, AllocationTarget::unearned(), amount, both, rule, transferId);
    builder.allocate(n.id, AllocationTarget::unearned(), -amount, both, rule, transferId);
    return true;
}

} // namespace

bool PaymentOffset::pairAll(PlanBuilder &builder, qint64 transferId)
{
    QList<qint64> negatives; // in date order, as the account keeps payments
    for (const PaymentLine &line : builder.account().payments) {
        if (builder.isMovable(line) && line.availableCredit().isNegative())
            negatives.append(line.payment.id);
    }
    QSet<qint64> partners;
    for (qint64 id : std::as_const(negatives)) {
        const PaymentLine &line = *builder.account().payment(id); // re-read: rows change the lines
        if (!pair(builder, line, partners, transferId)) {
            builder.refuse(Tr::tr("Negative payment #%1 (%2 on %3) has no equal negative adjustment or positive payment "
                                  "to offset it.")
                               .arg(id)
                               .arg(line.availableCredit().toString(), line.payment.date.toString(Qt::ISODate)));
            return false;
        }
    }
    return true;
}

} // namespace paydesk::core
