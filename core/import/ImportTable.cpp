#include "import/ImportTable.h"

#include "util/Tr.h"

#include <QDir>
#include <QFileInfo>

namespace paydesk::core {

namespace {

// Records read before the size of the whole file is estimated from their average length.
constexpr qsizetype sizingSample = 1024;

// Distinct values sharedText() keeps: codes and names repeat, but a column of free text
// (descriptions) may not, and the table must not end up holding a whole column.
constexpr size_t sharedTextLimit = 4096;

// The ASCII characters QString::trimmed() removes.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t'))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && (bytes.back() == ' ' || bytes.back() == '\t'))
        bytes.chop(1);
    return bytes;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digitsValue(QByteArrayView bytes)
{
    int value = 0;
    for (const char c : bytes)
        value = value * 10 + (c - '0');
    return value;
}

} // namespace

ImportTable::ImportTable(const QString &folder, const char16_t *fileName, QStringList &problems)
    : m_folder(folder),
      m_fileName(QString::fromUtf16(fileName)),
      m_problems(problems),
      m_reader(QByteArray(), m_fileName)
{
}

bool ImportTable::open(bool required, std::initializer_list<Column> columns)
{
    m_columns.clear();
    m_columnNames.clear();
    m_records = 0;
    const QString path = QDir(m_folder).filePath(m_fileName);
    const QFileInfo info(path);
    m_openedSize = info.size();
    m_openedModified = info.lastModified();
    if (!info.isFile()) {
        if (required)
            m_problems.append(Tr::tr("The import folder %1 has no %2.").arg(QDir::toNativeSeparators(m_folder), m_fileName));
        return false;
    }
    m_reader = CsvReader(path);
    if (!m_reader.isOpen() || !m_reader.readHeader()) {
        m_problems.append(m_reader.error());
        return false;
    }
    m_headerColumns = m_reader.header().size();
    bool complete = true;
    for (const Column &column : columns) {
        const QString name = QString::fromUtf16(column.name);
        const int index = m_reader.column(name);
        m_columns.append(index);
        m_columnNames.append(name);
        if (index < 0 && column.required) {
            m_problems.append(Tr::tr("%1 has no column %2 (its header line has: %3).")
                                  .arg(m_fileName, name, m_reader.header().join(QStringLiteral(", "))));
            complete = false;
        }
    }
    if (!complete)
        m_columns.clear();
    return complete;
}

bool ImportTable::reopen()
{
    m_records = 0;
    if (!unchanged())
        return false;
    if (m_columns.isEmpty())
        return true;
    m_reader = CsvReader(QDir(m_folder).filePath(m_fileName), CsvReader::Encoding::Trusted);
    if (!m_reader.readHeader())
        return false;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_reader.column(m_columnNames.at(i)) != m_columns.at(i))
            return false;
    }
    return true;
}

bool ImportTable::unchanged() const
{
    const QFileInfo info(QDir(m_folder).filePath(m_fileName));
    return info.size() == m_openedSize && info.lastModified() == m_openedModified;
}

QString ImportTable::changedMessage() const
{
    return Tr::tr("%1 changed while it was being imported; nothing was imported.").arg(m_fileName);
}

bool ImportTable::next()
{
    if (m_columns.isEmpty() || !m_reader.readRecord())
        return false;
    ++m_records;
    // A comma in an unquoted value shifts every value after it into the wrong column, and
    // a short record would read as empty values: neither may pass as a good record.
    if (m_reader.fieldCount() != m_headerColumns)
        m_problems.append(Tr::tr("%1 line %2: %3 values, where the header line has %4 columns (a value with a comma "
                                 "in it must be quoted).")
                              .arg(m_fileName)
                              .arg(line())
                              .arg(m_reader.fieldCount())
                              .arg(m_headerColumns));
    return true;
}

qsizetype ImportTable::sizeHint() const
{
    if (m_records != sizingSample || m_reader.position() <= 0)
        return 0;
    return qsizetype(qint64(m_reader.size()) * m_records / m_reader.position() * 105 / 100);
}

bool ImportTable::finish()
{
    const bool wellFormed = !m_reader.hasError();
    if (!wellFormed)
        m_problems.append(m_reader.error());
    // The file's bytes are not needed any more; a large import holds several files' worth.
    m_reader = CsvReader(QByteArray(), m_fileName);
    m_strings.clear();
    return wellFormed;
}

QString ImportTable::value(int column) const
{
    return m_reader.value(m_columns.at(column));
}

QByteArrayView ImportTable::utf8(int column) const
{
    return m_reader.fieldUtf8(m_columns.at(column));
}

void ImportTable::problem(int column, const QString &what)
{
    problemAt(line(), column, value(column), what);
}

void ImportTable::problemAt(int line, int column, const QString &value, const QString &what)
{
    m_problems.append(Tr::tr("%1 line %2, column %3: value \"%4\": %5")
                          .arg(m_fileName, QString::number(line), m_columnNames.at(column), value, what));
}

void ImportTable::problemOfRecord(const QString &what)
{
    m_problems.append(Tr::tr("%1 line %2: %3").arg(m_fileName, QString::number(line()), what));
}

std::optional<qint64> ImportTable::id(int column, bool optional)
{
    const QByteArrayView bytes = trimmed(m_reader.fieldUtf8(m_columns.at(column)));
    if (bytes.isEmpty()) {
        if (optional)
            return 0;
        problem(column, Tr::tr("an id is required here"));
        return std::nullopt;
    }
    qint64 id = 0;
    // 18 digits cannot overflow a qint64.
    bool ok = bytes.size() <= 18;
    for (qsizetype i = 0; ok && i < bytes.size(); ++i) {
        ok = isDigit(bytes[i]);
        id = id * 10 + (bytes[i] - '0');
    }
    if (!ok || id == 0) {
        problem(column, Tr::tr("an id is a positive whole number"));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> ImportTable::date(int column)
{
    const QByteArrayView bytes = trimmed(m_reader.fieldUtf8(m_columns.at(column)));
    const bool shaped = bytes.size() == 10 && bytes[4] == '-' && bytes[7] == '-'
        && std::all_of(bytes.begin(), bytes.end(), [](char c) { return isDigit(c) || c == '-'; });
    if (shaped) {
        const QDate date(digitsValue(bytes.sliced(0, 4)), digitsValue(bytes.sliced(5, 2)), digitsValue(bytes.sliced(8, 2)));
        if (date.isValid())
            return date;
    }
    problem(column, bytes.isEmpty() ? Tr::tr("a date is required here (YYYY-MM-DD)")
                                    : Tr::tr("not a date; write dates as YYYY-MM-DD"));
    return std::nullopt;
}

std::optional<Money> ImportTable::money(int column)
{
    // The common form, "-1234.50", is read from the bytes; every other form, and every
    // error, goes through Money::parse, which defines the format.
    const QByteArrayView bytes = trimmed(m_reader.fieldUtf8(m_columns.at(column)));
    const qsizetype sign = !bytes.isEmpty() && bytes.front() == '-' ? 1 : 0;
    const qsizetype digits = bytes.size() - sign - 3;
    if (digits >= 1 && digits <= 12 && bytes[bytes.size() - 3] == '.') {
        qint64 cents = 0;
        bool plain = true;
        for (qsizetype i = sign; plain && i < bytes.size(); ++i) {
            if (i != bytes.size() - 3) {
                plain = isDigit(bytes[i]);
                cents = cents * 10 + (bytes[i] - '0');
            }
        }
        if (plain)
            return Money::fromCents(sign ? -cents : cents);
    }
    const MoneyParseResult parsed = Money::parse(value(column));
    if (parsed.isOk())
        return parsed.value();
    problem(column, parsed.error());
    return std::nullopt;
}

QString ImportTable::text(int column) const
{
    return value(column).trimmed();
}

QByteArrayView ImportTable::textUtf8(int column)
{
    QByteArrayView bytes = m_reader.fieldUtf8(m_columns.at(column));
    while (!bytes.isEmpty() && isAsciiSpace(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && isAsciiSpace(bytes.back()))
        bytes.chop(1);
    // A field may also start or end with a space beyond ASCII (a no-break space, ...),
    // which text() trims too.
    if (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.front()) >= 0x80
                             || static_cast<unsigned char>(bytes.back()) >= 0x80)) {
        m_trimmed = text(column).toUtf8();
        return m_trimmed;
    }
    return bytes;
}

QString ImportTable::sharedText(int column)
{
    const QByteArrayView bytes = m_reader.fieldUtf8(m_columns.at(column));
    const std::string_view key(bytes.data(), size_t(bytes.size()));
    if (const auto found = m_strings.find(key); found != m_strings.end())
        return found->second;
    QString text = QString::fromUtf8(bytes).trimmed();
    if (m_strings.size() >= sharedTextLimit)
        m_strings.clear();
    m_strings.emplace(std::string(key), text);
    return text;
}

bool ImportTable::requireText(int column)
{
    if (!textUtf8(column).isEmpty())
        return true;
    problem(column, Tr::tr("this column may not be empty"));
    return false;
}

std::optional<QString> ImportTable::requiredText(int column)
{
    QString result = sharedText(column);
    if (result.isEmpty()) {
        problem(column, Tr::tr("this column may not be empty"));
        return std::nullopt;
    }
    return result;
}

} // namespace paydesk::core
