#pragma once

#include "csv/CsvReader.h"
#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace paydesk::core {

// One CSV file of an import folder, read record by record. Columns are found by header
// name; the typed readers return nullopt for a bad value and add a problem naming the
// file, line, column and value ("charges.csv line 7, column amount: value "12.345": ...")
// to the list the importer collects, so that one pass names every bad value.
class ImportTable
{
public:
    struct Column
    {
        const char16_t *name;
        bool required;
    };

    ImportTable(const QString &folder, const char16_t *fileName, QStringList &problems);

    // Reads the header. False when the file is absent (a problem only when `required`),
    // unreadable or lacks a required column; then the table yields no records. Columns are
    // addressed by their position in `columns`.
    bool open(bool required, std::initializer_list<Column> columns);
    // After finish(), starts reading the records once more (an import checks them all
    // before it writes any), trusting the encoding checked the first time. False, with
    // nothing to read, when the file is not as it was when opened: another size,
    // modification time or header. A file that was absent, or refused, yields no records.
    bool reopen();
    // Whether the file is as it was when opened (same size, same modification time).
    bool unchanged() const;
    // The refusal of a file that is not: nothing is imported.
    QString changedMessage() const;

    bool next();
    // Adds the reader's error (malformed CSV), if any, to the problems, and lets go of the
    // file. Later problems may still be named with problemAt(). False when the file was
    // malformed: its records after the error were not read.
    bool finish();

    // Right after the first records, an estimate (a little high) of how many the file
    // holds, so that lists of millions of rows are allocated once instead of grown by
    // copying; 0 at every other moment.
    qsizetype sizeHint() const;

    const QString &fileName() const { return m_fileName; }
    int line() const { return m_reader.lineNumber(); }
    // The field as written in the file.
    QString value(int column) const;
    // The same, undecoded; valid until the next record.
    QByteArrayView utf8(int column) const;

    // A positive whole number; "" when `optional` gives 0.
    std::optional<qint64> id(int column, bool optional = false);
    // YYYY-MM-DD.
    std::optional<QDate> date(int column);
    std::optional<Money> money(int column);
    // Trimmed text.
    QString text(int column) const;
    // The same as UTF-8, without building a QString; valid until the next record.
    QByteArrayView textUtf8(int column);
    // Trimmed text for values that repeat (codes, names, descriptions): equal values share
    // one string, which saves an allocation per row and most of the memory of a large import.
    QString sharedText(int column);
    // Like sharedText(), with a problem when empty.
    std::optional<QString> requiredText(int column);
    // Checks what requiredText() checks without building the text.
    bool requireText(int column);

    // Names a problem with the current record's value of `column`.
    void problem(int column, const QString &what);
    // Names a problem found after the record was read.
    void problemAt(int line, int column, const QString &value, const QString &what);
    // Names a problem of the current record as a whole; `what` names the values.
    void problemOfRecord(const QString &what);

private:
    struct BytesHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
    };

    QString m_folder;
    QString m_fileName;
    QStringList &m_problems;
    CsvReader m_reader;
    QList<int> m_columns;        // header index per column given to open(); -1 when absent
    QList<QString> m_columnNames;
    qsizetype m_headerColumns = 0;
    qsizetype m_records = 0;
    std::unordered_map<std::string, QString, BytesHash, std::equal_to<>> m_strings;
    QByteArray m_trimmed; // textUtf8() of a field that starts or ends beyond ASCII
    qint64 m_openedSize = -1;
    QDateTime m_openedModified;
};

} // namespace paydesk::core
