#include "portal/RemittanceFile.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using paydesk::core::portal::PortalAction;
using paydesk::core::portal::PortalDirection;
using paydesk::core::portal::PortalSource;
using paydesk::core::portal::PortalTransaction;
using paydesk::core::portal::RemittanceFile;

namespace {

// One transaction set as InstaMed writes it in its patient-payment 835.
struct Set
{
    QString amount = u"125.00"_s;
    QString flag = u"C"_s;
    QString date = u"20261205"_s;
    QString authorization = u"AUTH0001"_s;
    QString name = u"JANE DOE"_s;
    QString account = u"1042"_s;
};

// Writes an 835 file with the given separators; `lineBreak` goes after each terminator.
struct Writer
{
    QChar element = u'*';
    QChar component = u':';
    QChar terminator = u'~';
    QString lineBreak = u"\n"_s;

    QString segment(const QStringList &elements) const { return elements.join(element) + terminator + lineBreak; }

    QString isa() const
    {
        return segment({u"ISA"_s,
                        u"00"_s,
                        u"          "_s,
                        u"00"_s,
                        u"          "_s,
                        u"ZZ"_s,
                        u"INSTAMED       "_s,
                        u"ZZ"_s,
                        u"PRACTICE       "_s,
                        u"261207"_s,
                        u"0930"_s,
                        u"U"_s,
                        u"00501"_s,
                        u"000000001"_s,
                        u"0"_s,
                        u"P"_s,
                        QString(component)});
    }

    QString set(const Set &set, int control) const
    {
        const QString number = u"%1"_s.arg(control, 4, 10, QChar(u'0'));
        const QStringList bprElements = {u"H"_s,
                                         set.amount,
                                         set.flag,
                                         u"NON"_s,
                                         {},
                                         {},
                                         {},
                                         {},
                                         {},
                                         u"1999999999"_s,
                                         u"credit card"_s,
                                         {},
                                         {},
                                         {},
                                         {},
                                         set.date};
        QStringList body = {
                segment(QStringList{u"BPR"_s} + bprElements),
                segment({u"TRN"_s, u"1"_s, set.authorization, u"1999999999"_s, u"credit card"_s}),
                segment({u"N1"_s, u"PR"_s, set.name, u"XV"_s, set.account}),
                segment({u"N3"_s, u"1 MAIN ST"_s}),
                segment({u"N4"_s, u"SPRINGFIELD"_s, u"IL"_s, u"62701"_s}),
                segment({u"N1"_s, u"PE"_s, u"FAMILY CLINIC"_s, u"XX"_s, u"1234567893"_s}),
        };
        return segment({u"ST"_s, u"835"_s, number}) + body.join(QString())
               + segment({u"SE"_s, QString::number(body.size() + 2), number});
    }

    QByteArray file(const QList<Set> &sets) const
    {
        QString text = isa()
                       + segment({u"GS"_s,
                                  u"HP"_s,
                                  u"INSTAMED"_s,
                                  u"PRACTICE"_s,
                                  u"20261207"_s,
                                  u"0930"_s,
                                  u"1"_s,
                                  u"X"_s,
                                  u"005010X221A1"_s});
        for (int i = 0; i < sets.size(); ++i)
            text += set(sets.at(i), i + 1);
        text += segment({u"GE"_s, QString::number(sets.size()), u"1"_s});
        text += segment({u"IEA"_s, u"1"_s, u"000000001"_s});
        return text.toUtf8();
    }
};

// The file with the first occurrence of `before` replaced: the first set is the faulty one.
QByteArray replaced(QByteArray content, const QByteArray &before, const QByteArray &after)
{
    const qsizetype at = content.indexOf(before);
    return at < 0 ? content : content.replace(at, before.size(), after);
}

// The invariant every reader of the result relies on: a transaction is complete and checked.
void checkComplete(const PortalTransaction &transaction)
{
    QVERIFY(transaction.amount.isPositive());
    QVERIFY(transaction.time.isValid());
    QVERIFY(!transaction.authorizationNumber.isEmpty());
    QVERIFY(!transaction.patientName.isEmpty());
    QVERIFY(transaction.raw.startsWith(u"ST"_s));
    QCOMPARE(transaction.source, PortalSource::Remittance835);
}

} // namespace

class tst_RemittanceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void problems_data();
    void problems();
    void insurerRemittanceIsOneProblem();
    void everyTruncationIsAProblem();
    void corruptedBytesNeverCrash();
    void randomMutationsNeverCrash_data();
    void randomMutationsNeverCrash();
};

void tst_RemittanceFile::reads_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("refund");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("line");

    const Writer writer;
    QTest::newRow("payment") << writer.file({Set{}}) << 1 << qint64(12500) << false << QDate(2026, 12, 5)
                             << u"AUTH0001"_s << u"JANE DOE"_s << u"1042"_s << 3;
    Set refund;
    refund.amount = u"40.5"_s;
    refund.flag = u"D"_s;
    QTest::newRow("refund D") << writer.file({refund}) << 1 << qint64(4050) << true << QDate(2026, 12, 5)
                              << u"AUTH0001"_s << u"JANE DOE"_s << u"1042"_s << 3;
    Set anonymous;
    anonymous.name = u"Patient"_s;
    anonymous.account = u"9999"_s;
    anonymous.amount = u"7"_s;
    QTest::newRow("Patient and 9999: no name, no account")
            << writer.file({anonymous}) << 1 << qint64(700) << false << QDate(2026, 12, 5) << u"AUTH0001"_s
            << u"Patient"_s << QString() << 3;
    Set zeros;
    zeros.account = u"000123"_s;
    zeros.name = u"  MARÍA  DEL   CARMEN  NÚÑEZ "_s;
    QTest::newRow("account leading zeros kept, name spaces folded, accents")
            << writer.file({zeros}) << 1 << qint64(12500) << false << QDate(2026, 12, 5) << u"AUTH0001"_s
            << u"MARÍA DEL CARMEN NÚÑEZ"_s << u"000123"_s << 3;
    Set second;
    second.authorization = u"AUTH0002"_s;
    QTest::newRow("two sets: the first one's line")
            << writer.file({Set{}, second}) << 2 << qint64(12500) << false << QDate(2026, 12, 5) << u"AUTH0001"_s
            << u"JANE DOE"_s << u"1042"_s << 3;

    Writer pipes;
    pipes.element = u'|';
    pipes.component = u'^';
    pipes.terminator = u'\n';
    pipes.lineBreak.clear();
    QTest::newRow("separators | ^ and a line break from ISA")
            << pipes.file({Set{}}) << 1 << qint64(12500) << false << QDate(2026, 12, 5) << u"AUTH0001"_s
            << u"JANE DOE"_s << u"1042"_s << 3;
    Writer oneLine;
    oneLine.lineBreak.clear();
    QTest::newRow("one line, no breaks") << oneLine.file({Set{}}) << 1 << qint64(12500) << false << QDate(2026, 12, 5)
                                         << u"AUTH0001"_s << u"JANE DOE"_s << u"1042"_s << 1;
    Writer crlf;
    crlf.lineBreak = u"\r\n"_s;
    QTest::newRow("CRLF line breaks") << crlf.file({Set{}}) << 1 << qint64(12500) << false << QDate(2026, 12, 5)
                                      << u"AUTH0001"_s << u"JANE DOE"_s << u"1042"_s << 3;
    Writer control;
    control.element = QChar(0x1D);
    control.component = QChar(0x1F);
    control.terminator = QChar(0x1C);
    QTest::newRow("control characters as separators")
            << control.file({Set{}}) << 1 << qint64(12500) << false << QDate(2026, 12, 5) << u"AUTH0001"_s
            << u"JANE DOE"_s << u"1042"_s << 3;
    QTest::newRow("a tilde in ISA's data is not a terminator")
            << replaced(writer.file({Set{}}), "INSTAMED       ", "INSTA~MED      ") << 1 << qint64(12500) << false
            << QDate(2026, 12, 5) << u"AUTH0001"_s << u"JANE DOE"_s << u"1042"_s << 3;
    QTest::newRow("UTF-8 byte order mark")
            << QByteArray("\xEF\xBB\xBF") + writer.file({Set{}}) << 1 << qint64(12500) << false << QDate(2026, 12, 5)
            << u"AUTH0001"_s << u"JANE DOE"_s << u"1042"_s << 3;
}

void tst_RemittanceFile::reads()
{
    QFETCH(QByteArray, content);
    QFETCH(int, count);

    const RemittanceFile result = RemittanceFile::read(u"clinic_dpa835_20261207_1.rep"_s, content);
    QVERIFY2(result.problems().empty(),
             qPrintable(result.problems().empty() ? QString() : result.problems().front().reason));
    QCOMPARE(int(result.transactions().size()), count);
    for (const PortalTransaction &transaction : result.transactions())
        checkComplete(transaction);

    const PortalTransaction &first = result.transactions().front();
    QTEST(first.amount.cents(), "cents");
    QTEST(first.direction == PortalDirection::Refund, "refund");
    QCOMPARE(first.action, first.direction == PortalDirection::Refund ? PortalAction::Credit : PortalAction::AuthCapt);
    QTEST(first.time.date(), "date");
    QCOMPARE(first.time.time(), QTime(0, 0));
    QTEST(first.authorizationNumber, "authorization");
    QTEST(first.patientName, "name");
    QTEST(first.accountNumber, "account");
    QTEST(first.line, "line");
    QCOMPARE(first.file, u"clinic_dpa835_20261207_1.rep"_s);
    QVERIFY(first.transactionId.isEmpty());
    QVERIFY(first.status.isEmpty());
    QVERIFY(first.paymentType.isEmpty());
}

void tst_RemittanceFile::problems_data()
{
    // Each file but the whole-file ones holds a faulty set first and a good one after it: the good
    // one must still be read, a bad record never stops the others.
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("transactions");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    const Writer writer;
    Set good;
    good.authorization = u"GOOD"_s;
    const auto withFirst = [&](const std::function<void(Set &)> &change) {
        Set bad;
        change(bad);
        return writer.file({bad, good});
    };

    QTest::newRow("amount 1,000.00") << withFirst([](Set &s) { s.amount = u"1,000.00"_s; }) << 1 << 3 << u"BPR02"_s
                                     << u"\"1,000.00\""_s;
    QTest::newRow("amount 12.345") << withFirst([](Set &s) { s.amount = u"12.345"_s; }) << 1 << 3 << u"BPR02"_s
                                   << u"\"12.345\""_s;
    QTest::newRow("amount -5") << withFirst([](Set &s) { s.amount = u"-5"_s; }) << 1 << 3 << u"BPR02"_s << u"\"-5\""_s;
    QTest::newRow("amount empty") << withFirst([](Set &s) { s.amount.clear(); }) << 1 << 3 << u"BPR02"_s << u"\"\""_s;
    QTest::newRow("amount zero") << withFirst([](Set &s) { s.amount = u"0.00"_s; }) << 1 << 3 << u"BPR02"_s
                                 << u"\"0.00\""_s;
    QTest::newRow("amount exponent") << withFirst([](Set &s) { s.amount = u"1e3"_s; }) << 1 << 3 << u"BPR02"_s
                                     << u"\"1e3\""_s;
    QTest::newRow("BPR01 not H") << replaced(writer.file({Set{}, good}), "BPR*H", "BPR*Z") << 1 << 3 << u"BPR01"_s
                                 << u"\"Z\""_s;
    QTest::newRow("flag X") << withFirst([](Set &s) { s.flag = u"X"_s; }) << 1 << 3 << u"BPR03"_s << u"\"X\""_s;
    QTest::newRow("date 20260230") << withFirst([](Set &s) { s.date = u"20260230"_s; }) << 1 << 3 << u"BPR16"_s
                                   << u"\"20260230\""_s;
    QTest::newRow("date with time 20260230250000") << withFirst([](Set &s) { s.date = u"20260230250000"_s; }) << 1 << 3
                                                   << u"BPR16"_s << u"\"20260230250000\""_s;
    QTest::newRow("date empty") << withFirst([](Set &s) { s.date.clear(); }) << 1 << 3 << u"BPR16"_s << u"\"\""_s;
    QTest::newRow("authorization empty") << withFirst([](Set &s) { s.authorization.clear(); }) << 1 << 3 << u"TRN02"_s
                                         << QString();
    QTest::newRow("name empty") << withFirst([](Set &s) { s.name.clear(); }) << 1 << 3 << u"N102"_s << QString();
    QTest::newRow("account empty") << withFirst([](Set &s) { s.account.clear(); }) << 1 << 3 << u"N104"_s << QString();

    const QByteArray two = writer.file({Set{}, good});
    QTest::newRow("no N1*PR") << replaced(two, "N1*PR*JANE DOE*XV*1042~\nN3", "N3") << 1 << 3 << u"N1*PR"_s
                              << QString();
    QTest::newRow("no TRN") << replaced(two, "TRN*1*AUTH0001*1999999999*credit card~\n", "") << 1 << 3 << u"TRN"_s
                            << QString();
    QTest::newRow("BPR twice") << replaced(two, "TRN*1*AUTH0001", "BPR*H*1*C~\nTRN*1*AUTH0001") << 1 << 3 << u"BPR"_s
                               << u"twice"_s;
    QTest::newRow("segment written with another separator")
            << replaced(two, "N1*PR*JANE DOE*XV*1042", "N1|PR|JANE DOE|XV|1042") << 1 << 3 << u"N1*PR"_s << QString();
    QTest::newRow("extra element after N104")
            << replaced(two, "XV*1042", "XV*1042*EXTRA*MORE") << 2 << 0 << QString() << QString();
    QTest::newRow("SE count with a leading zero")
            << replaced(two, "SE*8*0001", "SE*08*0001") << 2 << 0 << QString() << QString();
    QTest::newRow("SE count wrong") << replaced(two, "SE*8*0001", "SE*9*0001") << 1 << 3 << u"SE01"_s << u"\"9\""_s;
    QTest::newRow("SE control number wrong")
            << replaced(two, "SE*8*0001", "SE*8*0007") << 1 << 3 << u"SE02"_s << u"\"0007\""_s;
    QTest::newRow("set cut before SE") << replaced(two, "SE*8*0001~\n", "") << 1 << 3 << u"no SE"_s << QString();

    // Whole-file problems: line 0 or the line that decides, and nothing read.
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << u"ISA"_s << QString();
    QTest::newRow("EOD file, not an 835")
            << QByteArray("IMDPA10|1|2|3|CreditCard|AuthCapt|10.00\n") << 0 << 0 << u"ISA"_s << u"IMDPA10"_s;
    QTest::newRow("835 without ISA") << replaced(two, writer.isa().toUtf8(), "") << 0 << 0 << u"ISA"_s << u"GS*HP"_s;
    QTest::newRow("binary with NUL") << QByteArray("ISA\0\x01\x02\xFF\xFE", 8) << 0 << 0 << u"binary"_s << QString();
    QTest::newRow("not UTF-8") << QByteArray("ISA*\xC3\x28\xFF") << 0 << 0 << u"UTF-8"_s << QString();
    QTest::newRow("ISA truncated") << two.left(50) << 0 << 1 << u"50 of its 106"_s << QString();
    QTest::newRow("ISA element out of place")
            << replaced(two, "*INSTAMED       *", "*INSTAMED        ") << 0 << 1 << u"position 50"_s << QString();
    QTest::newRow("ISA separators a letter") << replaced(two, "*P*:~", "*P*A~") << 0 << 1 << u"letter"_s << QString();
    QTest::newRow("ISA component separator a line break")
            << replaced(two, "*P*:~", "*P*\n~") << 0 << 1 << u"line break"_s << QString();
    QTest::newRow("ISA separators not distinct")
            << replaced(two, "*P*:~", "*P*~~") << 0 << 1 << u"distinct"_s << QString();
    QTest::newRow("not an 835") << replaced(two, "ST*835*0001", "ST*837*0001") << 0 << 3 << u"ST01"_s << u"\"837\""_s;
    QTest::newRow("file cut after a set") << two.left(two.indexOf("GE*")) << 2 << 0 << u"IEA"_s << QString();
    QTest::newRow("IEA control number wrong")
            << replaced(two, "IEA*1*000000001", "IEA*1*000000002") << 2 << 0 << u"IEA02"_s << u"\"000000002\""_s;
    QTest::newRow("segment outside a set")
            << replaced(two, "GE*2*1", "N3*STRAY~\nGE*2*1") << 2 << 19 << u"N3"_s << QString();
    QTest::newRow("no set at all") << Writer().file({}) << 0 << 0 << u"no transaction set"_s << QString();
}

void tst_RemittanceFile::problems()
{
    QFETCH(QByteArray, content);
    QFETCH(int, transactions);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, value);

    const RemittanceFile result = RemittanceFile::read(u"clinic_dpa835_20261207_1.rep"_s, content);
    QCOMPARE(int(result.transactions().size()), transactions);
    for (const PortalTransaction &transaction : result.transactions())
        checkComplete(transaction);
    if (field.isEmpty()) {
        QCOMPARE(result.problems().size(), size_t(0));
        return;
    }
    QCOMPARE(result.problems().size(), size_t(1));
    const auto &problem = result.problems().front();
    QCOMPARE(problem.file, u"clinic_dpa835_20261207_1.rep"_s);
    QCOMPARE(problem.line, line);
    QVERIFY2(problem.reason.contains(field), qPrintable(problem.reason));
    QVERIFY2(problem.reason.contains(value), qPrintable(problem.reason));
    if (line > 0 && transactions > 0)
        QVERIFY2(problem.raw.startsWith(u"ST*835*0001~"_s) || problem.raw.startsWith(u"N3"_s), qPrintable(problem.raw));
}

void tst_RemittanceFile::insurerRemittanceIsOneProblem()
{
    // An insurer's 835: BPR01 "I" (remittance with payment), ACH, and claims. However many claims
    // and payers it holds, it is one problem for the file, and no transaction comes out of it.
    const Writer writer;
    QByteArray content = writer.file({Set{}, Set{}});
    content.replace("BPR*H*125.00*C*NON", "BPR*I*125.00*C*ACH");
    content.replace("N1*PE", "LX*1~\nCLP*CLAIM1*1*200.00*125.00*75.00*12*PAYERCTL~\nN1*PE");
    const RemittanceFile result = RemittanceFile::read(u"aetna_era.835"_s, content);
    QCOMPARE(result.transactions().size(), size_t(0));
    QCOMPARE(result.problems().size(), size_t(1));
    QVERIFY2(result.problems().front().reason.contains(u"insurer"_s), qPrintable(result.problems().front().reason));
    QCOMPARE(result.problems().front().line, 4);

    QByteArray claimsOnly = writer.file({Set{}});
    claimsOnly.replace("N1*PE", "CLP*CLAIM1*1*200.00*125.00*75.00*12*PAYERCTL~\nN1*PE");
    const RemittanceFile claims = RemittanceFile::read(u"era.835"_s, claimsOnly);
    QCOMPARE(claims.transactions().size(), size_t(0));
    QCOMPARE(claims.problems().size(), size_t(1));
    QVERIFY2(claims.problems().front().reason.contains(u"CLP"_s), qPrintable(claims.problems().front().reason));
}

void tst_RemittanceFile::everyTruncationIsAProblem()
{
    // A file cut anywhere (but in its final line break) is never read as complete: it always
    // reports a problem, and what it does return is whole.
    const QByteArray content = Writer().file({Set{}, Set{}});
    for (qsizetype length = 0; length < content.size() - 1; ++length) {
        const RemittanceFile result = RemittanceFile::read(u"cut.rep"_s, content.left(length));
        QVERIFY2(!result.problems().empty(), qPrintable(u"cut at %1"_s.arg(length)));
        QVERIFY(result.transactions().size() <= 2);
        for (const PortalTransaction &transaction : result.transactions())
            checkComplete(transaction);
        for (const auto &problem : result.problems())
            QVERIFY(!problem.reason.isEmpty());
    }
}

void tst_RemittanceFile::corruptedBytesNeverCrash()
{
    // Every byte replaced in turn by a separator, a control or invalid byte, a digit or a letter:
    // the parser never crashes, and whatever it returns holds checked values only.
    const QByteArray content = Writer().file({Set{}, Set{}});
    const QByteArray replacements("*~:|\n\0\xFF"
                                  "9A",
                                  9);
    for (qsizetype position = 0; position < content.size(); ++position) {
        for (char replacement : replacements) {
            QByteArray corrupted = content;
            corrupted[position] = replacement;
            const RemittanceFile result = RemittanceFile::read(u"fuzz.rep"_s, corrupted);
            QVERIFY(result.transactions().size() <= 2);
            for (const PortalTransaction &transaction : result.transactions())
                checkComplete(transaction);
            for (const auto &problem : result.problems())
                QVERIFY(!problem.reason.isEmpty());
        }
    }
}

void tst_RemittanceFile::randomMutationsNeverCrash_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("mutations");
    QTest::addColumn<bool>("anyByte"); // else the file stays ASCII text and mostly gets read
    for (quint32 seed = 1; seed <= 48; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(1 + seed % 8 * 4) << (seed % 6 == 0);
}

// The transaction sets ("ST" segments) of `content` as the separators * ~ of Writer() split it:
// the count the parser's outcome must account for, worked out without the parser.
int transactionSets(const QByteArray &content)
{
    int sets = 0;
    for (QByteArray segment : content.mid(106).split('~')) {
        while (segment.startsWith('\n') || segment.startsWith('\r'))
            segment.remove(0, 1);
        sets += segment.split('*').constFirst() == "ST";
    }
    return sets;
}

// Fixed seeds, so each run makes the same mutations of a 20-set file: bits flipped, bytes cut,
// inserted and spliced from elsewhere in the file. Nothing crashes; either the file is refused
// whole (one problem, nothing read) or every transaction set is exactly one transaction or one
// problem, the others (a stray segment, a cut end) are problems of their own, and no line is
// reported twice.
void tst_RemittanceFile::randomMutationsNeverCrash()
{
    QFETCH(quint32, seed);
    QFETCH(int, mutations);
    QFETCH(bool, anyByte);

    QList<Set> sets;
    for (int i = 0; i < 20; ++i) {
        Set set;
        set.authorization = u"AUTH%1"_s.arg(i, 4, 10, QChar(u'0'));
        set.amount = u"%1.%2"_s.arg(10 + i).arg(i % 100, 2, 10, QChar(u'0'));
        set.flag = i % 5 == 4 ? u"D"_s : u"C"_s;
        sets << set;
    }
    QByteArray content = Writer().file(sets);
    QRandomGenerator random(seed);
    for (int mutation = 0; mutation < mutations; ++mutation) {
        const qsizetype at = random.bounded(content.size());
        static const QByteArray ascii("*~:\n\r 0123456789.-ABCDEHINPRSTZ");
        switch (random.bounded(4)) {
        case 0: {
            const char flipped = char(content.at(at) ^ (1 << random.bounded(anyByte ? 8 : 7)));
            content[at] = anyByte || flipped != '\0' ? flipped : '0';
            break;
        }
        case 1:
            content.remove(at, random.bounded(1, 16));
            break;
        case 2:
            content.insert(at, anyByte ? char(random.bounded(256)) : ascii.at(random.bounded(ascii.size())));
            break;
        default: {
            const qsizetype from = random.bounded(content.size());
            content.insert(at, content.mid(from, random.bounded(1, 80)));
            break;
        }
        }
    }

    const RemittanceFile result = RemittanceFile::read(u"fuzz_dpa835_1.rep"_s, content);
    QSet<int> lines; // of the transaction sets: each is one transaction or one problem
    for (const PortalTransaction &transaction : result.transactions()) {
        checkComplete(transaction);
        QVERIFY2(!lines.contains(transaction.line), qPrintable(u"line %1 twice"_s.arg(transaction.line)));
        lines.insert(transaction.line);
    }
    int setProblems = 0;
    for (const auto &problem : result.problems()) {
        QVERIFY(!problem.reason.isEmpty());
        QCOMPARE(problem.file, u"fuzz_dpa835_1.rep"_s);
        if (problem.line == 0 || !problem.raw.startsWith(u"ST*"_s))
            continue; // the whole file, or a segment outside any set
        QVERIFY2(!lines.contains(problem.line),
                 qPrintable(u"line %1 twice: %2"_s.arg(problem.line).arg(problem.reason)));
        lines.insert(problem.line);
        ++setProblems;
    }
    const bool refusedWhole = result.transactions().empty() && result.problems().size() == 1;
    if (!refusedWhole)
        QCOMPARE(int(result.transactions().size()) + setProblems, transactionSets(content));
}

QTEST_GUILESS_MAIN(tst_RemittanceFile)
#include "tst_remittancefile.moc"
