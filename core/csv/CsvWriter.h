#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>
#include <QUtf8StringView>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
class QSaveFile;
QT_END_NAMESPACE

namespace paydesk::core {

// Writes RFC 4180 CSV: UTF-8 without a byte order mark, CRLF after every row, and a field
// quoted only when it holds a comma, a quote, CR or LF (quotes inside are doubled). A row
// of one empty field is written as "" so that it does not read back as a blank line.
// Text a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
// return and is not a number like -14.50) is written with a leading apostrophe, which
// spreadsheets show as text (OWASP's advice against CSV injection): every CSV goes through
// here, so no export can carry a formula.
//
// Output is collected in a buffer and reaches the device in large blocks. Write errors
// (disk full) stop the writer: later calls do nothing and return false, and error() says
// what failed. finish() must be called to know that everything was written.
class CsvWriter
{
public:
    // Writes to a device that is open for writing; the device is not owned.
    explicit CsvWriter(QIODevice *device);
    // Writes to a new file that replaces `path` only when finish() succeeds, so a failed
    // or abandoned export never leaves a truncated file behind.
    explicit CsvWriter(const QString &path);
    // Flushes to a device given by the caller (errors are then lost; call finish() to
    // see them). A file given by path is discarded unless finish() succeeded.
    ~CsvWriter();

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    bool hasError() const { return !m_error.isEmpty(); }
    // Translated, with the file's whole path, e.g. "Cannot write /home/ana/export.csv: No space
    // left on device".
    QString error() const { return m_error; }

    bool writeRow(const QStringList &fields);

    // Builds a row field by field without a QStringList, for bulk exports. Text already in
    // UTF-8 (as a database gives it) is written as given, so it must be valid UTF-8; it and
    // integers skip the conversion from QString.
    void writeField(QStringView field);
    void writeField(QUtf8StringView field);
    void writeField(qint64 number);
    bool endRow();

    // Writes out the buffer and, for a path, moves the file into place. False, with
    // error(), if anything failed since the writer was created. Rows are refused after it.
    bool finish();

private:
    void appendField(QUtf8StringView field);
    char *reserve(qsizetype bytes);
    bool flushBuffer();
    bool fail(const QString &detail);

    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    QString m_displayName;
    QString m_error;
    QStringEncoder m_encoder;
    QByteArray m_utf8; // a QString field's UTF-8, reused from field to field
    QByteArray m_buffer;
    qsizetype m_used = 0;
    int m_fieldsInRow = 0;
    bool m_lastFieldEmpty = false;
    bool m_finished = false;
};

} // namespace paydesk::core
