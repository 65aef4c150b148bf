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
class PgCopy;

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
// insert's own work. PostgreSQL goes through QSqlQuery. Either way a row runs at its
// exec() unless a Batching is under way. Failures throw StorageError naming the statement.
class BulkStatement
{
public:
    // While a Batching lives for a connection, the rows of every INSERT ... VALUES
    // BulkStatement on it wait and go to the database several at a time, as one multi-row
    // INSERT. On PostgreSQL an INSERT whose tuple holds only parameters streams its rows
    // through COPY instead (PgCopy), ten INSERTs' worth to one, several times faster than multi-row
    // INSERTs; another takes about a thousand rows to a statement instead of a round trip
    // each (measured, an import of 100,000 families: 490 s row by row); SQLite a few dozen,
    // which spares its work per statement run (measured, the rows of 30,000 families: 2.3 s
    // one to a statement, 1.3 s 64 to a statement).
    // The rows keep their order across statements: the rows waiting in one statement are
    // sent before another statement runs, so parents still go before their children. Any
    // other query on the connection, the commit included, must come after flush(). A
    // failing row fails the exec() or flush() that sends it, with the rows sent along with
    // it: the transaction is then given up. Rows still waiting when the Batching ends are
    // dropped: it ends without flush() only when the transaction is given up.
    class Batching
    {
    public:
        explicit Batching(const Database &db);
        ~Batching();
        Batching(const Batching &) = delete;
        Batching &operator=(const Batching &) = delete;

        void flush();

        // PostgreSQL: ends the COPY streaming rows on the connection, if any, so that
        // another statement can run there (see copies()). SqlQuery and Database::execute
        // call it before each statement they send, so a read in the middle of a batch (an
        // id counter, a check) sees the rows written so far and does not break the stream.
        static void endStreaming(const QString &connectionName);

    private:
        friend class BulkStatement;
        QString m_connection;
        BulkStatement *m_waiting = nullptr; // the statement whose rows wait, if any
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
    // An empty text binds NULL: the "none" of optional text columns.
    BulkStatement &addNullableText(const QString &text);
    // Runs the statement with the values added since the last exec(), or, while a Batching
    // is under way, adds them to the rows waiting.
    void exec();

    // How many rows go to one multi-row INSERT of this statement while a Batching is under
    // way; 1 when it cannot be grouped (not an INSERT ... VALUES of one row).
    int rowsPerInsert() const;
    // PostgreSQL: whether the rows that wait stream through a COPY (ten times
    // rowsPerInsert() to one) instead of going rowsPerInsert() to an INSERT. Any other
    // statement on the connection ends the COPY first (Batching::endStreaming).
    bool copies() const;

private:
    struct Grouping;
    struct SqliteStatement;
    struct PostgresStatement;

    [[noreturn]] void fail(const QString &driverText);
    // Moves to the next parameter; fails when there is none. The first value of a row
    // decides whether the row waits (see Batching).
    void nextParameter();
    // A NULL of `type` (QPSQL's statements want it typed) in the next parameter.
    BulkStatement &addNull(QMetaType type);
    void beginRow();
    // The Batching under way on the connection, if any.
    Batching *batching();
    // PostgreSQL: the value of the current parameter.
    void addValue(const QVariant &value);
    // PostgreSQL: the COPY the current row goes to, if it waits and COPY can take it.
    PgCopy *copying() const;
    // Sends the rows waiting as one INSERT.
    void flush();
    // Forgets the rows waiting, unsent.
    void dropWaiting();

    QString m_sql;
    QString m_connection;
    int m_index = 0;
    bool m_rowWaits = false; // the values being added are for a row that will wait
    std::unique_ptr<Grouping> m_grouping; // null when the statement cannot be grouped
    Batching *m_batching = nullptr;       // as of m_batchingsSeen
    quint64 m_batchingsSeen = 0;
    std::unique_ptr<SqliteStatement> m_sqlite;
    std::unique_ptr<PostgresStatement> m_postgres;
};

} // namespace paydesk::core
