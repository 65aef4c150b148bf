#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace paydesk::core {

// One statement prepared on the sqlite3 connection under the Qt SQLite driver and run
// through SQLite's C API, inside whatever transaction that connection has open. QSqlQuery
// spends more than SQLite itself on a short query (placeholder bookkeeping, a QSqlRecord
// of the columns on every exec, a QVariant per value); this does none of that. Values are
// bound and read with the Qt driver's conversions, so SqlQuery gives the same results
// either way. Errors are reported through errorText(), never thrown.
class SqliteStatement
{
public:
    // Check isPrepared(): on failure errorText() tells why.
    SqliteStatement(sqlite3 *connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isPrepared() const { return m_statement != nullptr; }
    const QString &errorText() const { return m_error; }
    // Whether the error is a lock held past the busy timeout.
    bool isBusy() const { return m_busy; }

    // `placeholder` as written in the SQL (":id"); `position` counts from 0.
    bool bind(const QString &placeholder, const QVariant &value);
    bool bind(int position, const QVariant &value);
    void clearBindings();

    // Runs the statement up to its first row, like QSqlQuery::exec(); next() then steps
    // onto that row.
    bool exec();
    // False after the last row, or on an error (errorText() is then set).
    bool next();
    // Ends reading: the statement no longer holds a read snapshot.
    void finish();
    int numRowsAffected() const;

    // Columns of the current row; out of range or off a row they read as NULL.
    QVariant value(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), without a copy: valid until the next
    // row. Empty for NULL.
    QByteArrayView utf8(int column) const;
    // An ISO date (YYYY-MM-DD), read from the stored text without making a QString: ledger
    // rows carry one or two each. Invalid for NULL or any other text.
    QDate date(int column) const;
    bool isNull(int column) const;
    // Whether the column holds an integer (rather than text, a float, a blob or NULL).
    bool isInteger(int column) const;

private:
    bool onColumn(int column) const;
    bool bindAt(int index, const QVariant &value);
    void takeError(const QString &what);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    bool m_busy = false;
    bool m_active = false;   // stepped and not reset
    bool m_firstRow = false; // exec() stepped onto a row that next() has not returned yet
    bool m_onRow = false;
    int m_columns = 0; // of every row: a statement's columns are fixed when it is prepared
};

} // namespace paydesk::core
