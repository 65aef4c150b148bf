#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

#include <array>

namespace paydesk::core {

struct FamilyAccount;

// A family's balance on a date, split by how old the charges are that it comes from.
struct AgedBalance
{
    enum Bucket { Days0To30, Days31To60, Days61To90, Over90 };
    static constexpr int bucketCount = 4;

    std::array<Money, bucketCount> buckets;
    // The family's balance on the date. When it is positive the buckets add up to it
    // exactly; a credit or zero balance leaves every bucket at zero.
    Money balance;

    bool owes() const { return balance.isPositive(); }
    AgedBalance &operator+=(const AgedBalance &other);
};

// Aging, the one definition, as Open Dental ages a family: family-wide, whatever the
// allocations say.
//
// As of a date D only what is dated on or before D counts: charges, adjustments, payments
// (voids and refunds too), claim procedures by their claim's date, as-total claim payments
// by their own date (and their spreads with them). The family's balance on D is then
// spread over its items from the newest back (money pays the oldest first):
//   - each charge takes at most its patient portion on D (amount + attached adjustments −
//     insurance paid − write-off, never below zero: ChargeLine::patientPortion());
//   - each positive stand-alone adjustment (a fee, a finance charge) is an item of its own
//     date taking at most its amount; a negative one only lowers the balance;
//   - what an item takes falls in the bucket of its age, D minus its date in days: 0–30
//     (30 included), 31–60, 61–90, over 90; items of one date share a bucket, so their
//     order among themselves changes nothing;
//   - what the items cannot take (a balance raised by a returned check, say) goes to the
//     oldest bucket that holds money, or to 0–30 when none does.
// A family with a credit or zero balance on D has nothing aged.
class Aging
{
public:
    static AgedBalance of(const FamilyAccount &account, const QDate &asOf);
    static AgedBalance::Bucket bucketOf(qint64 days);
    // "0-30", "31-60", "61-90", "over_90": the CSV and JSON names of the buckets.
    static QString bucketCode(AgedBalance::Bucket bucket);
    // "0–30", "31–60", "61–90", "Over 90", translated.
    static QString bucketLabel(AgedBalance::Bucket bucket);
};

} // namespace paydesk::core
