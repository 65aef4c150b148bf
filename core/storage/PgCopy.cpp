#include "storage/PgCopy.h"

#include "storage/Database.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

#include <QStringEncoder>

#include <algorithm>
#include <charconv>

namespace paydesk::core {

namespace {

// Rows go to libpq this many bytes at a time: fewer calls, and the server starts parsing
// while the rest is still being made.
constexpr qsizetype sendBytes = 256 * 1024;

PGconn *connectionOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt names the type by libpq's struct: "pg_conn*" (PGconn is its typedef).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        throw StorageError(Tr::tr("The PostgreSQL driver gives no libpq connection for COPY."));
    return *static_cast<PGconn *const *>(handle.constData());
}

QString field(const PGresult *result, int code)
{
    return result ? QString::fromUtf8(PQresultErrorField(result, code)) : QString();
}

} // namespace

PgCopy::PgCopy(const Database &db, QString table, QStringList columns)
    : m_db(db.connection())
    , m_connection(connectionOf(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
    m_command = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, m_columns.join(QStringLiteral(", "))).toUtf8();
}

PgCopy::~PgCopy()
{
    abandon();
}

void PgCopy::nextValue()
{
    if (m_values++ > 0)
        m_row += '\t';
}

PgCopy &PgCopy::addInteger(qint64 value)
{
    nextValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_row.append(digits, end - digits);
    return *this;
}

PgCopy &PgCopy::addText(QStringView text)
{
    nextValue();
    appendField(m_row, text);
    return *this;
}

PgCopy &PgCopy::addDate(const QDate &date)
{
    return addText(date.toString(Qt::ISODate));
}

PgCopy &PgCopy::addNull()
{
    nextValue();
    m_row += "\\N";
    return *this;
}

void PgCopy::appendField(QByteArray &out, QStringView text)
{
    // Most text holds nothing to escape: it is encoded straight into `out`.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    out.resize(encoder.appendToBuffer(out.data() + start, text) - out.constData());
    const auto special = [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::none_of(out.cbegin() + start, out.cend(), special))
        return;
    const QByteArray utf8 = out.sliced(start);
    out.truncate(start);
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void PgCopy::endRow()
{
    const int values = m_values;
    m_values = 0;
    if (values != m_columns.size()) {
        m_row.clear();
        throw StorageError(Tr::tr("COPY into %1: a row of %2 values for %3 columns.")
                                   .arg(m_table)
                                   .arg(values)
                                   .arg(m_columns.size()));
    }
    m_row += '\n';
    if (!m_open)
        begin();
    m_buffer += m_row;
    m_row.clear();
    ++m_rows;
    if (m_buffer.size() >= sendBytes)
        send();
}

void PgCopy::begin()
{
    // Qt leaves the last result of a query read to its end on the connection, and takes it
    // off only when it sends the next statement (or when that query goes, which must not
    // happen in the middle of a COPY). A statement through Qt, read whole and let go,
    // leaves the connection and the driver both idle.
    {
        QSqlQuery settle(m_db);
        if (!settle.exec(QStringLiteral("SELECT 1")))
            throw StorageError(QStringLiteral("%1 [%2]").arg(settle.lastError().text(), QString::fromUtf8(m_command)));
    }
    PGconn *const conn = static_cast<PGconn *>(m_connection);
    if (PQtransactionStatus(conn) == PQTRANS_ACTIVE)
        throw StorageError(
                Tr::tr("COPY into %1 cannot start: another statement is still running on the connection.").arg(m_table));
    PGresult *const result = PQexec(conn, m_command.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = started ? QString() : QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQclear(result);
    if (!started)
        throw StorageError(QStringLiteral("%1 [%2]").arg(error, QString::fromUtf8(m_command)));
    m_open = true;
    m_rows = 0;
}

void PgCopy::send()
{
    PGconn *const conn = static_cast<PGconn *>(m_connection);
    if (!m_buffer.isEmpty() && PQputCopyData(conn, m_buffer.constData(), int(m_buffer.size())) != 1)
        failWith(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    m_buffer.clear();
}

void PgCopy::finish()
{
    if (!m_open)
        return;
    send();
    PGconn *const conn = static_cast<PGconn *>(m_connection);
    if (PQputCopyEnd(conn, nullptr) != 1)
        failWith(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    m_open = false;
    PGresult *result = PQgetResult(conn);
    QString error;
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        const QString primary = field(result, PG_DIAG_MESSAGE_PRIMARY);
        const QString detail = field(result, PG_DIAG_MESSAGE_DETAIL);
        const QString context = field(result, PG_DIAG_CONTEXT);
        error = primary.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : primary;
        if (!detail.isEmpty())
            error += QStringLiteral(" (%1)").arg(detail);
        // "COPY charges, line 3, column amount_cents: ..." for a value the column refuses,
        // "COPY charges, line 3: ..." for a row a constraint or a trigger refuses (the
        // trigger's own lines come first). Foreign keys are checked once the rows are all
        // in: the detail names the key, not a line.
        static const QRegularExpression where(QStringLiteral("^COPY [^,]+, line (\\d+)(?:, column ([^:]+))?"),
                                              QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = where.match(context);
        if (match.hasMatch() && !match.captured(2).isEmpty())
            error = Tr::tr("%1: row %2, column %3: %4").arg(m_table, match.captured(1), match.captured(2), error);
        else if (match.hasMatch())
            error = Tr::tr("%1: row %2: %3").arg(m_table, match.captured(1), error);
        else
            error = Tr::tr("%1: %2").arg(m_table, error);
    }
    for (; result; result = PQgetResult(conn))
        PQclear(result);
    if (!error.isEmpty())
        throw StorageError(error);
}

void PgCopy::abandon()
{
    m_buffer.clear();
    m_row.clear();
    m_values = 0;
    if (!m_open)
        return;
    m_open = false;
    PGconn *const conn = static_cast<PGconn *>(m_connection);
    PQputCopyEnd(conn, "the rows were given up");
    while (PGresult *result = PQgetResult(conn))
        PQclear(result);
}

void PgCopy::failWith(const QString &serverText)
{
    abandon();
    throw StorageError(QStringLiteral("%1 [%2]").arg(serverText, QString::fromUtf8(m_command)));
}

} // namespace paydesk::core
