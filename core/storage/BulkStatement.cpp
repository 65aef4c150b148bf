#include "storage/BulkStatement.h"

#include "storage/Database.h"
#include "storage/PgCopy.h"
#include "storage/SqliteHandle.h"
#include "util/Errors.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>

namespace paydesk::core {

namespace {

// Rows to one INSERT while a Batching is under way. PostgreSQL: as many as keep a
// statement near 16,000 values, which is where the round trips stop mattering. SQLite:
// its work per statement run is spread over 64 rows; more rows gain nothing measurable.
constexpr int postgresValuesPerInsert = 16000;
constexpr int sqliteRowsPerInsert = 64;
// Rows to one COPY: ten multi-row INSERTs' worth. A COPY checks the foreign keys of all its
// rows once they are in, and the server keeps the queue of those checks in memory; a
// client killed in the middle leaves its transaction (and its locks) to the server until
// that work is done. Beyond this size a COPY gains nothing measurable.
constexpr int postgresValuesPerCopy = 10 * postgresValuesPerInsert;

// The Batchings under way on this thread, by connection name (a connection is used by one
// thread only), and how many times that set changed: a statement looks its Batching up
// again only after a change, not on every row.
thread_local QHash<QString, BulkStatement::Batching *> batchings;
thread_local quint64 batchingChanges = 0;

} // namespace

// "INSERT INTO t (a, b) VALUES (?, ?)" split around its tuple of values, which can be
// repeated for many rows, and the rows waiting to be sent.
struct BulkStatement::Grouping
{
    // Null when `sql` is not an INSERT ... VALUES of one tuple holding every parameter.
    static std::unique_ptr<Grouping> of(const QString &sql, bool postgres)
    {
        const qsizetype values = sql.lastIndexOf(QStringLiteral(" VALUES "), -1, Qt::CaseInsensitive);
        const QStringView tail = values >= 0 ? QStringView(sql).sliced(values + 8).trimmed() : QStringView();
        if (!sql.startsWith(QStringLiteral("INSERT "), Qt::CaseInsensitive) || !tail.startsWith(u'(')
            || !tail.endsWith(u')') || tail.count(u'?') != sql.count(u'?') || tail.count(u'?') == 0)
            return nullptr;
        auto grouping = std::make_unique<Grouping>();
        grouping->head = sql.left(values + 8);
        grouping->tuple = tail.toString();
        grouping->columns = int(tail.count(u'?'));
        grouping->rowsPerInsert = postgres ? std::max(1, postgresValuesPerInsert / grouping->columns) : sqliteRowsPerInsert;
        grouping->rowsPerCopy = std::max(1, postgresValuesPerCopy / grouping->columns);
        return grouping;
    }

    // The INSERT of `rows` rows.
    QString sql(int rows) const
    {
        QString text = head;
        text.reserve(head.size() + rows * (tuple.size() + 2));
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                text += QStringLiteral(", ");
            text += tuple;
        }
        return text;
    }

    QString head;
    QString tuple;
    int columns = 0;
    int rowsPerInsert = 1;
    int rowsPerCopy = 1;
    int waitingRows = 0;
};

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

    // A prepared statement and what each of its parameters holds, by index from 1.
    struct Prepared
    {
        Prepared() = default;
        Prepared(const Prepared &) = delete;
        Prepared &operator=(const Prepared &) = delete;
        ~Prepared() { sqlite3_finalize(statement); }

        // False, with SQLite's message in `error`, when the SQL does not prepare.
        bool prepare(sqlite3 *connection, const QByteArray &sql, unsigned flags, QString &error)
        {
            if (sqlite3_prepare_v3(connection, sql.constData(), int(sql.size()), flags, &statement, nullptr) != SQLITE_OK) {
                error = QString::fromUtf8(sqlite3_errmsg(connection));
                return false;
            }
            parameters.resize(size_t(sqlite3_bind_parameter_count(statement)) + 1);
            return true;
        }

        sqlite3_stmt *statement = nullptr;
        std::vector<Parameter> parameters;
    };

    Parameter &parameter(int index) { return target->parameters[size_t(offset + index)]; }

    void bindInteger(int index, qint64 value)
    {
        Parameter &p = parameter(index);
        if (p.kind != Parameter::Kind::Integer || p.integer != value) {
            p.kind = Parameter::Kind::Integer;
            p.integer = value;
            sqlite3_bind_int64(target->statement, offset + index, value);
        }
    }

    void bindNull(int index)
    {
        Parameter &p = parameter(index);
        if (p.kind != Parameter::Kind::Null) {
            p.kind = Parameter::Kind::Null;
            sqlite3_bind_null(target->statement, offset + index);
        }
    }

    // Binds the UTF-8 text in `scratch` unless the parameter holds those bytes already.
    void bindText(int index, std::optional<QString> source)
    {
        Parameter &p = parameter(index);
        if (p.kind != Parameter::Kind::Text || p.text != scratch) {
            p.text.swap(scratch);
            p.kind = Parameter::Kind::Text;
            sqlite3_bind_text(target->statement, offset + index, p.text.constData(), int(p.text.size()), SQLITE_STATIC);
        }
        p.source = std::move(source);
    }

    // Runs `statement` once; SQLite's message when it fails.
    std::optional<QString> step(sqlite3_stmt *statement) const
    {
        const int rc = sqlite3_step(statement);
        std::optional<QString> error;
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            error = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_reset(statement);
        return error;
    }

    sqlite3 *connection = nullptr;
    int columns = 0;
    Prepared single;
    Prepared group;             // for Grouping::rowsPerInsert rows, prepared at its first row
    Prepared *target = &single; // where the values of the current row go
    int offset = 0;             // of the current row's first parameter in `target`, less 1
    QStringEncoder encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    QByteArray scratch;
};

struct BulkStatement::PostgresStatement
{
    explicit PostgresStatement(const QSqlDatabase &db) : single(db) { single.setForwardOnly(true); }

    // The INSERT of `rows` rows, prepared.
    static QSqlQuery prepared(const Grouping &grouping, int rows, const QString &connection)
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.setForwardOnly(true);
        if (!query.prepare(grouping.sql(rows)))
            throw StorageError(QStringLiteral("%1 [%2 ...]").arg(query.lastError().text(), grouping.head));
        return query;
    }

    // A COPY for the rows of "INSERT INTO t (a, b) VALUES (?, ?)", which COPY can take as
    // they are; null for an INSERT with other values in its tuple.
    static std::unique_ptr<PgCopy> copyFor(const Database &db, const QString &sql)
    {
        static const QRegularExpression plain(QStringLiteral(
            "^INSERT INTO (\\w+) ?\\(([\\w, ]+)\\) VALUES ?\\(\\?(?: ?, ?\\?)*\\)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = plain.match(sql.simplified());
        if (!match.hasMatch())
            return nullptr;
        QStringList columns = match.captured(2).split(u',');
        for (QString &column : columns)
            column = column.trimmed();
        if (columns.size() != sql.count(u'?'))
            return nullptr;
        return std::make_unique<PgCopy>(db, match.captured(1), columns);
    }

    QSqlQuery single;  // the statement as given, for one row
    QVariantList row;  // the values added since the last exec()
    QVariantList waiting;
    std::optional<QSqlQuery> full; // the INSERT for Grouping::rowsPerInsert rows
    std::unique_ptr<PgCopy> copy;  // where waiting rows go, when COPY can take them
};

BulkStatement::BulkStatement(const Database &db, const char *sql)
    : m_sql(QString::fromLatin1(sql)), m_connection(db.connection().connectionName()),
      m_grouping(Grouping::of(m_sql, db.isPostgres()))
{
    if (db.isPostgres()) {
        // Preparing is a statement on the connection: rows streaming through a COPY end first.
        Batching::endStreaming(m_connection);
        m_postgres = std::make_unique<PostgresStatement>(db.connection());
        if (!m_postgres->single.prepare(m_sql))
            fail(m_postgres->single.lastError().text());
        if (m_grouping)
            m_postgres->copy = PostgresStatement::copyFor(db, m_sql);
        return;
    }
    // The Qt driver's own connection: the statement runs inside the transaction the caller
    // opened through Database.
    sqlite3 *const connection = sqliteHandle(db);
    if (!connection)
        fail(QStringLiteral("the SQLite driver gives no sqlite3 handle"));
    auto statement = std::make_unique<SqliteStatement>();
    statement->connection = connection;
    QString error;
    if (!statement->single.prepare(connection, QByteArray(sql), SQLITE_PREPARE_PERSISTENT, error))
        fail(error);
    statement->columns = int(statement->single.parameters.size()) - 1;
    m_sqlite = std::move(statement);
}

BulkStatement::~BulkStatement()
{
    // Rows still waiting are dropped with the statement (see Batching).
    if (Batching *const b = batching(); b && b->m_waiting == this)
        b->m_waiting = nullptr;
}

BulkStatement::Batching::Batching(const Database &db)
    : m_connection(db.connection().connectionName())
{
    batchings.insert(m_connection, this);
    ++batchingChanges;
}

BulkStatement::Batching::~Batching()
{
    if (m_waiting)
        m_waiting->dropWaiting();
    batchings.remove(m_connection);
    ++batchingChanges;
}

void BulkStatement::Batching::flush()
{
    if (m_waiting)
        m_waiting->flush();
}

void BulkStatement::Batching::endStreaming(const QString &connectionName)
{
    if (batchings.isEmpty())
        return;
    Batching *const b = batchings.value(connectionName);
    if (b && b->m_waiting && b->m_waiting->copies())
        b->m_waiting->flush();
}

int BulkStatement::rowsPerInsert() const
{
    return m_grouping ? m_grouping->rowsPerInsert : 1;
}

bool BulkStatement::copies() const
{
    return m_postgres && m_postgres->copy;
}

BulkStatement::Batching *BulkStatement::batching()
{
    if (m_batchingsSeen != batchingChanges) {
        m_batchingsSeen = batchingChanges;
        m_batching = batchings.value(m_connection);
    }
    return m_batching;
}

void BulkStatement::beginRow()
{
    m_rowWaits = m_grouping && batching();
    if (!m_sqlite)
        return;
    SqliteStatement &s = *m_sqlite;
    if (!m_rowWaits) {
        s.target = &s.single;
        s.offset = 0;
        return;
    }
    if (!s.group.statement) {
        QString error;
        if (!s.group.prepare(s.connection, m_grouping->sql(m_grouping->rowsPerInsert).toUtf8(),
                             SQLITE_PREPARE_PERSISTENT, error))
            fail(error);
    }
    s.target = &s.group;
    s.offset = m_grouping->waitingRows * s.columns;
}

void BulkStatement::nextParameter()
{
    if (m_index == 0)
        beginRow();
    ++m_index;
    if (m_sqlite && m_index > m_sqlite->columns)
        fail(QStringLiteral("more values than parameters"));
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
    if (m_sqlite)
        m_sqlite->bindInteger(m_index, value);
    else if (PgCopy *const copy = copying())
        copy->addInteger(value);
    else
        addValue(value);
    return *this;
}

BulkStatement &BulkStatement::add(const QString &text)
{
    nextParameter();
    if (m_sqlite) {
        SqliteStatement &s = *m_sqlite;
        const SqliteStatement::Parameter &p = s.parameter(m_index);
        if (p.kind == SqliteStatement::Parameter::Kind::Text && p.source && p.source->constData() == text.constData()
            && p.source->size() == text.size())
            return *this;
        s.scratch.resize(s.encoder.requiredSpace(text.size()));
        s.scratch.resize(s.encoder.appendToBuffer(s.scratch.data(), text) - s.scratch.constData());
        // Only text in memory of its own stays as it is while held: raw data
        // (QString::fromRawData) may be rewritten by its owner under the same pointer.
        s.bindText(m_index, text.capacity() > 0 ? std::optional(text) : std::nullopt);
        return *this;
    }
    if (PgCopy *const copy = copying()) {
        copy->addText(text);
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
        m_sqlite->bindText(m_index, std::nullopt);
        return *this;
    }
    return add(date.toString(Qt::ISODate));
}

BulkStatement &BulkStatement::addNullableId(qint64 id)
{
    return id > 0 ? add(id) : addNull(QMetaType::fromType<qint64>());
}

BulkStatement &BulkStatement::addNullableText(const QString &text)
{
    return !text.isEmpty() ? add(text) : addNull(QMetaType::fromType<QString>());
}

BulkStatement &BulkStatement::addNull(QMetaType type)
{
    nextParameter();
    if (m_sqlite)
        m_sqlite->bindNull(m_index);
    else if (PgCopy *const copy = copying())
        copy->addNull();
    else
        addValue(QVariant(type));
    return *this;
}

void BulkStatement::exec()
{
    m_index = 0;
    Batching *const b = batching();
    if (b && b->m_waiting && b->m_waiting != this)
        b->m_waiting->flush();
    if (m_rowWaits) {
        m_rowWaits = false;
        b->m_waiting = this;
        ++m_grouping->waitingRows;
        if (copies()) {
            m_postgres->copy->endRow();
            if (m_grouping->waitingRows == m_grouping->rowsPerCopy)
                flush();
            return;
        }
        if (m_postgres)
            m_postgres->waiting.append(m_postgres->row);
        if (m_grouping->waitingRows == m_grouping->rowsPerInsert)
            flush();
        return;
    }
    if (m_sqlite) {
        if (const auto error = m_sqlite->step(m_sqlite->single.statement))
            fail(*error);
        return;
    }
    for (qsizetype i = 0; i < m_postgres->row.size(); ++i)
        m_postgres->single.bindValue(int(i), m_postgres->row.at(i));
    if (!m_postgres->single.exec())
        fail(m_postgres->single.lastError().text());
}

void BulkStatement::flush()
{
    if (Batching *const b = batching(); b && b->m_waiting == this)
        b->m_waiting = nullptr;
    const int rows = m_grouping->waitingRows;
    m_grouping->waitingRows = 0;
    if (rows == 0)
        return;
    if (copies()) {
        m_postgres->copy->finish();
        return;
    }
    const bool full = rows == m_grouping->rowsPerInsert;
    if (m_sqlite) {
        SqliteStatement &s = *m_sqlite;
        if (full) {
            if (const auto error = s.step(s.group.statement))
                fail(*error);
            return;
        }
        // The values are bound to the statement for a full group: the first rows' go to
        // one for as many rows as wait.
        SqliteStatement::Prepared partial;
        QString error;
        if (!partial.prepare(s.connection, m_grouping->sql(rows).toUtf8(), 0, error))
            fail(error);
        for (int i = 1; i <= rows * s.columns; ++i) {
            const SqliteStatement::Parameter &p = s.group.parameters[size_t(i)];
            switch (p.kind) {
            case SqliteStatement::Parameter::Kind::Integer: sqlite3_bind_int64(partial.statement, i, p.integer); break;
            case SqliteStatement::Parameter::Kind::Text:
                sqlite3_bind_text(partial.statement, i, p.text.constData(), int(p.text.size()), SQLITE_STATIC);
                break;
            case SqliteStatement::Parameter::Kind::Null:
            case SqliteStatement::Parameter::Kind::Unbound: break;
            }
        }
        if (const auto stepError = s.step(partial.statement))
            fail(*stepError);
        return;
    }
    PostgresStatement &pg = *m_postgres;
    std::optional<QSqlQuery> partial;
    QSqlQuery *query = nullptr;
    if (full) {
        if (!pg.full)
            pg.full = PostgresStatement::prepared(*m_grouping, rows, m_connection);
        query = &*pg.full;
    } else {
        partial = PostgresStatement::prepared(*m_grouping, rows, m_connection);
        query = &*partial;
    }
    for (qsizetype i = 0; i < pg.waiting.size(); ++i)
        query->bindValue(int(i), pg.waiting.at(i));
    pg.waiting.clear();
    if (!query->exec())
        fail(query->lastError().text());
}

void BulkStatement::dropWaiting()
{
    m_grouping->waitingRows = 0;
    if (m_postgres) {
        m_postgres->waiting.clear();
        if (m_postgres->copy)
            m_postgres->copy->abandon();
    }
}

PgCopy *BulkStatement::copying() const
{
    return m_rowWaits && m_postgres ? m_postgres->copy.get() : nullptr;
}

void BulkStatement::fail(const QString &driverText)
{
    m_index = 0;
    m_rowWaits = false;
    throw StorageError(QStringLiteral("%1 [%2]").arg(driverText, m_sql.simplified()));
}

} // namespace paydesk::core
