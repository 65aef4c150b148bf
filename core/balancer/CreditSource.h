#pragma once

#include "balancer/Attribution.h"
#include "ledger/Allocation.h"

#include <QDate>
#include <QList>

namespace paydesk::core {

struct FamilyAccount;

// Patient money the balancer may move: a payment's unallocated credit, a payment's
// unearned income, or the part of a payment's splits that overpays a charge.
struct CreditSource
{
    enum class Kind { Unallocated, Unearned, Overpaid }; // the FIFO method's order

    Kind kind = Kind::Unallocated;
    qint64 paymentId = 0;
    QDate date; // the payment's
    Attribution owner;
    AllocationTarget from; // unearned, or the overpaid charge
    Money available;

    // Everything the family holds in its payments dated up to asOf (invalid: all), oldest
    // first within each kind. Voids, refunds and voided payments never move: a refund is
    // already counted against its payment's credit. Offset pairs are left as they are.
    static QList<CreditSource> unallocated(const FamilyAccount &account, const QDate &asOf);
    static QList<CreditSource> unearned(const FamilyAccount &account, const QDate &asOf);
    // A charge's overpaid part comes out of its most recent payments first.
    static QList<CreditSource> overpaid(const FamilyAccount &account, const QDate &asOf);
};

} // namespace paydesk::core
