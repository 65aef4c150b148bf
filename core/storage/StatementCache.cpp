#include "storage/StatementCache.h"

#include "storage/BulkStatement.h"
#include "storage/SqliteStatement.h"

#include <QSqlQuery>

#include <cstring>

namespace paydesk::core {

namespace {

// Enough for every statement the services run; SQL assembled at run time (reports,
// verify, import) must not grow the cache without bound.
constexpr qsizetype capacity = 128;

} // namespace

bool StatementCache::Entry::inUse() const
{
    // The cache holds one reference; a SqlQuery reading from the statement holds another.
    return statement.sqlite ? statement.sqlite.use_count() > 1 : statement.query.use_count() > 1;
}

StatementCache::StatementCache(sqlite3 *sqlite)
    : m_sqlite(sqlite)
{
}

StatementCache::~StatementCache() = default;

StatementCache::Statement StatementCache::take(const QString &sql)
{
    const auto it = m_statements.find(sql);
    if (it == m_statements.end() || it->inUse())
        return {};
    it->lastUse = ++m_uses;
    if (it->statement.sqlite) {
        it->statement.sqlite->clearBindings();
    } else {
        QSqlQuery &query = *it->statement.query;
        const qsizetype bound = query.boundValues().size();
        for (qsizetype i = 0; i < bound; ++i)
            query.bindValue(int(i), QVariant());
    }
    return it->statement;
}

bool StatementCache::keep(const QString &sql, const Statement &statement)
{
    if (m_statements.contains(sql))
        return false;
    if (m_statements.size() >= capacity)
        makeRoom();
    if (m_statements.size() >= capacity)
        return false;
    m_statements.insert(sql, {statement, ++m_uses});
    return true;
}

void StatementCache::makeRoom()
{
    auto oldest = m_statements.end();
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it) {
        if (!it->inUse() && (oldest == m_statements.end() || it->lastUse < oldest->lastUse))
            oldest = it;
    }
    if (oldest != m_statements.end())
        m_statements.erase(oldest);
}

BulkStatement &StatementCache::bulk(const Database &db, const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(std::strlen(sql)));
    auto it = m_bulk.find(key);
    if (it == m_bulk.end())
        it = m_bulk.insert(QByteArray(sql), std::make_shared<BulkStatement>(db, sql));
    return **it;
}

} // namespace paydesk::core
