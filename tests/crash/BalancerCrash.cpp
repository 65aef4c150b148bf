#include "BalancerCrash.h"

#include "CrashFixtures.h"

#include "balancer/FamilyBalancer.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace paydesk::test {

void BalancerCrash::prepare(const Database &db)
{
    // Two batches, the second a good part of the run: a kill can land between their commits.
    addDemo(db, BalancerOptions().batchSize * 8 / 5);
}

QStringList BalancerCrash::next(const Database &db)
{
    m_lastRun = qMax<qint64>(0, scalar(db, u"SELECT MAX(id) FROM balancer_runs"_s));
    SqlQuery q = db.query();
    q.prepare(u"SELECT id, method FROM balancer_runs WHERE status = 'finished' ORDER BY id DESC LIMIT 1"_s).exec();
    if (q.next() && q.text(1) != u"undo")
        return {u"balance-families"_s, u"--undo"_s, QString::number(q.id(0))};
    return {u"balance-families"_s, u"--method"_s, u"transfer-rigorous"_s};
}

CrashOperation::Effect BalancerCrash::effect(const Database &db, QString &problem)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT id, status FROM balancer_runs WHERE id > :r ORDER BY id"_s).bind(u":r"_s, m_lastRun).exec();
    if (!q.next())
        return Effect::Nothing;
    const qint64 run = q.id(0);
    const QString status = q.text(1);
    if (q.next()) {
        problem = u"one attempt recorded two runs, #%1 and #%2"_s.arg(run).arg(q.id(0));
        return Effect::Partial;
    }
    if (status == u"finished")
        return Effect::Whole;
    if (status != u"running") {
        problem = u"run #%1 ended %2"_s.arg(run).arg(status);
        return Effect::Partial;
    }
    const qint64 rows = scalar(db, u"SELECT COUNT(*) FROM allocations WHERE run_id = %1"_s.arg(run))
                        + scalar(db, u"SELECT COUNT(*) FROM claim_spreads WHERE run_id = %1"_s.arg(run));
    return rows == 0 ? Effect::Nothing : Effect::Partial;
}

bool BalancerCrash::pending(const Database &db) const
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT status, method FROM balancer_runs ORDER BY id DESC LIMIT 1"_s).exec();
    return !q.next() || q.text(0) != u"finished" || q.text(1) == u"undo";
}

} // namespace paydesk::test
