#include "ledger/FamilyAccount.h"

#include "util/Tr.h"

#include <QSet>

#include <algorithm>

namespace paydesk::core {

namespace {

template<typename Line, typename Key>
const Line *findLine(const QList<Line> &lines, Key key)
{
    const auto it = std::find_if(lines.begin(), lines.end(), key);
    return it == lines.end() ? nullptr : &*it;
}

template<typename Line, typename Key>
Line *findLine(QList<Line> &lines, Key key)
{
    const auto it = std::find_if(lines.begin(), lines.end(), key);
    return it == lines.end() ? nullptr : &*it;
}

template<typename Range, typename Amount>
Money sum(const Range &range, Amount amount)
{
    Money total;
    for (const auto &item : range)
        total += amount(item);
    return total;
}

} // namespace

const Patient *FamilyAccount::guarantor() const
{
    return findLine(members, [](const Patient &p) { return p.isGuarantor; });
}

const Patient *FamilyAccount::member(qint64 patientId) const
{
    return findLine(members, [=](const Patient &p) { return p.id == patientId; });
}

const ChargeLine *FamilyAccount::charge(qint64 chargeId) const
{
    return findLine(charges, [=](const ChargeLine &l) { return l.charge.id == chargeId; });
}

const AdjustmentLine *FamilyAccount::adjustment(qint64 adjustmentId) const
{
    return findLine(adjustments, [=](const AdjustmentLine &l) { return l.adjustment.id == adjustmentId; });
}

const PaymentLine *FamilyAccount::payment(qint64 paymentId) const
{
    return findLine(payments, [=](const PaymentLine &l) { return l.payment.id == paymentId; });
}

const Claim *FamilyAccount::claim(qint64 claimId) const
{
    return findLine(claims, [=](const Claim &c) { return c.id == claimId; });
}

QList<Allocation> FamilyAccount::standingAllocations(qint64 paymentId) const
{
    QSet<qint64> reversed;
    for (const Allocation &a : allocations) {
        if (a.reversesAllocationId)
            reversed.insert(a.reversesAllocationId);
    }
    QList<Allocation> rows;
    for (const Allocation &a : allocations) {
        if (a.paymentId == paymentId && !a.reversesAllocationId && !reversed.contains(a.id))
            rows.append(a);
    }
    return rows;
}

QString FamilyAccount::adjustmentTypeName(const Adjustment &adjustment) const
{
    if (adjustment.isVoid())
        return Tr::tr("Void");
    const auto known = adjustmentTypes.constFind(adjustment.type.toLower());
    return AdjustmentTypes::displayName(known != adjustmentTypes.cend() ? *known
                                                                        : AdjustmentType{adjustment.type, adjustment.type});
}

Money FamilyAccount::chargesTotal() const
{
    return sum(charges, [](const ChargeLine &l) { return l.charge.amount; });
}

Money FamilyAccount::adjustmentsTotal() const
{
    return sum(adjustments, [](const AdjustmentLine &l) { return l.adjustment.amount; });
}

Money FamilyAccount::paymentsTotal() const
{
    return sum(payments, [](const PaymentLine &l) { return l.payment.amount; });
}

void FamilyAccount::apply(const Allocation &allocation)
{
    const qint64 targetId = allocation.target.id;
    if (PaymentLine *line = findLine(payments, [&](const PaymentLine &l) { return l.payment.id == allocation.paymentId; }))
        line->allocated += allocation.amount;
    if (allocation.target.kind == AllocationTarget::Kind::Charge) {
        if (ChargeLine *line = findLine(charges, [=](const ChargeLine &l) { return l.charge.id == targetId; }))
            line->allocated += allocation.amount;
    } else if (allocation.target.kind == AllocationTarget::Kind::Adjustment) {
        if (AdjustmentLine *line = findLine(adjustments, [=](const AdjustmentLine &l) { return l.adjustment.id == targetId; }))
            line->allocated += allocation.amount;
    }
    allocations.append(allocation);
}

void FamilyAccount::apply(const ClaimSpread &spread)
{
    if (ClaimPaymentLine *line = findLine(claimPayments, [&](const ClaimPaymentLine &l) { return l.payment.id == spread.claimPaymentId; }))
        line->spread += spread.amount;
    if (ChargeLine *line = findLine(charges, [&](const ChargeLine &l) { return l.charge.id == spread.chargeId; }))
        line->insurancePaid += spread.amount;
    claimSpreads.append(spread);
}

Money FamilyAccount::insuranceTotal() const
{
    return sum(claimProcedures, [](const ClaimProcedure &p) { return p.insurancePaid + p.writeOff; })
        + sum(claimPayments, [](const ClaimPaymentLine &l) { return l.payment.amount; });
}

Money FamilyAccount::unspreadInsurance() const
{
    return sum(claimPayments, [](const ClaimPaymentLine &l) { return l.unspread(); });
}

FamilyTotals FamilyAccount::totals() const
{
    return {.charges = chargesTotal(),
            .adjustments = adjustmentsTotal(),
            .payments = paymentsTotal(),
            .insurance = insuranceTotal()};
}

Money FamilyAccount::balance() const
{
    return totals().balance();
}

Money FamilyAccount::unallocated() const
{
    return sum(payments, [](const PaymentLine &l) { return l.unallocated(); });
}

Money FamilyAccount::unearned() const
{
    return sum(allocations, [](const Allocation &a) {
        return a.target.kind == AllocationTarget::Kind::Unearned ? a.amount : Money();
    });
}

Money FamilyAccount::outstanding() const
{
    return sum(charges, [](const ChargeLine &l) { return Money::max(l.balance(), {}); })
        + sum(adjustments, [](const AdjustmentLine &l) { return Money::max(l.balance(), {}); });
}

} // namespace paydesk::core
