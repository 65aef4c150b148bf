#include "DailyRunCrash.h"

#include "CrashFixtures.h"

#include "billing/BillingRunLock.h"
#include "billing/DailyBillingRun.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace paydesk::test {

namespace {

constexpr int daysPerAttempt = 3;

} // namespace

void DailyRunCrash::prepare(const Database &db)
{
    addDemo(db, 300);
    DailyBillingRun(db, crashUser).run(LedgerCalendar(db).today().addDays(-160));
}

QDate DailyRunCrash::lastDay(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT MAX(date) FROM billing_days"_s).exec();
    q.next();
    return q.date(0);
}

QStringList DailyRunCrash::next(const Database &db)
{
    m_before = lastDay(db);
    m_target = qMin(m_before.addDays(daysPerAttempt), LedgerCalendar(db).today());
    return {u"run-daily"_s, u"--date"_s, m_target.toString(Qt::ISODate)};
}

CrashOperation::Effect DailyRunCrash::effect(const Database &db, QString &problem)
{
    const QDate after = lastDay(db);
    // Days are processed in order, each whole: no day is missing before the last one done.
    SqlQuery q = db.query();
    q.prepare(u"SELECT MIN(date), COUNT(*) FROM billing_days"_s).exec();
    q.next();
    if (q.date(0).daysTo(after) + 1 != q.id(1) || after < m_before || after > m_target)
        problem = u"billing days from %1 to %2 (%3 of them) after a run from %4 to %5"_s
                      .arg(q.date(0).toString(Qt::ISODate), after.toString(Qt::ISODate))
                      .arg(q.id(1))
                      .arg(m_before.toString(Qt::ISODate), m_target.toString(Qt::ISODate));
    // The killed run's lock names a process that is gone: it holds back no user's plan change.
    try {
        BillingRunLock::refuseWhileRunning(db);
    } catch (const Refusal &refusal) {
        problem = u"a plan change is refused after the kill: %1"_s.arg(refusal.message());
    }
    if (after == m_before)
        return Effect::Nothing;
    return after == m_target ? Effect::Whole : Effect::Partial;
}

bool DailyRunCrash::pending(const Database &db) const
{
    return m_target.isValid() && lastDay(db) < m_target;
}

QStringList DailyRunCrash::catchUp(const Database &behind, const Database &ahead)
{
    const QDate last = lastDay(ahead);
    if (lastDay(behind) >= last)
        return {};
    return {u"run-daily"_s, u"--date"_s, last.toString(Qt::ISODate)};
}

} // namespace paydesk::test
