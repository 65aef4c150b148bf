#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace paydesk::core {

class Money;

// A prepared statement that reports failures as StorageError (with the SQL and the
// driver's text) and reads NUMERIC results exactly.
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &db);

    SqlQuery &prepare(const QString &sql);
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(const QString &placeholder, Money value);
    SqlQuery &bindNullableId(const QString &placeholder, qint64 id); // 0 binds NULL
    SqlQuery &exec();
    // Binds positional values in order, then executes: for bulk inserts in a loop.
    SqlQuery &execWith(std::initializer_list<QVariant> values);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    // Reads an integer number of cents; NUMERIC sums arrive as text in high precision.
    Money money(int column) const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    [[noreturn]] void fail() const;
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace paydesk::core
