#include "migration/MigrationRunner.h"

#include "migration/LegacyConversion.h"
#include "migration/MigrationStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"
#include "verify/Verifier.h"

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

// The reserved name of the scheduled job (UserDirectory::reservedNames): what the job
// writes is the job's, whoever started it.
const QString jobUser = u"nightly-run"_s;

// Takes the migration's row for this transaction. On PostgreSQL another job converting it
// holds that row for its whole conversion: NOWAIT says so at once, instead of waiting for
// it to end and converting again. SQLite's write lock already keeps a second job out.
// Returns nullopt when another job has it.
std::optional<Migration> takeMigration(const Database &db, qint64 id)
{
    if (db.isPostgres()) {
        try {
            SqlQuery q = db.query();
            q.prepare(u"SELECT id FROM migrations WHERE id = :id FOR UPDATE NOWAIT"_s).bind(u":id"_s, id).exec();
        } catch (const StorageError &) {
            // The one way this statement fails with its row in place is lock_not_available.
            return std::nullopt;
        }
    }
    const std::optional<Migration> m = MigrationStore(db, jobUser).find(id);
    if (!m)
        throw Refusal(Tr::tr("Migration: there is no migration with id %1.").arg(id));
    return m;
}

MigrationLogEntry logEntry(const QString &step, const MigrationProgress &progress, const QString &message)
{
    return {Clock::nowUtc(), step, progress.familiesDone, progress.rows, message};
}

// Verify over the group: an error fails the migration with verify's words, a warning is
// kept in the log.
QString verifyGroup(const Database &db, qint64 groupId)
{
    QStringList errors, warnings;
    for (const VerifyIssue &issue : Verifier(db).run(groupId))
        (issue.severity == VerifyIssue::Severity::Error ? errors : warnings) << issue.message;
    if (!errors.isEmpty())
        throw Refusal(Tr::tr("verify found %n error(s) in the converted group: %1", nullptr, errors.size())
                              .arg(errors.join(u' ')));
    if (warnings.isEmpty())
        return Tr::tr("verify: no errors, no warnings.");
    return Tr::tr("verify: no errors, %n warning(s): %1", nullptr, warnings.size()).arg(warnings.join(u' '));
}

// 1. In Progress, committed on its own: from here on every desk refuses postings to the group
// (PostingLock) while the conversion holds its transaction open. Nullopt when another job
// has the migration.
std::optional<Migration> start(const Database &db, qint64 id, const QString &user)
{
    Transaction tx(db);
    std::optional<Migration> m = takeMigration(db, id);
    if (!m)
        return std::nullopt;
    if (m->status != Migration::Status::Queued && m->status != Migration::Status::InProgress)
        throw Refusal(Tr::tr("Migration %1 is %2: only a Queued migration, or one left In Progress by a job that "
                             "stopped, can be run.")
                              .arg(id)
                              .arg(Migration::statusName(m->status)));
    const bool restarted = m->status == Migration::Status::InProgress;
    const Migration before = *m;
    m->status = Migration::Status::InProgress;
    m->startedAt = Clock::nowUtc();
    MigrationStore::setStatus(db, *m);
    MigrationStore::appendLog(db,
                              id,
                              {m->startedAt,
                               restarted ? u"restarted"_s : u"started"_s,
                               0,
                               0,
                               restarted ? Tr::tr("Started again by %1: the job that ran it stopped before it ended; "
                                                  "nothing of its conversion was kept.")
                                                   .arg(user)
                                         : Tr::tr("Started by %1.").arg(user)});
    AuditLog::record(
            db, jobUser, restarted ? u"restart"_s : u"start"_s, u"migration"_s, id, before.toJson(), m->toJson());
    tx.commit();
    return m;
}

// 2. The conversion, verify, the group tracked and the migration Active: one transaction.
// Returns the migration as it ended, or as another job left it between the two transactions;
// nullopt when another job holds it now. Throws, leaving nothing, when it cannot convert.
std::optional<Migration> convert(const Database &db,
                                 Migration m,
                                 const QDate &completedOn,
                                 const MigrationProgressFn &progress,
                                 QList<MigrationLogEntry> &lines,
                                 MigrationProgress &reached)
{
    Transaction tx(db);
    const std::optional<Migration> current = takeMigration(db, m.id);
    if (!current || current->status != Migration::Status::InProgress)
        return current;
    const Migration before = *current;
    const MigrationProgress converted
            = LegacyConversion(db, jobUser).run(m.id, m.groupId, [&](const MigrationProgress &step) {
                  reached = step;
                  lines.append(logEntry(u"converting"_s,
                                        step,
                                        Tr::tr("%1 of %2 families converted, %3 rows written.")
                                                .arg(step.familiesDone)
                                                .arg(step.families)
                                                .arg(step.rows)));
                  if (progress)
                      progress(step);
              });
    reached = converted;
    lines.append(logEntry(u"verified"_s, converted, verifyGroup(db, m.groupId)));
    db.query().prepare(u"UPDATE practice_groups SET ledger = 'tracked' WHERE id = :g"_s).bind(u":g"_s, m.groupId).exec();
    m.status = Migration::Status::Active;
    m.completedOn = completedOn;
    m.reason.clear();
    m.families = converted.families;
    m.rows = converted.rows;
    MigrationStore::setStatus(db, m);
    lines.append(logEntry(u"active"_s,
                          converted,
                          Tr::tr("Active on %1: practice group \"%2\" (id %3) keeps tracked allocations.")
                                  .arg(completedOn.toString(Qt::ISODate), m.groupName)
                                  .arg(m.groupId)));
    for (const MigrationLogEntry &line : std::as_const(lines))
        MigrationStore::appendLog(db, m.id, line);
    AuditLog::record(db, jobUser, u"complete"_s, u"migration"_s, m.id, before.toJson(), m.toJson());
    tx.commit();
    return m;
}

} // namespace

MigrationRunner::MigrationRunner(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Migration MigrationRunner::run(qint64 id, const QDate &completedOn, const MigrationProgressFn &progress) const
{
    Permissions::require(m_db, m_user, Permissions::Action::MigrateLedger);
    // Another job holding it leaves our transaction aborted (PostgreSQL): the migration is
    // read as it stands once that transaction is gone.
    const auto asItStands = [&] { return *MigrationStore(m_db, jobUser).find(id); };

    const std::optional<Migration> started = start(m_db, id, m_user);
    if (!started)
        return asItStands();
    Migration m = *started;

    // The conversion's log lines are kept here and written with it, or with the Error below.
    QList<MigrationLogEntry> lines;
    MigrationProgress reached{.migrationId = id};
    try {
        if (const std::optional<Migration> ended = convert(m_db, m, completedOn, progress, lines, reached))
            return *ended;
        return asItStands();
    } catch (const Refusal &refusal) {
        m.reason = refusal.message();
    } catch (const StorageError &error) {
        m.reason = error.message();
    } catch (const std::exception &error) {
        // Anything else that stops the conversion (an amount beyond Money's range) ends
        // the same way: a migration never stays In Progress behind a job that still runs.
        m.reason = QString::fromUtf8(error.what());
    }

    // 3. The conversion's transaction left nothing: the migration is Error with the reason,
    // the group still legacy, and it may be queued again once fixed.
    Transaction tx(m_db);
    const Migration before = *MigrationStore(m_db, jobUser).find(id);
    m.status = Migration::Status::Error;
    m.completedOn = {};
    m.families = reached.familiesDone;
    m.rows = 0;
    MigrationStore::setStatus(m_db, m);
    for (const MigrationLogEntry &line : std::as_const(lines))
        MigrationStore::appendLog(m_db, id, line);
    MigrationStore::appendLog(m_db,
                              id,
                              logEntry(u"error"_s,
                                       reached,
                                       Tr::tr("Nothing was converted; the group keeps the legacy ledger and may be "
                                              "queued again once this is fixed: %1")
                                               .arg(m.reason)));
    AuditLog::record(m_db, jobUser, u"fail"_s, u"migration"_s, id, before.toJson(), m.toJson());
    tx.commit();
    return m;
}

} // namespace paydesk::core
