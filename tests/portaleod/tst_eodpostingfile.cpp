#include "MoneyTestFormat.h"

#include "portal/EodPostingFile.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using paydesk::core::Money;
using paydesk::core::portal::EodPostingFile;
using paydesk::core::portal::PortalAction;
using paydesk::core::portal::PortalDirection;
using paydesk::core::portal::PortalSource;
using paydesk::core::portal::PortalTransaction;

using Overrides = QMap<int, QString>; // 1-based field number -> text

namespace {

// A complete IMDPA10 record (27 fields) with the given fields replaced; field numbers are the
// InstaMed ones (1-based, without the D prefix). A field number past 27 extends the record.
QString record(const Overrides &overrides = {})
{
    QStringList fields = {u"IMDPA10"_s,
                          u"MERCH01"_s,
                          u"STORE1"_s,
                          u"TERM1"_s,
                          u"CreditCard"_s,
                          u"AuthCapt"_s,
                          u"125.00"_s,
                          u"Visa"_s,
                          u"TX1001"_s,
                          u"AUTH77"_s,
                          u"20261207093015"_s,
                          u"A"_s,
                          u"Garcia"_s,
                          u"Ana"_s,
                          u"M"_s,
                          u"00042"_s};
    while (fields.size() < 27)
        fields << QString();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        while (fields.size() < it.key())
            fields << QString();
        fields[it.key() - 1] = it.value();
    }
    return fields.join(u'|');
}

QByteArray lines(const QStringList &lineTexts)
{
    return lineTexts.join(u'\n').toUtf8() + '\n';
}

} // namespace

Q_DECLARE_METATYPE(PortalAction)
Q_DECLARE_METATYPE(PortalDirection)

class tst_EodPostingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecord_data();
    void readsRecord();
    void refusesRecord_data();
    void refusesRecord();
    void eachLineStandsAlone();
    void version122_data();
    void version122();
    void timeIsReadInTheGivenZone();
    void fuzzNeverCrashes_data();
    void fuzzNeverCrashes();
};

void tst_EodPostingFile::readsRecord_data()
{
    QTest::addColumn<Overrides>("fields");
    QTest::addColumn<PortalAction>("action");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<PortalDirection>("direction");
    QTest::addColumn<bool>("skipped");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QDateTime>("time");

    const QDateTime time(QDate(2026, 12, 7), QTime(9, 30, 15), Qt::UTC);
    const auto pay = PortalDirection::Payment;
    const auto refund = PortalDirection::Refund;
    const auto authCapt = PortalAction::AuthCapt;
    QTest::newRow("payment approved") << Overrides{} << authCapt << 12500ll << pay << false << u"00042"_s << u"Garcia"_s
                                      << time;
    QTest::newRow("payment captured") << Overrides{{12, u"C"_s}} << authCapt << 12500ll << pay << false << u"00042"_s
                                      << u"Garcia"_s << time;
    QTest::newRow("payment settled") << Overrides{{12, u"S"_s}} << authCapt << 12500ll << pay << false << u"00042"_s
                                     << u"Garcia"_s << time;
    QTest::newRow("credit approved is a refund") << Overrides{{6, u"Credit"_s}} << PortalAction::Credit << 12500ll
                                                 << refund << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("eCheck return settled is a refund")
            << Overrides{{5, u"eCheck"_s}, {6, u"Return"_s}, {8, QString()}, {12, u"S"_s}} << PortalAction::Return
            << 12500ll << refund << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("chargeback of a payment is a refund")
            << Overrides{{12, u"CB"_s}} << authCapt << 12500ll << refund << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("returned item is a refund") << Overrides{{5, u"eCheck"_s}, {12, u"RI"_s}} << authCapt << 12500ll
                                               << refund << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("declined is skipped") << Overrides{{12, u"D"_s}} << authCapt << 12500ll << pay << true << u"00042"_s
                                         << u"Garcia"_s << time;
    QTest::newRow("voided is skipped") << Overrides{{12, u"V"_s}} << authCapt << 12500ll << pay << true << u"00042"_s
                                       << u"Garcia"_s << time;
    QTest::newRow("system error is skipped")
            << Overrides{{12, u"SE"_s}} << authCapt << 12500ll << pay << true << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("declined credit is skipped") << Overrides{{6, u"Credit"_s}, {12, u"D"_s}} << PortalAction::Credit
                                                << 12500ll << refund << true << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("whole amount") << Overrides{{7, u"5"_s}} << authCapt << 500ll << pay << false << u"00042"_s
                                  << u"Garcia"_s << time;
    QTest::newRow("one decimal") << Overrides{{7, u"5.5"_s}} << authCapt << 550ll << pay << false << u"00042"_s
                                 << u"Garcia"_s << time;
    QTest::newRow("one cent") << Overrides{{7, u"0.01"_s}} << authCapt << 1ll << pay << false << u"00042"_s
                              << u"Garcia"_s << time;
    QTest::newRow("large amount") << Overrides{{7, u"1000000.00"_s}} << authCapt << 100000000ll << pay << false
                                  << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("missing account number is read, matching decides")
            << Overrides{{16, QString()}} << authCapt << 12500ll << pay << false << QString() << u"Garcia"_s << time;
    QTest::newRow("accented name kept as written") << Overrides{{13, u"Muñoz-Peña"_s}} << authCapt << 12500ll << pay
                                                   << false << u"00042"_s << u"Muñoz-Peña"_s << time;
    QTest::newRow("IMDPA12 with exactly 27 fields")
            << Overrides{{1, u"IMDPA12"_s}} << authCapt << 12500ll << pay << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("IMDPA14 with fields after 27")
            << Overrides{{1, u"IMDPA14"_s}, {30, u"extension"_s}, {35, u"more"_s}} << authCapt << 12500ll << pay
            << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("IMDPA10 with a field after 27")
            << Overrides{{28, u"extra"_s}} << authCapt << 12500ll << pay << false << u"00042"_s << u"Garcia"_s << time;
    QTest::newRow("empty card type, authorization and names are read, matching decides")
            << Overrides{{8, QString()}, {10, QString()}, {13, QString()}, {14, QString()}, {15, QString()}} << authCapt
            << 12500ll << pay << false << u"00042"_s << QString() << time;
    QTest::newRow("spaces around fields") << Overrides{{7, u" 125.00 "_s}, {16, u" 00042"_s}} << authCapt << 12500ll
                                          << pay << false << u"00042"_s << u"Garcia"_s << time;
    // 02:30 does not exist in New York on 2026-03-08; the time is read as written, zones come later.
    QTest::newRow("time in a daylight-saving gap")
            << Overrides{{11, u"20260308023000"_s}} << authCapt << 12500ll << pay << false << u"00042"_s << u"Garcia"_s
            << QDateTime(QDate(2026, 3, 8), QTime(2, 30), Qt::UTC);
    QTest::newRow("leap day") << Overrides{{11, u"20280229235959"_s}} << authCapt << 12500ll << pay << false
                              << u"00042"_s << u"Garcia"_s << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), Qt::UTC);
}

void tst_EodPostingFile::readsRecord()
{
    QFETCH(Overrides, fields);
    QFETCH(PortalAction, action);
    QFETCH(qint64, cents);
    QFETCH(PortalDirection, direction);
    QFETCH(bool, skipped);
    QFETCH(QString, account);
    QFETCH(QString, lastName);
    QFETCH(QDateTime, time);

    const QString line = record(fields);
    const EodPostingFile file = EodPostingFile::read(u"eod_20261207.txt"_s, lines({line}));
    QCOMPARE(file.problems().size(), size_t(0));
    QCOMPARE(file.transactions().size(), size_t(1));
    const PortalTransaction &t = file.transactions().front();
    QCOMPARE(t.source, PortalSource::EodPostingFile);
    QCOMPARE(t.file, u"eod_20261207.txt"_s);
    QCOMPARE(t.line, 1);
    QCOMPARE(t.raw, line);
    QCOMPARE(t.action, action);
    QCOMPARE(t.amount, Money::fromCents(cents));
    QCOMPARE(t.direction, direction);
    QCOMPARE(!t.skipReason().isEmpty(), skipped);
    if (skipped)
        QVERIFY2(t.skipReason().contains(t.status) && t.skipReason().contains(u"TX1001"_s), qPrintable(t.skipReason()));
    QCOMPARE(t.accountNumber, account);
    QCOMPARE(t.patientLastName, lastName);
    QCOMPARE(t.patientFirstName, lastName.isEmpty() ? QString() : u"Ana"_s);
    QCOMPARE(t.patientMiddleName, lastName.isEmpty() ? QString() : u"M"_s);
    QCOMPARE(t.time, time);
    QCOMPARE(t.transactionId, u"TX1001"_s);
    QCOMPARE(t.authorizationNumber, lastName.isEmpty() ? QString() : u"AUTH77"_s);
}

void tst_EodPostingFile::refusesRecord_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("reasonParts"); // each must appear in the one problem's reason

    const auto with = [](const Overrides &fields) { return lines({record(fields)}); };
    QTest::newRow("amount with a group separator")
            << with({{7, u"1,000.00"_s}}) << QStringList{u"Amount (field 7)"_s, u"\"1,000.00\""_s, u"group"_s};
    QTest::newRow("amount with three decimals")
            << with({{7, u"12.345"_s}}) << QStringList{u"Amount (field 7)"_s, u"\"12.345\""_s, u"two decimals"_s};
    QTest::newRow("negative amount") << with({{7, u"-5"_s}})
                                     << QStringList{u"Amount (field 7)"_s, u"\"-5\""_s, u"sign"_s};
    QTest::newRow("plus sign") << with({{7, u"+5.00"_s}}) << QStringList{u"Amount (field 7)"_s, u"sign"_s};
    QTest::newRow("empty amount") << with({{7, QString()}}) << QStringList{u"Amount (field 7) is empty"_s};
    QTest::newRow("zero amount") << with({{7, u"0.00"_s}}) << QStringList{u"Amount (field 7)"_s, u"zero"_s};
    QTest::newRow("amount with exponent") << with({{7, u"1e3"_s}}) << QStringList{u"Amount (field 7) \"1e3\""_s};
    QTest::newRow("amount ending in a point") << with({{7, u"5."_s}}) << QStringList{u"Amount (field 7) \"5.\""_s};
    QTest::newRow("amount starting with a point") << with({{7, u".50"_s}}) << QStringList{u"Amount (field 7)"_s};
    QTest::newRow("amount with a currency sign") << with({{7, u"$5.00"_s}}) << QStringList{u"Amount (field 7)"_s};
    QTest::newRow("amount with a decimal comma") << with({{7, u"5,00"_s}}) << QStringList{u"Amount (field 7)"_s};
    QTest::newRow("amount beyond what storage holds")
            << with({{7, u"99999999999999999.00"_s}}) << QStringList{u"Amount (field 7)"_s};
    QTest::newRow("impossible date and hour")
            << with({{11, u"20260230250000"_s}})
            << QStringList{u"Transaction Time (field 11)"_s, u"\"20260230250000\""_s, u"CCYYMMDDHHMMSS"_s};
    QTest::newRow("hour 24") << with({{11, u"20261207240000"_s}}) << QStringList{u"Transaction Time (field 11)"_s};
    QTest::newRow("time without seconds")
            << with({{11, u"202612070930"_s}}) << QStringList{u"Transaction Time (field 11) \"202612070930\""_s};
    QTest::newRow("time with separators")
            << with({{11, u"2026-12-07 09:30"_s}}) << QStringList{u"Transaction Time (field 11)"_s};
    QTest::newRow("empty time") << with({{11, QString()}}) << QStringList{u"Transaction Time (field 11) is empty"_s};
    QTest::newRow("unknown action") << with({{6, u"Sale"_s}})
                                    << QStringList{u"Transaction Action (field 6) \"Sale\""_s};
    QTest::newRow("action in other case")
            << with({{6, u"authcapt"_s}}) << QStringList{u"Transaction Action (field 6) \"authcapt\""_s};
    QTest::newRow("unknown status") << with({{12, u"X"_s}}) << QStringList{u"Status (field 12) \"X\""_s};
    QTest::newRow("empty status") << with({{12, QString()}}) << QStringList{u"Status (field 12) \"\""_s};
    QTest::newRow("unknown payment type")
            << with({{5, u"Bitcoin"_s}}) << QStringList{u"Payment Type (field 5) \"Bitcoin\""_s};
    QTest::newRow("empty transaction id")
            << with({{9, QString()}}) << QStringList{u"Transaction Id (field 9) is empty"_s};
    QTest::newRow("every bad field named")
            << with({{7, u"-5"_s}, {11, u"20260230250000"_s}, {12, u"Q"_s}})
            << QStringList{u"Amount (field 7)"_s, u"Transaction Time (field 11)"_s, u"Status (field 12)"_s};
    QTest::newRow("truncated line") << record().section(u'|', 0, 9).toUtf8() + '\n'
                                    << QStringList{u"IMDPA10"_s, u"10 fields"_s, u"27"_s};
    QTest::newRow("line cut inside the amount")
            << record().section(u'|', 0, 6).chopped(3).toUtf8() << QStringList{u"7 fields"_s};
    QTest::newRow("comma separated") << QString(record()).replace(u'|', u',').toUtf8()
                                     << QStringList{u"\",\""_s, u"not an InstaMed EOD record"_s};
    QTest::newRow("tab separated") << QString(record()).replace(u'|', u'\t').toUtf8()
                                   << QStringList{u"tab"_s, u"not an InstaMed EOD record"_s};
    QTest::newRow("no separators") << QByteArray("hello world\n") << QStringList{u"no \"|\" separators"_s};
    QTest::newRow("semicolon separated") << QString(record()).replace(u'|', u';').toUtf8()
                                         << QStringList{u"\";\""_s, u"not an InstaMed EOD record"_s};
    QTest::newRow("an X12 835 picked by mistake")
            << QByteArray("ISA*00*          *00*          *ZZ*INSTAMED       *ZZ*PRACTICE       *261207*0930*U*00501*"
                          "000000001*0*P*:~GS*HP*INSTAMED*PRACTICE*20261207*0930*1*X*005010X221A1~")
            << QStringList{u"no \"|\" separators"_s};
    QTest::newRow("every field after the record id empty") << lines({u"IMDPA10"_s + QString(26, u'|')})
                                                           << QStringList{u"Payment Type (field 5) \"\""_s,
                                                                          u"Transaction Action (field 6) \"\""_s,
                                                                          u"Amount (field 7) is empty"_s,
                                                                          u"Transaction Id (field 9) is empty"_s,
                                                                          u"Transaction Time (field 11) is empty"_s,
                                                                          u"Status (field 12) \"\""_s};
    QTest::newRow("a megabyte on one line") << record({{13, QString(1 << 20, u'x')}, {7, u"1,000.00"_s}}).toUtf8()
                                            << QStringList{u"Amount (field 7)"_s};
    QTest::newRow("unknown record id") << with({{1, u"IMDPA15"_s}})
                                       << QStringList{u"Record Id (field 1) \"IMDPA15\""_s};
    QTest::newRow("fields shifted by an extra field")
            << lines({u"X|"_s + record()}) << QStringList{u"Record Id (field 1) \"X\""_s};
    QTest::newRow("only separators") << QByteArray(26, '|') + '\n' << QStringList{u"Record Id (field 1) \"\""_s};
    QTest::newRow("carriage return inside a record")
            << record().toUtf8().replace("Garcia", "Gar\rcia") << QStringList{u"not text"_s};
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe|IMDPA10", 12) << QStringList{u"not text"_s};
    QTest::newRow("not UTF-8") << (record().toUtf8().replace("Garcia",
                                                             "Garc\xed"
                                                             "a"))
                               << QStringList{u"not text"_s};
    QTest::newRow("UTF-16") << QByteArray(reinterpret_cast<const char *>(record().utf16()), record().size() * 2)
                            << QStringList{u"not text"_s};
    QTest::newRow("detail prefix without a header")
            << lines({u"D|"_s + record()}) << QStringList{u"\"D|\""_s, u"no H|CCYYMMDD|lockbox header"_s};
}

void tst_EodPostingFile::refusesRecord()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, reasonParts);

    const EodPostingFile file = EodPostingFile::read(u"eod.txt"_s, content);
    QCOMPARE(file.transactions().size(), size_t(0));
    QCOMPARE(file.problems().size(), size_t(1));
    const auto &problem = file.problems().front();
    QCOMPARE(problem.file, u"eod.txt"_s);
    QCOMPARE(problem.line, 1);
    QVERIFY(!problem.raw.isEmpty());
    QVERIFY2(!problem.raw.contains(QChar(0)), qPrintable(problem.raw));
    // A line that is not text is shown with its control characters replaced, so it can be stored.
    if (content.isValidUtf8() && !content.contains('\0') && !content.contains('\r'))
        QCOMPARE(problem.raw, // kept whole up to 2,000 characters: enough to recognise junk
                 QString::fromUtf8(content.endsWith('\n') ? content.chopped(1) : content).left(2000));
    for (const QString &part : reasonParts)
        QVERIFY2(problem.reason.contains(part), qPrintable(u"\"%1\" not in: %2"_s.arg(part, problem.reason)));
}

// A bad record never stops the others, and each keeps its own line number (blank lines,
// CRLF and a byte-order mark included).
void tst_EodPostingFile::eachLineStandsAlone()
{
    const QByteArray content = "\xEF\xBB\xBF" + record({{9, u"T1"_s}}).toUtf8() + "\r\n" // 1
                               + record({{7, u"1,000.00"_s}}).toUtf8() + "\r\n"          // 2 problem
                               + "\r\n"                                                  // 3 blank
                               + "   \n"                                                 // 4 blank
                               + QByteArray("\x00\xff junk\n", 8)                        // 5 problem
                               + record({{9, u"T2"_s}, {12, u"D"_s}}).toUtf8() + "\n"    // 6 skipped
                               + record().section(u'|', 0, 4).toUtf8() + "\n"            // 7 problem
                               + record({{9, u"T3"_s}, {6, u"Credit"_s}}).toUtf8();      // 8, no final newline

    const EodPostingFile file = EodPostingFile::read(u"day.txt"_s, content);
    QList<int> transactionLines;
    QStringList ids;
    for (const PortalTransaction &t : file.transactions()) {
        transactionLines << t.line;
        ids << t.transactionId;
    }
    QList<int> problemLines;
    for (const auto &problem : file.problems())
        problemLines << problem.line;
    QCOMPARE(transactionLines, (QList<int>{1, 6, 8}));
    QCOMPARE(ids, (QStringList{u"T1"_s, u"T2"_s, u"T3"_s}));
    QCOMPARE(problemLines, (QList<int>{2, 5, 7}));
    QCOMPARE(file.transactions().front().raw, record({{9, u"T1"_s}}));
    QVERIFY(!file.hasHeader());
}

void tst_EodPostingFile::version122_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QDate>("headerDate");
    QTest::addColumn<QString>("lockbox");
    QTest::addColumn<QList<int>>("transactionLines");
    QTest::addColumn<QList<int>>("problemLines");

    const QString d1 = u"D|"_s + record({{9, u"T1"_s}});
    const QString d2 = u"D|"_s + record({{9, u"T2"_s}, {7, u"40.10"_s}});
    QTest::newRow("header and detail lines") << lines({u"H|20261207|LOCKBOX9"_s, d1, d2}) << QDate(2026, 12, 7)
                                             << u"LOCKBOX9"_s << QList<int>{2, 3} << QList<int>{};
    QTest::newRow("detail line without D") << lines({u"H|20261207|LOCKBOX9"_s, d1, record()}) << QDate(2026, 12, 7)
                                           << u"LOCKBOX9"_s << QList<int>{2} << QList<int>{3};
    QTest::newRow("second header") << lines({u"H|20261207|LOCKBOX9"_s, d1, u"H|20261208|LOCKBOX9"_s, d2})
                                   << QDate(2026, 12, 7) << u"LOCKBOX9"_s << QList<int>{2, 4} << QList<int>{3};
    QTest::newRow("header with an impossible date")
            << lines({u"H|20261332|LOCKBOX9"_s, d1}) << QDate() << QString() << QList<int>{2} << QList<int>{1};
    QTest::newRow("header without lockbox")
            << lines({u"H|20261207"_s, d1}) << QDate() << QString() << QList<int>{2} << QList<int>{1};
    QTest::newRow("truncated detail line") << lines({u"H|20261207|LB"_s, u"D|"_s + record().section(u'|', 0, 12), d2})
                                           << QDate(2026, 12, 7) << u"LB"_s << QList<int>{3} << QList<int>{2};
}

void tst_EodPostingFile::version122()
{
    QFETCH(QByteArray, content);
    QFETCH(QDate, headerDate);
    QFETCH(QString, lockbox);
    QFETCH(QList<int>, transactionLines);
    QFETCH(QList<int>, problemLines);

    const EodPostingFile file = EodPostingFile::read(u"eod122.txt"_s, content);
    QVERIFY(file.hasHeader());
    QCOMPARE(file.headerDate(), headerDate);
    QCOMPARE(file.lockbox(), lockbox);
    QList<int> readLines;
    for (const PortalTransaction &t : file.transactions()) {
        readLines << t.line;
        // The D shifts every field by one: read in place, the record would not parse at all.
        QCOMPARE(t.patientLastName, u"Garcia"_s);
        QCOMPARE(t.accountNumber, u"00042"_s);
    }
    QList<int> refusedLines;
    for (const auto &problem : file.problems())
        refusedLines << problem.line;
    QCOMPARE(readLines, transactionLines);
    QCOMPARE(refusedLines, problemLines);
    if (transactionLines.size() == 2)
        QCOMPARE(file.transactions().back().amount, Money::fromCents(4010));
}

// InstaMed's times carry no zone: the same digits are another instant in each practice's zone.
void tst_EodPostingFile::timeIsReadInTheGivenZone()
{
    const EodPostingFile file = EodPostingFile::read(u"eod.txt"_s, lines({record({{11, u"20261207233000"_s}})}));
    QCOMPARE(file.transactions().size(), size_t(1));
    const PortalTransaction &t = file.transactions().front();
    QCOMPARE(t.timeIn(QTimeZone("America/New_York")).toUTC(), QDateTime(QDate(2026, 12, 8), QTime(4, 30), Qt::UTC));
    QCOMPARE(t.timeIn(QTimeZone("America/Los_Angeles")).toUTC(), QDateTime(QDate(2026, 12, 8), QTime(7, 30), Qt::UTC));
}

void tst_EodPostingFile::fuzzNeverCrashes_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("withHeader");
    QTest::addColumn<bool>("randomBytes");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        QTest::addRow("mutated plain file, seed %u", seed) << seed << false << false;
        QTest::addRow("mutated 1.2.2 file, seed %u", seed) << seed << true << false;
    }
    for (quint32 seed = 1; seed <= 4; ++seed)
        QTest::addRow("random bytes, seed %u", seed) << seed << false << true;
}

// Fixed seeds: the same mutations each run. Whatever the bytes, each non-blank line becomes
// one transaction or one problem, and a transaction holds only checked values.
void tst_EodPostingFile::fuzzNeverCrashes()
{
    QFETCH(quint32, seed);
    QFETCH(bool, withHeader);
    QFETCH(bool, randomBytes);

    QRandomGenerator random(seed);
    QByteArray content;
    if (randomBytes) {
        content.resize(8192);
        for (char &c : content)
            c = char(random.bounded(256));
    } else {
        QStringList recordLines;
        if (withHeader)
            recordLines << u"H|20261207|LOCKBOX9"_s;
        for (int i = 0; i < 60; ++i) {
            const QString detail = record(
                    {{7, u"%1.%2"_s.arg(random.bounded(1, 500)).arg(random.bounded(10, 99))}, {9, u"TX%1"_s.arg(i)}});
            recordLines << (withHeader ? u"D|"_s + detail : detail);
        }
        content = lines(recordLines);
        const char alphabet[] = "|0123456789.,-+ \r\n\t\x00\xff\xc3"
                                "DHIMDPA";
        for (int mutation = 0; mutation < 200; ++mutation) {
            const qsizetype at = random.bounded(qsizetype(content.size()));
            switch (random.bounded(5)) {
            case 0:
                content[at] = alphabet[random.bounded(int(sizeof alphabet - 1))];
                break;
            case 1:
                content.remove(at, random.bounded(1, 8));
                break;
            case 2:
                content.insert(at, alphabet[random.bounded(int(sizeof alphabet - 1))]);
                break;
            case 3:
                content.truncate(qMax(qsizetype(1), content.size() - random.bounded(4)));
                break;
            default: // one bit flipped: any byte value, as a damaged transfer leaves it
                content[at] = char(content.at(at) ^ (1 << random.bounded(8)));
                break;
            }
        }
    }

    const EodPostingFile file = EodPostingFile::read(u"fuzz.txt"_s, content);
    QSet<int> seen;
    for (const PortalTransaction &t : file.transactions()) {
        QVERIFY(!seen.contains(t.line));
        seen.insert(t.line);
        QVERIFY(t.amount.isPositive());
        QVERIFY(t.time.isValid());
        QVERIFY(!t.transactionId.isEmpty());
        QVERIFY(PortalTransaction::isKnownStatus(t.status));
    }
    for (const auto &problem : file.problems()) {
        QVERIFY(!seen.contains(problem.line));
        seen.insert(problem.line);
        QVERIFY(!problem.reason.isEmpty());
        QVERIFY(!problem.raw.contains(QChar(0)));
        QCOMPARE(problem.file, u"fuzz.txt"_s);
    }
    // Count the non-blank lines (anything but spaces and tabs before the LF, a CR included).
    const QByteArray body = content.startsWith("\xEF\xBB\xBF") ? content.mid(3) : content;
    const QList<QByteArray> split = body.split('\n');
    QSet<int> expected;
    for (int i = 0; i < split.size(); ++i) {
        QByteArray text = split.at(i);
        if (text.endsWith('\r'))
            text.chop(1);
        if (std::any_of(text.cbegin(), text.cend(), [](char c) { return c != ' ' && c != '\t'; }))
            expected.insert(i + 1);
    }
    QVERIFY(expected.contains(seen));
    // Only a header that reads becomes neither a transaction nor a problem.
    const bool headerRead = file.hasHeader() && file.headerDate().isValid();
    QCOMPARE((expected - seen).size(), headerRead ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_EodPostingFile)
#include "tst_eodpostingfile.moc"
