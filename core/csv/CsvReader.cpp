#include "csv/CsvReader.h"

#include "util/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstring>

namespace paydesk::core {

namespace {

// How much of a file is read at a time: large enough that the reads cost nothing next to
// the parsing, small enough that a file of millions of records costs no memory to speak of.
constexpr qsizetype chunkSize = qsizetype(1) << 20;

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
// the check of the text has failed, so it can afford to go line by line. Splitting at CR and
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

// NUL bytes are valid UTF-8 but mean UTF-16 or a binary file was picked by mistake.
bool isText(QByteArrayView data)
{
    return std::memchr(data.data(), 0, size_t(data.size())) == nullptr && data.isValidUtf8();
}

} // namespace

CsvReader::CsvReader(const QString &path, Encoding encoding)
    : m_file(std::make_unique<QFile>(path)),
      m_displayName(QFileInfo(path).fileName())
{
    // Unbuffered: the chunks are read straight into the reader's buffer.
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_error = Tr::tr("Cannot read %1: %2").arg(m_displayName, m_file->errorString());
        m_file.reset();
        return;
    }
    m_size = m_file->size();
    if (encoding == Encoding::Check && (!checkEncoding() || !m_file->seek(0))) {
        if (m_error.isEmpty())
            m_error = Tr::tr("Cannot read %1: %2").arg(m_displayName, m_file->errorString());
        m_file.reset();
        return;
    }
    if (!fill() && hasError())
        return;
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_open = true;
}

CsvReader::CsvReader(QByteArray data, const QString &displayName)
    : m_data(std::move(data)),
      m_size(m_data.size()),
      m_displayName(displayName)
{
    // Quoted fields with doubled quotes are unescaped in place, so the buffer must be ours.
    m_data.detach();
    if (!isText(m_data)) {
        const int line = lineAt(m_data, firstInvalidUtf8(m_data));
        m_error = Tr::tr("%1 line %2: the text is not UTF-8; save the file as CSV UTF-8")
                      .arg(m_displayName, QString::number(line));
        m_data.clear();
        return;
    }
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_open = true;
}

CsvReader::~CsvReader() = default;
CsvReader::CsvReader(CsvReader &&) noexcept = default;
CsvReader &CsvReader::operator=(CsvReader &&) noexcept = default;

// The whole file is checked before the first record is read, so that a file in another
// encoding is refused as a whole, naming the first line that is not UTF-8. It goes chunk by
// chunk, each cut after a line end so that no multi-byte sequence and no CRLF is split.
bool CsvReader::checkEncoding()
{
    QByteArray buffer;
    qsizetype kept = 0; // the start of a line whose end is in a later chunk
    int line = 1;       // the line of buffer's first byte
    for (;;) {
        buffer.resize(kept + chunkSize);
        const qint64 read = m_file->read(buffer.data() + kept, chunkSize);
        if (read < 0)
            return false;
        const bool atEnd = read == 0;
        const QByteArrayView text(buffer.constData(), kept + qsizetype(read));
        qsizetype complete = text.size();
        if (!atEnd) {
            // After the last LF; without one, after the last CR that is not the last byte
            // (so no LF can follow it); without either, the whole chunk waits for the next.
            const qsizetype lf = text.lastIndexOf('\n');
            complete = lf >= 0 ? lf + 1 : text.first(text.size() - 1).lastIndexOf('\r') + 1;
        }
        const QByteArrayView lines = text.first(complete);
        if (!isText(lines)) {
            m_error = Tr::tr("%1 line %2: the text is not UTF-8; save the file as CSV UTF-8")
                          .arg(m_displayName, QString::number(line + lineAt(lines, firstInvalidUtf8(lines)) - 1));
            return false;
        }
        if (atEnd)
            return true;
        line += lineAt(lines, lines.size()) - 1;
        kept = text.size() - complete;
        std::memmove(buffer.data(), text.data() + complete, size_t(kept));
    }
}

// Moves the bytes not consumed yet to the front of the buffer and reads the next chunk of
// the file after them. False at the end of the file (then the whole rest is in the buffer
// and m_file is gone) or on a read error.
bool CsvReader::fill()
{
    if (!m_file)
        return false;
    const qsizetype kept = m_data.size() - m_pos;
    if (m_pos > 0) {
        std::memmove(m_data.data(), m_data.constData() + m_pos, size_t(kept));
        m_bufferStart += m_pos;
        m_pos = 0;
    }
    m_data.resize(kept + chunkSize);
    const qint64 read = m_file->read(m_data.data() + kept, chunkSize);
    m_data.resize(kept + std::max<qsizetype>(0, qsizetype(read)));
    if (read > 0)
        return true;
    if (read < 0)
        fail(Tr::tr("Cannot read %1: %2").arg(m_displayName, m_file->errorString()));
    m_file.reset();
    return false;
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    m_fieldCount = 0;
    m_pos = m_data.size();
    m_file.reset();
    return false;
}

bool CsvReader::readRecord()
{
    m_fieldCount = 0;
    if (!m_open || hasError())
        return false;

    for (;;) {
        const char *const base = m_data.constData();
        const char *const end = base + m_data.size();
        const char *p = base + m_pos;
        while (p < end && (*p == '\r' || *p == '\n')) {
            if (*p == '\r' && p + 1 == end && m_file)
                break; // whether an LF follows is in the next chunk
            if (*p == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            ++p;
            ++m_line;
        }
        m_pos = p - base;
        if (p < end && !(*p == '\r' && p + 1 == end && m_file))
            break;
        if (!fill() && (hasError() || m_pos == m_data.size()))
            return false;
    }

    m_recordLine = m_line;
    for (;;) {
        switch (scanRecord()) {
        case Scan::Record: return true;
        case Scan::Failed: return false;
        case Scan::NeedMore: break;
        }
        // The record goes on in the next chunk: read it and scan the record again.
        m_line = m_recordLine;
        if (!fill() && hasError())
            return false;
    }
}

// Splits the record at m_pos into fields and moves past it. NeedMore when the buffer ends
// before the record does and the file has more: nothing was changed then but m_line.
CsvReader::Scan CsvReader::scanRecord()
{
    m_fieldCount = 0;
    const auto addField = [this](qsizetype begin, qsizetype length, bool doubledQuotes) {
        if (size_t(m_fieldCount) == m_fields.size())
            m_fields.resize(m_fields.size() * 2 + 8);
        m_fields[size_t(m_fieldCount++)] = {begin, length, doubledQuotes};
    };
    char *const base = m_data.data();
    const char *const end = base + m_data.size();
    const bool more = m_file != nullptr;
    const char *p = base + m_pos;
    for (;;) {
        if (p < end && *p == '"') {
            const int openLine = m_line;
            const char *const begin = ++p;
            bool doubled = false;
            for (;;) {
                if (p == end) {
                    if (more)
                        return Scan::NeedMore;
                    fail(Tr::tr("%1 line %2: a quoted field is not closed").arg(m_displayName, QString::number(openLine)));
                    return Scan::Failed;
                }
                const char c = *p;
                if (p + 1 == end && more && (c == '"' || c == '\r'))
                    return Scan::NeedMore; // what the next byte is decides
                if (c == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        doubled = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r' && (p + 1 == end || p[1] != '\n')))
                    ++m_line;
                ++p;
            }
            addField(begin - base, p - begin, doubled);
            ++p; // the closing quote
            if (p == end && more)
                return Scan::NeedMore;
            if (p < end && *p != ',' && *p != '\r' && *p != '\n') {
                fail(Tr::tr("%1 line %2: text follows the closing quote of a field").arg(m_displayName, QString::number(m_line)));
                return Scan::Failed;
            }
        } else {
            const char *const begin = p;
            while (p < end && !isStopByte(*p))
                ++p;
            if (p == end && more)
                return Scan::NeedMore;
            if (p < end && *p == '"') {
                fail(Tr::tr("%1 line %2: a quote appears inside a field that is not quoted")
                         .arg(m_displayName, QString::number(m_line)));
                return Scan::Failed;
            }
            addField(begin - base, p - begin, false);
        }

        if (p == end)
            break;
        const char separator = *p++;
        if (separator == ',')
            continue;
        if (separator == '\r') {
            if (p == end && more)
                return Scan::NeedMore;
            if (p < end && *p == '\n')
                ++p;
        }
        ++m_line;
        break;
    }
    m_pos = p - base;

    // The record will not be scanned again, so its doubled quotes can be undone in place.
    for (qsizetype i = 0; i < m_fieldCount; ++i) {
        Span &span = m_fields[size_t(i)];
        if (!span.doubledQuotes)
            continue;
        char *out = base + span.begin;
        for (const char *in = out, *stop = in + span.length; in < stop; in += *in == '"' ? 2 : 1)
            *out++ = *in;
        span.length = out - (base + span.begin);
        span.doubledQuotes = false;
    }
    return Scan::Record;
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
