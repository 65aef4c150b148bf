#pragma once

#include "money/Money.h"

namespace paydesk::core {

// The balance rules, one definition each. The account (FamilyAccount, ChargeLine), the lists
// (ListExporter) and the reports (NetUnearnedReport) each read the sums their own way and
// compute every balance here, so that a family or a charge reads the same everywhere.
// Verifier checks the books with SQL of its own on purpose (see Checks::familyTotals).

// What a charge asks and what has been applied to it. Build it by name.
struct ChargeAmounts
{
    Money amount;        // the charge
    Money adjusted;      // attached adjustments (signed), their voids included
    Money insurancePaid; // claim procedures plus spread as-total claim payments
    Money writtenOff;    // insurance write-offs
    Money allocated;     // net allocations of patient money

    // amount + attached adjustments − insurance − write-off − allocations. Negative means
    // overpaid (legacy imports, or insurance paying more than the charge).
    Money balance() const { return amount + adjusted - insurancePaid - writtenOff - allocated; }
};

// A family's totals, whatever the allocation. Build it by name. In Money for the account
// and the lists; in cents (FamilyCents) where totals beyond Money's range must be seen to be
// refused (FamilyLimits).
template<typename Amount>
struct BasicFamilyTotals
{
    Amount charges{};
    Amount adjustments{}; // voids included
    Amount payments{};    // voids and refunds included
    Amount insurance{};   // insurance paid and written off on procedures, plus as-total claim payments

    // charges + adjustments − patient payments − insurance.
    Amount balance() const { return charges + adjustments - payments - insurance; }
};

using FamilyTotals = BasicFamilyTotals<Money>;
using FamilyCents = BasicFamilyTotals<qint64>;

} // namespace paydesk::core
