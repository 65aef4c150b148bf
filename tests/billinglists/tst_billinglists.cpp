// The Patient Billing lists through the real paydesk-cli, on SQLite and PostgreSQL: each
// family's status as the lists show it between runs, the billing status object, the list
// names, the filter, and the CSV headers (the plans list keeps ZOLL's). The status rules
// the lists share with the daily run are tested here as tables.

#include "CliRun.h"
#include "TestDatabases.h"

#include "billing/BillingStatus.h"
#include "statements/StatementBuilder.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "money/Money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::BillingStatus;
using paydesk::core::BillingStatuses;
using paydesk::core::Money;
using paydesk::test::CliRun;
using paydesk::test::runCli;
using paydesk::test::TestDatabases;

namespace {

const QString queued = u"Queued for Submission - Patient statement"_s;
const QString pendingWriteOff = u"Suspended - Pending write-off"_s;
const QString notBilled = u"Not billed"_s;

QJsonDocument jsonOf(const CliRun &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    if (doc.isNull())
        qWarning("not JSON: %s", qPrintable(run.describe()));
    return doc;
}

QStringList familiesOf(const QJsonArray &array)
{
    QStringList ids;
    for (const QJsonValue &value : array)
        ids << QString::number(value.toObject().value(u"family"_s).toInteger());
    return ids;
}

} // namespace

class tst_BillingLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardBilling_data();
    void standardBilling();
    void shown_data();
    void shown();
    void statusesAreExact();
    void planDisabledReason();
    void beforeAnyRun_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void beforeAnyRun();
    void listsFilterAndExport_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void listsFilterAndExport();
    void refusals_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void refusals();
    void planBetweenRuns_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void planBetweenRuns();
    void planStartingLaterKeepsTheSuspension_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void planStartingLaterKeepsTheSuspension();
    void reprintIsAsSent_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void reprintIsAsSent();

private:
    // A practice of three families: 1 Haddad owes 240.00, 2 Ortiz owes nothing, 3 Quinn has a
    // 20.00 credit.
    QString practice(const QString &backend);
    CliRun cli(const QStringList &args) { return runCli(m_db, u"ana"_s, args); }

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_BillingLists::standardBilling_data()
{
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::newRow("none sent: queued") << 0 << 3 << int(BillingStatus::Queued);
    QTest::newRow("one of three: submitted") << 1 << 3 << int(BillingStatus::Submitted);
    QTest::newRow("the maximum: final") << 3 << 3 << int(BillingStatus::FinalStatementSent);
    QTest::newRow("beyond it on a plan: final") << 3 << 2 << int(BillingStatus::FinalStatementSent);
    QTest::newRow("maximum one, one sent: final") << 1 << 1 << int(BillingStatus::FinalStatementSent);
}

void tst_BillingLists::standardBilling()
{
    QFETCH(int, sent);
    QFETCH(int, max);
    QFETCH(int, expected);
    QCOMPARE(int(BillingStatuses::standardBilling(sent, max)), expected);
}

void tst_BillingLists::shown_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<QString>("balance");
    QTest::addColumn<bool>("planEnabled");
    QTest::addColumn<bool>("suspend");
    QTest::addColumn<int>("expected");
    using S = BillingStatus;
    QTest::newRow("not billed, now owes: queued") << int(S::NotBilled) << u"0.01"_s << false << false << int(S::Queued);
    QTest::newRow("not billed, now owes, suspend: pending write-off")
            << int(S::NotBilled) << u"5.00"_s << false << true << int(S::PendingWriteOff);
    QTest::newRow("submitted, paid off: not billed") << int(S::Submitted) << u"0.00"_s << false << false << int(S::NotBilled);
    QTest::newRow("final, now a credit: not billed")
            << int(S::FinalStatementSent) << u"-3.00"_s << false << false << int(S::NotBilled);
    QTest::newRow("plan just enabled: payment plan") << int(S::Submitted) << u"80.00"_s << true << false << int(S::PaymentPlan);
    QTest::newRow("plan enabled while suspended: payment plan")
            << int(S::PlanDisabled) << u"80.00"_s << true << false << int(S::PaymentPlan);
    QTest::newRow("plan paid off: not billed") << int(S::PaymentPlan) << u"0.00"_s << true << false << int(S::NotBilled);
    QTest::newRow("still owes: as stored") << int(S::FinalStatementSent) << u"10.00"_s << false << false
                                           << int(S::FinalStatementSent);
    QTest::newRow("pending write-off stays") << int(S::PendingWriteOff) << u"10.00"_s << false << false
                                             << int(S::PendingWriteOff);
}

void tst_BillingLists::shown()
{
    QFETCH(int, stored);
    QFETCH(QString, balance);
    QFETCH(bool, planEnabled);
    QFETCH(bool, suspend);
    QFETCH(int, expected);
    const Money amount = Money::parse(balance).value();
    QCOMPARE(int(BillingStatuses::shown(BillingStatus(stored), amount, planEnabled, suspend)), expected);
}

void tst_BillingLists::statusesAreExact()
{
    // ZOLL's words, as the issue fixes them: scripts and the CSV compare them as text.
    const QStringList texts = {notBilled,
                               queued,
                               u"Submitted - Patient statement"_s,
                               u"Suspended - Final statement sent"_s,
                               pendingWriteOff,
                               u"Payment plan"_s,
                               u"Suspended - Payment plan disabled"_s};
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(BillingStatuses::text(BillingStatus(i)), texts.at(i));
        QCOMPARE(BillingStatuses::parse(texts.at(i)), std::optional<BillingStatus>(BillingStatus(i)));
    }
    QCOMPARE(BillingStatuses::parse(u"payment plan"_s), std::nullopt);
}

void tst_BillingLists::planDisabledReason()
{
    // Stored and exported in English; shown in the user's language only when it is the
    // run's own sentence for those days (no catalogue is loaded here: English both ways).
    const QString stored = BillingStatuses::planDisabledReason(46);
    QCOMPARE(stored, u"Payment plan disabled: no payment for 46 days"_s);
    QCOMPARE(BillingStatuses::planDisabledReasonText(stored, 46), stored);
    QCOMPARE(BillingStatuses::planDisabledReasonText(stored, 45), stored); // not the run's sentence for 45: as written
    QCOMPARE(BillingStatuses::planDisabledReasonText(u"Moved away"_s, 46), u"Moved away"_s);
}

QString tst_BillingLists::practice(const QString &backend)
{
    m_db = TestDatabases::url(m_databases.freshSpec(backend));
    const QList<QStringList> steps = {
        {u"patient"_s, u"add"_s, u"--family"_s, u"1"_s, u"--last"_s, u"Haddad"_s, u"--first"_s, u"María"_s,
         u"--birth"_s, u"1970-02-03"_s},
        {u"patient"_s, u"add"_s, u"--family"_s, u"2"_s, u"--last"_s, u"Ortiz"_s, u"--first"_s, u"Ana"_s, u"--birth"_s,
         u"1981-05-06"_s},
        {u"patient"_s, u"add"_s, u"--family"_s, u"3"_s, u"--last"_s, u"Quinn"_s, u"--first"_s, u"Ben"_s, u"--birth"_s,
         u"1990-07-08"_s},
        {u"charge"_s, u"add"_s, u"--patient"_s, u"1"_s, u"--date"_s, u"2026-01-02"_s, u"--code"_s, u"D0150"_s,
         u"--provider"_s, u"DR"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"240.00"_s, u"--description"_s,
         u"Exam"_s},
        {u"post-payment"_s, u"--patient"_s, u"3"_s, u"--amount"_s, u"20.00"_s, u"--method"_s, u"cash"_s,
         u"--date"_s, u"2026-01-03"_s},
    };
    for (const QStringList &step : steps) {
        const CliRun run = cli(step);
        if (run.exitCode != 0)
            return run.describe();
    }
    return {};
}

void tst_BillingLists::beforeAnyRun()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString problem = practice(backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // No daily run yet: a family that owes shows as a new balance would, the others "Not billed".
    CliRun run = cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject owing = jsonOf(run).object();
    QCOMPARE(owing.value(u"family"_s).toInteger(), 1);
    QCOMPARE(owing.value(u"status"_s).toString(), queued);
    QCOMPARE(owing.value(u"balance"_s).toString(), u"240.00"_s);
    QCOMPARE(owing.value(u"statements_sent"_s).toInteger(), 0);
    QVERIFY(owing.value(u"last_statement"_s).isNull());
    QVERIFY(owing.value(u"billing_resumes_on"_s).isNull());
    QVERIFY(owing.value(u"plan"_s).isNull());
    // Queued: the next run sends it, which before the first run is today's.
    QCOMPARE(owing.value(u"next_statement"_s).toString().size(), 10);
    for (const QString &key : {u"family"_s, u"status"_s, u"balance"_s, u"statements_sent"_s, u"last_statement"_s,
                               u"next_statement"_s, u"billing_resumes_on"_s, u"plan"_s})
        QVERIFY2(owing.contains(key), qPrintable(key));

    run = cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"3"_s});
    const QJsonObject credit = jsonOf(run).object();
    QCOMPARE(credit.value(u"status"_s).toString(), notBilled);
    QCOMPARE(credit.value(u"balance"_s).toString(), u"-20.00"_s);
    QVERIFY(credit.value(u"next_statement"_s).isNull());

    run = cli({u"--json"_s, u"billing"_s, u"list"_s, u"queued"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(familiesOf(jsonOf(run).array()), QStringList{u"1"_s});
    // The list holds the objects billing status prints.
    QCOMPARE(jsonOf(run).array().first().toObject(), owing);

    // Under "suspend patient billing by default" the same balance is a pending write-off.
    QCOMPARE(cli({u"config"_s, u"set"_s, u"billing.default"_s, u"suspend"_s}).exitCode, 0);
    run = cli({u"--json"_s, u"billing"_s, u"list"_s, u"queued"_s});
    QCOMPARE(jsonOf(run).array().size(), 0);
    run = cli({u"--json"_s, u"billing"_s, u"list"_s, u"pending-writeoff"_s});
    QCOMPARE(familiesOf(jsonOf(run).array()), QStringList{u"1"_s});
    QCOMPARE(jsonOf(run).array().first().toObject().value(u"status"_s).toString(), pendingWriteOff);
}

void tst_BillingLists::listsFilterAndExport()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString problem = practice(backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli({u"charge"_s, u"add"_s, u"--patient"_s, u"2"_s, u"--date"_s, u"2026-01-04"_s, u"--code"_s,
                  u"D0150"_s, u"--provider"_s, u"DR"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"75.00"_s,
                  u"--description"_s, u"Exam"_s})
                     .exitCode,
             0);

    // Names in any order, folded; an account number; both must hold.
    const QList<std::pair<QString, QStringList>> filters = {
        {u""_s, {u"1"_s, u"2"_s}},       {u"maria"_s, {u"1"_s}},        {u"Haddad, María"_s, {u"1"_s}},
        {u"mar had"_s, {u"1"_s}},        {u"2"_s, {u"2"_s}},            {u"ortiz 1"_s, {}},
        {u"quinn"_s, {}},
    };
    for (const auto &[filter, expected] : filters) {
        const CliRun run = cli({u"--json"_s, u"billing"_s, u"list"_s, u"queued"_s, u"--filter"_s, filter});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(familiesOf(jsonOf(run).array()) == expected, qPrintable(filter));
    }

    // CSV: the JSON keys, the plans list ZOLL's header.
    const QString queuedCsv = m_dir.filePath(u"queued-%1.csv"_s.arg(backend));
    CliRun run = cli({u"billing"_s, u"list"_s, u"queued"_s, u"--csv"_s, queuedCsv});
    QCOMPARE(run.exitCode, 0);
    QFile file(queuedCsv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("family,guarantor,status,balance,statements_sent,last_statement,next_statement,"
                        "billing_resumes_on,suspension_reason,plan_status,plan_amount,plan_start,"
                        "plan_last_payment_date,plan_last_payment_amount,plan_days_since_last_payment,"
                        "plan_disabled_on,plan_disabled_by"));
    QVERIFY2(lines.at(1).startsWith("1,\"Haddad, María\",Queued for Submission - Patient statement,240.00,0,,"),
             lines.at(1).constData());

    const QString plansCsv = m_dir.filePath(u"plans-%1.csv"_s.arg(backend));
    run = cli({u"billing"_s, u"list"_s, u"plans"_s, u"--csv"_s, plansCsv});
    QCOMPARE(run.exitCode, 0);
    QFile plans(plansCsv);
    QVERIFY(plans.open(QIODevice::ReadOnly));
    QCOMPARE(plans.readAll().trimmed(),
             QByteArray("Account,Guarantor,MontlyPaymentPlanAmount,PlanStart,LastPaymentDate,LastPaymentAmount,"
                        "DaysSinceLastPayment,LastStatement,Balance,Status"));

    // The table names the same columns, less those no family fills.
    run = cli({u"billing"_s, u"list"_s, u"queued"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"family"_s) && run.out.contains(u"Haddad, María"_s)
                     && !run.out.contains(u"plan_status"_s),
             qPrintable(run.out));
}

void tst_BillingLists::refusals()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString problem = practice(backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CliRun run = cli({u"billing"_s, u"list"_s, u"queue"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"\"queue\""_s) && run.err.contains(u"other-suspensions"_s), qPrintable(run.err));
    run = cli({u"billing"_s, u"status"_s, u"--family"_s, u"99"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"99"_s), qPrintable(run.err));
}

// A plan enabled between runs shows "Payment plan" at once, but has no days since the last
// payment until a run has looked at it; then they count from its start.
void tst_BillingLists::planBetweenRuns()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString problem = practice(backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s}).exitCode, 0);
    CliRun run = cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"1"_s});
    QCOMPARE(jsonOf(run).object().value(u"status"_s).toString(), u"Submitted - Patient statement"_s);
    QCOMPARE(jsonOf(run).object().value(u"next_statement"_s).toString(), u"2026-02-04"_s);

    QCOMPARE(cli({u"plan"_s, u"enable"_s, u"--family"_s, u"1"_s, u"--amount"_s, u"80.00"_s, u"--start"_s,
                  u"2026-01-04"_s})
                     .exitCode,
             0);
    run = cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"1"_s});
    QJsonObject account = jsonOf(run).object();
    QCOMPARE(account.value(u"status"_s).toString(), u"Payment plan"_s);
    QJsonObject plan = account.value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"status"_s).toString(), u"Enabled"_s);
    QCOMPARE(plan.value(u"amount"_s).toString(), u"80.00"_s);
    QVERIFY(plan.value(u"days_since_last_payment"_s).isNull());
    QCOMPARE(familiesOf(jsonOf(cli({u"--json"_s, u"billing"_s, u"list"_s, u"plans"_s})).array()), QStringList{u"1"_s});
    QCOMPARE(jsonOf(cli({u"--json"_s, u"billing"_s, u"list"_s, u"submitted"_s})).array().size(), 0);

    QCOMPARE(cli({u"run-daily"_s, u"--date"_s, u"2026-01-06"_s}).exitCode, 0);
    run = cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"1"_s});
    plan = jsonOf(run).object().value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"days_since_last_payment"_s).toInteger(), 2);
    QVERIFY(plan.value(u"last_payment_date"_s).isNull());

    // A user's disable: standard billing at once, no suspension, the plan kept as Disabled.
    QCOMPARE(cli({u"plan"_s, u"disable"_s, u"--family"_s, u"1"_s, u"--reason"_s, u"moved away"_s}).exitCode, 0);
    run = cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"1"_s});
    account = jsonOf(run).object();
    QCOMPARE(account.value(u"status"_s).toString(), u"Submitted - Patient statement"_s);
    QVERIFY(account.value(u"billing_resumes_on"_s).isNull());
    QCOMPARE(account.value(u"plan"_s).toObject().value(u"status"_s).toString(), u"Disabled"_s);
    QCOMPARE(jsonOf(cli({u"--json"_s, u"billing"_s, u"list"_s, u"other-suspensions"_s})).array().size(), 0);
    QCOMPARE(jsonOf(cli({u"--json"_s, u"billing"_s, u"list"_s, u"plans"_s})).array().size(), 0);
}

// A plan enabled for a pending write-off, starting after the last run: the catch-up's days
// before its start stay pending (no statement); the plan's first day sends one.
void tst_BillingLists::planStartingLaterKeepsTheSuspension()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString problem = practice(backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli({u"config"_s, u"set"_s, u"billing.default"_s, u"suspend"_s}).exitCode, 0);
    QCOMPARE(cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s}).exitCode, 0);
    QCOMPARE(cli({u"plan"_s, u"enable"_s, u"--family"_s, u"1"_s, u"--amount"_s, u"50.00"_s, u"--start"_s,
                  u"2026-01-10"_s})
                     .exitCode,
             0);
    const CliRun run = cli({u"--json"_s, u"run-daily"_s, u"--date"_s, u"2026-01-12"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList statements;
    for (const QJsonValue &day : jsonOf(run).array())
        statements << u"%1 %2"_s.arg(day[u"date"_s].toString()).arg(day[u"statements"_s].toInteger());
    QCOMPARE(statements, (QStringList{u"2026-01-06 0"_s, u"2026-01-07 0"_s, u"2026-01-08 0"_s, u"2026-01-09 0"_s,
                                      u"2026-01-10 1"_s, u"2026-01-11 0"_s, u"2026-01-12 0"_s}));
    const QJsonObject account = jsonOf(cli({u"--json"_s, u"billing"_s, u"status"_s, u"--family"_s, u"1"_s})).object();
    QCOMPARE(account.value(u"status"_s).toString(), u"Payment plan"_s);
    QCOMPARE(account.value(u"last_statement"_s).toString(), u"2026-01-10"_s);
    QCOMPARE(account.value(u"statements_sent"_s).toInteger(), 1);
}

// A statement printed again shows what its run counted: a payment entered later, though dated
// in its window, is neither on it nor in its previous balance.
void tst_BillingLists::reprintIsAsSent()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString problem = practice(backend);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto pay = [&](const QString &amount, const QString &date) {
        return cli({u"post-payment"_s, u"--patient"_s, u"1"_s, u"--amount"_s, amount, u"--method"_s, u"cash"_s,
                    u"--date"_s, date})
                .exitCode;
    };
    QCOMPARE(cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s}).exitCode, 0);
    QCOMPARE(pay(u"10.00"_s, u"2026-01-20"_s), 0);
    QCOMPARE(cli({u"run-daily"_s, u"--date"_s, u"2026-02-04"_s}).exitCode, 0);
    QCOMPARE(pay(u"5.00"_s, u"2026-01-25"_s), 0); // entered after the statement of 2026-02-04

    const paydesk::core::Database db(paydesk::core::ConnectionSpec::parse(m_db));
    QList<paydesk::core::StatementContent> printed;
    paydesk::core::StatementBuilder(db, u"ana"_s).forDay(QDate(2026, 2, 4), [&](const auto &content) {
        printed.append(content);
    });
    QCOMPARE(printed.size(), 1);
    const paydesk::core::StatementContent &statement = printed.first();
    QCOMPARE(statement.previousBalance.toString(), u"240.00"_s);
    QCOMPARE(statement.balanceDue.toString(), u"230.00"_s);
    QCOMPARE(statement.members.size(), 1);
    QCOMPARE(statement.members.first().lines.size(), 1);
    QCOMPARE(statement.members.first().lines.first().amount.toString(), u"-10.00"_s);
}

QTEST_GUILESS_MAIN(tst_BillingLists)
#include "tst_billinglists.moc"
