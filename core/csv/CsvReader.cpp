#include "csv/CsvReader.h"

#include "util/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstring>

namespace paydesk::core {

namespace {

// Bytes that end an unquoted field or make it malformed; one table lookup per byte keeps
// the common case (short unquoted fields) to a tight loop.
constexpr std::array<bool, 256> stopBytes = [] {
    std::array<bool, 256> table{};
    table[static_cast<unsigned char>(',')] = true;
    table[static_cast<unsigned char>('"')] = true;
    table[static_cast<unsigned char>('\r')] = true;
    table[static_cast<unsigned char>('\n')] = true;
    return table;
}();

bool isStopByte(char c)
{
    return stopBytes[static_cast<unsigned char>(c)];
}

// Counts line ends the same way the reader does: CRLF, LF and a lone CR each end a line.
int lineAt(QByteArrayView data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Where the line starts that holds the first byte that is not UTF-8 text. Only called once
// the whole-file check has failed, so it can afford to go line by line. Splitting at CR and
// LF never cuts a valid multi-byte sequence, as those hold no ASCII bytes.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i < data.size() && data[i] != '\n' && data[i] != '\r')
            continue;
        const QByteArrayView line = data.sliced(lineStart, i - lineStart);
        if (!line.isValidUtf8() || line.contains('\0'))
            return lineStart;
        lineStart = i + 1;
    }
    return 0;
}

} // namespace

CsvReader::CsvReader(const QString &path)
    : m_displayName(QFileInfo(path).fileName())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("Cannot read %1: %2").arg(m_displayName, file.errorString());
        return;
    }
    m_data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_error = Tr::tr("Cannot read %1: %2").arg(m_displayName, file.errorString());
        m_data.clear();
        return;
    }
    start();
}

CsvReader::CsvReader(QByteArray data, const QString &displayName)
    : m_data(std::move(data))
    , m_displayName(displayName)
{
    start();
}

void CsvReader::start()
{
    // Quoted fields with doubled quotes are unescaped in place, so the buffer must be ours.
    m_data.detach();

    const QByteArrayView text(m_data);
    // NUL bytes are valid UTF-8 but mean UTF-16 or a binary file was picked by mistake.
    const bool hasNul = std::memchr(text.data(), 0, size_t(text.size())) != nullptr;
    if (hasNul || !text.isValidUtf8()) {
        const int line = lineAt(text, firstInvalidUtf8(text));
        m_error = Tr::tr("%1 line %2: the text is not UTF-8; save the file as CSV UTF-8")
                      .arg(m_displayName, QString::number(line));
        m_data.clear();
        return;
    }
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_open = true;
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    m_fields.clear();
    m_pos = m_data.size();
    return false;
}

bool CsvReader::readRecord()
{
    m_fields.clear();
    if (!m_open || hasError())
        return false;

    char *const base = m_data.data();
    const char *const end = base + m_data.size();
    char *p = base + m_pos;

    while (p < end && (*p == '\r' || *p == '\n')) {
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        ++m_line;
    }
    if (p == end) {
        m_pos = m_data.size();
        return false;
    }

    m_recordLine = m_line;
    for (;;) {
        if (p < end && *p == '"') {
            const int openLine = m_line;
            char *const begin = ++p;
            // Writes lag behind reads by one byte per doubled quote seen so far.
            char *out = p;
            for (;;) {
                if (p == end) {
                    return fail(Tr::tr("%1 line %2: a quoted field is not closed")
                                    .arg(m_displayName, QString::number(openLine)));
                }
                const char c = *p;
                if (c == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (c == '\n' || (c == '\r' && (p + 1 == end || p[1] != '\n')))
                    ++m_line;
                *out++ = c;
                ++p;
            }
            m_fields.push_back({begin - base, out - begin});
            if (p < end && *p != ',' && *p != '\r' && *p != '\n') {
                return fail(Tr::tr("%1 line %2: text follows the closing quote of a field")
                                .arg(m_displayName, QString::number(m_line)));
            }
        } else {
            const char *const begin = p;
            while (p < end && !isStopByte(*p))
                ++p;
            if (p < end && *p == '"') {
                return fail(Tr::tr("%1 line %2: a quote appears inside a field that is not quoted")
                                .arg(m_displayName, QString::number(m_line)));
            }
            m_fields.push_back({begin - base, p - begin});
        }

        if (p == end)
            break;
        const char separator = *p++;
        if (separator == ',')
            continue;
        if (separator == '\r' && p < end && *p == '\n')
            ++p;
        ++m_line;
        break;
    }
    m_pos = p - base;
    return true;
}

bool CsvReader::readHeader()
{
    if (!readRecord()) {
        if (!hasError())
            m_error = Tr::tr("%1 is empty: it has no header line").arg(m_displayName);
        return false;
    }
    m_header.clear();
    m_header.reserve(fieldCount());
    for (qsizetype i = 0; i < fieldCount(); ++i)
        m_header.append(field(i).trimmed());
    return true;
}

int CsvReader::column(QStringView name) const
{
    const QStringView wanted = name.trimmed();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (QStringView(m_header.at(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QByteArrayView CsvReader::fieldUtf8(qsizetype i) const
{
    if (i < 0 || i >= fieldCount())
        return {};
    const Span &span = m_fields[size_t(i)];
    return QByteArrayView(m_data.constData() + span.begin, span.length);
}

QString CsvReader::field(qsizetype i) const
{
    return QString::fromUtf8(fieldUtf8(i));
}

} // namespace paydesk::core
