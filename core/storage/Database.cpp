#include "storage/Database.h"

#include "storage/BulkStatement.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteHandle.h"
#include "storage/StatementCache.h"
#include "storage/StatementError.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
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

// A new database holds patients' names and money: the folders PayDesk makes for it are the
// owner's alone (0700), and so is the file (0600), created empty before SQLite writes a
// byte. SQLite gives the -wal and -shm files it adds later the main file's mode.
void createPrivately(const QString &path)
{
    const QFileInfo file(path);
    QStringList missing;
    for (QDir dir = file.absoluteDir(); !dir.exists(); dir.setPath(QFileInfo(dir.absolutePath()).absolutePath()))
        missing.prepend(dir.absolutePath());
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, owner | QFile::ExeOwner))
            throw StorageError(Tr::tr("Cannot create the folder %1.").arg(folder));
    }
    QFile created(path);
    // NewOnly: a file that appeared meanwhile keeps its own mode and content.
    if (!file.exists() && created.open(QIODevice::WriteOnly | QIODevice::NewOnly, owner))
        created.close();
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
        // What the spec leaves empty (host, port, user, database, password) QPSQL leaves out
        // of the connection string, for libpq to take from the service, the password file
        // (~/.pgpass, PGPASSFILE) and its PG* environment, as psql does.
        db.setHostName(spec.host());
        db.setPort(spec.hasPort() ? spec.port() : -1);
        db.setUserName(spec.user());
        db.setPassword(spec.password());
        db.setDatabaseName(spec.databaseName());
        QString options = QStringLiteral("connect_timeout=10");
        if (!spec.service().isEmpty())
            options += QStringLiteral(";service=") + spec.service();
        db.setConnectOptions(options);
    } else {
        createPrivately(spec.path());
        db.setDatabaseName(spec.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockTimeoutSeconds * 1000));
    }
    if (!db.open()) {
        QString reason = db.lastError().text();
        // libpq's messages do not quote the password today; the message shown must not even then.
        if (!spec.password().isEmpty())
            reason.replace(spec.password(), QStringLiteral("***"));
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
    if (isPostgres())
        BulkStatement::Batching::endStreaming(m_connectionName);
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
                                       QStringLiteral("sign_in_attempts"), QStringLiteral("payment_plans"),
                                       QStringLiteral("statements"), QStringLiteral("billing_groups"),
                                       QStringLiteral("collection_history"), QStringLiteral("collection_plans"),
                                       QStringLiteral("portal_files"), QStringLiteral("portal_transactions"),
                                       QStringLiteral("portal_exceptions"), QStringLiteral("migrations"),
                                       QStringLiteral("migration_log")};
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
