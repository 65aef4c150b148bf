#include "storage/BulkStatement.h"

#include "storage/Database.h"
#include "storage/SqliteHandle.h"
#include "util/Errors.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>

namespace paydesk::core {

struct BulkStatement::SqliteStatement
{
    // What a parameter holds since it was last bound.
    struct Parameter
    {
        enum class Kind { Unbound, Integer, Null, Text };
        Kind kind = Kind::Unbound;
        qint64 integer = 0;
        QByteArray text; // the UTF-8 bound (SQLITE_STATIC: it stays here while bound)
        // The QString `text` was encoded from, when its data cannot change while held
        // (it has memory of its own): the same string again needs no encoding.
        std::optional<QString> source;
    };

    // Binds UTF-8 text given in `scratch` unless the parameter holds those bytes already.
    void bindText(int index, QByteArray &scratch, std::optional<QString> source)
    {
        Parameter &p = parameters[size_t(index)];
        if (p.kind != Parameter::Kind::Text || p.text != scratch) {
            p.text.swap(scratch);
            p.kind = Parameter::Kind::Text;
            sqlite3_bind_text(statement, index, p.text.constData(), int(p.text.size()), SQLITE_STATIC);
        }
        p.source = std::move(source);
    }

    sqlite3 *connection = nullptr;
    sqlite3_stmt *statement = nullptr;
    QStringEncoder encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    std::vector<Parameter> parameters; // by index, from 1
    QByteArray scratch;
};

struct BulkStatement::PostgresStatement
{
    explicit PostgresStatement(const QSqlDatabase &db, const QString &sql) : connection(db.connectionName()), single(db)
    {
        single.setForwardOnly(true);
        // "INSERT INTO t (a, b) VALUES (?, ?)": the tuple can be repeated for many rows.
        const qsizetype values = sql.lastIndexOf(QStringLiteral(" VALUES "), -1, Qt::CaseInsensitive);
        const QStringView tail = values >= 0 ? QStringView(sql).sliced(values + 8).trimmed() : QStringView();
        if (sql.startsWith(QStringLiteral("INSERT "), Qt::CaseInsensitive) && tail.startsWith(u'(') && tail.endsWith(u')')
            && tail.count(u'?') == sql.count(u'?')) {
            head = sql.left(values + 8);
            tuple = tail.toString();
            columns = int(tail.count(u'?'));
        }
    }

    bool batchable() const { return columns > 0; }
    int rowsPerInsert() const { return std::max(1, 16000 / columns); }

    // The INSERT for `rows` rows, prepared.
    QSqlQuery prepared(int rows) const
    {
        QString sql = head;
        sql.reserve(head.size() + rows * (tuple.size() + 2));
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += QStringLiteral(", ");
            sql += tuple;
        }
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw StorageError(QStringLiteral("%1 [%2 ...]").arg(query.lastError().text(), head));
        return query;
    }

    QString connection;
    QSqlQuery single; // the statement as given, for one row
    QVariantList row; // the values added since the last exec()
    // Batching: the statement split around its tuple of values, and the rows waiting.
    QString head;
    QString tuple;
    int columns = 0;
    QVariantList waiting;
    int waitingRows = 0;
    std::optional<QSqlQuery> full; // the INSERT for rowsPerInsert() rows
};

namespace {

// The connections of this thread with a Batching under way, by name, and the statement
// whose rows wait on each. A connection is used by one thread only.
struct Batch
{
    BulkStatement *waiting = nullptr;
};
thread_local QHash<QString, Batch> batches;

} // namespace

BulkStatement::BulkStatement(const Database &db, const char *sql)
    : m_sql(QString::fromLatin1(sql))
{
    if (db.isPostgres()) {
        m_postgres = std::make_unique<PostgresStatement>(db.connection(), m_sql);
        if (!m_postgres->single.prepare(m_sql))
            fail(m_postgres->single.lastError().text());
        return;
    }
    // The Qt driver's own connection: the statement runs inside the transaction the caller
    // opened through Database.
    sqlite3 *const connection = sqliteHandle(db);
    if (!connection)
        fail(QStringLiteral("the SQLite driver gives no sqlite3 handle"));
    auto statement = std::make_unique<SqliteStatement>();
    statement->connection = connection;
    if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement->statement, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(connection)));
    statement->parameters.resize(size_t(sqlite3_bind_parameter_count(statement->statement)) + 1);
    m_sqlite = std::move(statement);
}

BulkStatement::~BulkStatement()
{
    if (m_sqlite)
        sqlite3_finalize(m_sqlite->statement);
    // Rows still waiting are dropped with the statement (see Batching).
    if (m_postgres) {
        if (const auto batch = batches.find(m_postgres->connection); batch != batches.end() && batch->waiting == this)
            batch->waiting = nullptr;
    }
}

BulkStatement::Batching::Batching(const Database &db)
    : m_connection(db.isPostgres() ? db.connection().connectionName() : QString())
{
    if (!m_connection.isEmpty())
        batches.insert(m_connection, {});
}

BulkStatement::Batching::~Batching()
{
    if (m_connection.isEmpty())
        return;
    if (BulkStatement *waiting = batches.value(m_connection).waiting) {
        waiting->m_postgres->waiting.clear();
        waiting->m_postgres->waitingRows = 0;
    }
    batches.remove(m_connection);
}

void BulkStatement::Batching::flush()
{
    if (m_connection.isEmpty())
        return;
    if (BulkStatement *waiting = batches.value(m_connection).waiting)
        waiting->flush();
}

void BulkStatement::flush()
{
    PostgresStatement &pg = *m_postgres;
    if (const auto batch = batches.find(pg.connection); batch != batches.end() && batch->waiting == this)
        batch->waiting = nullptr;
    if (pg.waitingRows == 0)
        return;
    std::optional<QSqlQuery> partial;
    QSqlQuery *query = nullptr;
    if (pg.waitingRows == pg.rowsPerInsert()) {
        if (!pg.full)
            pg.full = pg.prepared(pg.waitingRows);
        query = &*pg.full;
    } else {
        partial = pg.prepared(pg.waitingRows);
        query = &*partial;
    }
    for (qsizetype i = 0; i < pg.waiting.size(); ++i)
        query->bindValue(int(i), pg.waiting.at(i));
    pg.waiting.clear();
    pg.waitingRows = 0;
    if (!query->exec())
        fail(query->lastError().text());
}

void BulkStatement::addValue(const QVariant &value)
{
    QVariantList &row = m_postgres->row;
    if (row.size() < m_index)
        row.resize(m_index);
    row[m_index - 1] = value;
}

BulkStatement &BulkStatement::add(qint64 value)
{
    nextParameter();
    if (m_sqlite) {
        SqliteStatement::Parameter &p = m_sqlite->parameters[size_t(m_index)];
        if (p.kind != SqliteStatement::Parameter::Kind::Integer || p.integer != value) {
            p.kind = SqliteStatement::Parameter::Kind::Integer;
            p.integer = value;
            sqlite3_bind_int64(m_sqlite->statement, m_index, value);
        }
        return *this;
    }
    addValue(value);
    return *this;
}

BulkStatement &BulkStatement::add(const QString &text)
{
    nextParameter();
    if (m_sqlite) {
        SqliteStatement::Parameter &p = m_sqlite->parameters[size_t(m_index)];
        if (p.kind == SqliteStatement::Parameter::Kind::Text && p.source && p.source->constData() == text.constData()
            && p.source->size() == text.size())
            return *this;
        QByteArray &utf8 = m_sqlite->scratch;
        utf8.resize(m_sqlite->encoder.requiredSpace(text.size()));
        utf8.resize(m_sqlite->encoder.appendToBuffer(utf8.data(), text) - utf8.constData());
        // Only text in memory of its own stays as it is while held: raw data
        // (QString::fromRawData) may be rewritten by its owner under the same pointer.
        m_sqlite->bindText(m_index, utf8, text.capacity() > 0 ? std::optional(text) : std::nullopt);
        return *this;
    }
    // A null QString would bind NULL; text columns are NOT NULL and "" is meant.
    addValue(text.isNull() ? QStringLiteral("") : text);
    return *this;
}

BulkStatement &BulkStatement::add(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one conversion from the day number, not three
    if (m_sqlite && date.isValid() && year >= 1 && year <= 9999) {
        nextParameter();
        QByteArray &text = m_sqlite->scratch;
        text.resize(10);
        char *out = text.data();
        const auto put = [&out](int value, int digits) {
            for (int i = digits - 1; i >= 0; --i, value /= 10)
                out[i] = char('0' + value % 10);
            out += digits;
        };
        put(year, 4);
        *out++ = '-';
        put(month, 2);
        *out++ = '-';
        put(day, 2);
        m_sqlite->bindText(m_index, text, std::nullopt);
        return *this;
    }
    return add(date.toString(Qt::ISODate));
}

BulkStatement &BulkStatement::addNullableId(qint64 id)
{
    if (id > 0)
        return add(id);
    nextParameter();
    if (m_sqlite) {
        SqliteStatement::Parameter &p = m_sqlite->parameters[size_t(m_index)];
        if (p.kind != SqliteStatement::Parameter::Kind::Null) {
            p.kind = SqliteStatement::Parameter::Kind::Null;
            sqlite3_bind_null(m_sqlite->statement, m_index);
        }
        return *this;
    }
    addValue(QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

void BulkStatement::nextParameter()
{
    ++m_index;
    if (m_sqlite && size_t(m_index) >= m_sqlite->parameters.size())
        fail(QStringLiteral("more values than parameters"));
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
    PostgresStatement &pg = *m_postgres;
    if (const auto batch = batches.find(pg.connection); batch != batches.end()) {
        if (batch->waiting && batch->waiting != this)
            batch->waiting->flush();
        if (pg.batchable()) {
            pg.waiting.append(pg.row);
            ++pg.waitingRows;
            batches[pg.connection].waiting = this;
            if (pg.waitingRows == pg.rowsPerInsert())
                flush();
            return;
        }
    }
    for (qsizetype i = 0; i < pg.row.size(); ++i)
        pg.single.bindValue(int(i), pg.row.at(i));
    if (!pg.single.exec())
        fail(pg.single.lastError().text());
}

void BulkStatement::fail(const QString &driverText)
{
    m_index = 0;
    throw StorageError(QStringLiteral("%1 [%2]").arg(driverText, m_sql.simplified()));
}

} // namespace paydesk::core
