#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

class QFile;

namespace paydesk::core {

// Reads RFC 4180 CSV encoded in UTF-8, the format of the import files.
//
// A file is read in chunks of about a megabyte, so that a file of any size costs the same
// memory; the bytes are scanned as they are, and a field becomes a QString only when asked
// for, so a caller that skips columns pays nothing for them. Accepted beyond the RFC: a
// UTF-8 byte order mark, LF or lone CR line ends, a missing final newline, and blank lines
// (skipped). Fields are returned exactly as written: not trimmed, and a quoted field keeps
// its embedded line ends as they are in the file.
//
// Nothing throws. A file that cannot be read or is not UTF-8 (checked over the whole file
// when it is opened, before any record is returned), or is malformed (a quoted field left
// open, a quote inside an unquoted field, text after a closing quote) stops the reader:
// readRecord() returns false and error() names the file and the line.
//
//     CsvReader reader(path);
//     if (!reader.readHeader())
//         return reader.error();
//     const int amount = reader.column(u"amount");
//     while (reader.readRecord())
//         use(reader.lineNumber(), reader.value(amount));
//     if (reader.hasError())
//         return reader.error();
class CsvReader
{
public:
    // Whether the whole file is checked to be UTF-8 when it is opened. Trusted is for a
    // file read again that was checked before and has not changed since (the second pass
    // of an import).
    enum class Encoding { Check, Trusted };

    explicit CsvReader(const QString &path, Encoding encoding = Encoding::Check);
    // Reads CSV text that is already in memory; displayName stands for the file in errors.
    CsvReader(QByteArray data, const QString &displayName);
    ~CsvReader();

    CsvReader(CsvReader &&) noexcept;
    CsvReader &operator=(CsvReader &&) noexcept;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // False when the file could not be read or is not UTF-8; error() says why.
    bool isOpen() const { return m_open; }
    bool hasError() const { return !m_error.isEmpty(); }
    // Translated, e.g. "charges.csv line 14: a quoted field is not closed".
    QString error() const { return m_error; }
    // The file name without its directory, as used in error messages.
    QString displayName() const { return m_displayName; }

    // Reads the first record as column names. False, with an error, when the file holds
    // no record at all.
    bool readHeader();
    // The column names, trimmed.
    QStringList header() const { return m_header; }
    // The index of the first header column named `name`, ignoring case and surrounding
    // spaces; -1 when there is no such column.
    int column(QStringView name) const;

    // Advances to the next non-blank record. False at the end of the data or on an error;
    // hasError() tells which.
    bool readRecord();
    // The 1-based physical line on which the current record starts.
    int lineNumber() const { return m_recordLine; }
    qsizetype fieldCount() const { return m_fieldCount; }
    // The field's text; empty when i is out of range.
    QString field(qsizetype i) const;
    // The field's undecoded UTF-8 bytes, for callers that parse numbers or dates without
    // building a QString. Valid until the next readRecord().
    QByteArrayView fieldUtf8(qsizetype i) const;
    // Like field(), for a header column: empty for -1 and for missing trailing fields.
    QString value(int column) const { return field(column); }

    // Bytes consumed so far and in total, for progress reporting.
    qsizetype position() const { return m_bufferStart + m_pos; }
    qsizetype size() const { return m_size; }

private:
    struct Span
    {
        qsizetype begin;
        qsizetype length;
        bool doubledQuotes; // a quoted field whose "" are still to be made "
    };
    enum class Scan { Record, NeedMore, Failed };

    bool checkEncoding();
    Scan scanRecord();
    bool fill();
    bool fail(const QString &message);

    std::unique_ptr<QFile> m_file; // null once the whole text is in m_data
    QByteArray m_data;             // the whole text, or the part of the file being read
    qsizetype m_bufferStart = 0;   // offset in the file of m_data's first byte
    qsizetype m_size = 0;
    QString m_displayName;
    QString m_error;
    QStringList m_header;
    std::vector<Span> m_fields; // grown, never shrunk: the first m_fieldCount are the record's
    qsizetype m_fieldCount = 0;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_open = false;
};

} // namespace paydesk::core
