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
    const auto moved = [](const auto &rows, const auto &isOffset) {
        Money given, taken;
        for (const auto &row : rows) {
            if (!isOffset(row))
                (row.amount.isPositive() ? given : taken) += row.amount;
        }
        return Money::max(given, -taken);
    };
    return moved(allocations,
                  [this](const Allocation &a) {
                      return a.rule == AllocationRule::Offset
                          || (a.rule == AllocationRule::Reverse && reversedOffsets.contains(a.reversesAllocationId));
                  })
        + moved(spreads, [](const ClaimSpread &) { return false; });
}

qint64 FamilyPlan::rowCount() const
{
    return allocations.size() + spreads.size();
}

} // namespace paydesk::core
