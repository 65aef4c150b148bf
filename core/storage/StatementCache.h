#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QSqlQuery;
struct sqlite3;

namespace paydesk::core {

class BulkStatement;
class Database;
class SqliteStatement;

// The prepared statements of one connection, kept by their SQL text. A posting runs the
// same two dozen statements every time: preparing them anew cost about a third of it on
// SQLite (parsing and planning) and a PREPARE and a DEALLOCATE round trip each on
// PostgreSQL. Owned by its Database and used only by the thread that owns the connection,
// so it needs no lock; destroyed before the connection closes, which finalises them.
class StatementCache
{
public:
    // A statement of either kind: SQLite's run through its C API, PostgreSQL's through Qt.
    struct Statement
    {
        std::shared_ptr<SqliteStatement> sqlite;
        std::shared_ptr<QSqlQuery> query;

        explicit operator bool() const { return sqlite || query; }
    };

    // `sqlite` is the connection under the Qt SQLite driver (see sqliteHandle()); null on
    // PostgreSQL.
    explicit StatementCache(sqlite3 *sqlite);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    sqlite3 *sqlite() const { return m_sqlite; }

    // The statement prepared for `sql` when no SqlQuery is using it, reset and with every
    // value unbound as if new; empty otherwise.
    Statement take(const QString &sql);
    // Keeps a statement just prepared for `sql`, unless one is kept already or every
    // place is in use; returns whether it was kept.
    bool keep(const QString &sql, const Statement &statement);

    // A BulkStatement kept for the connection; LedgerStore and AuditLog share them, which is
    // safe because each row's values are added and run within one call.
    BulkStatement &bulk(const Database &db, const char *sql);

private:
    struct Entry
    {
        Statement statement;
        quint64 lastUse = 0;

        bool inUse() const;
    };
    void makeRoom();

    sqlite3 *m_sqlite = nullptr;
    QHash<QString, Entry> m_statements;
    QHash<QByteArray, std::shared_ptr<BulkStatement>> m_bulk;
    quint64 m_uses = 0;
};

} // namespace paydesk::core
