#include "storage/SqlQuery.h"

#include "money/Money.h"
#include "storage/BulkStatement.h"
#include "storage/SqliteStatement.h"
#include "storage/StatementError.h"
#include "storage/StatementCache.h"
#include "util/Errors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paydesk::core {

SqlQuery::SqlQuery(const QSqlDatabase &db, StatementCache &cache)
    : m_db(db), m_cache(&cache)
{
}

SqlQuery::~SqlQuery()
{
    release();
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_db(std::move(other.m_db)), m_cache(other.m_cache), m_sqlite(std::move(other.m_sqlite)),
      m_query(std::move(other.m_query)), m_cached(std::exchange(other.m_cached, false)), m_sql(std::move(other.m_sql))
{
}

SqlQuery &SqlQuery::operator=(SqlQuery &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::move(other.m_db);
        m_cache = other.m_cache;
        m_sqlite = std::move(other.m_sqlite);
        m_query = std::move(other.m_query);
        m_cached = std::exchange(other.m_cached, false);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

void SqlQuery::release()
{
    if (!m_cached)
        return;
    // A kept statement left mid-result would hold SQLite's read snapshot (and its locks)
    // open until it is used again.
    if (m_sqlite)
        m_sqlite->finish();
    else
        m_query->finish();
    m_sqlite.reset();
    m_query.reset();
    m_cached = false;
}

SqlQuery &SqlQuery::prepare(const QString &sql)
{
    if (!m_cache->sqlite())
        BulkStatement::Batching::endStreaming(m_db.connectionName());
    release();
    m_sql = sql;
    if (StatementCache::Statement kept = m_cache->take(sql)) {
        m_sqlite = std::move(kept.sqlite);
        m_query = std::move(kept.query);
        m_cached = true;
        return *this;
    }
    StatementCache::Statement made;
    if (m_cache->sqlite()) {
        m_sqlite = std::make_shared<SqliteStatement>(m_cache->sqlite(), sql);
        if (!m_sqlite->isPrepared())
            fail();
        made.sqlite = m_sqlite;
    } else {
        prepareQuery(sql);
        made.query = m_query;
    }
    m_cached = m_cache->keep(sql, made);
    return *this;
}

void SqlQuery::prepareQuery(const QString &sql)
{
    if (!m_query) {
        m_query = std::make_shared<QSqlQuery>(m_db);
        m_query->setForwardOnly(true);
        // PostgreSQL returns SUM(bigint) as NUMERIC, which the driver turns into a double
        // unless asked for the exact text.
        m_query->setNumericalPrecisionPolicy(QSql::HighPrecision);
    }
    if (!m_query->prepare(sql))
        fail();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    if (!m_sqlite)
        m_query->bindValue(placeholder, value);
    else if (!m_sqlite->bind(placeholder, value))
        fail();
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, Money value)
{
    return bind(placeholder, QVariant(value.cents()));
}

SqlQuery &SqlQuery::bindNullableId(const QString &placeholder, qint64 id)
{
    return bind(placeholder, id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
}

SqlQuery &SqlQuery::exec()
{
    if (m_query)
        BulkStatement::Batching::endStreaming(m_db.connectionName());
    if (!(m_sqlite ? m_sqlite->exec() : m_query->exec()))
        fail();
    return *this;
}

SqlQuery &SqlQuery::execWith(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values) {
        if (!m_sqlite)
            m_query->bindValue(i, v);
        else if (!m_sqlite->bind(i, v))
            fail();
        ++i;
    }
    return exec();
}

bool SqlQuery::next()
{
    if (m_sqlite) {
        if (m_sqlite->next())
            return true;
        if (!m_sqlite->errorText().isEmpty())
            fail();
        return false;
    }
    return m_query->next();
}

QVariant SqlQuery::value(int column) const
{
    return m_sqlite ? m_sqlite->value(column) : m_query->value(column);
}

qint64 SqlQuery::id(int column) const
{
    return m_sqlite ? m_sqlite->integer(column) : m_query->value(column).toLongLong();
}

QString SqlQuery::text(int column) const
{
    return m_sqlite ? m_sqlite->text(column) : m_query->value(column).toString();
}

QAnyStringView SqlQuery::textView(int column) const
{
    if (m_sqlite)
        return QUtf8StringView(m_sqlite->utf8(column));
    m_textView = m_query->value(column).toString();
    return m_textView;
}

QDate SqlQuery::date(int column) const
{
    if (m_sqlite)
        return m_sqlite->date(column);
    return QDate::fromString(m_query->value(column).toString(), Qt::ISODate);
}

Money SqlQuery::money(int column) const
{
    if (m_sqlite && m_sqlite->isInteger(column))
        return Money::fromCents(m_sqlite->integer(column));
    const QVariant v = value(column);
    if (v.isNull())
        return {};
    bool ok = false;
    const qint64 cents = v.toString().toLongLong(&ok);
    if (!ok)
        throw StorageError(QStringLiteral("not an integer amount of cents: %1 in %2").arg(v.toString(), m_sql));
    return Money::fromCents(cents);
}

int SqlQuery::numRowsAffected() const
{
    return m_sqlite ? m_sqlite->numRowsAffected() : m_query->numRowsAffected();
}

void SqlQuery::finish()
{
    if (m_sqlite)
        m_sqlite->finish();
    else if (m_query)
        m_query->finish();
}

QString SqlQuery::errorText() const
{
    return m_sqlite ? m_sqlite->errorText() : m_query->lastError().text();
}

void SqlQuery::fail() const
{
    const bool busy =
        m_sqlite ? m_sqlite->isBusy() : isBusy(m_query->lastError(), m_db.driverName() == QLatin1String("QPSQL"));
    throwStatementError(errorText(), busy, m_sql);
}

} // namespace paydesk::core
