#include "storage/SqliteStatement.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace paydesk::core {

namespace {

// QSqlResultPrivate::isVariantNull: what the Qt drivers bind as NULL.
bool boundAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime: return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate: return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime: return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid: return static_cast<const QUuid *>(value.constData())->isNull();
    default: return false;
    }
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *connection, const QString &sql)
    : m_connection(connection)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           &tail)
        != SQLITE_OK) {
        takeError(QStringLiteral("Unable to execute statement"));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    const qsizetype used = tail ? tail - utf8.constData() : utf8.size();
    if (!m_statement || !utf8.mid(used).trimmed().isEmpty()) {
        m_error = m_statement ? QStringLiteral("Unable to execute multiple statements at a time")
                              : QStringLiteral("Unable to execute an empty statement");
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_columns = m_statement ? sqlite3_column_count(m_statement) : 0;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(const QString &placeholder, const QVariant &value)
{
    // Placeholders are short ASCII names: spare the UTF-8 conversion's allocation.
    QVarLengthArray<char, 64> name;
    for (const QChar c : placeholder)
        name.append(c.unicode() < 0x80 ? char(c.unicode()) : '?');
    name.append('\0');
    const int index = sqlite3_bind_parameter_index(m_statement, name.constData());
    if (index == 0) {
        m_error = QStringLiteral("No placeholder %1 in the statement").arg(placeholder);
        m_busy = false;
        return false;
    }
    return bindAt(index, value);
}

bool SqliteStatement::bind(int position, const QVariant &value)
{
    return bindAt(position + 1, value);
}

void SqliteStatement::clearBindings()
{
    finish();
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::bindAt(int index, const QVariant &value)
{
    // SQLite refuses new values while a statement is mid-way.
    finish();
    int rc = SQLITE_OK;
    if (boundAsNull(value)) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        const auto bindText = [&](const QString &text) {
            const QByteArray utf8 = text.toUtf8();
            return sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        };
        switch (value.userType()) {
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            rc = sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool: rc = sqlite3_bind_int(m_statement, index, value.toInt()); break;
        case QMetaType::Double: rc = sqlite3_bind_double(m_statement, index, value.toDouble()); break;
        case QMetaType::UInt:
        case QMetaType::LongLong: rc = sqlite3_bind_int64(m_statement, index, value.toLongLong()); break;
        case QMetaType::QDateTime: rc = bindText(value.toDateTime().toString(Qt::ISODateWithMs)); break;
        case QMetaType::QTime: rc = bindText(value.toTime().toString(u"hh:mm:ss.zzz")); break;
        case QMetaType::QString: rc = bindText(*static_cast<const QString *>(value.constData())); break;
        default: rc = bindText(value.toString()); break;
        }
    }
    if (rc != SQLITE_OK) {
        takeError(QStringLiteral("Unable to bind parameters"));
        return false;
    }
    return true;
}

bool SqliteStatement::exec()
{
    finish();
    m_error.clear();
    m_busy = false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_active = true;
        m_firstRow = true;
        return true;
    }
    if (rc != SQLITE_DONE)
        takeError(QStringLiteral("Unable to fetch row"));
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    m_onRow = false;
    if (m_firstRow) {
        m_firstRow = false;
        m_onRow = true;
        return true;
    }
    if (!m_active)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    if (rc != SQLITE_DONE)
        takeError(QStringLiteral("Unable to fetch row"));
    sqlite3_reset(m_statement);
    m_active = false;
    return false;
}

void SqliteStatement::finish()
{
    if (m_active)
        sqlite3_reset(m_statement);
    m_active = m_firstRow = m_onRow = false;
}

int SqliteStatement::numRowsAffected() const
{
    return sqlite3_changes(m_connection);
}

bool SqliteStatement::onColumn(int column) const
{
    return m_onRow && column >= 0 && column < m_columns;
}

QVariant SqliteStatement::value(int column) const
{
    if (!onColumn(column))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    case SQLITE_INTEGER: return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT: return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: return text(column);
    }
}

qint64 SqliteStatement::integer(int column) const
{
    if (!onColumn(column))
        return 0;
    // Most ledger columns are integers and a scan reads millions of them: those go straight
    // through. Anything else converts as Qt's driver would (a REAL rounds, it does not truncate).
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return sqlite3_column_int64(m_statement, column);
    case SQLITE_NULL: return 0;
    default: return value(column).toLongLong();
    }
}

QString SqliteStatement::text(int column) const
{
    if (!onColumn(column))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    case SQLITE_NULL: return {};
    default: return value(column).toString();
    }
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    if (!onColumn(column))
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QDate SqliteStatement::date(int column) const
{
    if (!onColumn(column) || sqlite3_column_type(m_statement, column) != SQLITE_TEXT
        || sqlite3_column_bytes(m_statement, column) != 10)
        return {};
    const auto *c = reinterpret_cast<const unsigned char *>(sqlite3_column_text(m_statement, column));
    const auto number = [c](int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; ++i) {
            if (c[i] < '0' || c[i] > '9')
                return -1;
            n = n * 10 + (c[i] - '0');
        }
        return n;
    };
    if (c[4] != '-' || c[7] != '-')
        return {};
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    // QDate refuses an impossible day, as QDate::fromString would.
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

bool SqliteStatement::isNull(int column) const
{
    return !onColumn(column) || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return onColumn(column) && sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
}

void SqliteStatement::takeError(const QString &what)
{
    // The same text as QSqlError::text() of the Qt driver: SQLite's message, then Qt's.
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection)) + u' ' + what;
    // SQLITE_BUSY is the busy timeout running out; SQLITE_LOCKED comes at once, from this
    // connection's own statements, and is no wait on another workstation.
    m_busy = (sqlite3_errcode(m_connection) & 0xff) == SQLITE_BUSY;
}

} // namespace paydesk::core
