#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "import/BatchWriter.h"
#include "import/LedgerBatch.h"
#include "ledger/AccountReader.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "csv/CsvReader.h"
#include "reports/DepositReport.h"
#include "reports/ListExporter.h"
#include "reports/NetUnearnedReport.h"
#include "util/Errors.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money amount(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

// Two families. Family 10 owes 110.00 + 75.00 - 11.00 - 150.00 = 24.00 and holds 11.00 of
// payment 5001. Family 20's payment 5002 (100.00 on the crown) is voided in the test, so
// it owes 1250.00 - 40.00 = 1210.00; of payment 5003 (40.00) 10.00 is kept as unearned
// income and 30.00 is unallocated.
LedgerBatch knownPractice()
{
    LedgerBatch batch;
    batch.providers = {{1, u"DDS1"_s, u"Dr. Ana Ortiz"_s}};
    batch.clinics = {{1, u"MAIN"_s, u"Main Street Clinic"_s}};
    batch.families = {10, 20};
    batch.patients = {{101, 10, u"Ortiz"_s, u"Ana"_s, day("1980-04-02"), true},
                      {102, 10, u"Ortiz"_s, u"Leo"_s, day("2012-09-15"), false},
                      {201, 20, u"Kim"_s, u"Min, Jr."_s, day("1975-01-30"), true}};
    batch.charges = {{1001, 101, 1, 1, day("2024-01-10"), u"D1110"_s, u"Prophylaxis - adult"_s, amount("110.00")},
                     {1002, 102, 1, 1, day("2024-01-10"), u"D1120"_s, u"Prophylaxis \"child\""_s, amount("75.00")},
                     {1003, 201, 1, 1, day("2024-02-01"), u"D2740"_s, u"Crown"_s, amount("1250.00")}};
    batch.adjustments = {{3001, 101, 1, 1, day("2024-01-12"), u"discount"_s, amount("-11.00"), 1001}};
    Payment visa;
    visa.id = 5001;
    visa.patientId = 101;
    visa.date = day("2024-01-10");
    visa.amount = amount("150.00");
    visa.method = PaymentMethod::Card;
    visa.reference = u"VISA 4242"_s;
    Payment cash = visa;
    cash.id = 5002;
    cash.patientId = 201;
    cash.date = day("2024-02-01");
    cash.amount = amount("100.00");
    cash.method = PaymentMethod::Cash;
    cash.reference.clear();
    Payment check = cash;
    check.id = 5003;
    check.date = day("2024-02-15");
    check.amount = amount("40.00");
    check.method = PaymentMethod::Check;
    check.reference = u"CHK 1001"_s;
    batch.payments = {visa, cash, check};
    batch.allocations = {
        {9001, 5001, AllocationTarget::charge(1001), amount("99.00"), 101, 1, 1, AllocationRule::Import, 0},
        {9002, 5001, AllocationTarget::charge(1002), amount("40.00"), 102, 1, 1, AllocationRule::Import, 0},
        {9003, 5002, AllocationTarget::charge(1003), amount("100.00"), 201, 1, 1, AllocationRule::Import, 0},
        {9004, 5003, AllocationTarget::unearned(), amount("10.00"), 201, 0, 0, AllocationRule::Manual, 0},
    };
    return batch;
}

// A third family whose text and amounts make the CSV work: non-ASCII names (a 4-byte UTF-8
// character too), an empty name, quotes, commas and a line break to quote, a cent-sized and
// a nine-digit amount, an adjustment attached to no charge, an allocation to an adjustment,
// and a payment with a provider and clinic of its own. Its ids are above those the void in
// knownDatabase() takes.
LedgerBatch awkwardFamily()
{
    LedgerBatch batch;
    batch.providers = {{2, u"DDS2"_s, u"Dra. Zoë Núñez"_s}};
    batch.clinics = {{2, u"SUR-Ñ"_s, u"Clínica Sur"_s}};
    batch.families = {30};
    batch.patients = {{301, 30, u"Núñez"_s, u"Zoë 😀"_s, day("1990-12-31"), true},
                      {302, 30, u"O'Brien \"Bo\""_s, QString(), day("2019-06-01"), false}};
    batch.charges = {
        {1101, 301, 2, 2, day("2024-03-05"), u"D0150"_s, u"Exam, comprehensive\r\nsecond line"_s, amount("123456789.01")},
        {1102, 302, 2, 2, day("2024-03-05"), u"D0120"_s, QString(), amount("0.05")}};
    batch.adjustments = {{3101, 301, 2, 2, day("2024-03-06"), u"write-off"_s, amount("-0.01"), 0},
                         {3102, 302, 2, 2, day("2024-03-06"), u"late fee"_s, amount("25.00"), 0}};
    Payment portal;
    portal.id = 6001;
    portal.patientId = 301;
    portal.date = day("2024-03-07");
    portal.amount = amount("100.00");
    portal.method = PaymentMethod::Portal;
    portal.reference = u"ref \"A\", B"_s;
    portal.note = u"première visite"_s;
    portal.providerId = 2;
    portal.clinicId = 2;
    batch.payments = {portal};
    batch.allocations = {
        {9101, 6001, AllocationTarget::charge(1101), amount("60.00"), 301, 2, 2, AllocationRule::Import, 0},
        {9102, 6001, AllocationTarget::adjustment(3102), amount("25.00"), 302, 2, 2, AllocationRule::Import, 0},
    };
    return batch;
}

// A family with insurance: crown 1201 (200.00) on claim 7001, which paid 150.00 on it,
// wrote off 20.00 and paid 60.00 more "as total"; a cleaning 1202 (100.00) the patient paid
// 10.00 of. The family owes 300.00 - 10.00 - 150.00 - 20.00 - 60.00 = 60.00.
LedgerBatch insuredFamily()
{
    LedgerBatch batch;
    batch.providers = {{1, u"DDS1"_s, u"Dr. Ana Ortiz"_s}};
    batch.clinics = {{1, u"MAIN"_s, u"Main Street Clinic"_s}};
    batch.families = {40};
    batch.patients = {{401, 40, u"Lee"_s, u"Sam"_s, day("1970-05-05"), true}};
    batch.charges = {{1201, 401, 1, 1, day("2024-04-01"), u"D2750"_s, u"Crown"_s, amount("200.00")},
                     {1202, 401, 1, 1, day("2024-04-01"), u"D1110"_s, u"Prophylaxis - adult"_s, amount("100.00")}};
    Payment copay;
    copay.id = 5401;
    copay.patientId = 401;
    copay.date = day("2024-04-01");
    copay.amount = amount("10.00");
    copay.method = PaymentMethod::Cash;
    batch.payments = {copay};
    batch.allocations = {
        {9401, 5401, AllocationTarget::charge(1202), amount("10.00"), 401, 1, 1, AllocationRule::Import, 0}};
    batch.claims = {{7001, 401, day("2024-04-02"), u"Delta"_s, u"received"_s, 1, 1}};
    batch.claimProcedures = {{8001, 7001, 1201, amount("150.00"), amount("20.00")}};
    batch.claimPayments = {{8101, 7001, day("2024-04-20"), amount("60.00")}};
    return batch;
}

// The fields of the line of a list that starts with `id`.
QList<QByteArray> lineOf(const QByteArray &csv, qint64 id)
{
    for (const QByteArray &line : csv.split('\n')) {
        if (line.startsWith(QByteArray(QByteArray::number(id) + ',')))
            return line.trimmed().split(',');
    }
    return {};
}

// The records of a list by their id (the first field), each as column name -> text.
QHash<qint64, QHash<QString, QString>> recordsOf(const QString &path)
{
    QHash<qint64, QHash<QString, QString>> records;
    CsvReader csv(path);
    if (!csv.readHeader())
        return records;
    while (csv.readRecord()) {
        QHash<QString, QString> &record = records[csv.field(0).toLongLong()];
        for (qsizetype i = 0; i < csv.header().size(); ++i)
            record.insert(csv.header().at(i), csv.field(i));
    }
    return records;
}

QByteArray cents(const Money &money)
{
    return money.toString().toLatin1();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class tst_Export : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactText_data();
    void exactText();
    void everyList_data();
    void everyList();
    void sameBytesOnBothBackends_data();
    void sameBytesOnBothBackends();
    void insuranceCountsInBalances_data();
    void insuranceCountsInBalances();
    void accountExportAndReportAgree_data();
    void accountExportAndReportAgree();
    void limitedExport();
    void unknownListIsRefused();
    void depositAmountsSumToTheDeposit_data();
    void depositAmountsSumToTheDeposit();

private:
    std::unique_ptr<Database> knownDatabase(const QString &backend);
    const Database &awkwardDatabase(const QString &backend);

    paydesk::test::TestDatabases m_dbs;
    std::map<QString, std::unique_ptr<Database>> m_awkward;
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> tst_Export::knownDatabase(const QString &backend)
{
    auto db = m_dbs.fresh(backend);
    BatchWriter::write(*db, knownPractice(), u"tester"_s, u"import"_s);
    PaymentPoster(*db, u"tester"_s).voidPayment(5002, u"entered twice"_s);
    return db;
}

// The known practice plus the awkward family, a void and a refund, built once per backend.
// Times and the dates of the void and refund (today) are then set alike on both.
const Database &tst_Export::awkwardDatabase(const QString &backend)
{
    std::unique_ptr<Database> &db = m_awkward[backend];
    if (!db) {
        db = knownDatabase(backend);
        BatchWriter::write(*db, awkwardFamily(), u"tester"_s, u"import"_s);
        PaymentPoster(*db, u"tester"_s).refund(6001, amount("5.00"), PaymentMethod::Cash, u"overpaid"_s);
        db->execute(u"UPDATE payments SET created_at = '2024-03-08T10:00:00.000Z',"
                    " date = CASE WHEN kind = 'payment' THEN date ELSE '2024-03-08' END"_s);
        db->execute(u"UPDATE allocations SET created_at = '2024-03-08T10:00:00.000Z'"_s);
    }
    return *db;
}

void tst_Export::exactText_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray patients = "patient_id,family_id,last_name,first_name,birth_date,guarantor\r\n"
                                "101,10,Ortiz,Ana,1980-04-02,1\r\n"
                                "102,10,Ortiz,Leo,2012-09-15,0\r\n"
                                "201,20,Kim,\"Min, Jr.\",1975-01-30,1\r\n";
    const QByteArray families = "family_id,guarantor_id,guarantor_last_name,guarantor_first_name,members,charges,"
                                "adjustments,payments,balance,unallocated,unearned,insurance\r\n"
                                "10,101,Ortiz,Ana,2,185.00,-11.00,150.00,24.00,11.00,0.00,0.00\r\n"
                                "20,201,Kim,\"Min, Jr.\",1,1250.00,0.00,40.00,1210.00,30.00,10.00,0.00\r\n";
    const QByteArray charges = "charge_id,patient_id,date,code,description,provider,clinic,amount,adjustments,"
                               "allocated,balance,insurance,writeoff\r\n"
                               "1001,101,2024-01-10,D1110,Prophylaxis - adult,DDS1,MAIN,110.00,-11.00,99.00,0.00,0.00,0.00\r\n"
                               "1002,102,2024-01-10,D1120,\"Prophylaxis \"\"child\"\"\",DDS1,MAIN,75.00,0.00,40.00,35.00,0.00,0.00\r\n"
                               "1003,201,2024-02-01,D2740,Crown,DDS1,MAIN,1250.00,0.00,0.00,1250.00,0.00,0.00\r\n";
    const QByteArray unallocated = "payment_id,family_id,patient_id,last_name,first_name,date,method,reference,amount,"
                                   "unallocated\r\n"
                                   "5001,10,101,Ortiz,Ana,2024-01-10,card,VISA 4242,150.00,11.00\r\n"
                                   "5003,20,201,Kim,\"Min, Jr.\",2024-02-15,check,CHK 1001,40.00,30.00\r\n";
    const QByteArray adjustments = "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id,allocated,kind,"
                                   "reverses_adjustment_id,note\r\n"
                                   "3001,101,2024-01-12,discount,DDS1,MAIN,-11.00,1001,0.00,adjustment,,\r\n";
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("patients/%s", qPrintable(backend)) << backend << u"patients"_s << patients;
        QTest::addRow("families/%s", qPrintable(backend)) << backend << u"families"_s << families;
        QTest::addRow("charges/%s", qPrintable(backend)) << backend << u"charges"_s << charges;
        QTest::addRow("adjustments/%s", qPrintable(backend)) << backend << u"adjustments"_s << adjustments;
        QTest::addRow("unallocated/%s", qPrintable(backend)) << backend << u"unallocated"_s << unallocated;
    }
}

void tst_Export::exactText()
{
    QFETCH(QString, backend);
    QFETCH(QString, list);
    QFETCH(QByteArray, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = knownDatabase(backend);
    const QString path = m_dir.filePath(u"%1-%2.csv"_s.arg(list, backend));

    const qint64 rows = ListExporter(*db).exportList(list, path);
    QCOMPARE(readFile(path), expected);
    QCOMPARE(rows, expected.count("\r\n") - 1);
}

// The lists whose text holds timestamps: their shape and row counts.
void tst_Export::everyList_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("list");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QByteArray>("firstRowStart");

    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        // The void is a payment of its own, with a reversing allocation.
        QTest::addRow("payments/%s", qPrintable(backend))
            << backend << u"payments"_s << qint64(4) << QByteArray("5001,101,2024-01-10,150.00,card,VISA 4242,,,,payment,,tester,");
        QTest::addRow("allocations/%s", qPrintable(backend))
            << backend << u"allocations"_s << qint64(5) << QByteArray("9001,5001,charge,1001,,99.00,101,DDS1,MAIN,import,,tester,");
    }
}

void tst_Export::everyList()
{
    QFETCH(QString, backend);
    QFETCH(QString, list);
    QFETCH(qint64, rows);
    QFETCH(QByteArray, firstRowStart);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = knownDatabase(backend);
    const QString path = m_dir.filePath(u"%1-%2.csv"_s.arg(list, backend));

    QCOMPARE(ListExporter(*db).exportList(list, path), rows);
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty rest after the last CRLF
    QVERIFY2(lines.at(1).startsWith(firstRowStart), lines.at(1).constData());
}

// SQLite is read through its C API and PostgreSQL through QSqlQuery: every list of the same
// data must come out byte for byte the same.
void tst_Export::sameBytesOnBothBackends_data()
{
    QTest::addColumn<QString>("list");
    for (const QString &list : ListExporter::lists())
        QTest::newRow(qPrintable(list)) << list;
}

void tst_Export::sameBytesOnBothBackends()
{
    QFETCH(QString, list);
    PAYDESK_REQUIRE_BACKEND(u"postgresql"_s);
    QMap<QString, QByteArray> exported;
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        const QString path = m_dir.filePath(u"same-%1-%2.csv"_s.arg(list, backend));
        ListExporter(awkwardDatabase(backend)).exportList(list, path);
        exported.insert(backend, readFile(path));
    }
    QVERIFY(exported.value(u"sqlite"_s).count("\r\n") > 1);
    QCOMPARE(exported.value(u"sqlite"_s), exported.value(u"postgresql"_s));
}

void tst_Export::insuranceCountsInBalances_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// Balances in the lists are the account's: insurance paid, write-offs and as-total claim
// payments come off, before and after the balancer spreads the as-total payment.
void tst_Export::insuranceCountsInBalances()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = knownDatabase(backend);
    BatchWriter::write(*db, insuredFamily(), u"tester"_s, u"import"_s);
    const QString charges = m_dir.filePath(u"insured-charges-%1.csv"_s.arg(backend));
    const QString families = m_dir.filePath(u"insured-families-%1.csv"_s.arg(backend));

    ListExporter(*db).exportList(u"charges"_s, charges);
    QCOMPARE(lineOf(readFile(charges), 1201).join(','),
             QByteArray("1201,401,2024-04-01,D2750,Crown,DDS1,MAIN,200.00,0.00,0.00,30.00,150.00,20.00"));
    QCOMPARE(lineOf(readFile(charges), 1202).join(','),
             QByteArray("1202,401,2024-04-01,D1110,Prophylaxis - adult,DDS1,MAIN,100.00,0.00,10.00,90.00,0.00,0.00"));
    ListExporter(*db).exportList(u"families"_s, families);
    QCOMPARE(lineOf(readFile(families), 40).join(','),
             QByteArray("40,401,Lee,Sam,1,300.00,0.00,10.00,60.00,0.00,0.00,230.00"));
    QCOMPARE(AccountReader(*db).load(40).balance(), amount("60.00"));

    BalancerOptions options;
    options.method = BalancerMethod::TransferFifo;
    options.familyId = 40;
    QCOMPARE(FamilyBalancer(*db, u"manager"_s).run(options).changed.size(), 1);
    ListExporter(*db).exportList(u"charges"_s, charges);
    ListExporter(*db).exportList(u"families"_s, families);
    const FamilyAccount account = AccountReader(*db).load(40);
    QVERIFY(!account.claimSpreads.isEmpty());
    for (const ChargeLine &line : account.charges) {
        const QList<QByteArray> fields = lineOf(readFile(charges), line.charge.id);
        QVERIFY2(fields.size() > 3, qPrintable(u"charge #%1 is not listed"_s.arg(line.charge.id)));
        QCOMPARE(fields.mid(fields.size() - 3),
                 (QList<QByteArray>{cents(line.balance()), cents(line.insurancePaid), cents(line.writtenOff)}));
    }
    const QList<QByteArray> family = lineOf(readFile(families), 40);
    QCOMPARE(family.value(8), QByteArray("60.00"));
    QCOMPARE(family.value(11), cents(account.insuranceTotal()));
}

void tst_Export::accountExportAndReportAgree_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// One balance rule (ledger/Balances.h) for the account, the lists and the net-unearned
// report: for every family, with a voided payment, a refund, unearned income, insurance, a
// voided charge and the balancer's transfers, the three read the same.
void tst_Export::accountExportAndReportAgree()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = knownDatabase(backend); // payment 5002 voided; 10.00 of 5003 unearned
    BatchWriter::write(*db, awkwardFamily(), u"tester"_s, u"import"_s);
    BatchWriter::write(*db, insuredFamily(), u"tester"_s, u"import"_s);
    PaymentPoster(*db, u"tester"_s).refund(6001, amount("5.00"), PaymentMethod::Cash, u"overpaid"_s);
    ItemVoider(*db, u"tester"_s).voidCharge(1102, u"never done"_s);
    const QString charges = m_dir.filePath(u"agree-charges-%1.csv"_s.arg(backend));
    const QString families = m_dir.filePath(u"agree-families-%1.csv"_s.arg(backend));
    for (const bool transferred : {false, true}) {
        if (transferred) {
            BalancerOptions options;
            options.method = BalancerMethod::TransferFifo;
            QVERIFY(!FamilyBalancer(*db, u"manager"_s).run(options).changed.isEmpty());
        }
        ListExporter(*db).exportList(u"charges"_s, charges);
        ListExporter(*db).exportList(u"families"_s, families);
        const NetUnearnedReport report = NetUnearnedReport::build(*db, QDate::currentDate());
        if (!transferred)
            QCOMPARE(report.lines.size(), 1); // family 20's 10.00
        for (const qint64 familyId : {10, 20, 30, 40}) {
            const FamilyAccount account = AccountReader(*db).load(familyId);
            const QHash<QString, QString> family = recordsOf(families).value(familyId);
            QCOMPARE(family.value(u"charges"_s), account.totals().charges.toString());
            QCOMPARE(family.value(u"adjustments"_s), account.totals().adjustments.toString());
            QCOMPARE(family.value(u"payments"_s), account.totals().payments.toString());
            QCOMPARE(family.value(u"balance"_s), account.balance().toString());
            QCOMPARE(family.value(u"unallocated"_s), account.unallocated().toString());
            QCOMPARE(family.value(u"unearned"_s), account.unearned().toString());
            QCOMPARE(family.value(u"insurance"_s), account.totals().insurance.toString());
            Money owed;
            const auto chargeRecords = recordsOf(charges);
            for (const ChargeLine &line : account.charges) {
                QCOMPARE(chargeRecords.value(line.charge.id).value(u"balance"_s), line.balance().toString());
                owed += Money::max(line.balance(), {});
            }
            const auto held = std::find_if(report.lines.cbegin(), report.lines.cend(),
                                           [&](const NetUnearnedReport::Line &l) { return l.familyId == familyId; });
            QCOMPARE(held != report.lines.cend(), account.unearned().isPositive());
            if (held != report.lines.cend()) {
                QCOMPARE(held->unearned, account.unearned());
                QCOMPARE(held->chargesOwe, owed);
            }
        }
    }
}

void tst_Export::limitedExport()
{
    const auto db = knownDatabase(u"sqlite"_s);
    const QString path = m_dir.filePath(u"limited.csv"_s);
    QCOMPARE(ListExporter(*db).exportList(u"charges"_s, path, 2), 2);
    QCOMPARE(readFile(path).count("\r\n"), 3);
    QCOMPARE(ListExporter(*db).exportList(u"unallocated"_s, path, 1), 1);
    QVERIFY(readFile(path).contains("\r\n5001,"));
}

void tst_Export::unknownListIsRefused()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const QString path = m_dir.filePath(u"refused.csv"_s);
    try {
        ListExporter(*db).exportList(u"invoices"_s, path);
        QFAIL("an unknown list was exported");
    } catch (const Refusal &refusal) {
        QVERIFY2(refusal.message().contains(u"\"invoices\""_s), qPrintable(refusal.message()));
        for (const QString &list : ListExporter::lists())
            QVERIFY2(refusal.message().contains(list), qPrintable(refusal.message()));
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(ListExporter::lists(),
             QStringList({u"patients"_s, u"families"_s, u"charges"_s, u"adjustments"_s, u"payments"_s,
                          u"allocations"_s, u"unallocated"_s}));
}

void tst_Export::depositAmountsSumToTheDeposit_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("payments, a void and a refund by two users");
}

// A spreadsheet's sum of the deposit CSV's amount column is the day's deposit: the total
// rows carry their sums in the total column and leave amount empty.
void tst_Export::depositAmountsSumToTheDeposit()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = knownDatabase(backend);
    const QDate today = QDate::currentDate();
    const auto post = [&](const QString &user, qint64 patient, PaymentMethod method, const char *sum) {
        PaymentDraft draft;
        draft.patientId = patient;
        draft.date = today;
        draft.amount = amount(sum);
        draft.method = method;
        return PaymentPoster(*db, user).post(draft).paymentId;
    };
    post(u"ana"_s, 101, PaymentMethod::Cash, "20.00");
    const qint64 card = post(u"ana"_s, 102, PaymentMethod::Card, "35.50");
    const qint64 check = post(u"ben"_s, 201, PaymentMethod::Check, "1234.56");
    PaymentPoster(*db, u"ben"_s).voidPayment(card, u"declined"_s);
    PaymentPoster(*db, u"ben"_s).refund(check, amount("4.56"), PaymentMethod::Check, u"change"_s);

    const DepositReport report = DepositReport::build(*db, today);
    // The knownDatabase()'s void of payment 5002 is today's too.
    QCOMPARE(report.lines.size(), 6);
    Money lines;
    for (const DepositReport::Line &line : report.lines)
        lines += line.payment.amount;
    QCOMPARE(report.total, lines);
    const QString path = m_dir.filePath(u"deposit-%1.csv"_s.arg(backend));
    report.writeCsv(path);

    CsvReader csv(path);
    QVERIFY(csv.readHeader());
    QCOMPARE(csv.header(), (QStringList{u"payment_id"_s, u"date"_s, u"family_id"_s, u"patient_id"_s, u"patient"_s,
                                        u"method"_s, u"reference"_s, u"kind"_s, u"amount"_s, u"posted_by"_s,
                                        u"total"_s}));
    Money amounts;
    qint64 details = 0;
    QMap<QString, Money> totals; // "method:card", "user:ana", "day"
    while (csv.readRecord()) {
        if (!csv.field(8).isEmpty())
            amounts += Money::parse(csv.field(8)).value();
        if (csv.field(7) == u"total"_s) {
            QVERIFY(csv.field(8).isEmpty());
            const QString key = !csv.field(5).isEmpty() ? u"method:"_s + csv.field(5)
                                : !csv.field(9).isEmpty() ? u"user:"_s + csv.field(9)
                                                          : u"day"_s;
            totals.insert(key, Money::parse(csv.field(10)).value());
        } else {
            ++details;
            QVERIFY(csv.field(10).isEmpty());
        }
    }
    QVERIFY2(!csv.hasError(), qPrintable(csv.error()));
    QCOMPARE(details, qint64(report.lines.size()));
    QCOMPARE(amounts, report.total);
    QCOMPARE(totals.value(u"day"_s), report.total);
    for (auto it = report.byMethod.cbegin(); it != report.byMethod.cend(); ++it)
        QCOMPARE(totals.value(u"method:"_s + it.key()), it.value());
    for (auto it = report.byUser.cbegin(); it != report.byUser.cend(); ++it)
        QCOMPARE(totals.value(u"user:"_s + it.key()), it.value());
    QCOMPARE(totals.size(), report.byMethod.size() + report.byUser.size() + 1);
}

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
