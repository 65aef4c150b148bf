#include "balancer/CreditSource.h"

#include "balancer/PlanBuilder.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace paydesk::core {

namespace {

// The payment whose money a row is: a void's mirror rows count against the payment it
// voided. nullptr when that money may not move.
const PaymentLine *movablePayment(const PlanBuilder &builder, qint64 paymentId)
{
    const FamilyAccount &account = builder.account();
    const PaymentLine *line = account.payment(paymentId);
    if (line && line->payment.kind == Payment::Kind::Void)
        line = account.payment(line->payment.relatedPaymentId);
    return line && builder.isMovable(*line) ? line : nullptr;
}

} // namespace

QList<CreditSource> CreditSource::unallocated(const PlanBuilder &builder)
{
    QList<CreditSource> sources;
    for (const PaymentLine &line : builder.account().payments) {
        const Payment &p = line.payment;
        if (builder.isMovable(line) && line.availableCredit().isPositive())
            sources.append({Kind::Unallocated, p.id, p.date, {p.patientId, p.providerId, p.clinicId},
                            AllocationTarget::unearned(), line.availableCredit()});
    }
    return sources;
}

QList<CreditSource> CreditSource::unearned(const PlanBuilder &builder)
{
    // std::map keeps the sources in payment date, id order.
    std::map<std::tuple<QDate, qint64, std::tuple<qint64, qint64, qint64>>, Money> held;
    for (const Allocation &a : builder.account().allocations) {
        if (a.target.kind != AllocationTarget::Kind::Unearned || a.rule == AllocationRule::Offset)
            continue;
        if (const PaymentLine *line = movablePayment(builder, a.paymentId))
            held[{line->payment.date, line->payment.id, std::tuple(a.patientId, a.providerId, a.clinicId)}] += a.amount;
    }
    QList<CreditSource> sources;
    for (const auto &[key, amount] : held) {
        if (!amount.isPositive())
            continue;
        const auto &[date, paymentId, owner] = key;
        const auto &[patient, provider, clinic] = owner;
        sources.append({Kind::Unearned, paymentId, date, {patient, provider, clinic}, AllocationTarget::unearned(), amount});
    }
    return sources;
}

QList<CreditSource> CreditSource::overpaid(const PlanBuilder &builder)
{
    const FamilyAccount &account = builder.account();
    QList<CreditSource> sources;
    for (const ChargeLine &charge : account.charges) {
        Money excess = charge.patientOverpaid();
        if (!excess.isPositive() || !builder.inScope(charge.charge.date))
            continue;
        QHash<qint64, Money> byPayment;
        for (const Allocation &a : account.allocations) {
            if (a.target == AllocationTarget::charge(charge.charge.id)) {
                if (const PaymentLine *line = movablePayment(builder, a.paymentId))
                    byPayment[line->payment.id] += a.amount;
            }
        }
        QList<const PaymentLine *> payers;
        for (auto it = byPayment.cbegin(); it != byPayment.cend(); ++it) {
            if (it.value().isPositive())
                payers.append(account.payment(it.key()));
        }
        std::sort(payers.begin(), payers.end(), [](const PaymentLine *a, const PaymentLine *b) {
            return std::tuple(a->payment.date, a->payment.id) > std::tuple(b->payment.date, b->payment.id);
        });
        const Attribution owner{charge.charge.patientId, charge.charge.providerId, charge.charge.clinicId};
        for (const PaymentLine *payer : std::as_const(payers)) {
            const Money part = Money::min(excess, byPayment.value(payer->payment.id));
            sources.append({Kind::Overpaid, payer->payment.id, payer->payment.date, owner,
                            AllocationTarget::charge(charge.charge.id), part});
            excess -= part;
            if (excess.isZero())
                break;
        }
    }
    std::stable_sort(sources.begin(), sources.end(), [](const CreditSource &a, const CreditSource &b) {
        return std::tuple(a.date, a.paymentId) < std::tuple(b.date, b.paymentId);
    });
    return sources;
}

} // namespace paydesk::core
