#pragma once

#include <QString>

namespace paydesk::core {

class PlanBuilder;

// Before an income transfer: each claim's as-total insurance payments go onto the claim's
// procedures, oldest first, up to what each still owes before patient money (insurance
// pays first; patient money it displaces becomes an overpayment the transfer moves on).
// What is left, or a claim without procedures, goes to a $0 placeholder procedure of the
// claim's patient, provider and clinic, where it shows as an insurance overpayment.
class ClaimSpreader
{
public:
    static void spread(PlanBuilder &builder);
    // The procedure code of the placeholders.
    static QString placeholderCode();
};

} // namespace paydesk::core
