#include "storage/Database.h"

#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteHandle.h"
#include "storage/StatementCache.h"
#include "storage/StatementError.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace paydesk::core {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("paydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const ConnectionSpec &spec, SchemaPolicy policy)
    : m_spec(spec), m_connectionName(newConnectionName())
{
    const bool postgres = isPostgres();
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        throw StorageError(Tr::tr("The Qt SQL driver for %1 is not installed (package %2).")
                               .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                                    postgres ? QStringLiteral("libqt6sql6-psql") : QStringLiteral("libqt6sql6-sqlite")));
    if (postgres) {
        db.setHostName(spec.host());
        db.setPort(spec.port());
        db.setUserName(spec.user());
        db.setPassword(spec.password());
        db.setDatabaseName(spec.databaseName());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        QDir().mkpath(QFileInfo(spec.path()).absolutePath());
        db.setDatabaseName(spec.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockTimeoutSeconds * 1000));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(Tr::tr("Cannot open the database %1: %2").arg(spec.displayName(), reason));
    }
    m_connection = db;
    m_statements = std::make_unique<StatementCache>(sqliteHandle(*this));
    try {
        if (postgres) {
            execute(QStringLiteral("SET client_min_messages TO WARNING"));
        } else {
            // WAL + NORMAL makes an autocommit write ~40x cheaper than the rollback journal
            // while staying crash-safe; the larger page cache halves scan times.
            execute(QStringLiteral("PRAGMA journal_mode=WAL"));
            execute(QStringLiteral("PRAGMA synchronous=NORMAL"));
            execute(QStringLiteral("PRAGMA foreign_keys=ON"));
            execute(QStringLiteral("PRAGMA cache_size=-65536"));
            execute(QStringLiteral("PRAGMA temp_store=MEMORY"));
        }
        if (policy == SchemaPolicy::Migrate)
            Schema::migrate(*this);
        // Waits for a lock as long as SQLite's busy timeout, then says so (StatementError);
        // set after the migration, which waits for another workstation's, however long.
        if (postgres)
            execute(QStringLiteral("SET lock_timeout = '%1s'").arg(lockTimeoutSeconds));
    } catch (...) {
        m_statements.reset();
        db.close();
        db = QSqlDatabase();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    // Statements are finalised while their connection is still open.
    m_statements.reset();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

SqlQuery Database::query() const
{
    return SqlQuery(m_connection, *m_statements);
}

BulkStatement &Database::bulkStatement(const char *sql) const
{
    return m_statements->bulk(*this, sql);
}

void Database::execute(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throwStatementError(q.lastError().text(), isBusy(q.lastError(), isPostgres()), sql);
}

void Database::ensureIdCounter(const QString &table) const
{
    static const QStringList tables = {QStringLiteral("families"), QStringLiteral("patients"), QStringLiteral("providers"),
                                       QStringLiteral("clinics"), QStringLiteral("charges"), QStringLiteral("adjustments"),
                                       QStringLiteral("payments"), QStringLiteral("allocations"), QStringLiteral("audit_log"),
                                       QStringLiteral("users"), QStringLiteral("practice_groups"),
                                       QStringLiteral("claims"), QStringLiteral("claim_procs"), QStringLiteral("claim_payments"),
                                       QStringLiteral("claim_spreads"), QStringLiteral("balancer_runs"),
                                       QStringLiteral("sign_in_attempts")};
    if (!tables.contains(table))
        throw StorageError(QStringLiteral("no id counter for table %1").arg(table));
    // The first counter of a table starts above whatever rows it already holds. "WHERE 1 = 1"
    // keeps SQLite from reading ON CONFLICT as part of the SELECT.
    query()
        .prepare(QStringLiteral("INSERT INTO id_counters (name, next_id) SELECT :t, COALESCE(MAX(id), 0) + 1 FROM %1"
                                " WHERE 1 = 1 ON CONFLICT (name) DO NOTHING")
                     .arg(table))
        .bind(QStringLiteral(":t"), table)
        .exec();
}

qint64 Database::reserveIds(const QString &table, qint64 count) const
{
    // One statement both takes the row lock (PostgreSQL) and reads the counter it moved.
    SqlQuery update = query();
    update.prepare(QStringLiteral("UPDATE id_counters SET next_id = next_id + :n WHERE name = :t RETURNING next_id"))
        .bind(QStringLiteral(":n"), count)
        .bind(QStringLiteral(":t"), table)
        .exec();
    if (!update.next()) {
        // First id for this table. Another connection may be creating the same counter at
        // this moment: the insert then waits for it and does nothing, and the update takes
        // the ids after its own.
        ensureIdCounter(table);
        update.exec();
        if (!update.next())
            throw StorageError(QStringLiteral("no id counter for table %1").arg(table));
    }
    return update.id(0) - count;
}

void Database::raiseIdFloor(const QString &table, qint64 highestUsedId) const
{
    ensureIdCounter(table);
    query()
        .prepare(QStringLiteral("UPDATE id_counters SET next_id = :next WHERE name = :t AND next_id < :next"))
        .bind(QStringLiteral(":next"), highestUsedId + 1)
        .bind(QStringLiteral(":t"), table)
        .exec();
}

void Database::lockFamily(qint64 familyId) const
{
    if (!isPostgres())
        return;
    SqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id FROM families WHERE id = :id FOR UPDATE")).bind(QStringLiteral(":id"), familyId).exec();
}

void Database::lockFamilies(const QList<qint64> &familyIds) const
{
    if (!isPostgres() || familyIds.isEmpty())
        return;
    // Exactly these families, not the range between them: an undo's families may be a few
    // spread over the whole practice. In id order, as single-family locks are taken one at
    // a time, so no two batches deadlock. The ids are integers, written into the statement.
    QStringList ids;
    ids.reserve(familyIds.size());
    for (qint64 id : familyIds)
        ids.append(QString::number(id));
    execute(QStringLiteral("SELECT id FROM families WHERE id IN (%1) ORDER BY id FOR UPDATE").arg(ids.join(u',')));
}

} // namespace paydesk::core
