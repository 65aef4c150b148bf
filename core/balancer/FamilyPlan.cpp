#include "balancer/FamilyPlan.h"

#include <algorithm>

namespace paydesk::core {

bool FamilyPlan::needsTransfer() const
{
    return std::any_of(allocations.cbegin(), allocations.cend(),
                       [](const Allocation &a) { return a.transferId == newTransfer; });
}

Money FamilyPlan::amountMoved() const
{
    Money moved;
    for (const Allocation &a : allocations) {
        if (a.amount.isPositive())
            moved += a.amount;
    }
    for (const ClaimSpread &s : spreads) {
        if (s.amount.isPositive())
            moved += s.amount;
    }
    return moved;
}

qint64 FamilyPlan::rowCount() const
{
    return allocations.size() + spreads.size() + 2 * placeholders.size() + (needsTransfer() ? 1 : 0);
}

} // namespace paydesk::core
