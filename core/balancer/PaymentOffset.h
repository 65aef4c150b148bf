#pragma once

#include <QtGlobal>

namespace paydesk::core {

class PlanBuilder;

// Converted data holds negative payments (returned checks, refunds written as payments).
// Each is paired with what cancels it, so the pair nets to zero as an offset: an equal
// negative stand-alone adjustment not yet paid, else an equal positive payment whose whole
// amount is free, preferring the same or an earlier date, then the same patient. Every
// method pairs them the same way before it moves any money.
class PaymentOffset
{
public:
    // Pairs every negative payment in scope, writing the rows under `transferId`. A family
    // with a negative payment that nothing offsets is refused, and false returned.
    static bool pairAll(PlanBuilder &builder, qint64 transferId);
};

} // namespace paydesk::core
