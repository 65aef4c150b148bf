#pragma once

#include "balancer/Attribution.h"
#include "ledger/Allocation.h"

#include <QDate>
#include <QList>

namespace paydesk::core {

class PlanBuilder;

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

    // Everything the builder's family holds in its movable payments, oldest first within
    // each kind. Offset pairs are left as they are.
    static QList<CreditSource> unallocated(const PlanBuilder &builder);
    static QList<CreditSource> unearned(const PlanBuilder &builder);
    // A charge's overpaid part comes out of its most recent payments first.
    static QList<CreditSource> overpaid(const PlanBuilder &builder);
};

} // namespace paydesk::core
