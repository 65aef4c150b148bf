#include "TestDatabases.h"

#include "groups/PracticeGroups.h"
#include "import/BatchWriter.h"
#include "import/DemoPractice.h"
#include "import/ImportFolderWriter.h"
#include "import/Importer.h"
#include "import/LedgerBatch.h"
#include "ledger/AccountReader.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyAccount.h"
#include "ledger/ItemVoider.h"
#include "ledger/ProcedureCodes.h"
#include "settings/PracticeSettings.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

using Files = QMap<QString, QByteArray>;

namespace {

// Two families. Hand-computed: family 10 owes 110.00 + 75.00 - 11.00 - 150.00 = 24.00 and
// holds 11.00 of unallocated credit (payment 5001: 150.00 - 99.00 - 40.00); family 20 owes
// 125.00 + 1250.00 - 140.00 = 1235.00, and its splits overpay charge 1003 by 15.00 (legacy
// data is allowed to).
const QByteArray patientsCsv = "patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                               "101,10,Ortiz,Ana,1980-04-02,1\n"
                               "102,10,Ortiz,Leo,2012-09-15,0\n"
                               "201,20,Kim,Min,1975-01-30,1\n";
const QByteArray chargesCsv = "charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                              "1001,101,2024-01-10,D1110,Prophylaxis - adult,DDS1,MAIN,110.00\n"
                              "1002,102,2024-01-10,D1120,Prophylaxis - child,DDS1,MAIN,75.00\n"
                              "1003,201,2024-02-01,99213,Office visit,MD1,NORTH,125.00\n"
                              "1004,201,2024-02-20,D2740,Crown,DDS1,NORTH,1250.00\n";
const QByteArray adjustmentsCsv = "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n"
                                  "3001,101,2024-01-12,discount,DDS1,MAIN,-11.00,1001\n";
const QByteArray paymentsCsv = "payment_id,patient_id,date,amount,method,reference\n"
                               "5001,101,2024-01-10,150.00,Card,VISA 4242\n"
                               "5002,201,2024-02-01,100.00,cash,\n"
                               "5003,201,2024-02-15,40.00,CHECK,CHK 1001\n";
const QByteArray splitsCsv = "payment_id,charge_id,amount,provider,clinic\n"
                             "5001,1001,99.00,,\n"
                             "5001,1002,40.00,DDS1,MAIN\n"
                             "5001,,11.00,DDS1,MAIN\n"
                             "5002,1003,100.00,MD1,NORTH\n"
                             "5003,1003,40.00,,\n";

Files goodFolder()
{
    return {{u"patients.csv"_s, patientsCsv},
            {u"charges.csv"_s, chargesCsv},
            {u"adjustments.csv"_s, adjustmentsCsv},
            {u"payments.csv"_s, paymentsCsv},
            {u"splits.csv"_s, splitsCsv}};
}

// The good folder with groups: family 10 in North (tracked), family 20 in Ortho (legacy,
// so its payments come without splits); Default is listed as it is.
Files groupedFolder()
{
    Files files = goodFolder();
    files[u"practice_groups.csv"_s] = "group_id,name,ledger\n"
                                      "1,Default,tracked\n"
                                      "2,Ortho,legacy\n"
                                      "3,North,TRACKED\n";
    files[u"patients.csv"_s] = "patient_id,family_id,last_name,first_name,birth_date,guarantor,practice_group\n"
                               "101,10,Ortiz,Ana,1980-04-02,1,3\n"
                               "102,10,Ortiz,Leo,2012-09-15,0,3\n"
                               "201,20,Kim,Min,1975-01-30,1,2\n";
    files[u"splits.csv"_s] = "payment_id,charge_id,amount,provider,clinic\n"
                             "5001,1001,99.00,,\n"
                             "5001,1002,40.00,DDS1,MAIN\n"
                             "5001,,11.00,DDS1,MAIN\n";
    return files;
}

// "id name ledger families" per group, as `group list` shows them.
QStringList groupLines(const Database &db)
{
    QStringList lines;
    for (const PracticeGroup &group : PracticeGroups(db, u"tester"_s).list())
        lines.append(u"%1 %2 %3 %4"_s.arg(group.id)
                             .arg(group.name, PracticeGroup::ledgerCode(group.ledger))
                             .arg(group.families));
    return lines;
}

const QString noGroup3 = u"there is no practice group 3 in practice_groups.csv or in the database"_s;

const QStringList allTables = {u"families"_s, u"patients"_s, u"providers"_s, u"clinics"_s, u"charges"_s,
                               u"adjustments"_s, u"payments"_s, u"allocations"_s, u"audit_log"_s, u"id_counters"_s};

qint64 count(const Database &db, const QString &table)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM %1"_s.arg(table)).exec();
    return q.next() ? q.id(0) : -1;
}

QString chargeBalance(const FamilyAccount &account, qint64 chargeId)
{
    const ChargeLine *line = account.charge(chargeId);
    return line ? line->balance().toString() : u"(no charge %1)"_s.arg(chargeId);
}

QStringList verifyMessages(const Database &db, VerifyIssue::Severity severity)
{
    QStringList messages;
    for (const VerifyIssue &issue : Verifier(db).run()) {
        if (issue.severity == severity)
            messages.append(issue.message);
    }
    return messages;
}

// Every index with its definition, as the backend keeps them.
QStringList indexes(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(db.isPostgres() ? u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                                " ORDER BY indexname"_s
                              : u"SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"_s)
        .exec();
    QStringList list;
    while (q.next())
        list.append(q.text(0) + u": "_s + q.text(1));
    return list;
}

// Every foreign key, "table: key definition", as the backend keeps them.
QStringList foreignKeys(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(db.isPostgres() ? u"SELECT conrelid::regclass::text, conname || ' ' || pg_get_constraintdef(oid)"
                                " FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2"_s
                              : u"SELECT m.name, f.\"from\" || ' ' || f.\"table\" || '(' || f.\"to\" || ')'"
                                " FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
                                " ORDER BY 1, 2"_s)
        .exec();
    QStringList list;
    while (q.next())
        list.append(q.text(0) + u": "_s + q.text(1));
    return list;
}

QStringList refusalOf(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Refusal &refusal) {
        return refusal.messages();
    }
    return {};
}

} // namespace

class tst_Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsGoodFolder_data();
    void importsGoodFolder();
    void importsWithoutSplits_data();
    void importsWithoutSplits();
    void importsPracticeGroups_data();
    void importsPracticeGroups();
    void refusesBadPracticeGroups_data();
    void refusesBadPracticeGroups();
    void storedFamilyKeepsItsGroup_data();
    void storedFamilyKeepsItsGroup();
    void refusesBadInput_data();
    void refusesBadInput();
    void negativePaymentSplitsAreMirrored_data();
    void negativePaymentSplitsAreMirrored();
    void refusesMissingFolder();
    void secondImportOfSameFolderIsRefused_data();
    void secondImportOfSameFolderIsRefused();
    void secondImportAddsToFirst_data();
    void secondImportAddsToFirst();
    void demoRoundTrip_data();
    void demoRoundTrip();
    void demoIsDeterministic();
    void bigBatchKeepsIndexes_data();
    void bigBatchKeepsIndexes();
    void demoAddsAboveExistingIds();
    void demoInSlicesIsTheWholeDemo();
    void demoAddedInSlicesIsTheWholeDemo_data();
    void demoAddedInSlicesIsTheWholeDemo();
    void bigBatchRestoresConnectionSettings_data();
    void bigBatchRestoresConnectionSettings();
    void bigImportKeepsEveryReference_data();
    void bigImportKeepsEveryReference();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void sameRowsOnBothBackends();
    void procedureCodes_data();
    void procedureCodes();
    void refusesBadProcedureCodes_data();
    void refusesBadProcedureCodes();
    void addsAdjustmentTypes_data();
    void addsAdjustmentTypes();
    void refusesClosedPeriod_data();
    void refusesClosedPeriod();
    void refusesMoreOnVoidedCharge_data();
    void refusesMoreOnVoidedCharge();
    void summaryIsTheBatchCounts();

private:
    QString writeFolder(const Files &files);

    paydesk::test::TestDatabases m_dbs;
    QTemporaryDir m_dir;
    int m_folders = 0;
};

QString tst_Import::writeFolder(const Files &files)
{
    const QString path = m_dir.filePath(u"folder-%1"_s.arg(++m_folders));
    QDir().mkpath(path);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(QDir(path).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(it.value());
    }
    return path;
}

void tst_Import::importsGoodFolder_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Files>("files");

    Files bomCrlfQuoted = goodFolder();
    bomCrlfQuoted[u"charges.csv"_s].replace("1250.00", "\"1,250.00\"");
    for (QByteArray &text : bomCrlfQuoted)
        text = "\xEF\xBB\xBF" + text.replace("\n", "\r\n");

    Files reordered = goodFolder();
    reordered[u"patients.csv"_s] = " GUARANTOR ,Birth_Date,First_Name,LAST_NAME,notes,Family_ID,Patient_ID\n"
                                   "1,1980-04-02,Ana,Ortiz,\"moved, new address\",10,101\n"
                                   "0,2012-09-15,Leo,Ortiz,,10,102\n"
                                   "1,1975-01-30,Min,Kim,,20,201\n";
    reordered[u"charges.csv"_s].replace("amount\n", "amount,chart_no\n").replace(".00\n", ".00,A-7\n");

    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("plain/%s", qPrintable(backend)) << backend << goodFolder();
        QTest::addRow("bom, crlf, quoted 1,250.00/%s", qPrintable(backend)) << backend << bomCrlfQuoted;
        QTest::addRow("columns reordered, any case, extra/%s", qPrintable(backend)) << backend << reordered;
    }
}

void tst_Import::importsGoodFolder()
{
    QFETCH(QString, backend);
    QFETCH(Files, files);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);

    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(writeFolder(files));
    QCOMPARE(summary.families, 2);
    QCOMPARE(summary.patients, 3);
    QCOMPARE(summary.charges, 4);
    QCOMPARE(summary.adjustments, 1);
    QCOMPARE(summary.payments, 3);
    QCOMPARE(summary.splits, 5);
    QCOMPARE(summary.allocations, 4);

    const AccountReader reader(*db);
    const FamilyAccount ortiz = reader.load(10);
    QCOMPARE(ortiz.members.size(), 2);
    QCOMPARE(ortiz.guarantor()->id, 101);
    QCOMPARE(ortiz.balance().toString(), u"24.00"_s);
    QCOMPARE(ortiz.unallocated().toString(), u"11.00"_s);
    QCOMPARE(ortiz.unearned().toString(), u"0.00"_s);
    QCOMPARE(chargeBalance(ortiz, 1001), u"0.00"_s);
    QCOMPARE(chargeBalance(ortiz, 1002), u"35.00"_s);
    const FamilyAccount kim = reader.load(20);
    QCOMPARE(kim.balance().toString(), u"1235.00"_s);
    QCOMPARE(kim.unallocated().toString(), u"0.00"_s);
    QCOMPARE(chargeBalance(kim, 1003), u"-15.00"_s);
    QCOMPARE(chargeBalance(kim, 1004), u"1250.00"_s);

    // The unallocated split gave payment 5001 its provider and clinic.
    const PaymentLine *visa = ortiz.payment(5001);
    QVERIFY(visa);
    QCOMPARE(ortiz.providerCodes.value(visa->payment.providerId), u"DDS1"_s);
    QCOMPARE(ortiz.clinicCodes.value(visa->payment.clinicId), u"MAIN"_s);
    QCOMPARE(visa->payment.method, PaymentMethod::Card);
    QCOMPARE(visa->payment.reference, u"VISA 4242"_s);
    QCOMPARE(kim.payment(5003)->payment.method, PaymentMethod::Check);

    // Split rows copy their charge's patient, provider and clinic.
    const auto toLeo = std::find_if(ortiz.allocations.cbegin(), ortiz.allocations.cend(),
                                    [](const Allocation &a) { return a.target == AllocationTarget::charge(1002); });
    QVERIFY(toLeo != ortiz.allocations.cend());
    QCOMPARE(toLeo->patientId, 102);
    QCOMPARE(toLeo->rule, AllocationRule::Import);
    QCOMPARE(toLeo->amount.toString(), u"40.00"_s);
    QCOMPARE(ortiz.providerCodes.value(toLeo->providerId), u"DDS1"_s);

    QCOMPARE(count(*db, u"providers"_s), 2);
    QCOMPARE(count(*db, u"clinics"_s), 2);
    QCOMPARE(count(*db, u"audit_log"_s), 1);
    // The overpaid charge is legacy data: a warning of verify, not an error.
    QCOMPARE(verifyMessages(*db, VerifyIssue::Severity::Error), QStringList());
    const QStringList warnings = verifyMessages(*db, VerifyIssue::Severity::Warning);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"1003"_s), qPrintable(warnings.constFirst()));
    SqlQuery audit = db->query();
    audit.prepare(u"SELECT action, entity, entity_id FROM audit_log"_s).exec();
    QVERIFY(audit.next());
    QCOMPARE(audit.text(0), u"import"_s);
    QCOMPARE(audit.text(1), u"batch"_s);
    QCOMPARE(audit.id(2), 5001);
    audit.finish();

    // New records are numbered above the imported ones.
    Transaction tx(*db);
    QVERIFY(db->reserveIds(u"families"_s) > 20);
    QVERIFY(db->reserveIds(u"patients"_s) > 201);
    QVERIFY(db->reserveIds(u"charges"_s) > 1004);
    QVERIFY(db->reserveIds(u"adjustments"_s) > 3001);
    QVERIFY(db->reserveIds(u"payments"_s) > 5003);
    QVERIFY(db->reserveIds(u"allocations"_s) > 4);
}

void tst_Import::importsWithoutSplits_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::importsWithoutSplits()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Files files = goodFolder();
    files.remove(u"splits.csv"_s);

    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(writeFolder(files));
    QCOMPARE(summary.splits, 0);
    QCOMPARE(summary.allocations, 0);
    const FamilyAccount kim = AccountReader(*db).load(20);
    QCOMPARE(kim.balance().toString(), u"1235.00"_s);
    QCOMPARE(kim.unallocated().toString(), u"140.00"_s);
    QCOMPARE(chargeBalance(kim, 1003), u"125.00"_s);
}

void tst_Import::importsPracticeGroups_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::importsPracticeGroups()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);

    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(writeFolder(groupedFolder()));
    QCOMPARE(summary.practiceGroups, 2); // Default was there
    QCOMPARE(summary.families, 2);
    QCOMPARE(groupLines(*db), (QStringList{u"1 Default tracked 0"_s, u"2 Ortho legacy 1"_s, u"3 North tracked 1"_s}));
    // The legacy family's payments are there, unallocated.
    QCOMPARE(AccountReader(*db).load(20).unallocated().toString(), u"140.00"_s);
    SqlQuery audit = db->query();
    audit.prepare(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'practice-group' AND action = 'create'"_s).exec();
    QVERIFY(audit.next());
    QCOMPARE(audit.id(0), 2);
    // The ids the file gave are taken: the next group comes after them.
    QCOMPARE(PracticeGroups(*db, u"admin"_s).add(u"South"_s, PracticeGroup::Ledger::Tracked), 4);
}

void tst_Import::refusesBadPracticeGroups_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected"); // every message, in order

    struct Row
    {
        const char *tag;
        const char16_t *file;
        QByteArray from;
        QByteArray to;
        QStringList expected;
    };
    const QString family10InGroup3 = u"patients.csv line 2, column practice_group: value \"3\": "_s + noGroup3;
    const QString member10InGroup3 = u"patients.csv line 3, column practice_group: value \"3\": "_s + noGroup3;
    const Row rows[] = {
        {"bad ledger", u"practice_groups.csv", "3,North,TRACKED", "3,North,ledgerless",
         {u"practice_groups.csv line 4, column ledger: value \"ledgerless\": write legacy or tracked"_s,
          family10InGroup3, member10InGroup3}},
        {"duplicate id", u"practice_groups.csv", "3,North", "2,North",
         {u"practice_groups.csv line 4, column group_id: value \"2\": group 2 is already on line 3"_s,
          family10InGroup3, member10InGroup3}},
        {"duplicate name", u"practice_groups.csv", "3,North", "3,ortho",
         {u"practice_groups.csv line 4, column name: value \"ortho\": the name is already on line 3"_s,
          family10InGroup3, member10InGroup3}},
        {"empty name", u"practice_groups.csv", "2,Ortho", "2,",
         {u"practice_groups.csv line 3, column name: value \"\": Practice group: the name is empty."_s,
          u"patients.csv line 4, column practice_group: value \"2\": there is no practice group 2 in "
          "practice_groups.csv or in the database"_s}},
        {"Default renamed", u"practice_groups.csv", "1,Default", "1,Main",
         {u"practice_groups.csv line 2, column name: value \"Main\": group 1 is named \"Default\" in the database"_s}},
        {"Default made legacy", u"practice_groups.csv", "1,Default,tracked", "1,Default,legacy",
         {u"practice_groups.csv line 2, column ledger: value \"legacy\": group 1 keeps tracked allocations in the "
          "database"_s}},
        {"the database's name under another id", u"practice_groups.csv", "1,Default,tracked", "4,default,tracked",
         {u"practice_groups.csv line 2, column name: value \"default\": the database has this name for group 1"_s}},
        {"unknown group", u"patients.csv", "1975-01-30,1,2", "1975-01-30,1,7",
         {u"patients.csv line 4, column practice_group: value \"7\": there is no practice group 7 in "
          "practice_groups.csv or in the database"_s}},
        {"group not an id", u"patients.csv", "1975-01-30,1,2", "1975-01-30,1,Ortho",
         {u"patients.csv line 4, column practice_group: value \"Ortho\": an id is a positive whole number"_s}},
        {"family members in different groups", u"patients.csv", "2012-09-15,0,3", "2012-09-15,0,1",
         {u"patients.csv line 3, column practice_group: value \"1\": family 10 is placed in practice group 3 on "
          "line 2; every member names the same group"_s}},
        {"an empty group is Default", u"patients.csv", "2012-09-15,0,3", "2012-09-15,0,",
         {u"patients.csv line 3, column practice_group: value \"\": family 10 is placed in practice group 3 on "
          "line 2; every member names the same group"_s}},
        {"split of a legacy family's payment", u"splits.csv", "5001,,11.00,DDS1,MAIN\n",
         "5001,,11.00,DDS1,MAIN\n5003,1003,40.00,,\n",
         {u"splits.csv line 5, column payment_id: value \"5003\": payment 5003 is of family 20, whose practice group "
          "keeps the legacy ledger: its payments are not split"_s}},
    };
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const Row &row : rows) {
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                << backend << QString::fromUtf16(row.file) << row.from << row.to << row.expected;
        }
    }
}

void tst_Import::refusesBadPracticeGroups()
{
    QFETCH(QString, backend);
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);

    Files files = groupedFolder();
    QVERIFY2(files[file].contains(from), from.constData());
    files[file].replace(from, to);
    const QString folder = writeFolder(files);
    QCOMPARE(refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); }), expected);
    for (const QString &table : allTables)
        QCOMPARE(count(*db, table), 0);
    QCOMPARE(groupLines(*db), QStringList{u"1 Default tracked 0"_s});
}

// Members added to a family already stored join its group; naming another is refused.
void tst_Import::storedFamilyKeepsItsGroup_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::storedFamilyKeepsItsGroup()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Importer(*db, u"tester"_s).importFolder(writeFolder(groupedFolder()));

    const QByteArray header = "patient_id,family_id,last_name,first_name,birth_date,guarantor,practice_group\n";
    const Files empty = {{u"charges.csv"_s, "charge_id,patient_id,date,code,description,provider,clinic,amount\n"},
                         {u"adjustments.csv"_s, "adjustment_id,patient_id,date,type,provider,clinic,amount\n"},
                         {u"payments.csv"_s, "payment_id,patient_id,date,amount,method\n"}};
    Files moved = empty;
    moved[u"patients.csv"_s] = header + "103,10,Ortiz,Mia,2015-03-01,0,2\n";
    QCOMPARE(refusalOf([&] { Importer(*db, u"tester"_s).importFolder(writeFolder(moved)); }),
             QStringList{u"patients.csv line 2, column practice_group: value \"2\": family 10 is in practice group 3 "
                         "(\"North\") in the database"_s});

    Files joined = empty;
    joined[u"patients.csv"_s] = header + "103,10,Ortiz,Mia,2015-03-01,0,\n" + "104,10,Ortiz,Max,2016-05-01,0,\n";
    QCOMPARE(Importer(*db, u"tester"_s).importFolder(writeFolder(joined)).patients, 2);
    QCOMPARE(groupLines(*db), (QStringList{u"1 Default tracked 0"_s, u"2 Ortho legacy 1"_s, u"3 North tracked 1"_s}));
}

void tst_Import::refusesBadInput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from"); // empty: the file is left out
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected"); // the start of each message, in order

    struct Row
    {
        const char *tag;
        const char16_t *file;
        QByteArray from;
        QByteArray to;
        QStringList expected;
    };
    const Row rows[] = {
        {"amount with three decimals", u"charges.csv", "MAIN,110.00", "MAIN,12.345",
         {u"charges.csv line 2, column amount: value \"12.345\": "_s}},
        {"amount not a number", u"charges.csv", "MAIN,110.00", "MAIN,abc",
         {u"charges.csv line 2, column amount: value \"abc\": "_s}},
        {"amount with exponent", u"payments.csv", "150.00,Card", "1e3,Card",
         {u"payments.csv line 2, column amount: value \"1e3\": "_s}},
        {"amount empty", u"charges.csv", "MAIN,75.00", "MAIN,",
         {u"charges.csv line 3, column amount: value \"\": "_s}},
        {"split amount with three decimals", u"splits.csv", "5003,1003,40.00", "5003,1003,4.005",
         {u"splits.csv line 6, column amount: value \"4.005\": "_s}},
        {"date not a date", u"charges.csv", "2024-02-01", "2024-02-30",
         {u"charges.csv line 4, column date: value \"2024-02-30\": not a date; write dates as YYYY-MM-DD"_s}},
        {"birth date in another format", u"patients.csv", "1980-04-02", "04/02/1980",
         {u"patients.csv line 2, column birth_date: value \"04/02/1980\": not a date"_s}},
        {"unknown method", u"payments.csv", "Card", "Bitcoin",
         {u"payments.csv line 2, column method: value \"Bitcoin\": not a payment method"_s}},
        {"duplicate charge id", u"charges.csv", "1002,102", "1001,102",
         {u"charges.csv line 3, column charge_id: value \"1001\": charge 1001 is already on line 2"_s,
          u"splits.csv line 3, column charge_id: value \"1002\": there is no charge 1002"_s}},
        {"duplicate payment id", u"payments.csv", "5003,201", "5002,201",
         {u"payments.csv line 4, column payment_id: value \"5002\": payment 5002 is already on line 3"_s,
          u"splits.csv line 6, column payment_id: value \"5003\": payment 5003 is not in payments.csv"_s}},
        {"id not a number", u"patients.csv", "102,10", "1o2,10",
         {u"patients.csv line 3, column patient_id: value \"1o2\": an id is a positive whole number"_s,
          u"charges.csv line 3, column patient_id: value \"102\": there is no patient 102"_s}},
        {"family without a guarantor", u"patients.csv", "Min,1975-01-30,1", "Min,1975-01-30,0",
         {u"patients.csv line 4, column guarantor: value \"0\": family 20 has no guarantor"_s}},
        {"family with two guarantors", u"patients.csv", "Leo,2012-09-15,0", "Leo,2012-09-15,1",
         {u"patients.csv line 3, column guarantor: value \"1\": family 10 already has its guarantor on line 2"_s}},
        {"guarantor flag not 1 or 0", u"patients.csv", "Leo,2012-09-15,0", "Leo,2012-09-15,yes",
         {u"patients.csv line 3, column guarantor: value \"yes\": write 1 for the family's guarantor"_s}},
        {"splits exceed the payment", u"splits.csv", "5001,,11.00", "5001,,12.00",
         {u"splits.csv line 4, column amount: value \"12.00\": the splits of payment 5001 add up to 151.00, "
          "more than its amount 150.00"_s}},
        {"split of the opposite sign", u"splits.csv", "5003,1003,40.00", "5003,1003,-40.00",
         {u"splits.csv line 6, column amount: value \"-40.00\": the sign is not that of payment 5003 (40.00)"_s}},
        {"split of 0.00 to a charge", u"splits.csv", "5003,1003,40.00", "5003,1003,0.00",
         {u"splits.csv line 6, column amount: value \"0.00\": a split to a charge may not be 0.00"_s}},
        {"payment of 0.00", u"payments.csv", "150.00,Card", "0.00,Card",
         {u"payments.csv line 2, column amount: value \"0.00\": a payment of 0.00 moves no money"_s}},
        {"duplicate patient id", u"patients.csv", "102,10", "101,10",
         {u"patients.csv line 3, column patient_id: value \"101\": patient 101 is already on line 2"_s,
          u"charges.csv line 3, column patient_id: value \"102\": there is no patient 102"_s}},
        {"split to an unknown charge", u"splits.csv", "5001,1001,99.00", "5001,1999,99.00",
         {u"splits.csv line 2, column charge_id: value \"1999\": there is no charge 1999"_s}},
        {"split to another family's charge", u"splits.csv", "5003,1003", "5003,1002",
         {u"splits.csv line 6, column charge_id: value \"1002\": charge 1002 belongs to family 10, payment 5003 to family 20"_s}},
        {"split of an unknown payment", u"splits.csv", "5003,1003", "5009,1003",
         {u"splits.csv line 6, column payment_id: value \"5009\": payment 5009 is not in payments.csv"_s}},
        {"split provider is not the charge's", u"splits.csv", "5001,1002,40.00,DDS1", "5001,1002,40.00,MD1",
         {u"splits.csv line 3, column provider: value \"MD1\": charge 1002 is by provider DDS1"_s}},
        {"charge for an unknown patient", u"charges.csv", "1003,201", "1003,999",
         {u"charges.csv line 4, column patient_id: value \"999\": there is no patient 999 in patients.csv or in the database"_s}},
        {"adjustment on an unknown charge", u"adjustments.csv", "-11.00,1001", "-11.00,1888",
         {u"adjustments.csv line 2, column charge_id: value \"1888\": there is no charge 1888"_s}},
        {"empty provider", u"charges.csv", "adult,DDS1,MAIN", "adult,,MAIN",
         {u"charges.csv line 2, column provider: value \"\": this column may not be empty"_s}},
        {"negative charge", u"charges.csv", "MAIN,75.00", "MAIN,-75.00",
         {u"charges.csv line 3, column amount: value \"-75.00\": The charge amount -75.00 is negative: a charge may be "
          "0.00 but never less"_s}},
        {"unquoted comma in a value", u"payments.csv", "150.00,Card", "150.00,Card,Visa",
         {u"payments.csv line 2: 7 values, where the header line has 6 columns"_s}},
        {"record short of a value", u"charges.csv", "MAIN,110.00", "MAIN",
         {u"charges.csv line 2: 7 values, where the header line has 8 columns"_s,
          u"charges.csv line 2, column amount: value \"\": "_s}},
        {"every bad row is named", u"charges.csv", "MAIN,110.00\n1002,102,2024-01-10", "MAIN,abc\n1002,102,2024-01-99",
         {u"charges.csv line 2, column amount: value \"abc\": "_s,
          u"charges.csv line 3, column date: value \"2024-01-99\": "_s}},
        {"quote left open", u"payments.csv", "VISA 4242", "\"VISA 4242",
         {u"payments.csv line 2: a quoted field is not closed"_s}},
        {"missing file", u"adjustments.csv", {}, {}, {u"The import folder "_s}},
        {"missing column", u"charges.csv", "clinic,amount\n", "clinic\n", {u"charges.csv has no column amount"_s}},
    };
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const Row &row : rows) {
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                << backend << QString::fromUtf16(row.file) << row.from << row.to << row.expected;
        }
    }
}

void tst_Import::refusesBadInput()
{
    QFETCH(QString, backend);
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);

    Files files = goodFolder();
    if (from.isEmpty()) {
        files.remove(file);
    } else {
        QVERIFY2(files[file].contains(from), from.constData());
        files[file].replace(from, to);
    }
    const QString folder = writeFolder(files);
    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });

    QVERIFY2(messages.size() == expected.size(), qPrintable(messages.join(u'\n')));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(messages.at(i).startsWith(expected.at(i)), qPrintable(messages.at(i)));
    if (from.isEmpty())
        QVERIFY2(messages.constFirst().contains(file), qPrintable(messages.constFirst()));
    for (const QString &table : allTables)
        QCOMPARE(count(*db, table), 0);
}

void tst_Import::negativePaymentSplitsAreMirrored_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("split");
    QTest::addColumn<QStringList>("expected");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("within the refund/%s", qPrintable(backend)) << backend << QByteArray("5003,1003,-30.00") << QStringList();
        QTest::addRow("beyond the refund/%s", qPrintable(backend))
            << backend << QByteArray("5003,1003,-50.00")
            << QStringList{u"splits.csv line 6, column amount: value \"-50.00\": the splits of payment 5003 add up to "
                           "-50.00, more than its amount -40.00"_s};
        QTest::addRow("positive split/%s", qPrintable(backend))
            << backend << QByteArray("5003,1003,30.00")
            << QStringList{u"splits.csv line 6, column amount: value \"30.00\": the sign is not that of payment 5003 (-40.00)"_s};
    }
}

// A negative payment (money returned in the old system) may carry negative splits, up to its amount.
void tst_Import::negativePaymentSplitsAreMirrored()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, split);
    QFETCH(QStringList, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Files files = goodFolder();
    files[u"payments.csv"_s].replace("5003,201,2024-02-15,40.00", "5003,201,2024-02-15,-40.00");
    files[u"splits.csv"_s].replace("5003,1003,40.00", split);
    const QString folder = writeFolder(files);

    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });
    QCOMPARE(messages, expected);
    if (expected.isEmpty())
        QCOMPARE(chargeBalance(AccountReader(*db).load(20), 1003), u"55.00"_s); // 125.00 - 100.00 + 30.00
}

void tst_Import::refusesMissingFolder()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const QString folder = m_dir.filePath(u"no-such-folder"_s);
    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(QDir::toNativeSeparators(folder)), qPrintable(messages.constFirst()));
}

void tst_Import::secondImportOfSameFolderIsRefused_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::secondImportOfSameFolderIsRefused()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const QString folder = writeFolder(goodFolder());
    Importer(*db, u"tester"_s).importFolder(folder);

    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });
    QVERIFY(messages.contains(u"patients.csv line 2, column patient_id: value \"101\": this id is already in the "
                              "database; each record can be imported once"_s));
    QVERIFY(messages.contains(u"payments.csv line 4, column payment_id: value \"5003\": this id is already in the "
                              "database; each record can be imported once"_s));
    QVERIFY(messages.contains(u"patients.csv line 2, column guarantor: value \"1\": family 10 already has a guarantor "
                              "in the database: patient 101"_s));
    // Every patient, charge, adjustment and payment, and both families' guarantors.
    QCOMPARE(messages.size(), 3 + 4 + 1 + 3 + 2);
    QCOMPARE(count(*db, u"charges"_s), 4);
    QCOMPARE(count(*db, u"allocations"_s), 4);
    QCOMPARE(count(*db, u"audit_log"_s), 1);
}

void tst_Import::secondImportAddsToFirst_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::secondImportAddsToFirst()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Importer(*db, u"tester"_s).importFolder(writeFolder(goodFolder()));

    // A new member of family 10, a new family 30, and payments to charges of both imports.
    const Files more{
        {u"patients.csv"_s, "patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                            "103,10,Ortiz,Mia,2015-03-03,0\n"
                            "301,30,Diaz,Eva,1990-07-07,1\n"},
        {u"charges.csv"_s, "charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                           "1005,103,2024-03-01,D1120,Prophylaxis - child,DDS1,MAIN,75.00\n"
                           "1006,301,2024-03-02,D0150,Comprehensive evaluation,DDS1,MAIN,95.00\n"},
        {u"adjustments.csv"_s, "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n"},
        {u"payments.csv"_s, "payment_id,patient_id,date,amount,method,reference\n"
                            "5004,101,2024-03-01,110.00,portal,PORTAL-1\n"},
        {u"splits.csv"_s, "payment_id,charge_id,amount,provider,clinic\n"
                          "5004,1002,35.00,,\n"
                          "5004,1005,75.00,,\n"},
    };
    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(writeFolder(more));
    QCOMPARE(summary.families, 1);
    QCOMPARE(summary.patients, 2);

    const AccountReader reader(*db);
    const FamilyAccount ortiz = reader.load(10);
    QCOMPARE(ortiz.members.size(), 3);
    QCOMPARE(ortiz.balance().toString(), u"-11.00"_s);
    QCOMPARE(ortiz.unallocated().toString(), u"11.00"_s);
    QCOMPARE(chargeBalance(ortiz, 1002), u"0.00"_s);
    QCOMPARE(chargeBalance(ortiz, 1005), u"0.00"_s);
    const FamilyAccount diaz = reader.load(30);
    QCOMPARE(diaz.guarantor()->id, 301);
    QCOMPARE(diaz.balance().toString(), u"95.00"_s);

    QCOMPARE(count(*db, u"families"_s), 3);
    QCOMPARE(count(*db, u"providers"_s), 2); // DDS1 was reused, not created again
    QCOMPARE(count(*db, u"allocations"_s), 6);
    QCOMPARE(count(*db, u"audit_log"_s), 2);
    QCOMPARE(verifyMessages(*db, VerifyIssue::Severity::Error), QStringList());
    Transaction tx(*db);
    QVERIFY(db->reserveIds(u"payments"_s) > 5004);
    QVERIFY(db->reserveIds(u"families"_s) > 30);
}

void tst_Import::demoRoundTrip_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// A generated practice written directly and the same practice sent through the import
// folder must show the same accounts. The format carries splits to charges only, so a
// prepayment (unearned) comes back as unallocated credit: their sum is what must match.
void tst_Import::demoRoundTrip()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto direct = m_dbs.fresh(backend);
    const auto imported = m_dbs.fresh(backend);
    const QDate today(2025, 6, 30);
    const LedgerBatch batch = DemoPractice::generate(*direct, 200, 7, today);
    QCOMPARE(batch.families.size(), 200);
    BatchWriter::write(*direct, batch, u"tester"_s, u"demo"_s);
    const QString folder = m_dir.filePath(u"roundtrip-"_s + backend);
    ImportFolderWriter::write(batch, folder);
    const ImportSummary summary = Importer(*imported, u"tester"_s).importFolder(folder);
    QCOMPARE(summary.families, batch.families.size());
    QCOMPARE(summary.patients, batch.patients.size());
    QCOMPARE(summary.charges, batch.charges.size());
    QCOMPARE(summary.adjustments, batch.adjustments.size());
    QCOMPARE(summary.payments, batch.payments.size());

    Money balance, credit, unearned;
    int unallocatedPayments = 0;
    // The shape of a practice: families at zero or owing for recent visits, about one in ten
    // holding credit and owing nothing, about one in twenty with credit while charges are
    // open (the desk's auto-allocate has work).
    int settled = 0, owing = 0, holdingCredit = 0, creditWhileOwing = 0;
    const AccountReader fromDirect(*direct);
    const AccountReader fromImport(*imported);
    for (const qint64 family : batch.families) {
        const FamilyAccount a = fromDirect.load(family);
        const FamilyAccount b = fromImport.load(family);
        QCOMPARE(b.members.size(), a.members.size());
        QVERIFY(a.guarantor());
        QCOMPARE(b.guarantor()->id, a.guarantor()->id);
        QCOMPARE(b.charges.size(), a.charges.size());
        QCOMPARE(b.payments.size(), a.payments.size());
        QCOMPARE(b.balance().toString(), a.balance().toString());
        QCOMPARE((b.unallocated() + b.unearned()).toString(), (a.unallocated() + a.unearned()).toString());
        for (const ChargeLine &line : a.charges) {
            QVERIFY(line.charge.date <= today);
            QVERIFY2(!line.balance().isNegative(), "a generated charge is never overpaid");
            QCOMPARE(chargeBalance(b, line.charge.id), line.balance().toString());
        }
        for (const PaymentLine &line : a.payments) {
            QVERIFY(!line.unallocated().isNegative());
            if (line.unallocated().isPositive())
                ++unallocatedPayments;
        }
        const bool owes = std::any_of(a.charges.cbegin(), a.charges.cend(),
                                      [](const ChargeLine &line) { return line.balance().isPositive(); });
        const bool holds = (a.unallocated() + a.unearned()).isPositive();
        if (holds)
            ++(owes ? creditWhileOwing : holdingCredit);
        else
            ++(owes ? owing : settled);
        // Nobody pays far beyond what was billed: only credit holders are below zero.
        QVERIFY(!a.balance().isNegative() || holds);
        balance += a.balance();
        credit += a.unallocated();
        unearned += a.unearned();
    }
    const QString shape = u"settled %1, owing %2, holding credit %3, credit while owing %4"_s.arg(settled)
                                  .arg(owing)
                                  .arg(holdingCredit)
                                  .arg(creditWhileOwing);
    QVERIFY2(settled + owing >= 150 && settled >= 40 && owing >= 40, qPrintable(shape));
    QVERIFY2(holdingCredit >= 10 && holdingCredit <= 30, qPrintable(shape));
    QVERIFY2(creditWhileOwing >= 4 && creditWhileOwing <= 20, qPrintable(shape));
    // The generator exercised every path: money owed, credit left, prepayments kept.
    QVERIFY(balance.isPositive());
    QVERIFY(credit.isPositive());
    QVERIFY(unearned.isPositive());
    QVERIFY(unallocatedPayments > 0);
    QCOMPARE(count(*imported, u"charges"_s), count(*direct, u"charges"_s));
    QCOMPARE(count(*imported, u"adjustments"_s), count(*direct, u"adjustments"_s));
    QCOMPARE(verifyMessages(*direct, VerifyIssue::Severity::Error), QStringList());
    QCOMPARE(verifyMessages(*direct, VerifyIssue::Severity::Warning), QStringList());
    QCOMPARE(verifyMessages(*imported, VerifyIssue::Severity::Error), QStringList());
    QCOMPARE(verifyMessages(*imported, VerifyIssue::Severity::Warning), QStringList());
}

void tst_Import::demoIsDeterministic()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const QDate today(2025, 6, 30);
    const auto folderOf = [&](quint32 seed) {
        const QString folder = m_dir.filePath(u"demo-%1-%2"_s.arg(seed).arg(++m_folders));
        ImportFolderWriter::write(DemoPractice::generate(*db, 50, seed, today), folder);
        Files files;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QFile file(QDir(folder).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            files.insert(name, file.readAll());
        }
        return files;
    };
    const Files first = folderOf(3);
    QCOMPARE(first.size(), 5);
    QCOMPARE(folderOf(3), first);
    QVERIFY(folderOf(4) != first);
}

void tst_Import::bigBatchKeepsIndexes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("fails");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("written/%s", qPrintable(backend)) << backend << false;
        QTest::addRow("fails mid-way on a duplicate payment id/%s", qPrintable(backend)) << backend << true;
    }
}

// A batch of 50,000 rows or more is written on SQLite with the indexes of its tables dropped
// and built again before the commit: after it, or after its failure, every index is there
// as the schema made it.
void tst_Import::bigBatchKeepsIndexes()
{
    QFETCH(QString, backend);
    QFETCH(bool, fails);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const QStringList before = indexes(*db);
    const QStringList keysBefore = foreignKeys(*db);
    QVERIFY2(keysBefore.filter(u"allocations: "_s).size() >= 8, qPrintable(keysBefore.join(u'\n')));
    QVERIFY2(before.filter(u"payments_patient"_s).size() == 1, qPrintable(before.join(u'\n')));
    QVERIFY2(before.filter(u"allocations_charge"_s).size() == 1, qPrintable(before.join(u'\n')));

    LedgerBatch batch = DemoPractice::generate(*db, 2000, 11, QDate(2025, 6, 30));
    const qsizetype rows = batch.families.size() + batch.patients.size() + batch.charges.size()
        + batch.adjustments.size() + batch.payments.size() + batch.allocations.size();
    QVERIFY2(rows >= 50000, qPrintable(QString::number(rows)));
    if (fails) {
        const qsizetype middle = batch.payments.size() / 2;
        batch.payments[middle].id = batch.payments.at(middle - 1).id;
        QVERIFY_THROWS_EXCEPTION(StorageError, BatchWriter::write(*db, batch, u"tester"_s, u"demo"_s));
        for (const QString &table : allTables)
            QCOMPARE(count(*db, table), 0);
    } else {
        BatchWriter::write(*db, batch, u"tester"_s, u"demo"_s);
        QCOMPARE(count(*db, u"payments"_s), batch.payments.size());
        QCOMPARE(count(*db, u"allocations"_s), batch.allocations.size());
    }
    QCOMPARE(indexes(*db), before);
    // PostgreSQL loads the batch without its foreign keys and adds them back.
    QCOMPARE(foreignKeys(*db), keysBefore);
}

void tst_Import::demoAddsAboveExistingIds()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    Importer(*db, u"tester"_s).importFolder(writeFolder(goodFolder()));
    const LedgerBatch batch = DemoPractice::generate(*db, 3, 1, QDate(2025, 6, 30));
    QVERIFY(batch.families.constFirst() > 20);
    QVERIFY(batch.patients.constFirst().id > 201);
    QVERIFY(batch.charges.constFirst().id > 1004);
    QVERIFY(batch.payments.constFirst().id > 5003);
    BatchWriter::write(*db, batch, u"tester"_s, u"demo"_s);
    // The practice's providers and clinics are reused by code.
    QCOMPARE(count(*db, u"providers"_s), 3);
    QCOMPARE(count(*db, u"clinics"_s), 2);
    QCOMPARE(count(*db, u"families"_s), 5);
}

// The benchmark makes and writes a large practice a slice of families at a time: the
// folder is the one the whole practice makes at once.
void tst_Import::demoInSlicesIsTheWholeDemo()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const QDate today(2025, 6, 30);
    const auto read = [](const QString &folder) {
        Files files;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QFile file(QDir(folder).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            files.insert(name, file.readAll());
        }
        return files;
    };
    const QString whole = m_dir.filePath(u"whole-%1"_s.arg(++m_folders));
    ImportFolderWriter::write(DemoPractice::generate(*db, 120, 5, today), whole);
    const QString sliced = m_dir.filePath(u"sliced-%1"_s.arg(++m_folders));
    {
        DemoPractice practice(*db, 5, today);
        ImportFolderWriter writer(sliced);
        for (const int families : {1, 50, 0, 69})
            writer.append(practice.next(families));
        writer.finish();
    }
    const Files files = read(whole);
    QCOMPARE(files.size(), 5);
    QCOMPARE(read(sliced), files);
}

void tst_Import::demoAddedInSlicesIsTheWholeDemo_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("families");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("%s: small batch", qPrintable(backend)) << backend << 30;
        // Two slices and part of a third; more than 50,000 rows (the big-batch path).
        QTest::addRow("%s: big batch in slices", qPrintable(backend)) << backend << 2300;
    }
}

// DemoPractice::add writes the practice a slice of families at a time: the database ends
// as when the whole practice is made and then written as one batch.
void tst_Import::demoAddedInSlicesIsTheWholeDemo()
{
    QFETCH(QString, backend);
    QFETCH(int, families);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QDate today(2025, 6, 30);
    const auto whole = m_dbs.fresh(backend);
    const LedgerBatch batch = DemoPractice::generate(*whole, families, 3, today);
    BatchWriter::write(*whole, batch, u"tester"_s, u"demo"_s);
    const auto sliced = m_dbs.fresh(backend);
    const DemoPractice::Added added = DemoPractice::add(*sliced, u"tester"_s, families, 3, today);
    QCOMPARE(added.families, batch.families.size());
    QCOMPARE(added.patients, batch.patients.size());
    QCOMPARE(added.providers, batch.providers.size());
    QCOMPARE(added.clinics, batch.clinics.size());
    QCOMPARE(added.charges, batch.charges.size());
    QCOMPARE(added.adjustments, batch.adjustments.size());
    QCOMPARE(added.payments, batch.payments.size());
    QCOMPARE(added.allocations, batch.allocations.size());
    const auto rows = [](const Database &db, const QString &sql) {
        SqlQuery q = db.query();
        q.prepare(sql).exec();
        QStringList list;
        while (q.next())
            list.append(q.text(0));
        return list;
    };
    const QStringList digests{
        u"SELECT id || ' ' || family_id || ' ' || search_name || ' ' || birth_date FROM patients ORDER BY id"_s,
        u"SELECT id || ' ' || patient_id || ' ' || date || ' ' || code || ' ' || amount_cents FROM charges ORDER BY id"_s,
        u"SELECT id || ' ' || charge_id || ' ' || amount_cents FROM adjustments ORDER BY id"_s,
        u"SELECT id || ' ' || patient_id || ' ' || date || ' ' || method || ' ' || amount_cents FROM payments ORDER BY id"_s,
        u"SELECT id || ' ' || payment_id || ' ' || target || ' ' || COALESCE(charge_id, 0) || ' ' || amount_cents"
        " FROM allocations ORDER BY id"_s,
        u"SELECT action || ' ' || entity_id || ' ' || after_data FROM audit_log WHERE entity <> 'procedure_code'"
        " ORDER BY id"_s,
    };
    for (const QString &sql : digests)
        QCOMPARE(rows(*sliced, sql), rows(*whole, sql));
    // The demo also brings the fee schedule its charges come from, so that the desk completes them.
    const QStringList codes = rows(*sliced, u"SELECT DISTINCT code FROM charges ORDER BY code"_s);
    QCOMPARE(rows(*sliced, u"SELECT code FROM procedure_codes WHERE code IN (SELECT code FROM charges) ORDER BY code"_s),
             codes);
    QCOMPARE(verifyMessages(*sliced, VerifyIssue::Severity::Error), QStringList());
}

namespace {

QString pragma(const Database &db, const QString &name)
{
    SqlQuery q = db.query();
    q.prepare(u"PRAGMA %1"_s.arg(name)).exec();
    return q.next() ? q.text(0) : QString();
}

// Every row whose reference has no row to point at, as SQLite finds them.
QStringList danglingReferences(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"PRAGMA foreign_key_check"_s).exec();
    QStringList rows;
    while (q.next())
        rows.append(u"%1 row %2 -> %3"_s.arg(q.text(0), q.text(1), q.text(2)));
    return rows;
}

} // namespace

void tst_Import::bigBatchRestoresConnectionSettings_data()
{
    QTest::addColumn<bool>("fails");
    QTest::newRow("written") << false;
    QTest::newRow("fails mid-way on a duplicate payment id") << true;
}

// A big batch is loaded on SQLite without per-row foreign key and CHECK constraint checks
// and with its sorts on temporary files; afterwards, written or not, the connection checks
// and sorts as Database set it up.
void tst_Import::bigBatchRestoresConnectionSettings()
{
    QFETCH(bool, fails);
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const QStringList names{u"foreign_keys"_s, u"ignore_check_constraints"_s, u"temp_store"_s};
    QStringList before;
    for (const QString &name : names)
        before.append(pragma(*db, name));
    QCOMPARE(before, (QStringList{u"1"_s, u"0"_s, u"2"_s}));

    LedgerBatch batch = DemoPractice::generate(*db, 2000, 11, QDate(2025, 6, 30));
    if (fails) {
        const qsizetype middle = batch.payments.size() / 2;
        batch.payments[middle].id = batch.payments.at(middle - 1).id;
        QVERIFY_THROWS_EXCEPTION(StorageError, BatchWriter::write(*db, batch, u"tester"_s, u"demo"_s));
    } else {
        BatchWriter::write(*db, batch, u"tester"_s, u"demo"_s);
    }
    QStringList after;
    for (const QString &name : names)
        after.append(pragma(*db, name));
    QCOMPARE(after, before);
    // The constraints are back: a payment of a patient that does not exist is refused.
    SqlQuery insert = db->query();
    insert.prepare(u"INSERT INTO payments (id, patient_id, date, amount_cents, method, reference, note, kind,"
                   " created_by, created_at) VALUES (999999999, 999999999, '2025-01-01', 100, 'cash', '', '',"
                   " 'payment', 'tester', '2025-01-01T00:00:00Z')"_s);
    QVERIFY_THROWS_EXCEPTION(StorageError, insert.exec());
}

void tst_Import::bigImportKeepsEveryReference_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// An import big enough to be loaded without per-row reference checks leaves none dangling,
// on top of what was there, and adds up.
void tst_Import::bigImportKeepsEveryReference()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Importer(*db, u"tester"_s).importFolder(writeFolder(goodFolder()));
    const LedgerBatch batch = DemoPractice::generate(*db, 2000, 13, QDate(2025, 6, 30));
    const QString folder = m_dir.filePath(u"big-%1"_s.arg(++m_folders));
    ImportFolderWriter::write(batch, folder);
    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(folder);
    QVERIFY2(summary.rows() >= 50000, qPrintable(QString::number(summary.rows())));
    QCOMPARE(count(*db, u"payments"_s), 3 + batch.payments.size());
    if (!db->isPostgres())
        QCOMPARE(danglingReferences(*db), QStringList());
    QCOMPARE(verifyMessages(*db, VerifyIssue::Severity::Error), QStringList());
}

void tst_Import::failedWriteLeavesNothing_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// The database refuses a row in the middle of the second pass (here a trigger does): the
// import stops with the database's error, nothing stays, and the connection imports the
// folder once the refusal is gone.
void tst_Import::failedWriteLeavesNothing()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const LedgerBatch batch = DemoPractice::generate(*db, 2000, 17, QDate(2025, 6, 30));
    const QString folder = m_dir.filePath(u"refused-%1"_s.arg(++m_folders));
    ImportFolderWriter::write(batch, folder);
    const qint64 refused = batch.payments.at(batch.payments.size() / 2).id;
    if (db->isPostgres()) {
        db->execute(u"CREATE FUNCTION refuse_payment() RETURNS trigger AS $$ BEGIN"
                    " IF NEW.id = %1 THEN RAISE EXCEPTION 'payment refused'; END IF; RETURN NEW; END"
                    " $$ LANGUAGE plpgsql"_s.arg(refused));
        db->execute(u"CREATE TRIGGER refuse_payment BEFORE INSERT ON payments FOR EACH ROW"
                    " EXECUTE FUNCTION refuse_payment()"_s);
    } else {
        db->execute(u"CREATE TRIGGER refuse_payment BEFORE INSERT ON payments WHEN NEW.id = %1"
                    " BEGIN SELECT RAISE(ABORT, 'payment refused'); END"_s.arg(refused));
    }

    QString message;
    try {
        Importer(*db, u"tester"_s).importFolder(folder);
    } catch (const StorageError &error) {
        message = error.message();
    }
    QVERIFY2(message.contains(u"payment refused"_s), qPrintable(message));
    // PostgreSQL's COPY says which of the payments it was, counted from the first written.
    if (db->isPostgres())
        QVERIFY2(message.startsWith(u"payments: row %1: "_s.arg(batch.payments.size() / 2 + 1)), qPrintable(message));
    for (const QString &table : allTables)
        QCOMPARE(count(*db, table), 0);
    if (!db->isPostgres())
        QCOMPARE(pragma(*db, u"foreign_keys"_s), u"1"_s);

    db->execute(u"DROP TRIGGER refuse_payment%1"_s.arg(db->isPostgres() ? u" ON payments"_s : QString()));
    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(folder);
    QCOMPARE(summary.payments, batch.payments.size());
    QCOMPARE(count(*db, u"payments"_s), batch.payments.size());
}

namespace {

// Every row of every table, each value as text (NULL spelled out), in key order.
QStringList everyRow(const Database &db)
{
    QSqlQuery tables(db.connection());
    tables.exec(db.isPostgres() ? u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"_s
                                : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList rows;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.isNull(i) ? u"NULL"_s : q.value(i).toString());
            rows.append(values.join(u'|'));
        }
    }
    return rows;
}

} // namespace

// The same folders give the same rows on both databases, PostgreSQL's written through COPY:
// text with the characters COPY escapes, empty references, ids as the files give them.
void tst_Import::sameRowsOnBothBackends()
{
    PAYDESK_REQUIRE_BACKEND(u"postgresql"_s);
    const Clock::Override clock(QDateTime(QDate(2025, 7, 1), QTime(9, 30), Qt::UTC));
    Files files = goodFolder();
    files[u"patients.csv"_s] = "patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                               "101,10,\"O'Brien \"\"Jr\"\"\",José,1980-04-02,1\n"
                               "102,10,\"Back\\slash \\N\",Ñandú,2012-09-15,0\n"
                               "201,20,Kim,\"Min, \\t\",1975-01-30,1\n";
    files[u"charges.csv"_s].replace("Crown", "\"Crown \\ bridge, \"\"upper\"\"\"");
    files[u"payments.csv"_s].replace("CHK 1001", "CHK\\1001 é");
    const QString fixture = writeFolder(files);

    const auto sqlite = m_dbs.fresh(u"sqlite"_s);
    const auto postgres = m_dbs.fresh(u"postgresql"_s);
    Importer(*sqlite, u"tester"_s).importFolder(fixture);
    // Then a practice big enough for the big-batch path, numbered above the fixture.
    const LedgerBatch batch = DemoPractice::generate(*sqlite, 1500, 23, QDate(2025, 6, 30));
    const QString demo = m_dir.filePath(u"same-%1"_s.arg(++m_folders));
    ImportFolderWriter::write(batch, demo);
    Importer(*sqlite, u"tester"_s).importFolder(demo);
    Importer(*postgres, u"tester"_s).importFolder(fixture);
    Importer(*postgres, u"tester"_s).importFolder(demo);

    const QStringList expected = everyRow(*sqlite);
    QVERIFY(expected.size() > 10000);
    QCOMPARE(everyRow(*postgres), expected);
    QCOMPARE(verifyMessages(*postgres, VerifyIssue::Severity::Error), QStringList());
    QCOMPARE(verifyMessages(*sqlite, VerifyIssue::Severity::Error), QStringList());
}

// procedure_codes.csv adds codes, replaces the description and fee of a code the table
// has, and gives its description to a charge that has none.
void tst_Import::procedureCodes_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::procedureCodes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    ProcedureCodes codes(*db);
    codes.add(u"tester"_s, {u"D0120"_s, u"Old wording"_s, Money::fromCents(1000)});

    Files files = goodFolder();
    files[u"procedure_codes.csv"_s] = "code,description,fee\n"
                                      "D1110,Prophylaxis - adult,95.00\n"
                                      "D9986,Missed appointment,\n"
                                      "d0120,Periodic oral evaluation,\"1,055.00\"\n";
    files[u"charges.csv"_s] += "1005,201,2024-02-21,D9986,,DDS1,NORTH,25.00\n"
                               "1006,201,2024-02-21,X999,,DDS1,NORTH,5.00\n";
    const ImportSummary summary = Importer(*db, u"tester"_s).importFolder(writeFolder(files));
    QCOMPARE(summary.procedureCodes, 3);

    QStringList listed;
    for (const ProcedureCode &code : codes.list())
        listed << u"%1|%2|%3"_s.arg(code.code, code.description, code.fee ? code.fee->toString() : u"none"_s);
    QCOMPARE(listed, (QStringList{u"D0120|Periodic oral evaluation|1055.00"_s, u"D1110|Prophylaxis - adult|95.00"_s,
                                  u"D9986|Missed appointment|none"_s}));
    const FamilyAccount kim = AccountReader(*db).load(20);
    QCOMPARE(kim.charge(1005)->charge.description, u"Missed appointment"_s);
    QCOMPARE(kim.charge(1006)->charge.description, QString()); // a code the table lacks is still taken
    QCOMPARE(kim.charge(1003)->charge.description, u"Office visit"_s);
    QCOMPARE(count(*db, u"audit_log WHERE entity = 'procedure_code'"_s), 4);
}

void tst_Import::refusesBadProcedureCodes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("codes");
    QTest::addColumn<QStringList>("expected");

    const struct
    {
        const char *tag;
        QByteArray codes;
        QStringList expected;
    } rows[] = {
        {"empty description", "D1110,,95.00\n",
         {u"procedure_codes.csv line 2, column description: value \"\": this column may not be empty"_s}},
        {"empty code", ",Exam,95.00\n", {u"procedure_codes.csv line 2, column code: value \"\": this column may not be empty"_s}},
        {"fee not an amount", "D1110,Prophylaxis,abc\n", {u"procedure_codes.csv line 2, column fee: value \"abc\": "_s}},
        {"negative fee", "D1110,Prophylaxis,-5.00\n",
         {u"procedure_codes.csv line 2: The fee -5.00 of procedure code \"D1110\" is negative."_s}},
        {"code twice, in another case", "D1110,Prophylaxis,95.00\nd1110,Cleaning,90.00\n",
         {u"procedure_codes.csv line 3, column code: value \"d1110\": code d1110 is already on line 2"_s}},
        {"code too long", "D1110-AND-SOME-MORE-TEXT,Prophylaxis,95.00\n",
         {u"procedure_codes.csv line 2: The procedure code \"D1110-AND-SOME-MORE-TEXT\" is longer than 20 characters."_s}},
        {"every bad row is named", "D1110,,95.00\nD1120,Prophylaxis - child,-1.00\n",
         {u"procedure_codes.csv line 2, column description"_s, u"procedure_codes.csv line 3: The fee -1.00"_s}},
    };
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.codes << row.expected;
    }
}

void tst_Import::refusesBadProcedureCodes()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, codes);
    QFETCH(QStringList, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Files files = goodFolder();
    files[u"procedure_codes.csv"_s] = "code,description,fee\n" + codes;
    const QString folder = writeFolder(files);
    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });
    QVERIFY2(messages.size() == expected.size(), qPrintable(messages.join(u'\n')));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(messages.at(i).startsWith(expected.at(i)), qPrintable(messages.at(i)));
    for (const QString &table : allTables + QStringList{u"procedure_codes"_s})
        QCOMPARE(count(*db, table), 0);
}

// A type the practice's table lacks joins it with sign "either" instead of refusing the rows.
void tst_Import::addsAdjustmentTypes_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::addsAdjustmentTypes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Files files = goodFolder();
    files[u"adjustments.csv"_s] += "3002,102,2024-01-12,courtesy_credit,DDS1,MAIN,-5.00,1002\n"
                                   "3003,201,2024-02-02,Courtesy_Credit,MD1,NORTH,2.00,\n"
                                   "3004,201,2024-02-02,DISCOUNT,MD1,NORTH,-1.00,\n";
    Importer(*db, u"tester"_s).importFolder(writeFolder(files));

    AdjustmentTypes types(*db);
    const std::optional<AdjustmentType> added = types.find(u"courtesy_credit"_s);
    QVERIFY(added);
    QCOMPARE(added->name, u"Courtesy credit"_s);
    QCOMPARE(added->sign, AdjustmentSign::Either);
    QCOMPARE(types.find(u"discount"_s)->sign, AdjustmentSign::Lowers); // a known type keeps its sign
    QCOMPARE(types.list().size(), 5);
    // The desk and the CLI take it from now on, either way.
    Adjustment a;
    a.patientId = 201;
    a.date = QDate(2024, 3, 1);
    a.type = u"courtesy_credit"_s;
    a.amount = Money::fromCents(300);
    a.chargeId = 1004;
    QVERIFY(ChargeEntry(*db, u"tester"_s).addAdjustment(a) > 0);
    QCOMPARE(verifyMessages(*db, VerifyIssue::Severity::Error), QStringList());
}

// The closed period is closed to an import too: every entry dated in it is named.
void tst_Import::refusesClosedPeriod_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::refusesClosedPeriod()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    PracticeSettings(*db).set(u"tester"_s, u"ledger.lock_date"_s, u"2024-01-12"_s);
    Files files = goodFolder();
    files[u"claims.csv"_s] = "claim_id,patient_id,date,payer,status\n70,101,2024-01-11,Delta,received\n";
    files[u"claim_procs.csv"_s] = "claim_id,charge_id,ins_paid,writeoff\n70,1001,10.00,0.00\n";
    files[u"claim_payments.csv"_s] = "claim_id,date,amount\n70,2024-01-13,5.00\n";
    const QString folder = writeFolder(files);
    const QString closed = u"on or before the lock date 2024-01-12 (ledger.lock_date): that period is closed"_s;
    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });
    QCOMPARE(messages, (QStringList{u"charges.csv line 2, column date: value \"2024-01-10\": "_s + closed,
                                    u"charges.csv line 3, column date: value \"2024-01-10\": "_s + closed,
                                    u"adjustments.csv line 2, column date: value \"2024-01-12\": "_s + closed,
                                    u"payments.csv line 2, column date: value \"2024-01-10\": "_s + closed,
                                    u"claims.csv line 2, column date: value \"2024-01-11\": "_s + closed}));
    // The setting's own audit row is all there is.
    for (const QString &table : allTables)
        QCOMPARE(count(*db, table), table == u"audit_log" || table == u"id_counters" ? 1 : 0);
}

// A charge voided after its import takes no adjustment, split or claim procedure from a
// later one.
void tst_Import::refusesMoreOnVoidedCharge_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Import::refusesMoreOnVoidedCharge()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    Importer(*db, u"tester"_s).importFolder(writeFolder(goodFolder()));
    ItemVoider(*db, u"tester"_s).voidCharge(1004, u"never done"_s);
    const Files later = {
        {u"patients.csv"_s, "patient_id,family_id,last_name,first_name,birth_date,guarantor\n"},
        {u"charges.csv"_s, "charge_id,patient_id,date,code,description,provider,clinic,amount\n"},
        {u"adjustments.csv"_s, "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n"
                               "3101,201,2024-03-01,discount,DDS1,NORTH,-10.00,1004\n"},
        {u"payments.csv"_s, "payment_id,patient_id,date,amount,method,reference\n5101,201,2024-03-01,30.00,cash,\n"},
        {u"splits.csv"_s, "payment_id,charge_id,amount\n5101,1004,30.00\n"},
        {u"claims.csv"_s, "claim_id,patient_id,date,payer,status,provider,clinic\n71,201,2024-03-01,Delta,received,DDS1,NORTH\n"},
        {u"claim_procs.csv"_s, "claim_id,charge_id,ins_paid,writeoff\n71,1004,10.00,0.00\n"},
    };
    const QString folder = writeFolder(later);
    const QString voided = u"charge 1004 was voided: it takes nothing more"_s;
    const QStringList messages = refusalOf([&] { Importer(*db, u"tester"_s).importFolder(folder); });
    QCOMPARE(messages, (QStringList{u"adjustments.csv line 2, column charge_id: value \"1004\": "_s + voided,
                                    u"splits.csv line 2, column charge_id: value \"1004\": "_s + voided,
                                    u"claim_procs.csv line 2, column charge_id: value \"1004\": "_s + voided}));
    QCOMPARE(count(*db, u"payments"_s), 3);
}

// What BatchWriter is sized by and what an import reports are one type, built by name: the
// summary is the batch's counts plus the rows of splits.csv and the procedure codes.
void tst_Import::summaryIsTheBatchCounts()
{
    const LedgerCounts counts{.families = 1,
                              .patients = 2,
                              .charges = 3,
                              .adjustments = 4,
                              .payments = 5,
                              .allocations = 6,
                              .claims = 7,
                              .claimProcedures = 8,
                              .claimPayments = 9};
    QCOMPARE(counts.rows(), 45);
    ImportSummary summary;
    static_cast<LedgerCounts &>(summary) = counts;
    summary.splits = 100; // written as their allocations, counted there
    summary.procedureCodes = 10;
    QCOMPARE(summary.rows(), 55);
    const LedgerCounts &batch = summary;
    QCOMPARE(batch.claimPayments, 9);
}

QTEST_GUILESS_MAIN(tst_Import)
#include "tst_import.moc"
