#include "storage/BulkStatement.h"

#include "storage/Database.h"
#include "util/Errors.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

namespace paydesk::core {

struct BulkStatement::SqliteStatement
{
    sqlite3 *connection = nullptr;
    sqlite3_stmt *statement = nullptr;
    QStringEncoder encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

namespace {

// The Qt SQLite driver's own handle: the statement then runs inside the transaction the
// caller opened through Database, on the same connection.
sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

BulkStatement::BulkStatement(const Database &db, const char *sql)
    : m_sql(QString::fromLatin1(sql))
{
    if (db.isPostgres()) {
        m_query.emplace(db.connection());
        m_query->setForwardOnly(true);
        if (!m_query->prepare(m_sql))
            fail(m_query->lastError().text());
        return;
    }
    sqlite3 *const connection = sqliteHandle(db.connection());
    if (!connection)
        fail(QStringLiteral("the SQLite driver gives no sqlite3 handle"));
    auto statement = std::make_unique<SqliteStatement>();
    statement->connection = connection;
    if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement->statement, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(connection)));
    m_text.resize(size_t(sqlite3_bind_parameter_count(statement->statement)) + 1);
    m_sqlite = std::move(statement);
}

BulkStatement::~BulkStatement()
{
    if (m_sqlite)
        sqlite3_finalize(m_sqlite->statement);
}

BulkStatement &BulkStatement::add(qint64 value)
{
    ++m_index;
    if (m_sqlite) {
        sqlite3_bind_int64(m_sqlite->statement, m_index, value);
        return *this;
    }
    m_query->bindValue(m_index - 1, value);
    return *this;
}

BulkStatement &BulkStatement::add(const QString &text)
{
    ++m_index;
    if (m_sqlite) {
        if (size_t(m_index) >= m_text.size())
            fail(QStringLiteral("more values than parameters"));
        QByteArray &buffer = m_text[size_t(m_index)];
        const qsizetype needed = m_sqlite->encoder.requiredSpace(text.size());
        if (buffer.size() < needed)
            buffer.resize(needed);
        char *const end = m_sqlite->encoder.appendToBuffer(buffer.data(), text);
        sqlite3_bind_text(m_sqlite->statement, m_index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
        return *this;
    }
    // A null QString would bind NULL; text columns are NOT NULL and "" is meant.
    m_query->bindValue(m_index - 1, text.isNull() ? QStringLiteral("") : text);
    return *this;
}

BulkStatement &BulkStatement::add(const QDate &date)
{
    if (m_sqlite && date.isValid() && date.year() >= 1 && date.year() <= 9999) {
        ++m_index;
        if (size_t(m_index) >= m_text.size())
            fail(QStringLiteral("more values than parameters"));
        QByteArray &buffer = m_text[size_t(m_index)];
        buffer.resize(10);
        char *out = buffer.data();
        const auto put = [&out](int value, int digits) {
            for (int i = digits - 1; i >= 0; --i, value /= 10)
                out[i] = char('0' + value % 10);
            out += digits;
        };
        put(date.year(), 4);
        *out++ = '-';
        put(date.month(), 2);
        *out++ = '-';
        put(date.day(), 2);
        sqlite3_bind_text(m_sqlite->statement, m_index, buffer.constData(), 10, SQLITE_STATIC);
        return *this;
    }
    return add(date.toString(Qt::ISODate));
}

BulkStatement &BulkStatement::addNullableId(qint64 id)
{
    if (id > 0)
        return add(id);
    ++m_index;
    if (m_sqlite) {
        sqlite3_bind_null(m_sqlite->statement, m_index);
        return *this;
    }
    m_query->bindValue(m_index - 1, QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

void BulkStatement::exec()
{
    m_index = 0;
    if (m_sqlite) {
        const int rc = sqlite3_step(m_sqlite->statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const QString text = QString::fromUtf8(sqlite3_errmsg(m_sqlite->connection));
            sqlite3_reset(m_sqlite->statement);
            fail(text);
        }
        sqlite3_reset(m_sqlite->statement);
        return;
    }
    if (!m_query->exec())
        fail(m_query->lastError().text());
}

void BulkStatement::fail(const QString &driverText)
{
    m_index = 0;
    throw StorageError(QStringLiteral("%1 [%2]").arg(driverText, m_sql.simplified()));
}

} // namespace paydesk::core
