#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace paydesk::core {

class Database;

// The dates the ledger rules check, from the practice's settings: "today" in the practice's
// time zone (practice.time_zone), and the lock date before which the books are closed
// (ledger.lock_date). Every service that assigns or checks a date asks here, so the desk,
// the CLI and the batch jobs agree on what today is.
class LedgerCalendar
{
public:
    // Reads both settings in one query; inside a posting's transaction they are those it commits with.
    explicit LedgerCalendar(const Database &db);

    const QTimeZone &timeZone() const { return m_zone; }
    QDate today() const;
    // The first instant of `date` in the practice's time zone, in UTC: where a day of the
    // practice begins among timestamps stored in UTC.
    QDateTime startOf(const QDate &date) const;
    // Null when the ledger has no lock date.
    QDate lockDate() const { return m_lockDate; }
    // Whether `date` is on or before the lock date: the closed period.
    bool isClosed(const QDate &date) const { return m_lockDate.isValid() && date <= m_lockDate; }

    // Adds a problem when the date of a new entry is missing, after today, or on or before
    // the lock date. `field` names it in the message ("payment date").
    void checkEntryDate(QStringList &problems, const QDate &date, const QString &field) const;
    // Adds a problem when the date a report looks at is missing or after today: what has not
    // happened cannot be reported (the desk and the CLI refuse the same dates). `field`
    // names it ("as-of date").
    void checkReportDate(QStringList &problems, const QDate &date, const QString &field) const;
    // What can be done to an entry that is taken back: a charge or an adjustment is voided; a
    // payment is voided or refunded.
    enum class Reversal { Void, VoidOrRefund };
    // Adds a problem when an entry dated `date` may no longer be reversed because it lies in
    // the closed period, or when the reversal itself, dated today, would. `what` names it
    // ("Payment #12"); `reversal` says what the message says can no longer be done.
    void checkReversible(QStringList &problems, const QDate &date, const QString &what, Reversal reversal) const;

private:
    QTimeZone m_zone;
    QDate m_lockDate;
};

} // namespace paydesk::core
