// Runs the real paydesk-cli (path in PAYDESK_CLI) against a fresh SQLite file and a fresh
// PostgreSQL database, and checks what it prints, what it refuses and what it leaves behind.

#include "CliRun.h"
#include "TestDatabases.h"

#include "money/Money.h"
#include "ledger/ProcedureCodes.h"
#include "settings/PracticeSettings.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::ConnectionSpec;
using paydesk::core::Database;
using paydesk::test::TestDatabases;

namespace {

using Run = paydesk::test::CliRun;

// The ids of the practice that practice() builds, by placeholder name ("{P1}").
using Ids = QHash<QString, QString>;

QStringList substituted(QStringList args, const Ids &ids)
{
    for (QString &arg : args) {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            arg.replace(it.key(), it.value());
    }
    return args;
}

QJsonObject parseObject(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(run.out));
    return doc.object();
}

QJsonObject findById(const QJsonArray &array, qint64 id)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(u"id"_s).toInteger() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fullFlow_data();
    void fullFlow();
    void voidRestoresBalances_data();
    void voidRestoresBalances();
    void humanAccount_data();
    void humanAccount();

    void importFolder_data();
    void importFolder();
    void accountBeyondTheRange_data();
    void accountBeyondTheRange();
    void verifyExitStatus_data();
    void verifyExitStatus();

    void refusedInput_data();
    void refusedInput();
    void jsonOutput_data();
    void jsonOutput();
    void humanAccountShowsInsurance_data();
    void humanAccountShowsInsurance();
    void balanceFamilies_data();
    void balanceFamilies();
    void reportAging_data();
    void reportAging();
    void depositCsvSumsToTheDeposit_data();
    void depositCsvSumsToTheDeposit();
    void exportsKeepDocumentedNames_data();
    void exportsKeepDocumentedNames();
    void helpAndVersion_data();
    void helpAndVersion();

    void itemVoids_data();
    void itemVoids();
    void lockDate_data();
    void lockDate();
    void chargeFromProcedureCode_data();
    void chargeFromProcedureCode();
    void printedIds_data();
    void printedIds();

private:
    // Runs in the C locale unless `locale` names another (LC_ALL).
    Run cli(const QString &db, const QStringList &args, const QString &locale = u"C"_s);
    // Runs a command that must succeed with --json; returns its object.
    QJsonObject json(const QString &db, const QStringList &args);
    QString freshDatabase(const QString &backend);
    // Two patients in family 100, two charges, a payment auto-allocated to both, and a
    // payment left unallocated. Fills `ids` with {F}, {P1}, {P2}, {C1}, {C2}, {PAY1}, {PAY2}.
    void practice(const QString &db, Ids &ids);
    // A fresh database of the backend with practice() in it.
    QString practiceDatabase(const QString &backend, Ids &ids);
    // The shared practice of refusedInput(): refused commands must leave it as it is.
    QString refusalPractice(const QString &backend, Ids &ids);
    // Every row count and family 100's account: equal snapshots mean nothing was written.
    QString snapshot(const QString &db);
    // A folder in the import format: file name -> CSV text.
    QString importFolder(const QString &name, const QHash<QString, QString> &files);

    TestDatabases m_dbs;
    QTemporaryDir m_files;
    QHash<QString, std::pair<QString, Ids>> m_refusalPractices;
};

void tst_Cli::initTestCase()
{
    const QString cli = paydesk::test::cliProgram();
    QVERIFY2(!cli.isEmpty(), "PAYDESK_CLI is not set: run through ctest");
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
    QVERIFY(m_files.isValid());
}

Run tst_Cli::cli(const QString &db, const QStringList &args, const QString &locale)
{
    return paydesk::test::runCli(db, u"tester"_s, args, locale);
}

QJsonObject tst_Cli::json(const QString &db, const QStringList &args)
{
    const Run run = cli(db, QStringList{u"--json"_s} + args);
    if (run.exitCode != 0 || !run.err.isEmpty()) {
        qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(run.describe()));
        return {};
    }
    return parseObject(run);
}

QString tst_Cli::freshDatabase(const QString &backend)
{
    return TestDatabases::url(m_dbs.freshSpec(backend));
}

void tst_Cli::practice(const QString &db, Ids &ids)
{
    QCOMPARE(cli(db, {u"init"_s}).exitCode, 0);
    const QJsonObject ana = json(db, {u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s,
                                      u"--first"_s, u"Ana"_s, u"--birth"_s, u"1980-04-02"_s});
    const QJsonObject leo = json(db, {u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s,
                                      u"--first"_s, u"Leo"_s, u"--birth"_s, u"2012-09-15"_s});
    QCOMPARE(ana.value(u"family"_s).toInteger(), 100);
    QCOMPARE(leo.value(u"family"_s).toInteger(), 100);
    ids[u"{F}"_s] = u"100"_s;
    ids[u"{P1}"_s] = QString::number(ana.value(u"patient"_s).toInteger());
    ids[u"{P2}"_s] = QString::number(leo.value(u"patient"_s).toInteger());
    const QJsonObject c1 = json(db, substituted({u"charge"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s,
                                                 u"2024-01-10"_s, u"--code"_s, u"D0120"_s, u"--provider"_s, u"DRA"_s,
                                                 u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"80.00"_s,
                                                 u"--description"_s, u"Periodic exam"_s},
                                                ids));
    const QJsonObject c2 = json(db, substituted({u"charge"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s,
                                                 u"2024-02-05"_s, u"--code"_s, u"D1110"_s, u"--provider"_s, u"DRB"_s,
                                                 u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"120.50"_s,
                                                 u"--description"_s, u"Cleaning"_s},
                                                ids));
    ids[u"{C1}"_s] = QString::number(c1.value(u"charge"_s).toInteger());
    ids[u"{C2}"_s] = QString::number(c2.value(u"charge"_s).toInteger());
    const QJsonObject pay1 = json(db, substituted({u"post-payment"_s, u"--patient"_s, u"{P1}"_s, u"--amount"_s,
                                                   u"150.00"_s, u"--method"_s, u"card"_s, u"--date"_s, u"2024-03-01"_s,
                                                   u"--reference"_s, u"visa 4242"_s, u"--auto-allocate"_s},
                                                  ids));
    ids[u"{PAY1}"_s] = QString::number(pay1.value(u"payment"_s).toInteger());
    const QJsonObject pay2 = json(db, substituted({u"post-payment"_s, u"--patient"_s, u"{P2}"_s, u"--amount"_s,
                                                   u"20.00"_s, u"--method"_s, u"CASH"_s, u"--date"_s, u"2024-03-02"_s},
                                                  ids));
    ids[u"{PAY2}"_s] = QString::number(pay2.value(u"payment"_s).toInteger());
    for (const QString &key : {u"{C1}"_s, u"{C2}"_s, u"{PAY1}"_s, u"{PAY2}"_s})
        QVERIFY2(ids.value(key).toLongLong() > 0, qPrintable(key));
}

QString tst_Cli::practiceDatabase(const QString &backend, Ids &ids)
{
    const QString db = freshDatabase(backend);
    practice(db, ids);
    return db;
}

QString tst_Cli::refusalPractice(const QString &backend, Ids &ids)
{
    if (!m_refusalPractices.contains(backend)) {
        Ids built;
        const QString db = practiceDatabase(backend, built);
        m_refusalPractices.insert(backend, {db, built});
    }
    const auto &[db, built] = m_refusalPractices.value(backend);
    ids = built;
    return db;
}

QString tst_Cli::snapshot(const QString &db)
{
    QStringList counts;
    {
        const Database database(ConnectionSpec::parse(db));
        for (const QString &table : {u"families"_s, u"patients"_s, u"providers"_s, u"clinics"_s, u"charges"_s,
                                     u"adjustments"_s, u"payments"_s, u"allocations"_s, u"audit_log"_s,
                                     u"id_counters"_s}) {
            paydesk::core::SqlQuery q = database.query();
            q.prepare(u"SELECT COUNT(*) FROM "_s + table).exec();
            q.next();
            counts << table + u'=' + QString::number(q.id(0));
        }
    }
    const Run account = cli(db, {u"--json"_s, u"account"_s, u"--family"_s, u"100"_s});
    return counts.join(u' ') + u'\n' + account.out;
}

QString tst_Cli::importFolder(const QString &name, const QHash<QString, QString> &files)
{
    const QString dir = QDir(m_files.path()).filePath(name);
    QDir().mkpath(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(QDir(dir).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value().toUtf8()) < 0)
            qWarning("cannot write %s", qPrintable(file.fileName()));
    }
    return dir;
}

void tst_Cli::fullFlow_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::fullFlow()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    const qint64 c1 = ids[u"{C1}"_s].toLongLong(), c2 = ids[u"{C2}"_s].toLongLong();
    const qint64 pay1 = ids[u"{PAY1}"_s].toLongLong(), pay2 = ids[u"{PAY2}"_s].toLongLong();
    const qint64 p1 = ids[u"{P1}"_s].toLongLong(), p2 = ids[u"{P2}"_s].toLongLong();

    const QJsonObject account = json(db, {u"account"_s, u"--family"_s, u"100"_s});
    QCOMPARE(account.value(u"family"_s).toInteger(), 100);
    QCOMPARE(account.value(u"guarantor"_s).toInteger(), p1);
    // 80.00 + 120.50 charged, 150.00 + 20.00 paid.
    QCOMPARE(account.value(u"balance"_s).toString(), u"30.50"_s);
    QCOMPARE(account.value(u"unallocated"_s).toString(), u"20.00"_s);
    QCOMPARE(account.value(u"unearned"_s).toString(), u"0.00"_s);
    QCOMPARE(account.value(u"members"_s).toArray().size(), 2);

    const QJsonArray charges = account.value(u"charges"_s).toArray();
    QCOMPARE(charges.size(), 2);
    QCOMPARE(findById(charges, c1).value(u"balance"_s).toString(), u"0.00"_s);
    QCOMPARE(findById(charges, c1).value(u"provider"_s).toString(), u"DRA"_s);
    QCOMPARE(findById(charges, c2).value(u"balance"_s).toString(), u"50.50"_s);
    QCOMPARE(findById(charges, c2).value(u"amount"_s).toString(), u"120.50"_s);
    QCOMPARE(findById(charges, c2).value(u"patient"_s).toInteger(), p2);
    QCOMPARE(findById(charges, c2).value(u"date"_s).toString(), u"2024-02-05"_s);

    const QJsonArray payments = account.value(u"payments"_s).toArray();
    QCOMPARE(payments.size(), 2);
    QCOMPARE(findById(payments, pay1).value(u"unallocated"_s).toString(), u"0.00"_s);
    QCOMPARE(findById(payments, pay1).value(u"method"_s).toString(), u"card"_s);
    QCOMPARE(findById(payments, pay2).value(u"unallocated"_s).toString(), u"20.00"_s);
    QCOMPARE(findById(payments, pay2).value(u"method"_s).toString(), u"cash"_s);

    // FIFO: the older charge is paid in full first, the rest goes to the next one.
    const QJsonArray allocations = account.value(u"allocations"_s).toArray();
    QCOMPARE(allocations.size(), 2);
    const QJsonObject first = allocations.at(0).toObject(), second = allocations.at(1).toObject();
    QCOMPARE(first.value(u"payment"_s).toInteger(), pay1);
    QCOMPARE(first.value(u"target"_s).toString(), u"charge"_s);
    QCOMPARE(first.value(u"target_id"_s).toInteger(), c1);
    QCOMPARE(first.value(u"patient"_s).toInteger(), p1);
    QCOMPARE(first.value(u"provider"_s).toString(), u"DRA"_s);
    QCOMPARE(first.value(u"clinic"_s).toString(), u"MAIN"_s);
    QCOMPARE(first.value(u"amount"_s).toString(), u"80.00"_s);
    QCOMPARE(second.value(u"target_id"_s).toInteger(), c2);
    QCOMPARE(second.value(u"patient"_s).toInteger(), p2);
    QCOMPARE(second.value(u"provider"_s).toString(), u"DRB"_s);
    QCOMPARE(second.value(u"amount"_s).toString(), u"70.00"_s);

    // The unallocated payment pays the rest of the second charge by hand, then a prepayment.
    const QJsonObject manual = json(db, substituted({u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--charge"_s,
                                                     u"{C2}"_s, u"--amount"_s, u"15.25"_s},
                                                    ids));
    QCOMPARE(manual.value(u"allocations"_s).toArray().size(), 1);
    json(db, substituted({u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--unearned"_s, u"--amount"_s, u"4.75"_s}, ids));
    const QJsonObject after = json(db, {u"account"_s, u"--family"_s, u"100"_s});
    QCOMPARE(after.value(u"balance"_s).toString(), u"30.50"_s);
    QCOMPARE(after.value(u"unallocated"_s).toString(), u"0.00"_s);
    QCOMPARE(after.value(u"unearned"_s).toString(), u"4.75"_s);
    QCOMPARE(findById(after.value(u"charges"_s).toArray(), c2).value(u"balance"_s).toString(), u"35.25"_s);
    QCOMPARE(after.value(u"allocations"_s).toArray().last().toObject().value(u"target"_s).toString(), u"unearned"_s);
}

void tst_Cli::voidRestoresBalances_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::voidRestoresBalances()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    const qint64 pay1 = ids[u"{PAY1}"_s].toLongLong();

    const QJsonObject voided =
        json(db, substituted({u"void-payment"_s, u"--payment"_s, u"{PAY1}"_s, u"--reason"_s, u"card declined"_s}, ids));
    const qint64 voidId = voided.value(u"void"_s).toInteger();
    QVERIFY(voidId > pay1);

    const QJsonObject account = json(db, {u"account"_s, u"--family"_s, u"100"_s});
    // Both charges owe again what the voided payment paid; only the 20.00 payment counts.
    QCOMPARE(account.value(u"balance"_s).toString(), u"180.50"_s);
    QCOMPARE(account.value(u"unallocated"_s).toString(), u"20.00"_s);
    const QJsonArray charges = account.value(u"charges"_s).toArray();
    QCOMPARE(findById(charges, ids[u"{C1}"_s].toLongLong()).value(u"balance"_s).toString(), u"80.00"_s);
    QCOMPARE(findById(charges, ids[u"{C2}"_s].toLongLong()).value(u"balance"_s).toString(), u"120.50"_s);

    const QJsonArray payments = account.value(u"payments"_s).toArray();
    QCOMPARE(payments.size(), 3);
    const QJsonObject original = findById(payments, pay1), reversal = findById(payments, voidId);
    QCOMPARE(original.value(u"amount"_s).toString(), u"150.00"_s);
    QCOMPARE(original.value(u"voided_by"_s).toInteger(), voidId);
    QCOMPARE(original.value(u"unallocated"_s).toString(), u"0.00"_s);
    QCOMPARE(reversal.value(u"amount"_s).toString(), u"-150.00"_s);
    QCOMPARE(reversal.value(u"kind"_s).toString(), u"void"_s);
    QCOMPARE(reversal.value(u"related_payment"_s).toInteger(), pay1);
    QCOMPARE(reversal.value(u"unallocated"_s).toString(), u"0.00"_s);
    QCOMPARE(reversal.value(u"date"_s).toString(), QDate::currentDate().toString(Qt::ISODate));

    // The two allocations stay and each has its mirror on the void.
    const QJsonArray allocations = account.value(u"allocations"_s).toArray();
    QCOMPARE(allocations.size(), 4);
    QStringList amounts;
    for (const QJsonValue &a : allocations) {
        const QJsonObject o = a.toObject();
        amounts << u"%1:%2"_s.arg(o.value(u"payment"_s).toInteger() == pay1 ? u"pay"_s : u"void"_s,
                                  o.value(u"amount"_s).toString());
    }
    QCOMPARE(amounts, (QStringList{u"pay:80.00"_s, u"pay:70.00"_s, u"void:-80.00"_s, u"void:-70.00"_s}));

    // A void cannot be voided twice.
    const Run again = cli(db, substituted({u"void-payment"_s, u"--payment"_s, u"{PAY1}"_s, u"--reason"_s, u"x"_s}, ids));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);
}

void tst_Cli::humanAccount_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::humanAccount()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = refusalPractice(backend, ids);
    const Run run = cli(db, {u"account"_s, u"--family"_s, u"100"_s});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    for (const QString &expected : {u"Rivera, Ana"_s, u"guarantor"_s, u"D1110"_s, u"Cleaning"_s, u"visa 4242"_s,
                                    u"Unallocated credit"_s, u"30.50"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u"\n"_s + run.out));
    // Columns line up: every row of the charges table is as wide as its title line.
    const QStringList lines = run.out.split(u'\n');
    const qsizetype title = lines.indexOf(u"Charges"_s);
    QVERIFY(title >= 0);
    const qsizetype amountEnd = lines[title + 1].indexOf(u"Amount"_s) + 6;
    QCOMPARE(lines[title + 2].mid(amountEnd - 5, 5), u"80.00"_s);
    QCOMPARE(lines[title + 3].mid(amountEnd - 6, 6), u"120.50"_s);
}

namespace {

const QString patientsCsv = u"patient_id,family_id,last_name,first_name,birth_date,guarantor\r\n"
                            "501,900,Ng,Mai,1970-01-01,1\r\n502,900,Ng,Bo,2001-02-03,0\r\n"_s;
const QString chargesCsv = u"charge_id,patient_id,date,code,description,provider,clinic,amount\r\n"
                           "7001,501,2024-01-02,D0120,Exam,DRX,EAST,\"1,234.50\"\r\n"_s;
const QString adjustmentsCsv = u"adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\r\n"_s;
const QString paymentsCsv = u"payment_id,patient_id,date,amount,method,reference\r\n"
                            "8001,502,2024-01-05,100.00,Cash,r1\r\n"_s;

} // namespace

void tst_Cli::importFolder_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::importFolder()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = freshDatabase(backend);
    QCOMPARE(cli(db, {u"init"_s}).exitCode, 0);
    const QString good = importFolder(backend + u"-good"_s,
                                      {{u"patients.csv"_s, patientsCsv}, {u"charges.csv"_s, chargesCsv},
                                       {u"adjustments.csv"_s, adjustmentsCsv}, {u"payments.csv"_s, paymentsCsv},
                                       {u"splits.csv"_s, u"payment_id,charge_id,amount,provider,clinic\n8001,7001,60.00,,\n"_s}});
    const QJsonObject counts = json(db, {u"import"_s, good});
    QCOMPARE(counts.value(u"families"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"patients"_s).toInteger(), 2);
    QCOMPARE(counts.value(u"charges"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"payments"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"splits"_s).toInteger(), 1);

    // The ids in the files are the ids every command uses.
    const QJsonObject account = json(db, {u"account"_s, u"--family"_s, u"900"_s});
    QCOMPARE(account.value(u"balance"_s).toString(), u"1134.50"_s);
    QCOMPARE(account.value(u"unallocated"_s).toString(), u"40.00"_s);
    QCOMPARE(findById(account.value(u"charges"_s).toArray(), 7001).value(u"balance"_s).toString(), u"1174.50"_s);
    const QJsonObject split = account.value(u"allocations"_s).toArray().first().toObject();
    QCOMPARE(split.value(u"payment"_s).toInteger(), 8001);
    QCOMPARE(split.value(u"patient"_s).toInteger(), 501);
    QCOMPARE(split.value(u"provider"_s).toString(), u"DRX"_s);
    const QJsonObject allocated = json(db, {u"allocate"_s, u"--payment"_s, u"8001"_s, u"--auto"_s});
    QCOMPARE(allocated.value(u"splits"_s).toArray().first().toObject().value(u"amount"_s).toString(), u"40.00"_s);

    // A folder with bad rows: each is named, and nothing of the folder is imported.
    const QString bad = importFolder(backend + u"-bad"_s,
                                     {{u"patients.csv"_s, u"patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                                                          "601,901,Diaz,Rosa,1969-02-30,1\n"_s},
                                      {u"charges.csv"_s, u"charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                                                         "7101,601,2024-01-02,D0120,Exam,DRX,EAST,12.345\n"_s},
                                      {u"adjustments.csv"_s, adjustmentsCsv},
                                      {u"payments.csv"_s, u"payment_id,patient_id,date,amount,method,reference\n"
                                                          "8101,601,2024-01-05,5.00,bitcoin,r\n"_s}});
    const QString before = snapshot(db);
    const Run refused = cli(db, {u"import"_s, bad});
    QCOMPARE(refused.exitCode, 1);
    const QString errors = refused.err;
    for (const QString &named : {u"patients.csv line 2"_s, u"1969-02-30"_s, u"charges.csv line 2"_s, u"12.345"_s,
                                 u"payments.csv line 2"_s, u"bitcoin"_s})
        QVERIFY2(errors.contains(named), qPrintable(named + u"\n"_s + errors));
    for (const QString &line : refused.errLines())
        QVERIFY2(line.startsWith(u"paydesk-cli: "_s), qPrintable(line));
    QCOMPARE(snapshot(db), before);

    // Importing the good folder again is refused: its ids are taken.
    const Run again = cli(db, {u"import"_s, good});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"7001"_s), qPrintable(again.err));
    QCOMPARE(snapshot(db), before);
}

void tst_Cli::accountBeyondTheRange_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Rows written past PayDesk whose amounts Money cannot hold: `account` exits 1 naming the row
// (one amount beyond the range) or the family's total (amounts that add up beyond it).
void tst_Cli::accountBeyondTheRange()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    const qint64 c1 = ids[u"{C1}"_s].toLongLong();
    {
        const Database database(ConnectionSpec::parse(db));
        database.query()
            .prepare(u"UPDATE charges SET amount_cents = 100000000000000 WHERE id = :id"_s)
            .bind(u":id"_s, c1)
            .exec();
    }
    Run run = cli(db, {u"account"_s, u"--family"_s, ids[u"{F}"_s]});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"paydesk-cli: Charge #%1 of family %2 holds 1000000000000.00, beyond the largest amount PayDesk "
                      "can hold (999,999,999,999.99).\n"_s.arg(c1).arg(ids[u"{F}"_s]));

    {
        const Database database(ConnectionSpec::parse(db));
        database.query()
            .prepare(u"UPDATE charges SET amount_cents = 60000000000000 WHERE id = :id"_s)
            .bind(u":id"_s, c1)
            .exec();
        database.execute(u"INSERT INTO charges (id, patient_id, provider_id, clinic_id, date, code, description,"
                         " amount_cents, created_by, created_at) SELECT id + 1000, patient_id, provider_id, clinic_id,"
                         " date, code, description, amount_cents, created_by, created_at FROM charges"
                         " WHERE amount_cents = 60000000000000"_s);
    }
    run = cli(db, {u"account"_s, u"--family"_s, ids[u"{F}"_s]});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"paydesk-cli: Family %1's charges total is 1200000000120.50, beyond"_s.arg(ids[u"{F}"_s])),
             qPrintable(run.err));
}

void tst_Cli::verifyExitStatus_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("damage"); // "", "overpaid" (legacy import) or "broken"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("prefix"); // of the first issue line, empty when none
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s/consistent", qPrintable(backend)) << backend << QString() << 0 << QString();
        QTest::addRow("%s/overpaid by an import", qPrintable(backend)) << backend << u"overpaid"_s << 0 << u"warning: "_s;
        QTest::addRow("%s/payment smaller than its allocations", qPrintable(backend))
            << backend << u"broken"_s << 1 << u"error: "_s;
    }
}

void tst_Cli::verifyExitStatus()
{
    QFETCH(QString, backend);
    QFETCH(QString, damage);
    QFETCH(int, exitCode);
    QFETCH(QString, prefix);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    if (damage == u"overpaid") {
        const QString folder = importFolder(u"overpaid-"_s + backend,
                                            {{u"patients.csv"_s, patientsCsv}, {u"charges.csv"_s, chargesCsv},
                                             {u"adjustments.csv"_s, adjustmentsCsv},
                                             {u"payments.csv"_s, u"payment_id,patient_id,date,amount,method,reference\n"
                                                                 "8001,502,2024-01-05,1300.00,check,r1\n"_s},
                                             {u"splits.csv"_s, u"payment_id,charge_id,amount,provider,clinic\n"
                                                               "8001,7001,1300.00,,\n"_s}});
        QCOMPARE(cli(db, {u"import"_s, folder}).exitCode, 0);
    } else if (damage == u"broken") {
        // Only a damaged database can break an invariant: the services refuse to.
        const Database database(ConnectionSpec::parse(db));
        database.query()
            .prepare(u"UPDATE payments SET amount_cents = 1000 WHERE id = :id"_s)
            .bind(u":id"_s, ids[u"{PAY1}"_s].toLongLong())
            .exec();
    }
    const Run run = cli(db, {u"verify"_s});
    QVERIFY2(run.exitCode == exitCode && run.err.isEmpty(), qPrintable(run.describe()));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    if (prefix.isEmpty())
        QCOMPARE(lines.size(), 1); // the all-clear
    else
        QVERIFY2(lines.constFirst().startsWith(prefix), qPrintable(run.out));

    const Run asJson = cli(db, {u"--json"_s, u"verify"_s});
    QCOMPARE(asJson.exitCode, exitCode);
    const QJsonObject report = parseObject(asJson);
    QCOMPARE(report.value(u"errors"_s).toInteger() > 0, exitCode == 1);
    QCOMPARE(report.value(u"issues"_s).toArray().isEmpty(), prefix.isEmpty());
}

void tst_Cli::refusedInput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // what the single stderr line must contain

    const QStringList pay = {u"post-payment"_s, u"--patient"_s, u"{P1}"_s, u"--method"_s, u"cash"_s, u"--amount"_s};
    const QStringList charge = {u"charge"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s, u"2024-05-01"_s,
                                u"--code"_s, u"D0150"_s, u"--provider"_s, u"DRNEW"_s, u"--clinic"_s, u"NEWCLINIC"_s,
                                u"--description"_s, u"Exam"_s};
    const QStringList allocateCharge = {u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--charge"_s};
    const struct
    {
        const char *tag;
        QStringList args;
        QString expected;
    } rows[] = {
        // Amounts: the issue's list, each named with its option.
        {"amount 12.345", pay + QStringList{u"12.345"_s}, u"paydesk-cli: --amount: \"12.345\" has more than two decimals."_s},
        {"amount abc", pay + QStringList{u"abc"_s}, u"--amount: \"abc\" is not an amount"_s},
        {"amount 1e3", pay + QStringList{u"1e3"_s}, u"--amount: \"1e3\" is not an amount"_s},
        {"amount empty", pay + QStringList{QString()}, u"--amount: The amount is empty"_s},
        {"amount NaN", pay + QStringList{u"NaN"_s}, u"--amount: \"NaN\" is not an amount"_s},
        {"amount --5", pay + QStringList{u"--5"_s}, u"--amount: \"--5\" is not an amount"_s},
        {"amount =--5", pay.mid(0, 5) + QStringList{u"--amount=--5"_s}, u"\"--5\""_s},
        {"amount over range", pay + QStringList{u"1000000000000.00"_s}, u"\"1000000000000.00\" is out of range"_s},
        {"amount grouped over range", pay + QStringList{u"1,000,000,000,000"_s}, u"\"1,000,000,000,000\" is out of range"_s},
        {"amount negative over range", pay + QStringList{u"-1000000000000"_s}, u"\"-1000000000000\" is out of range"_s},
        {"charge amount 12.345", charge + QStringList{u"--amount"_s, u"12.345"_s}, u"--amount: \"12.345\""_s},
        // A no-charge procedure is 0.00; a credit is an adjustment.
        {"charge amount negative", charge + QStringList{u"--amount=-1.00"_s},
         u"The charge amount -1.00 is negative: a charge may be 0.00 but never less"_s},
        {"refund amount abc", {u"refund"_s, u"--payment"_s, u"{PAY2}"_s, u"--amount"_s, u"abc"_s, u"--reason"_s, u"x"_s},
         u"--amount: \"abc\""_s},
        // Dates.
        {"date 2024-02-30", pay + QStringList{u"5.00"_s, u"--date"_s, u"2024-02-30"_s},
         u"--date: \"2024-02-30\" is not a date; write it as YYYY-MM-DD."_s},
        {"date 2024-13-01", pay + QStringList{u"5.00"_s, u"--date"_s, u"2024-13-01"_s}, u"\"2024-13-01\""_s},
        {"date 01/02/2024", pay + QStringList{u"5.00"_s, u"--date"_s, u"01/02/2024"_s}, u"\"01/02/2024\""_s},
        {"date 2024-1-5", pay + QStringList{u"5.00"_s, u"--date"_s, u"2024-1-5"_s}, u"\"2024-1-5\""_s},
        {"date in the future", pay + QStringList{u"5.00"_s, u"--date"_s, u"2999-01-01"_s}, u"2999-01-01"_s},
        {"charge date yesterday",
         QStringList{u"charge"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s, u"yesterday"_s, u"--code"_s,
                     u"X"_s, u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"1.00"_s,
                     u"--description"_s, u"X-ray"_s},
         u"--date: \"yesterday\""_s},
        {"birth 1980-02-30",
         {u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s, u"--first"_s, u"Eva"_s,
          u"--birth"_s, u"1980-02-30"_s},
         u"--birth: \"1980-02-30\""_s},
        {"report date", {u"report"_s, u"deposit"_s, u"--date"_s, u"today"_s}, u"--date: \"today\""_s},
        {"aging without as-of", {u"report"_s, u"aging"_s}, u"--as-of is required by report aging."_s},
        {"aging as-of 2024-02-30", {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-02-30"_s},
         u"--as-of: \"2024-02-30\" is not a date; write it as YYYY-MM-DD."_s},
        // After today: refused by the report itself, as the desk's date fields refuse it.
        {"aging as-of after today", {u"report"_s, u"aging"_s, u"--as-of"_s, u"2999-01-01"_s},
         u"The as-of date 2999-01-01 is in the future."_s},
        {"deposit after today", {u"report"_s, u"deposit"_s, u"--date"_s, u"2999-01-01"_s},
         u"The deposit date 2999-01-01 is in the future."_s},
        {"aging csv in a missing folder",
         {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s, u"--csv"_s, u"/nonexistent/paydesk/aging.csv"_s},
         u"aging.csv"_s},
        // Ids.
        {"patient abc", {u"post-payment"_s, u"--patient"_s, u"abc"_s, u"--method"_s, u"cash"_s, u"--amount"_s, u"5"_s},
         u"--patient: \"abc\" is not a positive whole number."_s},
        {"patient 0", {u"post-payment"_s, u"--patient"_s, u"0"_s, u"--method"_s, u"cash"_s, u"--amount"_s, u"5"_s},
         u"--patient: \"0\""_s},
        {"patient -3", {u"post-payment"_s, u"--patient"_s, u"-3"_s, u"--method"_s, u"cash"_s, u"--amount"_s, u"5"_s},
         u"--patient: \"-3\""_s},
        {"patient 1.5", {u"post-payment"_s, u"--patient"_s, u"1.5"_s, u"--method"_s, u"cash"_s, u"--amount"_s, u"5"_s},
         u"--patient: \"1.5\""_s},
        {"family too large", {u"account"_s, u"--family"_s, u"99999999999999999999"_s}, u"\"99999999999999999999\""_s},
        // Records that do not exist.
        {"unknown patient",
         {u"post-payment"_s, u"--patient"_s, u"999999"_s, u"--method"_s, u"cash"_s, u"--amount"_s, u"5.00"_s},
         u"#999999"_s},
        {"unknown patient for a charge",
         {u"charge"_s, u"add"_s, u"--patient"_s, u"999999"_s, u"--date"_s, u"2024-05-01"_s, u"--code"_s, u"X"_s,
          u"--provider"_s, u"DRNEW"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"1.00"_s, u"--description"_s,
          u"X-ray"_s},
         u"#999999"_s},
        {"unknown family", {u"account"_s, u"--family"_s, u"4242"_s}, u"4242"_s},
        {"unknown payment", {u"void-payment"_s, u"--payment"_s, u"999999"_s, u"--reason"_s, u"typo"_s}, u"#999999"_s},
        {"unknown charge", allocateCharge + QStringList{u"999999"_s, u"--amount"_s, u"1.00"_s}, u"#999999"_s},
        // Methods.
        {"unknown method",
         {u"post-payment"_s, u"--patient"_s, u"{P1}"_s, u"--method"_s, u"bitcoin"_s, u"--amount"_s, u"5.00"_s},
         u"--method: \"bitcoin\" is not a payment method; use one of cash, check, card, portal, other."_s},
        {"empty method", {u"post-payment"_s, u"--patient"_s, u"{P1}"_s, u"--method"_s, QString(), u"--amount"_s, u"5"_s},
         u"--method: \"\""_s},
        // Allocation rules.
        {"over-allocation", {u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--unearned"_s, u"--amount"_s, u"20.01"_s},
         u"20.01"_s},
        {"beyond the charge's balance", allocateCharge + QStringList{u"{C1}"_s, u"--amount"_s, u"0.01"_s},
         u"balance of 0.00"_s},
        {"negative allocation", allocateCharge + QStringList{u"{C2}"_s, u"--amount"_s, u"-1.00"_s}, u"-1.00"_s},
        {"refund beyond credit",
         {u"refund"_s, u"--payment"_s, u"{PAY2}"_s, u"--amount"_s, u"20.01"_s, u"--reason"_s, u"x"_s}, u"20.01"_s},
        {"second guarantor",
         {u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s, u"--first"_s, u"Eva"_s,
          u"--birth"_s, u"1990-01-01"_s, u"--guarantor"_s},
         u"guarantor"_s},
        {"void without reason", {u"void-payment"_s, u"--payment"_s, u"{PAY1}"_s, u"--reason"_s, u" "_s},
         u"--reason: the value is empty."_s},
        // Usage.
        {"unknown command", {u"frobnicate"_s}, u"\"frobnicate\" is not a command"_s},
        {"unknown subcommand", {u"charge"_s, u"remove"_s},
         u"\"charge remove\" is not a command; did you mean charge add, charge void?"_s},
        {"no command", {}, u"No command given"_s},
        {"missing option", charge.mid(0, 6) + charge.mid(8), u"--code is required by charge add."_s},
        {"amount of a code without one", charge,
         u"--amount: procedure code \"D0150\" is not in the practice's table, so it has nothing to fill in; give --amount."_s},
        {"missing value", pay, u"--amount needs a value."_s},
        {"unknown option", pay + QStringList{u"5.00"_s, u"--colour"_s, u"red"_s},
         u"\"--colour\" is not an option of post-payment; see paydesk-cli post-payment --help."_s},
        {"unknown option before the command", {u"--colour"_s, u"verify"_s},
         u"\"--colour\" is not an option of paydesk-cli; see paydesk-cli --help."_s},
        {"option twice", pay + QStringList{u"5.00"_s, u"--amount"_s, u"6.00"_s}, u"--amount is given more than once."_s},
        {"stray operand", {u"verify"_s, u"now"_s}, u"\"now\""_s},
        {"allocate two forms", allocateCharge + QStringList{u"{C2}"_s, u"--amount"_s, u"1.00"_s, u"--auto"_s},
         u"exactly one of"_s},
        {"patient-first alone", pay + QStringList{u"5.00"_s, u"--patient-first"_s}, u"--patient-first"_s},
        {"demo families abc", {u"demo"_s, u"--families"_s, u"abc"_s}, u"--families: \"abc\""_s},
        {"import missing folder", {u"import"_s, u"/nonexistent/paydesk"_s}, u"\"/nonexistent/paydesk\" is not a folder"_s},
        {"adjustment without provider",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s, u"2024-05-01"_s, u"--type"_s,
          u"discount"_s, u"--amount"_s, u"-5.00"_s, u"--clinic"_s, u"MAIN"_s},
         u"--provider"_s},
        {"adjustment below zero",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s, u"2024-05-01"_s, u"--type"_s,
          u"write-off"_s, u"--amount"_s, u"-0.01"_s, u"--charge"_s, u"{C1}"_s},
         u"-0.01"_s},
        {"discount that would raise",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s, u"2024-05-01"_s, u"--type"_s,
          u"discount"_s, u"--amount"_s, u"11.00"_s, u"--charge"_s, u"{C2}"_s},
         u"Discount lowers the balance: its amount must be negative (-11.00), not 11.00."_s},
        {"fee that would lower",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s, u"2024-05-01"_s, u"--type"_s, u"fee"_s,
          u"--amount"_s, u"-3.00"_s, u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s},
         u"Fee raises the balance"_s},
        {"unknown adjustment type",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s, u"2024-05-01"_s, u"--type"_s,
          u"bonus"_s, u"--amount"_s, u"-3.00"_s, u"--charge"_s, u"{C2}"_s},
         u"There is no adjustment type \"bonus\"; the practice's types are: discount, fee, finance-charge, write-off."_s},
        {"charge void without a reason", {u"charge"_s, u"void"_s, u"--charge"_s, u"{C1}"_s, u"--reason"_s, u" "_s},
         u"--reason: the value is empty."_s},
        {"void of an unknown charge", {u"charge"_s, u"void"_s, u"--charge"_s, u"999999"_s, u"--reason"_s, u"x"_s},
         u"There is no charge #999999."_s},
        {"void of an unknown adjustment",
         {u"adjustment"_s, u"void"_s, u"--adjustment"_s, u"999999"_s, u"--reason"_s, u"x"_s},
         u"There is no adjustment #999999."_s},
        {"balance without method", {u"balance-families"_s}, u"--method: required"_s},
        {"balance unknown method", {u"balance-families"_s, u"--method"_s, u"magic"_s}, u"\"magic\" is not a method"_s},
        {"balance unknown family", {u"balance-families"_s, u"--method"_s, u"recreate"_s, u"--family"_s, u"999"_s},
         u"999"_s},
        {"balance bad as-of", {u"balance-families"_s, u"--method"_s, u"recreate"_s, u"--as-of"_s, u"2024-02-30"_s},
         u"2024-02-30"_s},
        {"undo unknown run", {u"balance-families"_s, u"--undo"_s, u"42"_s}, u"#42"_s},
        {"undo with a method", {u"balance-families"_s, u"--undo"_s, u"1"_s, u"--method"_s, u"recreate"_s},
         u"--method cannot be given"_s},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows) {
            QTest::addRow("%s/%s", qPrintable(backend), row.tag) << backend << row.args << row.expected;
        }
    }
}

void tst_Cli::refusedInput()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = refusalPractice(backend, ids);
    const QString before = snapshot(db);

    const Run run = cli(db, substituted(args, ids));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
    QVERIFY2(lines.constFirst().startsWith(u"paydesk-cli: "_s), qPrintable(run.describe()));
    const QString want = substituted({expected}, ids).constFirst();
    QVERIFY2(lines.constFirst().contains(want), qPrintable(u"expected \"%1\" in: %2"_s.arg(want, run.err)));

    QCOMPARE(snapshot(db), before);
}

void tst_Cli::jsonOutput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("keys");

    const struct
    {
        const char *tag;
        QStringList args;
        QStringList keys;
    } rows[] = {
        {"init", {u"init"_s}, {u"database"_s, u"schema_version"_s}},
        {"patient add",
         {u"patient"_s, u"add"_s, u"--family"_s, u"200"_s, u"--last"_s, u"Okafor"_s, u"--first"_s, u"Chi"_s,
          u"--birth"_s, u"1975-11-30"_s, u"--guarantor"_s},
         {u"family"_s, u"patient"_s}},
        {"charge add",
         {u"charge"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s, u"2024-04-01"_s, u"--code"_s, u"D0274"_s,
          u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"NORTH"_s, u"--amount"_s, u"1,234.50"_s, u"--description"_s,
          u"Panoramic film"_s},
         {u"charge"_s, u"description"_s, u"amount"_s}},
        {"adjustment add",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s, u"2024-04-01"_s, u"--type"_s,
          u"discount"_s, u"--amount"_s, u"-10.00"_s, u"--charge"_s, u"{C2}"_s},
         {u"adjustment"_s}},
        {"post-payment",
         {u"post-payment"_s, u"--patient"_s, u"{P2}"_s, u"--amount"_s, u"40"_s, u"--method"_s, u"check"_s,
          u"--reference"_s, u"#1001"_s, u"--note"_s, u"at check-in"_s, u"--auto-allocate"_s, u"--patient-first"_s},
         {u"payment"_s, u"splits"_s, u"unallocated"_s}},
        {"allocate auto", {u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--auto"_s}, {u"payment"_s, u"splits"_s}},
        {"allocate charge",
         {u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--charge"_s, u"{C2}"_s, u"--amount"_s, u"5.00"_s},
         {u"payment"_s, u"splits"_s, u"allocations"_s}},
        {"allocate unearned", {u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--unearned"_s, u"--amount"_s, u"5"_s},
         {u"payment"_s, u"splits"_s, u"allocations"_s}},
        {"void-payment", {u"void-payment"_s, u"--payment"_s, u"{PAY1}"_s, u"--reason"_s, u"duplicate"_s},
         {u"payment"_s, u"void"_s}},
        {"refund", {u"refund"_s, u"--payment"_s, u"{PAY2}"_s, u"--amount"_s, u"2.50"_s, u"--reason"_s, u"overpaid"_s},
         {u"payment"_s, u"refund"_s, u"amount"_s, u"method"_s}},
        {"account", {u"account"_s, u"--family"_s, u"100"_s},
         {u"family"_s, u"balance"_s, u"unallocated"_s, u"unearned"_s, u"charges"_s, u"payments"_s, u"allocations"_s}},
        {"report deposit", {u"report"_s, u"deposit"_s, u"--date"_s, u"2024-03-01"_s},
         {u"date"_s, u"payments"_s, u"by_method"_s, u"by_user"_s, u"total"_s}},
        {"report deposit csv", {u"report"_s, u"deposit"_s, u"--date"_s, u"2024-03-01"_s, u"--csv"_s, u"{DIR}/deposit.csv"_s},
         {u"file"_s, u"payments"_s, u"total"_s}},
        {"report aging", {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s},
         {u"as_of"_s, u"families"_s, u"totals"_s}},
        {"report aging csv", {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s, u"--csv"_s, u"{DIR}/aging.csv"_s},
         {u"as_of"_s, u"file"_s, u"families"_s, u"totals"_s}},
        {"export", {u"export"_s, u"charges"_s, u"--csv"_s, u"{DIR}/charges.csv"_s}, {u"list"_s, u"file"_s, u"rows"_s}},
        {"verify", {u"verify"_s}, {u"errors"_s, u"warnings"_s, u"issues"_s}},
        {"demo", {u"demo"_s, u"--families"_s, u"3"_s, u"--seed"_s, u"7"_s}, {u"families"_s, u"patients"_s, u"charges"_s}},
        {"balance-families", {u"balance-families"_s, u"--method"_s, u"recreate"_s},
         {u"run"_s, u"families_changed"_s, u"families_refused"_s, u"rows_written"_s, u"amount_moved"_s}},
        {"balance-families dry run",
         {u"balance-families"_s, u"--method"_s, u"transfer-fifo"_s, u"--family"_s, u"100"_s, u"--as-of"_s,
          u"2024-12-31"_s, u"--void-transfers"_s, u"--dry-run"_s},
         {u"families_changed"_s, u"families_refused"_s, u"rows_written"_s, u"amount_moved"_s}},
        {"report net-unearned", {u"report"_s, u"net-unearned"_s}, {u"date"_s, u"families"_s, u"unearned"_s, u"charges_owe"_s}},
        {"report net-unearned csv", {u"report"_s, u"net-unearned"_s, u"--csv"_s, u"{DIR}/unearned.csv"_s},
         {u"file"_s, u"families"_s, u"unearned"_s}},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", qPrintable(backend), row.tag) << backend << row.args << row.keys;
    }
}

void tst_Cli::jsonOutput()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QStringList, keys);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    const QString dir = QDir(m_files.path()).filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'_'));
    QVERIFY(QDir().mkpath(dir));
    ids[u"{DIR}"_s] = dir;

    const Run run = cli(db, QStringList{u"--json"_s} + substituted(args, ids));
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
    QVERIFY(doc.isObject());
    for (const QString &key : keys)
        QVERIFY2(doc.object().contains(key), qPrintable(key + u'\n' + run.out));
    if (const QString file = doc.object().value(u"file"_s).toString(); !file.isEmpty())
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    // Money is always a string with two decimals.
    const QJsonValue money = doc.object().value(u"balance"_s);
    if (!money.isUndefined())
        QVERIFY(money.isString() && money.toString().contains(u'.'));
}

void tst_Cli::humanAccountShowsInsurance_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// A converted claim paid 150.00 and wrote off 20.00 on the crown, and paid 60.00 as a total:
// the text account shows where the balance went, as the JSON does.
void tst_Cli::humanAccountShowsInsurance()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString folder = importFolder(u"insured-"_s + backend,
                                        {{u"patients.csv"_s, u"patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                                                             "1,1,Rivera,Ana,1980-01-01,1\n"_s},
                                         {u"charges.csv"_s, u"charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                                                            "10,1,2024-01-05,D2750,Crown,DRA,MAIN,200.00\n"_s},
                                         {u"adjustments.csv"_s, u"adjustment_id,patient_id,date,type,provider,clinic,amount\n"_s},
                                         {u"payments.csv"_s, u"payment_id,patient_id,date,amount,method,reference\n"_s},
                                         {u"claims.csv"_s, u"claim_id,patient_id,date,payer,status\n"
                                                           "70,1,2024-01-20,Delta,received\n"_s},
                                         {u"claim_procs.csv"_s, u"claim_id,charge_id,ins_paid,writeoff\n70,10,150.00,20.00\n"_s},
                                         {u"claim_payments.csv"_s, u"claim_id,date,amount\n70,2024-02-01,60.00\n"_s}});
    const QString db = freshDatabase(backend);
    const Run imported = cli(db, {u"import"_s, folder});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

    const Run run = cli(db, {u"account"_s, u"--family"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    const QStringList lines = run.out.split(u'\n');
    const qsizetype charges = lines.indexOf(u"Charges"_s);
    QVERIFY2(charges >= 0, qPrintable(run.out));
    const QString header = lines[charges + 1];
    const QString crown = lines[charges + 2];
    // Each figure sits under its column: right-aligned, ending where its title ends.
    const auto under = [&](const QString &title, const QString &figure) {
        const qsizetype end = header.indexOf(title) + title.size();
        return crown.mid(end - figure.size(), figure.size()) == figure;
    };
    QVERIFY2(under(u"Insurance"_s, u"150.00"_s), qPrintable(run.out));
    QVERIFY2(under(u"Write-off"_s, u"20.00"_s), qPrintable(run.out));
    QVERIFY2(under(u"Balance"_s, u"30.00"_s), qPrintable(run.out));
    const qsizetype totals = lines.indexOf(u"Totals"_s);
    QVERIFY2(totals > charges, qPrintable(run.out));
    QStringList insurance = lines.mid(totals).filter(QRegularExpression(u"^\\s*Insurance\\s"_s));
    QCOMPARE(insurance.size(), 1);
    QVERIFY2(insurance.first().trimmed().endsWith(u"230.00"_s), qPrintable(run.out));
    QStringList balance = lines.mid(totals).filter(QRegularExpression(u"^\\s*Balance\\s"_s));
    QCOMPARE(balance.size(), 1);
    QVERIFY2(balance.first().trimmed().endsWith(u"-30.00"_s), qPrintable(run.out));
}

void tst_Cli::balanceFamilies_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::balanceFamilies()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    // Family 1: a negative payment nothing offsets. Family 2: $90 unallocated over two charges.
    const QString folder = importFolder(u"balance-"_s + backend,
                                        {{u"patients.csv"_s, u"patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                                                             "1,1,Rivera,Ana,1980-01-01,1\n2,2,Okafor,Chi,1975-01-01,1\n"
                                                             "3,2,Okafor,Ada,2010-01-01,0\n"_s},
                                         {u"charges.csv"_s, u"charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                                                            "10,1,2024-01-05,D0120,Exam,DRA,MAIN,40.00\n"
                                                            "20,2,2024-01-05,D0120,Exam,DRA,MAIN,50.00\n"
                                                            "21,3,2024-01-06,D1110,Cleaning,DRB,MAIN,60.00\n"_s},
                                         {u"adjustments.csv"_s, u"adjustment_id,patient_id,date,type,provider,clinic,amount\n"_s},
                                         {u"payments.csv"_s, u"payment_id,patient_id,date,amount,method,reference\n"
                                                             "100,1,2024-01-01,-25.00,check,\n"
                                                             "200,3,2024-02-01,90.00,check,\n"_s}});
    const QString db = freshDatabase(backend);
    QCOMPARE(cli(db, {u"import"_s, folder}).exitCode, 0);

    // A whole-practice run finishes, with the refused family listed and the rest balanced.
    const Run run = cli(db, {u"--json"_s, u"balance-families"_s, u"--method"_s, u"transfer-rigorous"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject summary = parseObject(run);
    QCOMPARE(summary.value(u"families_changed"_s).toInteger(), 1);
    const QJsonArray refused = summary.value(u"families_refused"_s).toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).toObject().value(u"family"_s).toInteger(), 1);
    QVERIFY(refused.at(0).toObject().value(u"reason"_s).toString().contains(u"#100"_s));
    QCOMPARE(summary.value(u"amount_moved"_s).toString(), u"90.00"_s);
    QCOMPARE(summary.value(u"rows_written"_s).toInteger(), 2); // two rows, held by the $0 transfer
    const qint64 runId = summary.value(u"run"_s).toInteger();
    QVERIFY(runId > 0);
    const QJsonObject account = json(db, {u"account"_s, u"--family"_s, u"2"_s});
    QCOMPARE(account.value(u"unallocated"_s).toString(), u"0.00"_s);
    QCOMPARE(account.value(u"balance"_s).toString(), u"20.00"_s);
    // Rigorous: Ada's own charge first (the payment is hers), the rest to her guarantor's.
    QCOMPARE(findById(account.value(u"charges"_s).toArray(), 21).value(u"balance"_s).toString(), u"0.00"_s);
    QCOMPARE(findById(account.value(u"charges"_s).toArray(), 20).value(u"balance"_s).toString(), u"20.00"_s);
    QCOMPARE(findById(account.value(u"charges"_s).toArray(), 21).value(u"insurance"_s).toString(), u"0.00"_s);
    QCOMPARE(account.value(u"insurance"_s).toString(), u"0.00"_s);

    // The same method again writes nothing.
    const QJsonObject again = json(db, {u"balance-families"_s, u"--method"_s, u"transfer-rigorous"_s, u"--family"_s, u"2"_s});
    QCOMPARE(again.value(u"rows_written"_s).toInteger(), 0);

    // A single family that cannot be balanced fails the command, with the reason on stderr.
    const Run single = cli(db, {u"balance-families"_s, u"--method"_s, u"recreate"_s, u"--family"_s, u"1"_s});
    QVERIFY2(single.exitCode == 1, qPrintable(single.describe()));
    QCOMPARE(single.errLines().size(), 1);
    QVERIFY2(single.err.contains(u"#100"_s), qPrintable(single.describe()));

    // Undo reverses the run as a whole; a second undo is refused.
    const QJsonArray live = account.value(u"payments"_s).toArray();
    QCOMPARE(live.size(), 2);
    const qint64 transfer = live.at(1).toObject().value(u"id"_s).toInteger();
    QCOMPARE(live.at(1).toObject().value(u"method"_s).toString(), u"transfer"_s);
    QCOMPARE(live.at(1).toObject().value(u"reversed"_s).toBool(), false);
    const QJsonObject undo = json(db, {u"balance-families"_s, u"--undo"_s, QString::number(runId)});
    QCOMPARE(undo.value(u"rows_written"_s).toInteger(), 2);
    const QJsonObject undone = json(db, {u"account"_s, u"--family"_s, u"2"_s});
    QCOMPARE(undone.value(u"unallocated"_s).toString(), u"90.00"_s);
    // The $0 transfer stays listed, no longer live: reversed by the undo run.
    const QJsonObject reversed = findById(undone.value(u"payments"_s).toArray(), transfer);
    QCOMPARE(reversed.value(u"reversed"_s).toBool(), true);
    QCOMPARE(reversed.value(u"reversed_by_run"_s).toInteger(), undo.value(u"run"_s).toInteger());
    QVERIFY(reversed.value(u"voided_by"_s).isNull());
    QCOMPARE(findById(undone.value(u"payments"_s).toArray(), 200).value(u"reversed"_s).toBool(), false);
    const Run twice = cli(db, {u"balance-families"_s, u"--undo"_s, QString::number(runId)});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"already reversed"_s), qPrintable(twice.describe()));
    QCOMPARE(cli(db, {u"verify"_s}).exitCode, 0);

    // Recreate leaves the $90 on the two charges; nothing is left unearned, so the report is empty.
    QCOMPARE(cli(db, {u"balance-families"_s, u"--method"_s, u"recreate"_s, u"--family"_s, u"2"_s}).exitCode, 0);
    const QString csv = QDir(m_files.path()).filePath(u"unearned-"_s + backend + u".csv"_s);
    QCOMPARE(cli(db, {u"report"_s, u"net-unearned"_s, u"--csv"_s, csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), u"family_id,guarantor,unearned,oldest_date,days_held,charges_owe\r\n"_s);
}

void tst_Cli::reportAging_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// The aging contract: a table with totals, JSON, and a CSV of exactly the documented
// columns with one row per family that owes.
void tst_Cli::reportAging()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    // Family 1 owes 40.00 from 2024-06-15, 30.00 from 2024-04-30 and 12.50 from 2024-01-05 less
    // its 2.50 write-off, and paid 5.00, which pays the oldest: on 2024-06-30 that is 40.00 (15
    // days), 30.00 (61 days) and 5.00 (177 days). Family 2 holds a credit; family 3 owes 19.99
    // of a July charge, not yet on 2024-06-30.
    const QString folder = importFolder(u"aging-"_s + backend,
                                        {{u"patients.csv"_s, u"patient_id,family_id,last_name,first_name,birth_date,guarantor\n"
                                                             "1,1,\"Rivera, Jr.\",Ana,1980-01-01,1\n2,2,Okafor,Chi,1975-01-01,1\n"
                                                             "3,3,Novak,Petra,1990-01-01,1\n"_s},
                                         {u"charges.csv"_s, u"charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                                                            "10,1,2024-06-15,D0120,Exam,DRA,MAIN,40.00\n"
                                                            "11,1,2024-04-30,D1110,Cleaning,DRA,MAIN,30.00\n"
                                                            "12,1,2024-01-05,D0274,X-rays,DRA,MAIN,12.50\n"
                                                            "20,2,2024-06-01,D0120,Exam,DRA,MAIN,10.00\n"
                                                            "30,3,2024-07-02,D0120,Exam,DRA,MAIN,19.99\n"_s},
                                         {u"adjustments.csv"_s, u"adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n"
                                                                "40,1,2024-01-05,write-off,DRA,MAIN,-2.50,12\n"_s},
                                         {u"payments.csv"_s, u"payment_id,patient_id,date,amount,method,reference\n"
                                                             "100,1,2024-05-02,5.00,check,\n"
                                                             "200,2,2024-06-02,25.00,cash,\n"_s}});
    const QString db = freshDatabase(backend);
    const Run imported = cli(db, {u"import"_s, folder});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

    const QString csv = QDir(m_files.path()).filePath(u"aging-"_s + backend + u".csv"_s);
    const Run written = cli(db, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s, u"--csv"_s, csv});
    QVERIFY2(written.exitCode == 0 && written.err.isEmpty(), qPrintable(written.describe()));
    QCOMPARE(written.out, u"Wrote the aging as of 2024-06-30 (1 families owing 75.00) to %1.\n"_s.arg(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             u"family,guarantor,0-30,31-60,61-90,over_90,balance\r\n"
             "1,\"Rivera, Jr., Ana\",40.00,0.00,30.00,5.00,75.00\r\n"_s);

    const QJsonObject aged = json(db, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-07-31"_s});
    QCOMPARE(aged.value(u"as_of"_s).toString(), u"2024-07-31"_s);
    const QJsonArray families = aged.value(u"families"_s).toArray();
    QCOMPARE(families.size(), 2);
    const QJsonObject rivera = families.at(0).toObject();
    QCOMPARE(rivera.value(u"family"_s).toInteger(), 1);
    QCOMPARE(rivera.value(u"guarantor"_s).toString(), u"Rivera, Jr., Ana"_s);
    QCOMPARE(rivera.value(u"0-30"_s).toString(), u"0.00"_s);
    QCOMPARE(rivera.value(u"31-60"_s).toString(), u"40.00"_s);
    QCOMPARE(rivera.value(u"61-90"_s).toString(), u"0.00"_s);
    QCOMPARE(rivera.value(u"over_90"_s).toString(), u"35.00"_s);
    QCOMPARE(rivera.value(u"balance"_s).toString(), u"75.00"_s);
    QCOMPARE(families.at(1).toObject().value(u"0-30"_s).toString(), u"19.99"_s);
    const QJsonObject totals = aged.value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"0-30"_s).toString(), u"19.99"_s);
    QCOMPARE(totals.value(u"over_90"_s).toString(), u"35.00"_s);
    QCOMPARE(totals.value(u"balance"_s).toString(), u"94.99"_s);

    const Run table = cli(db, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-07-31"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), u"Aging as of 2024-07-31"_s);
    QVERIFY2(lines.at(1).contains(QRegularExpression(u"Family +Guarantor +0–30 +31–60 +61–90 +Over 90 +Balance"_s)),
             qPrintable(table.out));
    QVERIFY2(lines.at(2).contains(QRegularExpression(u"1 +Rivera, Jr., Ana +0.00 +40.00 +0.00 +35.00 +75.00$"_s)),
             qPrintable(table.out));
    QVERIFY2(lines.constLast().contains(QRegularExpression(u"Total +19.99 +40.00 +0.00 +35.00 +94.99$"_s)),
             qPrintable(table.out));

    // Before anything was charged nobody owes: an empty CSV but for its header.
    QCOMPARE(cli(db, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2023-12-31"_s, u"--csv"_s, csv}).exitCode, 0);
    QFile empty(csv);
    QVERIFY(empty.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(empty.readAll()), u"family,guarantor,0-30,31-60,61-90,over_90,balance\r\n"_s);
}

void tst_Cli::depositCsvSumsToTheDeposit_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// A spreadsheet's sum of the amount column is the day's deposit: the totals are in their own column.
void tst_Cli::depositCsvSumsToTheDeposit()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    json(db, substituted({u"post-payment"_s, u"--patient"_s, u"{P2}"_s, u"--amount"_s, u"12.25"_s, u"--method"_s,
                          u"check"_s, u"--date"_s, u"2024-03-01"_s},
                         ids));
    const QString csv = QDir(m_files.path()).filePath(u"deposit-"_s + backend + u".csv"_s);
    const QJsonObject written = json(db, {u"report"_s, u"deposit"_s, u"--date"_s, u"2024-03-01"_s, u"--csv"_s, csv});
    QCOMPARE(written.value(u"total"_s).toString(), u"162.25"_s);

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList rows = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = rows.takeFirst().split(u',');
    QCOMPARE(header, (QStringList{u"payment_id"_s, u"date"_s, u"family_id"_s, u"patient_id"_s, u"patient"_s,
                                  u"method"_s, u"reference"_s, u"kind"_s, u"amount"_s, u"posted_by"_s, u"total"_s}));
    // The practice's references and names hold commas: read the last columns from the end.
    qint64 amountCents = 0, totalRows = 0;
    for (const QString &row : std::as_const(rows)) {
        const QStringList fields = row.split(u',');
        const QString amount = fields.at(fields.size() - 3);
        const QString total = fields.constLast();
        if (fields.at(fields.size() - 4) == u"total"_s) {
            ++totalRows;
            QVERIFY2(amount.isEmpty() && !total.isEmpty(), qPrintable(row));
        } else {
            QVERIFY2(total.isEmpty(), qPrintable(row));
            amountCents += paydesk::core::Money::parse(amount).value().cents();
        }
    }
    QCOMPARE(amountCents, qint64(16225));
    QCOMPARE(totalRows, qint64(2 + 1 + 1)); // card and check, the user tester, the day
}

void tst_Cli::exportsKeepDocumentedNames_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("header");
    const struct
    {
        const char *tag;
        QStringList args;
        QString header;
    } rows[] = {
            {"export charges", {u"export"_s, u"charges"_s, u"--csv"_s},
             u"charge_id,patient_id,date,code,description,provider,clinic,amount,adjustments,allocated,balance,"
             "insurance,writeoff"_s},
            {"report deposit", {u"report"_s, u"deposit"_s, u"--date"_s, u"2024-03-01"_s, u"--csv"_s},
             u"payment_id,date,family_id,patient_id,patient,method,reference,kind,amount,posted_by,total"_s},
            {"report aging", {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-03-31"_s, u"--csv"_s},
             u"family,guarantor,0-30,31-60,61-90,over_90,balance"_s},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.args << row.header;
    }
}

// Whatever the user's language, the CLI's CSV files keep their documented column names and
// money as 1234.50 (the desk's list exports use the titles on screen: tst_gui).
void tst_Cli::exportsKeepDocumentedNames()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, header);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    const QString path = QDir(m_files.path()).filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-')
                                                       + u".csv"_s);
    const Run run = cli(db, args + QStringList{path}, u"es_ES.UTF-8"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), header);
    QVERIFY(lines.size() > 1);
    // 120.50 is owed, charged or paid somewhere in every one of these files.
    QVERIFY2(lines.join(u'\n').contains(QRegularExpression(u"\\b[0-9]+\\.[0-9]{2}\\b"_s)), qPrintable(lines.join(u'\n')));
    // Spanish money ("80,00") would be a quoted field, for its comma.
    QVERIFY2(!lines.join(u'\n').contains(QRegularExpression(u"\"[0-9.]+,[0-9]{2}\""_s)), qPrintable(lines.join(u'\n')));
}

void tst_Cli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"post-payment --patient ID --amount A --method M"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"Global options"_s;
    QTest::newRow("help") << QStringList{u"help"_s} << u"report deposit --date YYYY-MM-DD"_s;
    QTest::newRow("help lists aging after deposit")
            << QStringList{u"help"_s} << u"or a CSV file with --csv.\n  report aging --as-of YYYY-MM-DD [--csv FILE]\n"_s;
    QTest::newRow("aging --help") << QStringList{u"report"_s, u"aging"_s, u"--help"_s}
                                  << u"report aging --as-of YYYY-MM-DD [--csv FILE]"_s;
    QTest::newRow("command --help") << QStringList{u"allocate"_s, u"--help"_s}
                                    << u"--payment ID (--auto [--patient-first] | --charge ID --amount A"_s;
    QTest::newRow("help command") << QStringList{u"help"_s, u"refund"_s} << u"cash, check, card, portal, other"_s;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"paydesk-cli "_s;
}

void tst_Cli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    // Help never opens the database: the file must not appear.
    const QString db = QDir(m_files.path()).filePath(u"never-created.sqlite"_s);
    const Run run = cli(db, args);
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(db));
}

// A charge, an attached fee and a stand-alone fee voided: text and JSON output, the
// account and the export show the voids, and the ledger stays consistent.
void tst_Cli::itemVoids_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::itemVoids()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    const qint64 c1 = ids[u"{C1}"_s].toLongLong(), c2 = ids[u"{C2}"_s].toLongLong();
    const qint64 fee = json(db, substituted({u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s,
                                             u"2024-04-01"_s, u"--type"_s, u"fee"_s, u"--amount"_s, u"10.00"_s,
                                             u"--charge"_s, u"{C2}"_s},
                                            ids))
                           .value(u"adjustment"_s)
                           .toInteger();
    const qint64 standAlone = json(db, substituted({u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s,
                                                    u"2024-04-01"_s, u"--type"_s, u"finance-charge"_s, u"--amount"_s,
                                                    u"5.00"_s, u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s},
                                                   ids))
                                  .value(u"adjustment"_s)
                                  .toInteger();
    QVERIFY(fee > 0 && standAlone > 0);

    // C1 was paid 80.00 by PAY1: that goes back to PAY1 as credit.
    const Run voided =
        cli(db, substituted({u"charge"_s, u"void"_s, u"--charge"_s, u"{C1}"_s, u"--reason"_s, u"wrong patient"_s}, ids));
    QVERIFY2(voided.exitCode == 0 && voided.err.isEmpty(), qPrintable(voided.describe()));
    const QRegularExpressionMatch first = QRegularExpression(u"^Entered void #(\\d+) of charge #(\\d+) \\(-80\\.00\\); "
                                                             "80\\.00 returned to payments as credit\\.\n"_s)
                                              .match(voided.out);
    QVERIFY2(first.hasMatch(), qPrintable(voided.out));
    QCOMPARE(first.captured(2).toLongLong(), c1);
    QVERIFY2(voided.out.contains(u"  80.00 to payment #"_s + ids[u"{PAY1}"_s]), qPrintable(voided.out));
    const qint64 chargeVoid = first.captured(1).toLongLong();

    const QJsonObject feeVoid =
        json(db, {u"adjustment"_s, u"void"_s, u"--adjustment"_s, QString::number(fee), u"--reason"_s, u"not done"_s});
    QVERIFY(feeVoid.value(u"void"_s).toInteger() > chargeVoid);
    QCOMPARE(feeVoid.value(u"adjustment"_s).toInteger(), fee);
    QCOMPARE(feeVoid.value(u"amount"_s).toString(), u"-10.00"_s);
    QCOMPARE(feeVoid.value(u"returned"_s).toString(), u"0.00"_s);
    QCOMPARE(feeVoid.value(u"credit"_s).toArray().size(), 0);
    const QJsonObject standAloneVoid =
        json(db, {u"adjustment"_s, u"void"_s, u"--adjustment"_s, QString::number(standAlone), u"--reason"_s, u"waived"_s});
    QCOMPARE(standAloneVoid.value(u"amount"_s).toString(), u"-5.00"_s);

    const QJsonObject account = json(db, {u"account"_s, u"--family"_s, u"100"_s});
    const QJsonArray charges = account.value(u"charges"_s).toArray();
    QCOMPARE(findById(charges, c1).value(u"voided_by"_s).toInteger(), chargeVoid);
    QCOMPARE(findById(charges, c1).value(u"balance"_s).toString(), u"0.00"_s);
    QVERIFY(findById(charges, c2).value(u"voided_by"_s).isNull());
    QCOMPARE(findById(charges, c2).value(u"balance"_s).toString(), u"50.50"_s);
    const QJsonArray adjustments = account.value(u"adjustments"_s).toArray();
    const QJsonObject voidRow = findById(adjustments, chargeVoid);
    QCOMPARE(voidRow.value(u"kind"_s).toString(), u"void"_s);
    QCOMPARE(voidRow.value(u"type"_s).toString(), u"void"_s);
    QCOMPARE(voidRow.value(u"charge"_s).toInteger(), c1);
    QVERIFY(voidRow.value(u"reverses"_s).isNull());
    QCOMPARE(voidRow.value(u"note"_s).toString(), u"wrong patient"_s);
    QCOMPARE(voidRow.value(u"amount"_s).toString(), u"-80.00"_s);
    QCOMPARE(findById(adjustments, fee).value(u"voided_by"_s).toInteger(), feeVoid.value(u"void"_s).toInteger());
    QCOMPARE(findById(adjustments, fee).value(u"kind"_s).toString(), u"adjustment"_s);
    QCOMPARE(findById(adjustments, feeVoid.value(u"void"_s).toInteger()).value(u"reverses"_s).toInteger(), fee);
    QCOMPARE(findById(adjustments, standAlone).value(u"balance"_s).toString(), u"0.00"_s);
    // 80.00 + 120.50 charged, 80.00 voided; 150.00 + 20.00 paid; the fees voided.
    QCOMPARE(account.value(u"balance"_s).toString(), u"-49.50"_s);
    QCOMPARE(account.value(u"unallocated"_s).toString(), u"100.00"_s);

    const QString csv = QDir(m_files.path()).filePath(u"voids-"_s + backend + u".csv"_s);
    QCOMPARE(cli(db, {u"export"_s, u"adjustments"_s, u"--csv"_s, csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    QVERIFY2(exported.startsWith(u"adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id,allocated,kind,"
                                 "reverses_adjustment_id,note\r\n"_s),
             qPrintable(exported));
    QVERIFY2(exported.contains(u",void,%1,not done\r\n"_s.arg(fee)), qPrintable(exported));
    QVERIFY2(exported.contains(u",%1,0.00,void,,wrong patient\r\n"_s.arg(c1)), qPrintable(exported));

    const Run text = cli(db, {u"account"_s, u"--family"_s, u"100"_s});
    QVERIFY2(text.out.contains(u"voided by #%1"_s.arg(chargeVoid)), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"void of charge #%1"_s.arg(c1)), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"void of #%1"_s.arg(fee)), qPrintable(text.out));

    const Run again = cli(db, {u"charge"_s, u"void"_s, u"--charge"_s, QString::number(c1), u"--reason"_s, u"x"_s});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY2(again.err.contains(u"was already voided by adjustment #%1"_s.arg(chargeVoid)), qPrintable(again.err));
    const Run verify = cli(db, {u"verify"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

// The lock date refuses entries, voids, refunds, balancer runs and imported rows on or
// before it, as the practice's settings hold it.
void tst_Cli::lockDate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // in the one line on stderr; empty: accepted

    const QString closed = u"on or before the lock date 2024-03-01 (Settings; config key ledger.lock_date): the books of "
                           "that period are closed"_s;
    const QStringList charge = {u"charge"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--code"_s, u"D0150"_s,
                                u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"60.00"_s,
                                u"--description"_s, u"Exam"_s, u"--date"_s};
    const QStringList pay = {u"post-payment"_s, u"--patient"_s, u"{P1}"_s, u"--amount"_s, u"10.00"_s, u"--method"_s,
                             u"cash"_s};
    const struct
    {
        const char *tag;
        QStringList args;
        QString expected;
    } rows[] = {
        {"charge on the lock date", charge + QStringList{u"2024-03-01"_s}, u"The charge date 2024-03-01 is "_s + closed},
        {"charge the day after", charge + QStringList{u"2024-03-02"_s}, QString()},
        {"adjustment before it",
         {u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s, u"2024-02-15"_s, u"--type"_s,
          u"discount"_s, u"--amount"_s, u"-5.00"_s, u"--charge"_s, u"{C2}"_s},
         u"The adjustment date 2024-02-15 is "_s + closed},
        {"payment on the lock date", pay + QStringList{u"--date"_s, u"2024-03-01"_s},
         u"The payment date 2024-03-01 is "_s + closed},
        {"payment dated today", pay, QString()},
        {"void of a payment of the lock date", {u"void-payment"_s, u"--payment"_s, u"{PAY1}"_s, u"--reason"_s, u"x"_s},
         u"Payment #{PAY1} is dated 2024-03-01, "_s + closed},
        {"void of a payment after it", {u"void-payment"_s, u"--payment"_s, u"{PAY2}"_s, u"--reason"_s, u"x"_s}, QString()},
        {"refund of a payment after it",
         {u"refund"_s, u"--payment"_s, u"{PAY2}"_s, u"--amount"_s, u"5.00"_s, u"--reason"_s, u"x"_s}, QString()},
        {"void of a charge before it", {u"charge"_s, u"void"_s, u"--charge"_s, u"{C2}"_s, u"--reason"_s, u"x"_s},
         u"Charge #{C2} is dated 2024-02-05, "_s + closed},
        {"balancer as of the lock date",
         {u"balance-families"_s, u"--method"_s, u"transfer-fifo"_s, u"--as-of"_s, u"2024-03-01"_s},
         u"The as-of date 2024-03-01 is "_s + closed},
        {"import of a charge before it", {u"import"_s, u"{IMPORT}"_s},
         u"charges.csv line 2, column date: value \"2024-02-29\": on or before the lock date 2024-03-01 "
         "(ledger.lock_date): that period is closed"_s},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", qPrintable(backend), row.tag) << backend << row.args << row.expected;
    }
}

void tst_Cli::lockDate()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = practiceDatabase(backend, ids);
    {
        const Database database(ConnectionSpec::parse(db));
        paydesk::core::PracticeSettings(database).set(u"tester"_s, u"ledger.lock_date"_s, u"2024-03-01"_s);
    }
    ids[u"{IMPORT}"_s] = importFolder(
        u"locked-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-'),
        {{u"patients.csv"_s, patientsCsv},
         {u"charges.csv"_s, u"charge_id,patient_id,date,code,description,provider,clinic,amount\n"
                            "7001,501,2024-02-29,D0120,Exam,DRX,EAST,40.00\n"_s},
         {u"adjustments.csv"_s, adjustmentsCsv},
         {u"payments.csv"_s, u"payment_id,patient_id,date,amount,method,reference\n"_s}});
    const QString before = snapshot(db);

    const Run run = cli(db, substituted(args, ids));
    if (expected.isEmpty()) {
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        return;
    }
    QVERIFY2(run.exitCode == 1 && run.errLines().size() == 1, qPrintable(run.describe()));
    const QString want = substituted({expected}, ids).constFirst();
    QVERIFY2(run.err.contains(want), qPrintable(u"expected \"%1\" in: %2"_s.arg(want, run.err)));
    QCOMPARE(snapshot(db), before);
}

void tst_Cli::chargeFromProcedureCode_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("options"); // after the patient, date, provider and clinic
    QTest::addColumn<QString>("code");        // as stored
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("refused"); // the one line on stderr, else empty

    const struct
    {
        const char *tag;
        QStringList options;
        QString code, description, amount, refused;
    } rows[] = {
        {"code's description and fee", {u"--code"_s, u"d1110"_s}, u"D1110"_s, u"Prophylaxis, adult"_s, u"95.00"_s, {}},
        {"a fee of its own", {u"--code"_s, u"D1110"_s, u"--amount"_s, u"80.00"_s}, u"D1110"_s, u"Prophylaxis, adult"_s,
         u"80.00"_s, {}},
        {"a description of its own", {u"--code"_s, u"D1110"_s, u"--description"_s, u"Cleaning"_s}, u"D1110"_s,
         u"Cleaning"_s, u"95.00"_s, {}},
        {"a code without a fee", {u"--code"_s, u"D9986"_s}, {}, {}, {},
         u"--amount: procedure code \"D9986\" has no fee; give --amount."_s},
        {"a code without a fee, amount given", {u"--code"_s, u"D9986"_s, u"--amount"_s, u"25.00"_s}, u"D9986"_s,
         u"Missed appointment"_s, u"25.00"_s, {}},
        {"a code the table lacks", {u"--code"_s, u"X123"_s, u"--amount"_s, u"5.00"_s}, {}, {}, {},
         u"--description: procedure code \"X123\" is not in the practice's table, so it has nothing to fill in; "
         "give --description."_s},
        {"a code the table lacks, all given",
         {u"--code"_s, u"X123"_s, u"--amount"_s, u"5.00"_s, u"--description"_s, u"Sundry"_s}, u"X123"_s, u"Sundry"_s,
         u"5.00"_s, {}},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", qPrintable(backend), row.tag)
                << backend << row.options << row.code << row.description << row.amount << row.refused;
    }
}

void tst_Cli::chargeFromProcedureCode()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, options);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QString, amount);
    QFETCH(QString, refused);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids;
    const QString db = refusalPractice(backend, ids);
    {
        const Database database(ConnectionSpec::parse(db));
        paydesk::core::ProcedureCodes codes(database);
        // The practice is shared by the rows: the first one adds the codes.
        if (!codes.find(u"D1110"_s)) {
            codes.add(u"tester"_s, {u"D1110"_s, u"Prophylaxis, adult"_s, paydesk::core::Money::fromCents(9500)});
            codes.add(u"tester"_s, {u"D9986"_s, u"Missed appointment"_s, std::nullopt});
        }
    }
    const QStringList args = substituted({u"--json"_s, u"charge"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s,
                                          u"2024-05-01"_s, u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s},
                                         ids)
        + options;
    const QString before = snapshot(db);
    const Run run = cli(db, args);
    if (!refused.isEmpty()) {
        QVERIFY2(run.exitCode == 1 && run.errLines() == QStringList{u"paydesk-cli: "_s + refused}, qPrintable(run.describe()));
        QCOMPARE(snapshot(db), before);
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject entered = parseObject(run);
    QCOMPARE(entered.value(u"description"_s).toString(), description);
    QCOMPARE(entered.value(u"amount"_s).toString(), amount);
    const QJsonObject charge = findById(json(db, {u"account"_s, u"--family"_s, u"100"_s}).value(u"charges"_s).toArray(),
                                        entered.value(u"charge"_s).toInteger());
    QCOMPARE(charge.value(u"code"_s).toString(), code);
    QCOMPARE(charge.value(u"description"_s).toString(), description);
    QCOMPARE(charge.value(u"amount"_s).toString(), amount);
}

// Every command that creates a record prints its id as #N before any other number, and the
// same id as a field of its JSON: the same commands run in text on one database and in JSON
// on a twin, whose ids come out the same.
void tst_Cli::printedIds_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Cli::printedIds()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Ids ids, twinIds;
    const QString text = practiceDatabase(backend, ids);
    const QString twin = practiceDatabase(backend, twinIds);
    QCOMPARE(twinIds, ids);

    const struct
    {
        QStringList args;
        QString key;  // the id's field; "allocations" is the first of that list
        QString name; // a placeholder for later commands
    } steps[] = {
        {{u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s, u"--first"_s, u"Mia"_s,
          u"--birth"_s, u"2015-06-01"_s},
         u"patient"_s, {}},
        {{u"patient"_s, u"add"_s, u"--family"_s, u"300"_s, u"--last"_s, u"Okafor"_s, u"--first"_s, u"Chi"_s,
          u"--birth"_s, u"1975-11-30"_s},
         u"patient"_s, {}},
        {{u"charge"_s, u"add"_s, u"--patient"_s, u"{P1}"_s, u"--date"_s, u"2024-04-02"_s, u"--code"_s, u"D0120"_s,
          u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"45.00"_s, u"--description"_s, u"Exam"_s},
         u"charge"_s, {}},
        {{u"adjustment"_s, u"add"_s, u"--patient"_s, u"{P2}"_s, u"--date"_s, u"2024-04-02"_s, u"--type"_s,
          u"discount"_s, u"--amount"_s, u"-5.00"_s, u"--charge"_s, u"{C2}"_s},
         u"adjustment"_s, u"{ADJ}"_s},
        {{u"post-payment"_s, u"--patient"_s, u"{P2}"_s, u"--amount"_s, u"12.00"_s, u"--method"_s, u"cash"_s},
         u"payment"_s, {}},
        {{u"post-payment"_s, u"--patient"_s, u"{P1}"_s, u"--amount"_s, u"30.00"_s, u"--method"_s, u"card"_s,
          u"--auto-allocate"_s},
         u"payment"_s, {}},
        {{u"refund"_s, u"--payment"_s, u"{PAY2}"_s, u"--amount"_s, u"2.00"_s, u"--reason"_s, u"overpaid"_s},
         u"refund"_s, {}},
        {{u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--charge"_s, u"{C2}"_s, u"--amount"_s, u"5.00"_s},
         u"allocations"_s, {}},
        {{u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--unearned"_s, u"--amount"_s, u"1.00"_s}, u"allocations"_s, {}},
        {{u"allocate"_s, u"--payment"_s, u"{PAY2}"_s, u"--auto"_s}, u"allocations"_s, {}},
        {{u"void-payment"_s, u"--payment"_s, u"{PAY1}"_s, u"--reason"_s, u"duplicate"_s}, u"void"_s, {}},
        {{u"charge"_s, u"void"_s, u"--charge"_s, u"{C1}"_s, u"--reason"_s, u"wrong patient"_s}, u"void"_s, {}},
        {{u"adjustment"_s, u"void"_s, u"--adjustment"_s, u"{ADJ}"_s, u"--reason"_s, u"not given"_s}, u"void"_s, {}},
        {{u"balance-families"_s, u"--method"_s, u"transfer-fifo"_s, u"--family"_s, u"100"_s}, u"run"_s, u"{RUN}"_s},
        {{u"balance-families"_s, u"--undo"_s, u"{RUN}"_s}, u"run"_s, {}},
    };
    const QRegularExpression number(u"\\d+(?:[,.]\\d+)*"_s);
    for (const auto &step : steps) {
        const QStringList args = substituted(step.args, ids);
        const QString command = args.join(u' ');
        const Run printed = cli(text, args);
        QVERIFY2(printed.exitCode == 0, qPrintable(command + u'\n' + printed.describe()));
        const Run asJson = cli(twin, QStringList{u"--json"_s} + args);
        QVERIFY2(asJson.exitCode == 0, qPrintable(command + u'\n' + asJson.describe()));
        const QJsonObject object = parseObject(asJson);
        const QJsonValue field = step.key == u"allocations" ? object.value(step.key).toArray().first()
                                                             : object.value(step.key);
        QVERIFY2(field.toInteger() > 0, qPrintable(command + u'\n' + asJson.out));
        const QRegularExpressionMatch first = number.match(printed.out);
        QVERIFY2(first.hasMatch() && first.capturedStart() > 0 && printed.out.at(first.capturedStart() - 1) == u'#',
                 qPrintable(command + u": the first number is not an #id:\n"_s + printed.out));
        QVERIFY2(first.captured() == QString::number(field.toInteger()),
                 qPrintable(command + u": #"_s + first.captured() + u" printed, "_s
                            + QString::number(field.toInteger()) + u" in JSON"_s));
        if (!step.name.isEmpty())
            ids[step.name] = first.captured();
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
