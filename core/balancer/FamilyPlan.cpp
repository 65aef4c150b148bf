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
    // Moving unallocated credit is a single positive row and its undo a single negative
    // one; moving allocated money is a pair. The larger side counts each move once.
    const auto moved = [](const auto &rows) {
        Money given, taken;
        for (const auto &row : rows)
            (row.amount.isPositive() ? given : taken) += row.amount;
        return Money::max(given, -taken);
    };
    return moved(allocations) + moved(spreads);
}

qint64 FamilyPlan::rowCount() const
{
    return allocations.size() + spreads.size() + 2 * placeholders.size() + (needsTransfer() ? 1 : 0);
}

} // namespace paydesk::core
