#include "billing/BillingRunLock.h"

#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace paydesk::core {

namespace {

// The advisory lock that orders runs and plan changes on PostgreSQL (any number, fixed).
constexpr qint64 advisoryKey = 7402017;

struct Holder
{
    QString user;
    QDateTime startedAt;
    QString host;
    qint64 processId = 0;
};

std::optional<Holder> holder(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT user_name, started_at, host, process_id FROM billing_run_lock WHERE id = 1")).exec();
    if (!q.next())
        return std::nullopt;
    return Holder{q.text(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2), q.id(3)};
}

// A process of this host is gone when no process has its id. Another host's run is trusted,
// except on PostgreSQL while its session lock is free (a shared probe, released at once).
bool isGone(const Database &db, const Holder &run)
{
    if (run.host != QSysInfo::machineHostName()) {
        if (!db.isPostgres())
            return false;
        SqlQuery probe = db.query();
        probe.prepare(QStringLiteral("SELECT pg_try_advisory_lock_shared(:k)"))
                .bind(QStringLiteral(":k"), BillingRunLock::livingKey)
                .exec();
        if (!probe.next() || !probe.value(0).toBool())
            return false;
        db.execute(QStringLiteral("SELECT pg_advisory_unlock_shared(%1)").arg(BillingRunLock::livingKey));
        return true;
    }
#ifdef Q_OS_UNIX
    return ::kill(pid_t(run.processId), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

QString inProgress(const Database &db, const Holder &run)
{
    const QDateTime local = run.startedAt.toTimeZone(LedgerCalendar(db).timeZone());
    return Tr::tr("A daily billing run is in progress since %1 by %2.")
            .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), run.user);
}

} // namespace

BillingRunLock::BillingRunLock(const Database &db, const QString &user)
    : m_db(db)
{
    Transaction tx(db);
    if (db.isPostgres())
        db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(advisoryKey));
    if (const std::optional<Holder> run = holder(db)) {
        if (!isGone(db, *run))
            throw Refusal(inProgress(db, *run));
        db.execute(QStringLiteral("DELETE FROM billing_run_lock"));
    }
    // Taken before the row is seen (a session lock outlives the transaction), so no one finds
    // the row without it.
    if (db.isPostgres())
        db.execute(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(BillingRunLock::livingKey));
    db.query()
            .prepare(QStringLiteral("INSERT INTO billing_run_lock (id, user_name, started_at, host, process_id)"
                                    " VALUES (1, :u, :t, :h, :p)"))
            .bind(QStringLiteral(":u"), user)
            .bind(QStringLiteral(":t"), Clock::nowUtc().toString(Qt::ISODateWithMs))
            .bind(QStringLiteral(":h"), QSysInfo::machineHostName())
            .bind(QStringLiteral(":p"), QCoreApplication::applicationPid())
            .exec();
    tx.commit();
}

BillingRunLock::~BillingRunLock()
{
    try {
        Transaction tx(m_db);
        m_db.execute(QStringLiteral("DELETE FROM billing_run_lock"));
        tx.commit();
        if (m_db.isPostgres())
            m_db.execute(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(BillingRunLock::livingKey));
    } catch (const std::exception &) {
        // The connection is gone: the row names this process, which the next run sees is gone.
    }
}

void BillingRunLock::refuseWhileRunning(const Database &db)
{
    if (db.isPostgres())
        db.execute(QStringLiteral("SELECT pg_advisory_xact_lock_shared(%1)").arg(advisoryKey));
    if (const std::optional<Holder> run = holder(db); run && !isGone(db, *run))
        throw Refusal(inProgress(db, *run));
}

} // namespace paydesk::core
