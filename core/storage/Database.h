#pragma once

#include "storage/ConnectionSpec.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace paydesk::core {

class BulkStatement;
class SqlQuery;
class StatementCache;

// One open connection, owned by one thread. Opening applies the connection settings
// (SQLite: WAL, synchronous=NORMAL, foreign keys, a 64 MB page cache, a busy timeout)
// and brings the schema to the current version.
class Database
{
public:
    enum class SchemaPolicy { Migrate, Leave };

    // How long a statement waits for another connection's lock before it gives up
    // (SQLite's busy timeout, PostgreSQL's lock_timeout) and says so.
    static constexpr int lockTimeoutSeconds = 30;

    // Throws StorageError when the server or file cannot be opened, Refusal when the
    // schema is newer than this program. SchemaPolicy::Leave opens without migrating, for
    // tests that build an older schema with Schema::migrateTo.
    explicit Database(const ConnectionSpec &spec, SchemaPolicy policy = SchemaPolicy::Migrate);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const ConnectionSpec &spec() const { return m_spec; }
    bool isPostgres() const { return m_spec.kind() == ConnectionSpec::Kind::Postgres; }
    QSqlDatabase connection() const;

    // A query whose statements are prepared once per connection and kept (see
    // StatementCache).
    SqlQuery query() const;
    // The BulkStatement for `sql`, prepared once per connection and kept like query()'s:
    // writers called once per posting reuse it as much as bulk loads do.
    BulkStatement &bulkStatement(const char *sql) const;
    // Runs statements that take no parameters and return nothing (DDL, pragmas).
    void execute(const QString &sql) const;

    // Reserves `count` consecutive new ids for `table` and returns the first. Every
    // reserved id is above every id stored so far, imported ones included. Call inside
    // a Transaction: the counter row is locked until it commits.
    qint64 reserveIds(const QString &table, qint64 count = 1) const;
    // After ids were written as given (import), keeps new ids above them.
    void raiseIdFloor(const QString &table, qint64 highestUsedId) const;

    // Serialises postings to one family across connections. SQLite's write lock already
    // does; on PostgreSQL this locks the family's row until the transaction ends.
    void lockFamily(qint64 familyId) const;
    // Several families in one statement: for batch work, which takes a thousand families
    // at a time.
    void lockFamilies(const QList<qint64> &familyIds) const;

    // Whether a Transaction is open on this connection.
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Whose session the connection serves: the user the CLI or the desk signed in as. The
    // audit trail names it beside rows written under another name, so that the scheduled
    // jobs' daily-run and nightly-run rows say who ran them.
    void setSessionUser(const QString &user) { m_sessionUser = user; }
    const QString &sessionUser() const { return m_sessionUser; }

private:
    friend class Transaction;
    void ensureIdCounter(const QString &table) const;

    ConnectionSpec m_spec;
    QString m_connectionName;
    // Looking the connection up by name takes a global lock: it is done once.
    QSqlDatabase m_connection;
    std::unique_ptr<StatementCache> m_statements;
    mutable int m_transactionDepth = 0;
    QString m_sessionUser;
};

} // namespace paydesk::core
