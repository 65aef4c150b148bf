#pragma once

#include "ledger/Allocation.h"

#include <QDate>
#include <QList>

namespace paydesk::core {

struct FamilyAccount;

// Something in a family that still owes money.
struct OpenItem
{
    AllocationTarget target;
    qint64 patientId = 0;
    QDate date;
    Money balance;
    qint64 providerId = 0;
    qint64 clinicId = 0;
};

struct Split
{
    AllocationTarget target;
    Money amount;

    bool operator==(const Split &) const = default;
};

// First in, first out: credit pays the oldest open item first (charge date; on the same
// date charges before adjustments; then id), optionally this patient's items before the
// rest of the family's. It never pays an item more than its balance; what is left of the
// credit stays unallocated. A credit that is not positive allocates nothing.
class AutoAllocator
{
public:
    static QList<OpenItem> openItems(const FamilyAccount &account);
    static QList<Split> plan(Money credit, QList<OpenItem> items, qint64 preferredPatientId = 0);
};

} // namespace paydesk::core
