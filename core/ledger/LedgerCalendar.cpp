#include "ledger/LedgerCalendar.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"
#include "util/Tr.h"

#include <QHash>
#include <QMutex>

namespace paydesk::core {

namespace {

// Building a QTimeZone reads the zone's rules from disk: each zone is built once.
QTimeZone zoneNamed(const QString &id)
{
    static QMutex mutex;
    static QHash<QString, QTimeZone> zones;
    const QMutexLocker lock(&mutex);
    auto it = zones.find(id);
    if (it == zones.end()) {
        QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
        it = zones.insert(id, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    }
    return *it;
}

} // namespace

LedgerCalendar::LedgerCalendar(const Database &db)
{
    QString zone;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('practice.time_zone', 'ledger.lock_date')"))
        .exec();
    while (q.next()) {
        if (q.text(0) == u"practice.time_zone")
            zone = q.text(1);
        else
            m_lockDate = q.date(1);
    }
    m_zone = zoneNamed(zone);
}

QDate LedgerCalendar::today() const
{
    return Clock::nowUtc().toTimeZone(m_zone).date();
}

QDateTime LedgerCalendar::startOf(const QDate &date) const
{
    return date.startOfDay(m_zone).toUTC();
}

void LedgerCalendar::checkReportDate(QStringList &problems, const QDate &date, const QString &field) const
{
    if (!date.isValid())
        problems << Tr::tr("The %1 is missing or not a date.").arg(field);
    else if (date > today())
        problems << Tr::tr("The %1 %2 is in the future.").arg(field, date.toString(Qt::ISODate));
}

void LedgerCalendar::checkEntryDate(QStringList &problems, const QDate &date, const QString &field) const
{
    const qsizetype before = problems.size();
    checkReportDate(problems, date, field);
    if (problems.size() > before)
        return;
    // The lock date is named for the desk (Settings) and for the command line (its key).
    if (isClosed(date))
        problems << Tr::tr("The %1 %2 is on or before the lock date %3 (Settings; config key ledger.lock_date): the "
                           "books of that period are closed.")
                        .arg(field, date.toString(Qt::ISODate), m_lockDate.toString(Qt::ISODate));
}

void LedgerCalendar::checkReversible(QStringList &problems, const QDate &date, const QString &what,
                                     Reversal reversal) const
{
    if (isClosed(date))
        problems << (reversal == Reversal::Void
                             ? Tr::tr("%1 is dated %2, on or before the lock date %3 (Settings; config key "
                                      "ledger.lock_date): the books of that period are closed, so it can no longer "
                                      "be voided.")
                             : Tr::tr("%1 is dated %2, on or before the lock date %3 (Settings; config key "
                                      "ledger.lock_date): the books of that period are closed, so it can no longer "
                                      "be voided or refunded."))
                            .arg(what, date.toString(Qt::ISODate), m_lockDate.toString(Qt::ISODate));
    else // the reversal is dated today: an entry of its own
        checkEntryDate(problems, today(), Tr::tr("date of a void or refund"));
}

} // namespace paydesk::core
