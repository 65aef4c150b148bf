#include "TestDatabases.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "ledger/FamilyRegistry.h"
#include "reports/ListExporter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using paydesk::core::CsvReader;
using paydesk::core::CsvWriter;

using Records = QList<QStringList>;

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readRecords_data();
    void readRecords();
    void readErrors_data();
    void readErrors();
    void readsAcrossChunks_data();
    void readsAcrossChunks();
    void errorsAcrossChunks_data();
    void errorsAcrossChunks();
    void missingFile();
    void emptyHeader_data();
    void emptyHeader();
    void header_data();
    void header();

    void writeFormat_data();
    void writeFormat();
    void roundTrip_data();
    void roundTrip();
    void roundTripThroughDevice();
    void writeToFullDisk();
    void writeToMissingDirectory();
    void abandonedWriterKeepsOldFile();
    void exportedFormulaReadsAsText_data()
    {
        paydesk::test::TestDatabases::addBackendColumn();
        paydesk::test::TestDatabases::addBackendRows();
    }
    void exportedFormulaReadsAsText();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static Records readAll(CsvReader &reader, QList<int> *lines = nullptr);

    QTemporaryDir m_dir;
    paydesk::test::TestDatabases m_dbs;
};

void tst_Csv::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_Csv::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot create %s", qPrintable(path));
    file.write(bytes);
    return path;
}

Records tst_Csv::readAll(CsvReader &reader, QList<int> *lines)
{
    Records records;
    while (reader.readRecord()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.field(i));
        records.append(fields);
        if (lines)
            lines->append(reader.lineNumber());
    }
    return records;
}

void tst_Csv::readRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("LF line ends")
        << "date,amount\n2024-01-05,12.50\n"_ba
        << Records{{u"date"_s, u"amount"_s}, {u"2024-01-05"_s, u"12.50"_s}} << QList<int>{1, 2};
    QTest::newRow("CRLF line ends")
        << "a,b\r\n1,2\r\n"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("lone CR line ends")
        << "a,b\r1,2\r"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("UTF-8 BOM")
        << "\xEF\xBB\xBFname,city\r\nZo\xC3\xAB,K\xC3\xB8ge\r\n"_ba
        << Records{{u"name"_s, u"city"_s}, {u"Zoë"_s, u"Køge"_s}} << QList<int>{1, 2};
    QTest::newRow("missing final newline")
        << "a,b\n1,2"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("BOM, CRLF and no final newline")
        << "\xEF\xBB\xBFx\r\ny"_ba << Records{{u"x"_s}, {u"y"_s}} << QList<int>{1, 2};
    QTest::newRow("quoted field last in file without newline")
        << "a,\"b,c\""_ba << Records{{u"a"_s, u"b,c"_s}} << QList<int>{1};
    QTest::newRow("blank lines skipped")
        << "\n\na\n\r\n\nb\n\n"_ba << Records{{u"a"_s}, {u"b"_s}} << QList<int>{3, 6};
    QTest::newRow("quoted commas")
        << "\"Smith, John\",\"1,234.50\"\n"_ba << Records{{u"Smith, John"_s, u"1,234.50"_s}}
        << QList<int>{1};
    QTest::newRow("doubled quotes")
        << "\"say \"\"hi\"\"\",\"\"\"\",\"\"\"\"\"\"\n"_ba
        << Records{{u"say \"hi\""_s, u"\""_s, u"\"\""_s}} << QList<int>{1};
    QTest::newRow("line numbers after multi-line quoted field")
        << "note,id\n\"first\nsecond\nthird\",1\nplain,2\n\"x\r\ny\",3\r\nlast,4\n"_ba
        << Records{{u"note"_s, u"id"_s},
                   {u"first\nsecond\nthird"_s, u"1"_s},
                   {u"plain"_s, u"2"_s},
                   {u"x\r\ny"_s, u"3"_s},
                   {u"last"_s, u"4"_s}}
        << QList<int>{1, 2, 5, 6, 8};
    QTest::newRow("quoted blank line is data")
        << "\"a\n\nb\"\nc\n"_ba << Records{{u"a\n\nb"_s}, {u"c"_s}} << QList<int>{1, 4};
    QTest::newRow("empty fields and trailing comma")
        << ",,\na,\n"_ba << Records{{u""_s, u""_s, u""_s}, {u"a"_s, u""_s}} << QList<int>{1, 2};
    QTest::newRow("lone empty quoted field is a record")
        << "\"\"\nx\n"_ba << Records{{u""_s}, {u"x"_s}} << QList<int>{1, 2};
    QTest::newRow("spaces kept")
        << " a , b \n"_ba << Records{{u" a "_s, u" b "_s}} << QList<int>{1};
    QTest::newRow("non-ASCII text")
        << "\"\xE2\x82\xAC 5\",\xF0\x9F\x98\x80\n"_ba << Records{{u"€ 5"_s, u"😀"_s}}
        << QList<int>{1};
    QTest::newRow("empty file") << QByteArray() << Records{} << QList<int>{};
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba << Records{} << QList<int>{};
}

void tst_Csv::readRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);

    CsvReader reader(writeFile(u"records.csv"_s, input));
    QVERIFY(reader.isOpen());
    QList<int> actualLines;
    QCOMPARE(readAll(reader, &actualLines), records);
    QCOMPARE(actualLines, lines);
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    QCOMPARE(reader.position(), reader.size());
    QVERIFY(!reader.readRecord());
}

void tst_Csv::readErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("error");

    QByteArray thirteenGoodLines = "date,amount\n"_ba;
    for (int i = 2; i <= 13; ++i)
        thirteenGoodLines += "2024-01-" % QByteArray::number(i) % ",10.00\n";
    QTest::newRow("quoted field not closed")
        << QByteArray(thirteenGoodLines + "2024-01-14,\"10.00\n2024-01-15,5.00\n") << 13
        << u"charges.csv line 14: a quoted field is not closed"_s;
    QTest::newRow("quoted field not closed at end of file")
        << "a\n\"b"_ba << 1 << u"charges.csv line 2: a quoted field is not closed"_s;
    QTest::newRow("stray quote in unquoted field")
        << "a,b\n1,2\nx,5\"\n"_ba << 2
        << u"charges.csv line 3: a quote appears inside a field that is not quoted"_s;
    QTest::newRow("stray quote after multi-line field")
        << "\"a\nb\",c\"d\n"_ba << 0
        << u"charges.csv line 2: a quote appears inside a field that is not quoted"_s;
    QTest::newRow("text after closing quote")
        << "ok\n\"a\"b,c\n"_ba << 1
        << u"charges.csv line 2: text follows the closing quote of a field"_s;
    QTest::newRow("space before opening quote")
        << "a, \"b\"\n"_ba << 0
        << u"charges.csv line 1: a quote appears inside a field that is not quoted"_s;
    QTest::newRow("Latin-1 instead of UTF-8")
        << "name\nok\nZo\xEB\n"_ba << 0
        << u"charges.csv line 3: the text is not UTF-8; save the file as CSV UTF-8"_s;
    QTest::newRow("Latin-1 after CRLF line ends")
        << "name\r\nok\r\n\r\nZo\xEB\r\n"_ba << 0
        << u"charges.csv line 4: the text is not UTF-8; save the file as CSV UTF-8"_s;
    QTest::newRow("Latin-1 after lone CR line ends")
        << "name\rok\rZo\xEB"_ba << 0
        << u"charges.csv line 3: the text is not UTF-8; save the file as CSV UTF-8"_s;
    QTest::newRow("truncated UTF-8 sequence before a line end")
        << "a\nb\xC3\nc\n"_ba << 0
        << u"charges.csv line 2: the text is not UTF-8; save the file as CSV UTF-8"_s;
    QTest::newRow("UTF-16")
        << "\xFF\xFE" "a\0,\0b\0"_ba << 0
        << u"charges.csv line 1: the text is not UTF-8; save the file as CSV UTF-8"_s;
}

void tst_Csv::readErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);

    CsvReader reader(writeFile(u"charges.csv"_s, input));
    QCOMPARE(readAll(reader).size(), goodRecords);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error(), error);
    QCOMPARE(reader.fieldCount(), qsizetype(0));
    QVERIFY(!reader.readRecord());
}

// Files are read a megabyte at a time: records, quoted line ends, CRLF pairs and blank
// lines that straddle the chunks read the same as the same text held in memory in one piece.
void tst_Csv::readsAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<int>("longestField");

    QTest::newRow("LF, short fields") << "\n"_ba << 40;
    QTest::newRow("CRLF, short fields") << "\r\n"_ba << 40;
    QTest::newRow("lone CR, short fields") << "\r"_ba << 40;
    QTest::newRow("CRLF, fields longer than a chunk") << "\r\n"_ba << 1'500'000;
}

void tst_Csv::readsAcrossChunks()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(int, longestField);

    std::mt19937 random(7);
    const auto below = [&random](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    const QByteArray pieces[] = {"a"_ba, "Zo\xC3\xAB"_ba, ","_ba, "\"\""_ba, "\n"_ba, "\r\n"_ba, "\r"_ba, " "_ba, "9"_ba};
    QByteArray text = "\xEF\xBB\xBF"_ba;
    Records expected;
    while (text.size() < 3'500'000) {
        QStringList record;
        const int fields = 1 + below(6);
        for (int f = 0; f < fields; ++f) {
            const int length = below(4) == 0 ? below(longestField) : below(12);
            if (f > 0)
                text += ',';
            if (below(3) == 0) {
                // Quoted, with every kind of byte that needs it.
                QByteArray raw;
                while (raw.size() < length)
                    raw += pieces[below(int(std::size(pieces)))];
                text += '"' + raw + '"';
                record.append(QString::fromUtf8(raw.replace("\"\"", "\"")));
            } else {
                // At least one byte when it is the whole record: an empty line is blank.
                const QByteArray plain(fields == 1 ? std::max(length, 1) : length, char('a' + below(26)));
                text += plain;
                record.append(QString::fromUtf8(plain));
            }
        }
        expected.append(record);
        text += lineEnd;
        if (below(20) == 0)
            text += lineEnd + lineEnd; // blank lines
    }

    CsvReader fromFile(writeFile(u"chunks.csv"_s, text));
    CsvReader inMemory(text, u"chunks.csv"_s);
    QList<int> fileLines, memoryLines;
    const Records records = readAll(fromFile, &fileLines);
    QVERIFY2(!fromFile.hasError(), qPrintable(fromFile.error()));
    QCOMPARE(records.size(), expected.size());
    QCOMPARE(records, expected);
    QCOMPARE(readAll(inMemory, &memoryLines), expected);
    QCOMPARE(fileLines, memoryLines);
    QCOMPARE(fromFile.position(), fromFile.size());
    QCOMPARE(fromFile.size(), text.size());
}

void tst_Csv::errorsAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("error");

    // 100,000 lines of 40 bytes: about four chunks.
    QByteArray lines;
    for (int i = 1; i <= 100'000; ++i)
        lines += QByteArray::number(i).rightJustified(8, '0') + ",2024-01-05,Prophylaxis - adult,110.00\r\n";
    QTest::newRow("Latin-1 near the end")
        << QByteArray(lines + "Zo\xEB,1\r\n") << 0
        << u"charges.csv line 100001: the text is not UTF-8; save the file as CSV UTF-8"_s;
    QTest::newRow("NUL in the middle")
        << QByteArray(lines).replace("00060000,", QByteArray("00060000\0", 9)) << 0
        << u"charges.csv line 60000: the text is not UTF-8; save the file as CSV UTF-8"_s;
    QTest::newRow("quoted field not closed near the end")
        << QByteArray(lines + "\"open,1\r\n" + lines) << 100'000
        << u"charges.csv line 100001: a quoted field is not closed"_s;
    QTest::newRow("stray quote in the last line")
        << QByteArray(lines + "x\"y,1\r\n") << 100'000
        << u"charges.csv line 100001: a quote appears inside a field that is not quoted"_s;
}

void tst_Csv::errorsAcrossChunks()
{
    QFETCH(QByteArray, input);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);

    CsvReader reader(writeFile(u"charges.csv"_s, input));
    QCOMPARE(readAll(reader).size(), goodRecords);
    QCOMPARE(reader.error(), error);
    QVERIFY(!reader.readRecord());
}

void tst_Csv::missingFile()
{
    CsvReader reader(m_dir.filePath(u"missing.csv"_s));
    QVERIFY(!reader.isOpen());
    QVERIFY(!reader.readHeader());
    QVERIFY2(reader.error().startsWith(u"Cannot read missing.csv: "_s), qPrintable(reader.error()));
}

void tst_Csv::emptyHeader_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba;
    QTest::newRow("only blank lines") << "\r\n\n\r\n"_ba;
}

void tst_Csv::emptyHeader()
{
    QFETCH(QByteArray, input);

    CsvReader reader(writeFile(u"empty.csv"_s, input));
    QVERIFY(reader.isOpen());
    QVERIFY(!reader.readHeader());
    QCOMPARE(reader.error(), u"empty.csv is empty: it has no header line"_s);
}

void tst_Csv::header_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");

    const QByteArray charges = "Date,Patient ID,AMOUNT,Memo\n2024-03-01,42,12.50,first visit\n"_ba;
    QTest::newRow("same case") << charges << u"Date"_s << 0 << u"2024-03-01"_s;
    QTest::newRow("different case") << charges << u"amount"_s << 2 << u"12.50"_s;
    QTest::newRow("mixed case with a space") << charges << u"patient id"_s << 1 << u"42"_s;
    QTest::newRow("name with spaces around") << charges << u"  memo "_s << 3 << u"first visit"_s;
    QTest::newRow("absent") << charges << u"provider"_s << -1 << QString();
    QTest::newRow("header with spaces around")
        << " date , Amount \n2024-03-01,5.00\n"_ba << u"amount"_s << 1 << u"5.00"_s;
    QTest::newRow("BOM before first column")
        << "\xEF\xBB\xBF" "date,amount\r\n2024-03-01,5.00\r\n"_ba << u"DATE"_s << 0
        << u"2024-03-01"_s;
    QTest::newRow("extra columns around the wanted one")
        << "x1,x2,amount,x3,x4\na,b,7.25,c,d\n"_ba << u"Amount"_s << 2 << u"7.25"_s;
    QTest::newRow("missing trailing field")
        << "date,amount,memo\n2024-03-01,5.00\n"_ba << u"memo"_s << 2 << QString();
    QTest::newRow("duplicate name picks the first")
        << "amount,Amount\n1.00,2.00\n"_ba << u"AMOUNT"_s << 0 << u"1.00"_s;
    QTest::newRow("quoted header name")
        << "\"Amount, USD\",date\n3.00,2024-03-01\n"_ba << u"amount, usd"_s << 0 << u"3.00"_s;
}

void tst_Csv::header()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, name);
    QFETCH(int, column);
    QFETCH(QString, value);

    CsvReader reader(writeFile(u"header.csv"_s, input));
    QVERIFY2(reader.readHeader(), qPrintable(reader.error()));
    QCOMPARE(reader.lineNumber(), 1);
    QCOMPARE(reader.column(name), column);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.lineNumber(), 2);
    QCOMPARE(reader.value(column), value);
    QCOMPARE(reader.fieldUtf8(column).toByteArray(), value.toUtf8());
    QVERIFY(!reader.readRecord());
    QVERIFY(!reader.hasError());
}

void tst_Csv::writeFormat_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("plain") << QStringList{u"a"_s, u"12.50"_s} << "a,12.50\r\n"_ba;
    QTest::newRow("comma") << QStringList{u"Smith, John"_s} << "\"Smith, John\"\r\n"_ba;
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << "\"say \"\"hi\"\"\"\r\n"_ba;
    QTest::newRow("only a quote") << QStringList{u"\""_s, u"x"_s} << "\"\"\"\",x\r\n"_ba;
    QTest::newRow("LF") << QStringList{u"a\nb"_s} << "\"a\nb\"\r\n"_ba;
    QTest::newRow("CR") << QStringList{u"a\rb"_s} << "\"a\rb\"\r\n"_ba;
    QTest::newRow("spaces not quoted") << QStringList{u" a "_s} << " a \r\n"_ba;
    QTest::newRow("empty fields") << QStringList{u""_s, u""_s} << ",\r\n"_ba;
    QTest::newRow("lone empty field") << QStringList{u""_s} << "\"\"\r\n"_ba;
    QTest::newRow("UTF-8 without BOM") << QStringList{u"Zoë"_s, u"€"_s}
                                       << "Zo\xC3\xAB,\xE2\x82\xAC\r\n"_ba;
    // Text a spreadsheet would run as a formula reads as text; numbers stay numbers.
    QTest::newRow("formula") << QStringList{u"=HYPERLINK(\"x\")"_s} << "\"'=HYPERLINK(\"\"x\"\")\"\r\n"_ba;
    QTest::newRow("at sign") << QStringList{u"@SUM(A1)"_s} << "'@SUM(A1)\r\n"_ba;
    QTest::newRow("plus phone") << QStringList{u"+1 555-0100"_s} << "'+1 555-0100\r\n"_ba;
    QTest::newRow("minus formula") << QStringList{u"-2+3"_s, u"-"_s} << "'-2+3,'-\r\n"_ba;
    QTest::newRow("tab and CR") << QStringList{u"\tx"_s, u"\ry"_s} << "'\tx,\"'\ry\"\r\n"_ba;
    QTest::newRow("formula with a comma") << QStringList{u"=A1,B1"_s} << "\"'=A1,B1\"\r\n"_ba;
    QTest::newRow("numbers stay numbers") << QStringList{u"-14.50"_s, u"+3"_s, u"-7"_s, u"0.5"_s}
                                          << "-14.50,+3,-7,0.5\r\n"_ba;
    QTest::newRow("not quite numbers") << QStringList{u"-14."_s, u"-.5"_s, u"--1"_s} << "'-14.,'-.5,'--1\r\n"_ba;
    QTest::newRow("equals inside") << QStringList{u"a=b"_s} << "a=b\r\n"_ba;
}

void tst_Csv::writeFormat()
{
    QFETCH(QStringList, row);
    QFETCH(QByteArray, bytes);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow(row));
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), bytes);
}

void tst_Csv::roundTrip_data()
{
    QTest::addColumn<Records>("rows");

    QTest::newRow("simple") << Records{{u"date"_s, u"amount"_s}, {u"2024-01-05"_s, u"12.50"_s}};
    QTest::newRow("tricky fields")
        << Records{{u"\""_s, u"\"\""_s, u"\"quoted\""_s, u"a\"b"_s},
                   {u","_s, u",,"_s, u"a,b"_s, u" , "_s},
                   {u"\n"_s, u"x\r"_s, u"x\r\n"_s, u"a\r\nb\nc\rd"_s},
                   {u""_s, u"\n\n"_s, u"\"\n\","_s, u" "_s},
                   {u"Zoë Ñandú"_s, u"€1,234.50"_s, u"😀"_s, u"日本語"_s}};
    QTest::newRow("lone empty fields") << Records{{u""_s}, {u"x"_s}, {u""_s}};
    QTest::newRow("field larger than the buffer")
        << Records{{QString(300'000, u'x') + u",\"\n"_s + QString(300'000, u'é'), u"b"_s}};

    Records many;
    for (int i = 0; i < 20'000; ++i) {
        many.append({QString::number(i), u"Patient, "_s + QString::number(i), u"12.50"_s,
                     u"note \"%1\"\nline two"_s.arg(i)});
    }
    QTest::newRow("many rows across buffer flushes") << many;
}

void tst_Csv::roundTrip()
{
    QFETCH(Records, rows);

    const QString path = m_dir.filePath(u"roundtrip.csv"_s);
    {
        CsvWriter writer(path);
        for (const QStringList &row : rows)
            QVERIFY(writer.writeRow(row));
        QVERIFY2(writer.finish(), qPrintable(writer.error()));
    }
    CsvReader reader(path);
    QCOMPARE(readAll(reader), rows);
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
}

void tst_Csv::roundTripThroughDevice()
{
    const Records rows{{u"a,b"_s, u"c\"d"_s}, {u"e\r\nf"_s, u""_s}};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        writer.writeField(rows[0][0]);
        writer.writeField(rows[0][1]);
        QVERIFY(writer.endRow());
        QVERIFY(writer.writeRow(rows[1]));
        // No finish(): the destructor still hands the rows to the caller's device.
    }
    CsvReader reader(buffer.data(), u"memory"_s);
    QCOMPARE(readAll(reader), rows);
}

void tst_Csv::writeToFullDisk()
{
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    CsvWriter writer(&full);
    const QStringList row(8, u"some field"_s);
    bool ok = true;
    for (int i = 0; i < 100'000 && ok; ++i)
        ok = writer.writeRow(row);
    QVERIFY(!writer.finish());
    QVERIFY(writer.hasError());
    QVERIFY2(writer.error().startsWith(u"Cannot write /dev/full: "_s), qPrintable(writer.error()));
    QVERIFY(!writer.writeRow(row));
}

void tst_Csv::writeToMissingDirectory()
{
    // The whole path: "Cannot write out.csv" did not say which folder is missing.
    CsvWriter writer(m_dir.filePath(u"no/such/dir/out.csv"_s));
    QVERIFY(writer.hasError());
    QVERIFY2(writer.error().startsWith(u"Cannot write %1: "_s.arg(m_dir.filePath(u"no/such/dir/out.csv"_s))),
             qPrintable(writer.error()));
    QVERIFY(!writer.writeRow({u"a"_s}));
    QVERIFY(!writer.finish());
}

void tst_Csv::abandonedWriterKeepsOldFile()
{
    const QString path = writeFile(u"export.csv"_s, "old\r\n"_ba);
    {
        CsvWriter writer(path);
        QVERIFY(writer.writeRow({u"new"_s}));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "old\r\n"_ba);
}


// A patient's name is whatever was typed at the desk: a list export must not hand it to a
// spreadsheet as a formula.
void tst_Csv::exportedFormulaReadsAsText()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    paydesk::core::Patient patient;
    patient.lastName = u"=HYPERLINK(\"x\")"_s;
    patient.firstName = u"-Ana"_s;
    patient.birthDate = QDate(1980, 1, 2);
    paydesk::core::FamilyRegistry(*db, u"clerk"_s).addPatient(patient);
    const QString path = m_dir.filePath(u"patients-%1.csv"_s.arg(backend));
    QCOMPARE(paydesk::core::ListExporter(*db).exportList(u"patients"_s, path), qint64(1));
    CsvReader reader(path);
    const Records rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][2], u"'=HYPERLINK(\"x\")"_s);
    QCOMPARE(rows[1][3], u"'-Ana"_s);
    QCOMPARE(rows[1][4], u"1980-01-02"_s); // a date is not a formula
}

QTEST_GUILESS_MAIN(tst_Csv)

#include "tst_csv.moc"
