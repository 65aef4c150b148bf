#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace paydesk::core {

struct FamilyAccount;

// What each $0 income transfer of a family moved, as the account shows it: one line per
// patient/provider/clinic, netted, negative where money left that combination and positive
// where it arrived. A row that takes a payment's unallocated credit has no negative twin,
// so the credit counts as leaving the payment's own patient/provider/clinic; the lines of
// a transfer therefore add up to zero. Reversal rows belong to the transfer they reverse,
// so a voided transfer nets to no lines at all.
class TransferLines
{
public:
    struct Line
    {
        qint64 transferId = 0; // the $0 payment (method transfer) that groups the rows
        QDate date;            // the transfer's date
        qint64 patientId = 0;
        qint64 providerId = 0; // 0: none
        qint64 clinicId = 0;   // 0: none
        Money amount;          // never zero
    };

    // In transfer date and id order; inside a transfer negatives first, then by patient,
    // provider and clinic.
    static QList<Line> of(const FamilyAccount &account);
    // Whether the transfer was taken back: every row it grouped has its reversing row (an
    // undo of its run, or a later run with "void earlier transfers"). Then the run that
    // reversed it (0 when no run wrote the reversal); empty while any of its rows stands,
    // and for a transfer that grouped no rows.
    static std::optional<qint64> reversedByRun(const FamilyAccount &account, qint64 transferId);
};

} // namespace paydesk::core
