#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QVariant>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QDate;

namespace paydesk::core {

class Database;

// One INSERT (or other statement without results) prepared once and run for many rows,
// the value of each `?` added in order:
//
//     BulkStatement insert(db, "INSERT INTO t (id, name) VALUES (?, ?)");
//     for (const Row &row : rows)
//         insert.add(row.id).add(row.name).exec();
//
// On SQLite it binds through the C API with UTF-8 text held in buffers reused from row to
// row: the QVariant path of QSqlQuery costs about three times what SQLite itself spends on
// an insert, which matters for an import of millions of rows. A value equal to the one the
// parameter already holds (the user and time of a batch, a code, a NULL) is not bound
// again: SQLite keeps bindings from row to row, and binding costs about as much as the
// insert's own work. PostgreSQL goes through QSqlQuery, one round trip per row unless a
// Batching is under way. Failures throw StorageError naming the statement.
class BulkStatement
{
public:
    // PostgreSQL: while a Batching lives for a connection, the rows of every INSERT ...
    // VALUES BulkStatement on it go to the server about a thousand at a time, as one
    // multi-row INSERT, instead of a round trip each (measured, an import of 100,000
    // families: 490 s row by row). The rows keep their order across statements: the
    // rows waiting in one statement are sent before another statement runs, so parents
    // still go before their children. Any other query on the connection, the commit
    // included, must come after flush(). Rows still waiting when the Batching ends are
    // dropped: it ends without flush() only when the transaction is given up. On SQLite
    // nothing changes: a row there costs no round trip.
    class Batching
    {
    public:
        explicit Batching(const Database &db);
        ~Batching();
        Batching(const Batching &) = delete;
        Batching &operator=(const Batching &) = delete;

        void flush();

    private:
        QString m_connection; // empty on SQLite
    };

    BulkStatement(const Database &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &add(qint64 value);
    // Always text: a null QString is stored as "" (text columns are NOT NULL).
    BulkStatement &add(const QString &text);
    // YYYY-MM-DD, the stored form of dates.
    BulkStatement &add(const QDate &date);
    // 0 binds NULL: the "none" of optional references.
    BulkStatement &addNullableId(qint64 id);
    // Runs the statement with the values added since the last exec().
    void exec();

private:
    [[noreturn]] void fail(const QString &driverText);
    // Moves to the next parameter; on SQLite, fails when there is none.
    void nextParameter();
    // PostgreSQL: the value of the current parameter.
    void addValue(const QVariant &value);
    // PostgreSQL: sends the rows waiting for a multi-row INSERT.
    void flush();

    QString m_sql;
    int m_index = 0;
    struct SqliteStatement;
    std::unique_ptr<SqliteStatement> m_sqlite;
    struct PostgresStatement;
    std::unique_ptr<PostgresStatement> m_postgres;
};

} // namespace paydesk::core
