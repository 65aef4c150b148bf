#include "balancer/BalancerRunLog.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

// A cancelled undo, or one whose process was killed (its record stays "running"), reversed
// only some families: the run counts as reversed once an undo of it has finished, and until
// then it may be undone again (rows already reversed are skipped).
const QString runColumns = u"r.id, r.method, r.family_id, r.as_of, r.void_transfers, r.reverses_run_id, r.status,"
                           " r.families_changed, r.families_refused, r.rows_written, r.amount_moved_cents, r.created_by,"
                           " r.created_at, r.finished_at, (SELECT MIN(u.id) FROM balancer_runs u WHERE u.reverses_run_id = r.id AND u.status = 'finished')"_s;

BalancerRun::Status statusFromCode(const QString &code)
{
    for (auto s : {BalancerRun::Status::Running, BalancerRun::Status::Finished, BalancerRun::Status::Cancelled}) {
        if (code == balancerRunStatusCode(s))
            return s;
    }
    return BalancerRun::Status::Running;
}

BalancerRun readRun(const SqlQuery &q)
{
    BalancerRun run;
    run.id = q.id(0);
    run.method = q.text(1);
    run.familyId = q.id(2);
    run.asOf = QDate::fromString(q.text(3), Qt::ISODate);
    run.voidTransfers = q.id(4) == 1;
    run.reversesRunId = q.id(5);
    run.status = statusFromCode(q.text(6));
    run.familiesChanged = q.id(7);
    run.familiesRefused = q.id(8);
    run.rowsWritten = q.id(9);
    run.amountMoved = q.money(10);
    run.createdBy = q.text(11);
    run.createdAt = QDateTime::fromString(q.text(12), Qt::ISODateWithMs);
    run.finishedAt = QDateTime::fromString(q.text(13), Qt::ISODateWithMs);
    run.reversedByRunId = q.id(14);
    return run;
}

QJsonObject json(const BalancerRun &run)
{
    return {{u"method"_s, run.method},
            {u"family"_s, run.familyId},
            {u"as_of"_s, run.asOf.toString(Qt::ISODate)},
            {u"void_transfers"_s, run.voidTransfers},
            {u"reverses_run"_s, run.reversesRunId},
            {u"status"_s, balancerRunStatusCode(run.status)},
            {u"families_changed"_s, run.familiesChanged},
            {u"families_refused"_s, run.familiesRefused},
            {u"rows_written"_s, run.rowsWritten},
            {u"amount_moved"_s, run.amountMoved.toString()}};
}

} // namespace

QString balancerRunStatusCode(BalancerRun::Status status)
{
    switch (status) {
    case BalancerRun::Status::Running: return u"running"_s;
    case BalancerRun::Status::Finished: return u"finished"_s;
    case BalancerRun::Status::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString balancerRunStatusLabel(BalancerRun::Status status)
{
    switch (status) {
    case BalancerRun::Status::Running: return Tr::tr("Running or interrupted");
    case BalancerRun::Status::Finished: return Tr::tr("Finished");
    case BalancerRun::Status::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

BalancerRunLog::BalancerRunLog(const Database &db, QString user) : m_db(db), m_user(std::move(user))
{
}

qint64 BalancerRunLog::start(BalancerRun run) const
{
    Transaction tx(m_db);
    run.id = m_db.reserveIds(u"balancer_runs"_s);
    run.createdAt = Clock::nowUtc();
    m_db.query()
        .prepare(u"INSERT INTO balancer_runs (id, method, family_id, as_of, void_transfers, reverses_run_id, status,"
                 " families_changed, families_refused, rows_written, amount_moved_cents, created_by, created_at)"
                 " VALUES (:id, :m, :f, :a, :v, :r, :s, 0, 0, 0, 0, :u, :t)"_s)
        .bind(u":id"_s, run.id)
        .bind(u":m"_s, run.method)
        .bindNullableId(u":f"_s, run.familyId)
        .bind(u":a"_s, run.asOf.isValid() ? QVariant(run.asOf.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)))
        .bind(u":v"_s, run.voidTransfers ? 1 : 0)
        .bindNullableId(u":r"_s, run.reversesRunId)
        .bind(u":s"_s, balancerRunStatusCode(BalancerRun::Status::Running))
        .bind(u":u"_s, m_user)
        .bind(u":t"_s, run.createdAt.toString(Qt::ISODateWithMs))
        .exec();
    AuditLog::record(m_db, m_user, u"balancer-start"_s, u"balancer_run"_s, run.id, {}, json(run));
    tx.commit();
    return run.id;
}

void BalancerRunLog::finish(const BalancerRun &run) const
{
    // The run record is bookkeeping, not money: its counts are filled in once the run ends.
    Transaction tx(m_db);
    m_db.query()
        .prepare(u"UPDATE balancer_runs SET status = :s, families_changed = :c, families_refused = :r,"
                 " rows_written = :w, amount_moved_cents = :m, finished_at = :t WHERE id = :id"_s)
        .bind(u":s"_s, balancerRunStatusCode(run.status))
        .bind(u":c"_s, run.familiesChanged)
        .bind(u":r"_s, run.familiesRefused)
        .bind(u":w"_s, run.rowsWritten)
        .bind(u":m"_s, run.amountMoved.cents())
        .bind(u":t"_s, Clock::nowUtc().toString(Qt::ISODateWithMs))
        .bind(u":id"_s, run.id)
        .exec();
    AuditLog::record(m_db, m_user, u"balancer-finish"_s, u"balancer_run"_s, run.id, {}, json(run));
    tx.commit();
}

std::optional<BalancerRun> BalancerRunLog::find(qint64 runId) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT "_s + runColumns + u" FROM balancer_runs r WHERE r.id = :id"_s).bind(u":id"_s, runId).exec();
    if (!q.next())
        return std::nullopt;
    return readRun(q);
}

QList<BalancerRun> BalancerRunLog::all() const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT "_s + runColumns + u" FROM balancer_runs r ORDER BY r.id DESC"_s).exec();
    QList<BalancerRun> runs;
    while (q.next())
        runs.append(readRun(q));
    return runs;
}

QList<qint64> BalancerRunLog::familiesOf(qint64 runId) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT p.family_id FROM allocations a JOIN payments y ON y.id = a.payment_id"
              " JOIN patients p ON p.id = y.patient_id WHERE a.run_id = :r"
              " UNION SELECT p.family_id FROM claim_spreads s JOIN charges c ON c.id = s.charge_id"
              " JOIN patients p ON p.id = c.patient_id WHERE s.run_id = :r2 ORDER BY 1"_s)
        .bind(u":r"_s, runId)
        .bind(u":r2"_s, runId)
        .exec();
    QList<qint64> families;
    while (q.next())
        families.append(q.id(0));
    return families;
}

} // namespace paydesk::core
