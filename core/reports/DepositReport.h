#pragma once

#include "ledger/Payment.h"

#include <QList>
#include <QMap>

namespace paydesk::core {

class Database;

// The day's takings for the bank deposit: every payment, void and refund dated that day,
// with totals by method and by the user who posted it.
struct DepositReport
{
    struct Line
    {
        Payment payment;
        QString patientName;
        qint64 familyId = 0;
    };

    QDate date;
    QList<Line> lines;               // id order
    QMap<QString, Money> byMethod;   // method code -> total
    QMap<QString, Money> byUser;     // user -> total
    Money total;

    // Throws Refusal for a date after today (LedgerCalendar::checkReportDate).
    static DepositReport build(const Database &db, const QDate &date);
    // The same for `user`, after Permissions::require(ReadLedger). The form without a user is for a
    // caller that asked Permissions itself.
    static DepositReport build(const Database &db, const QString &user, const QDate &date);
    // Columns: payment_id, date, family_id, patient_id, patient, method, reference, kind,
    // amount, posted_by, total. A row per payment, void and refund (total empty), then total
    // rows (kind "total") per method, per user and for the day, whose sum is in the total
    // column and whose amount is empty: the amount column sums to the deposit.
    void writeCsv(const QString &path) const;
};

} // namespace paydesk::core
