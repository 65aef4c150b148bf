#include "storage/SqlQuery.h"

#include "money/Money.h"
#include "util/Errors.h"

#include <QSqlError>

namespace paydesk::core {

SqlQuery::SqlQuery(const QSqlDatabase &db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    // PostgreSQL returns SUM(bigint) as NUMERIC, which the driver turns into a double
    // unless asked for the exact text.
    m_query.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

SqlQuery &SqlQuery::prepare(const QString &sql)
{
    m_sql = sql;
    if (!m_query.prepare(sql))
        fail();
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, Money value)
{
    m_query.bindValue(placeholder, value.cents());
    return *this;
}

SqlQuery &SqlQuery::bindNullableId(const QString &placeholder, qint64 id)
{
    m_query.bindValue(placeholder, id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        fail();
    return *this;
}

SqlQuery &SqlQuery::execWith(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_query.bindValue(i++, v);
    return exec();
}

Money SqlQuery::money(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    bool ok = false;
    const qint64 cents = v.toString().toLongLong(&ok);
    if (!ok)
        throw StorageError(QStringLiteral("not an integer amount of cents: %1 in %2").arg(v.toString(), m_sql));
    return Money::fromCents(cents);
}

void SqlQuery::fail() const
{
    throw StorageError(QStringLiteral("%1 [%2]").arg(m_query.lastError().text(), m_sql.simplified()));
}

} // namespace paydesk::core
