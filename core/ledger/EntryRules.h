#pragma once

#include "money/Money.h"

#include <QDate>
#include <QStringList>

namespace paydesk::core {

// The rules of a new entry's amount and of a patient's birth date, one definition each,
// applied alike by the services (ChargeEntry, FamilyRegistry), an import's row checks
// (core/import/*File) and the desk's fields:
// - a charge may be 0.00 (a no-charge procedure) but never negative;
// - an adjustment is never 0.00;
// - a birth date is not in the future (the practice's today, LedgerCalendar).
// The dates of entries (nothing after today, nothing on or before the lock date) are
// LedgerCalendar::checkEntryDate's.
class EntryRules
{
public:
    static bool isChargeAmount(const Money &amount) { return !amount.isNegative(); }
    static bool isAdjustmentAmount(const Money &amount) { return !amount.isZero(); }
    // `today`: the practice's (LedgerCalendar::today()).
    static bool isBirthDate(const QDate &date, const QDate &today) { return date.isValid() && date <= today; }

    // Each adds a problem naming the value when it breaks the rule.
    static void checkChargeAmount(QStringList &problems, const Money &amount);
    static void checkAdjustmentAmount(QStringList &problems, const Money &amount);
    // Also when the date is missing.
    static void checkBirthDate(QStringList &problems, const QDate &date, const QDate &today);
};

} // namespace paydesk::core
