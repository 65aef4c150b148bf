#include "csv/CsvWriter.h"

#include "util/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <charconv>

namespace paydesk::core {

namespace {

// Large enough that a 100,000-row export reaches the device in a few dozen writes.
constexpr qsizetype bufferSize = 256 * 1024;

bool needsQuotes(QUtf8StringView field)
{
    // Bytewise is exact: these ASCII bytes never occur inside a multi-byte UTF-8 sequence.
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

bool isPlainNumber(QUtf8StringView field)
{
    // [+-]digits[.digits]: what the money and count columns hold.
    qsizetype i = (field.front() == '-' || field.front() == '+') ? 1 : 0;
    const qsizetype digitsFrom = i;
    while (i < field.size() && field[i] >= '0' && field[i] <= '9')
        ++i;
    if (i == digitsFrom)
        return false;
    if (i < field.size() && field[i] == '.') {
        const qsizetype decimalsFrom = ++i;
        while (i < field.size() && field[i] >= '0' && field[i] <= '9')
            ++i;
        if (i == decimalsFrom)
            return false;
    }
    return i == field.size();
}

// Text that a spreadsheet would run as a formula (OWASP's CSV injection): "=HYPERLINK(...)",
// "+1 555" or "@SUM(...)". Numbers such as -14.50 stay numbers.
bool startsFormula(QUtf8StringView field)
{
    if (field.isEmpty())
        return false;
    switch (field.front()) {
    case '=':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '+':
    case '-':
        return !isPlainNumber(field);
    default:
        return false;
    }
}

// The whole path: a file name alone does not say where the export was going (a folder that
// is missing, one that may not be written).
QString pathOf(const QString &fileName)
{
    return fileName.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(fileName).absoluteFilePath());
}

QString pathOf(const QIODevice *device)
{
    if (const auto file = qobject_cast<const QFileDevice *>(device))
        return pathOf(file->fileName());
    return {};
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
    , m_displayName(pathOf(device))
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
    , m_buffer(bufferSize, Qt::Uninitialized)
{
    if (!m_device || !m_device->isWritable())
        fail(Tr::tr("the output is not open for writing"));
}

CsvWriter::CsvWriter(const QString &path)
    : m_file(std::make_unique<QSaveFile>(path))
    , m_displayName(pathOf(path))
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
    , m_buffer(bufferSize, Qt::Uninitialized)
{
    if (m_file->open(QIODevice::WriteOnly))
        m_device = m_file.get();
    else
        fail(m_file->errorString());
}

CsvWriter::~CsvWriter()
{
    // A caller's device gets what was written; a file of our own is only kept by finish().
    if (!m_finished && !m_file && !hasError())
        flushBuffer();
}

bool CsvWriter::fail(const QString &detail)
{
    if (!hasError()) {
        m_error = m_displayName.isEmpty()
                      ? Tr::tr("Cannot write the CSV data: %1").arg(detail)
                      : Tr::tr("Cannot write %1: %2").arg(m_displayName, detail);
    }
    m_used = 0;
    if (m_file)
        m_file->cancelWriting();
    return false;
}

bool CsvWriter::flushBuffer()
{
    if (hasError())
        return false;
    if (m_used == 0)
        return true;
    const qint64 written = m_device->write(m_buffer.constData(), m_used);
    if (written != m_used)
        return fail(m_device->errorString());
    m_used = 0;
    return true;
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_buffer.size()) {
        flushBuffer();
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::appendField(QUtf8StringView field)
{
    const bool neutralise = startsFormula(field);
    // Worst case: a separator, two enclosing quotes, the apostrophe, and every byte a doubled quote.
    char *out = reserve(2 * field.size() + 4);
    if (m_fieldsInRow > 0)
        *out++ = ',';
    const bool quoted = needsQuotes(field);
    if (quoted)
        *out++ = '"';
    if (neutralise)
        *out++ = '\'';
    if (!quoted) {
        out = std::copy(field.begin(), field.end(), out);
    } else {
        for (const char c : field) {
            if (c == '"')
                *out++ = '"';
            *out++ = c;
        }
        *out++ = '"';
    }
    m_used = out - m_buffer.constData();
    ++m_fieldsInRow;
    m_lastFieldEmpty = field.isEmpty();
}

void CsvWriter::writeField(QStringView field)
{
    if (hasError() || m_finished)
        return;
    const qsizetype needed = m_encoder.requiredSpace(field.size());
    if (m_utf8.size() < needed)
        m_utf8.resize(needed);
    const char *const end = m_encoder.appendToBuffer(m_utf8.data(), field);
    appendField(QUtf8StringView(m_utf8.constData(), end - m_utf8.constData()));
}

void CsvWriter::writeField(QUtf8StringView field)
{
    if (!hasError() && !m_finished)
        appendField(field);
}

void CsvWriter::writeField(qint64 number)
{
    char digits[20]; // a sign and at most 19 digits: to_chars cannot run out of room
    const char *const end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
    writeField(QUtf8StringView(digits, end - digits));
}

bool CsvWriter::endRow()
{
    if (hasError() || m_finished)
        return false;
    const bool loneEmptyField = m_fieldsInRow == 1 && m_lastFieldEmpty;
    char *out = reserve(4);
    if (loneEmptyField) {
        *out++ = '"';
        *out++ = '"';
    }
    *out++ = '\r';
    *out++ = '\n';
    m_used = out - m_buffer.constData();
    m_fieldsInRow = 0;
    return !hasError();
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (hasError() || m_finished)
        return false;
    for (const QString &field : fields)
        writeField(field);
    return endRow();
}

bool CsvWriter::finish()
{
    if (m_finished || hasError())
        return !hasError();
    if (m_fieldsInRow > 0)
        endRow();
    m_finished = true;
    if (!flushBuffer())
        return false;
    if (m_file) {
        if (!m_file->commit())
            return fail(m_file->errorString());
    } else if (const auto file = qobject_cast<QFileDevice *>(m_device); file && !file->flush()) {
        return fail(file->errorString());
    }
    return true;
}

} // namespace paydesk::core
