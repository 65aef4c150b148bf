#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace paydesk::core {

class Money;
class SqliteStatement;
class StatementCache;

// A prepared statement that reports failures as StorageError (with the SQL and the
// driver's text) and reads NUMERIC results exactly.
//
// It takes its statement from the connection's StatementCache and hands it back, reset,
// when it is prepared again or destroyed, so the same SQL is parsed once per connection.
// On SQLite it runs through SQLite's C API (SqliteStatement) rather than QSqlQuery, with
// the same values.
class SqlQuery
{
public:
    // Made by Database::query().
    SqlQuery(const QSqlDatabase &db, StatementCache &cache);
    ~SqlQuery();
    SqlQuery(SqlQuery &&other) noexcept;
    SqlQuery &operator=(SqlQuery &&other) noexcept;
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &prepare(const QString &sql);
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(const QString &placeholder, Money value);
    SqlQuery &bindNullableId(const QString &placeholder, qint64 id); // 0 binds NULL
    SqlQuery &exec();
    // Binds positional values in order, then executes: for bulk inserts in a loop.
    SqlQuery &execWith(std::initializer_list<QVariant> values);

    // Throws StorageError when reading the next row fails.
    bool next();
    QVariant value(int column) const;
    qint64 id(int column) const;
    QString text(int column) const;
    // The column's text without a copy where the driver allows it (SQLite), for the codes a
    // scan compares on every row: valid until the next row or the next textView().
    QAnyStringView textView(int column) const;
    // An ISO date (YYYY-MM-DD); invalid for NULL or other text.
    QDate date(int column) const;
    // Reads an integer number of cents; NUMERIC sums arrive as text in high precision.
    Money money(int column) const;
    int numRowsAffected() const;
    void finish();

private:
    void release();
    void prepareQuery(const QString &sql);
    [[noreturn]] void fail() const;
    QString errorText() const;

    QSqlDatabase m_db;
    StatementCache *m_cache;
    std::shared_ptr<SqliteStatement> m_sqlite; // SQLite
    std::shared_ptr<QSqlQuery> m_query;        // PostgreSQL
    bool m_cached = false;                     // the statement is kept by m_cache
    QString m_sql;
    mutable QString m_textView; // what textView() shows on PostgreSQL
};

} // namespace paydesk::core
