#pragma once

namespace paydesk::core {

class PlanBuilder;

// The "recreate payment splits" method. Each payment's unearned and overpaying splits are
// taken back by reversing rows; each negative payment is paired with an equal negative
// adjustment of the family or an equal positive payment, so the pair nets to zero as an
// offset; then each payment, in date order, re-splits its credit FIFO over the family's
// charges, and any excess becomes unearned income of the guarantor (no provider, the
// payment's clinic). Payments keep their amounts and dates. Giving back what was taken
// writes nothing (the plan nets), so a second run is a no-op.
class SplitRecreator
{
public:
    static void plan(PlanBuilder &builder);
};

} // namespace paydesk::core
