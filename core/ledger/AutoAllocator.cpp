#include "ledger/AutoAllocator.h"

#include "ledger/FamilyAccount.h"

#include <algorithm>

namespace paydesk::core {

QList<OpenItem> AutoAllocator::openItems(const FamilyAccount &account)
{
    QList<OpenItem> items;
    for (const ChargeLine &line : account.charges) {
        if (line.balance().isPositive())
            items.append({AllocationTarget::charge(line.charge.id), line.charge.patientId, line.charge.date, line.balance(),
                          line.charge.providerId, line.charge.clinicId});
    }
    for (const AdjustmentLine &line : account.adjustments) {
        if (line.balance().isPositive())
            items.append({AllocationTarget::adjustment(line.adjustment.id), line.adjustment.patientId,
                          line.adjustment.date, line.balance(), line.adjustment.providerId, line.adjustment.clinicId});
    }
    return items;
}

QList<Split> AutoAllocator::plan(Money credit, QList<OpenItem> items, qint64 preferredPatientId)
{
    QList<Split> lines;
    if (!credit.isPositive())
        return lines;
    const auto rank = [preferredPatientId](const OpenItem &item) {
        const bool otherPatient = preferredPatientId != 0 && item.patientId != preferredPatientId;
        const bool adjustment = item.target.kind != AllocationTarget::Kind::Charge;
        return std::tuple(otherPatient, item.date, adjustment, item.target.id);
    };
    std::sort(items.begin(), items.end(), [&](const OpenItem &a, const OpenItem &b) { return rank(a) < rank(b); });
    for (const OpenItem &item : std::as_const(items)) {
        if (credit.isZero())
            break;
        if (!item.balance.isPositive())
            continue;
        const Money amount = Money::min(credit, item.balance);
        lines.append({item.target, amount});
        credit -= amount;
    }
    return lines;
}

} // namespace paydesk::core
