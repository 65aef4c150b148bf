#pragma once

#include "ledger/Balances.h"

#include <QString>

namespace paydesk::core {

class Database;

// Keeps every family's account readable: its totals (charges, adjustments, payments,
// insurance) and its balance stay within Money's range (±999,999,999,999.99), or the
// account could not be added up. The posting services (ChargeEntry, PaymentPoster,
// ItemVoider) all ask here before they write.
class FamilyLimits
{
public:
    // The stored totals of the family of patient `patientId`, in cents: they may lie beyond
    // Money's range when rows were written past PayDesk.
    static FamilyCents stored(const Database &db, qint64 patientId);

    // Refuses, naming the family, the total and the value it would reach, a posting to
    // patient `patientId` that would take the family's charges, adjustments, payments or
    // balance outside Money's range. `change` is what the posting adds (build it by name:
    // {.payments = amount}). Inside the posting's transaction, after the family is locked,
    // so that nothing is written when it refuses.
    static void checkPosting(const Database &db, qint64 patientId, const FamilyTotals &change);

    // Why the accounts of families `first` to `last` cannot be read: each stored amount
    // beyond Money's range (named by its row), else each family total beyond it.
    static QStringList unreadable(const Database &db, qint64 firstFamilyId, qint64 lastFamilyId);
};

} // namespace paydesk::core
