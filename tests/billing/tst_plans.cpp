// Payment plans and the billing commands on both databases: every plan input and billing
// setting that is refused leaves the database as it was; the commands' output (run-daily's
// lines and JSON, plan enable|amount|disable, billing requeue) and their audit rows as
// `audit --family F` shows them.

#include "BillingDesk.h"
#include "CliRun.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "billing/BillingRunLock.h"
#include "plans/PlanService.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::BillingDesk;
using paydesk::test::CliRun;
using paydesk::test::TestDatabases;
using paydesk::test::date;
using paydesk::test::money;
using paydesk::test::refusalOf;

namespace {

// Every billing row and setting: equal snapshots mean nothing was written.
QString snapshot(const BillingDesk &desk)
{
    QStringList counts;
    for (const char *table : {"payment_plans", "billing_accounts", "statements", "billing_days", "audit_log", "settings"})
        counts << QString::fromLatin1(table) + u'='
                      + QString::number(desk.scalar(u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table)));
    return counts.join(u' ');
}

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_databases = std::make_unique<TestDatabases>(); }
    void cleanupTestCase() { m_databases.reset(); }

    void refusedPlanInput_data();
    void refusedPlanInput();
    void refusedSetting_data();
    void refusedSetting();
    void commands_data();
    void commands();

private:
    std::unique_ptr<TestDatabases> m_databases;
};

void TestPlans::refusedPlanInput_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("action"); // enable, amount, disable, requeue
    QTest::addColumn<QString>("family"); // owing (240.00, on a plan of 80.00 for the actions that need one), paid, none
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("message"); // %1: the family
    const struct
    {
        const char *name, *action, *family, *amount, *start, *message;
    } rows[] = {
        {"owes nothing", "enable", "paid", "10.00", "",
         "Family %1 owes nothing (balance 0.00): a payment plan needs a balance."},
        {"zero amount", "enable", "owing", "0.00", "", "Monthly amount 0.00 must be more than zero."},
        {"negative amount", "enable", "owing", "-5.00", "", "Monthly amount -5.00 must be more than zero."},
        {"more than the balance", "enable", "owing", "240.01", "",
         "Monthly amount 240.01 is more than family %1's balance of 240.00."},
        {"start after today", "enable", "owing", "80.00", "2026-02-02", "Plan start 2026-02-02 is after today (2026-02-01)."},
        {"already enabled", "enable-twice", "owing", "50.00", "",
         "Family %1 already has an enabled payment plan (80.00 a month from 2026-02-01)."},
        {"unknown family", "enable", "none", "10.00", "", "There is no family with account number 999999."},
        {"amount over the balance", "amount", "owing", "300.00", "",
         "Monthly amount 300.00 is more than family %1's balance of 240.00."},
        {"amount zero", "amount", "owing", "0.00", "", "Monthly amount 0.00 must be more than zero."},
        {"amount without a plan", "amount-no-plan", "owing", "10.00", "", "Family %1 has no enabled payment plan."},
        {"disable without a plan", "disable", "owing", "", "", "Family %1 has no enabled payment plan."},
        {"requeue a submitted family", "requeue", "owing", "", "",
         "Family %1 is \"Submitted - Patient statement\": only a family in \"Suspended - Pending write-off\" can be "
         "queued for statements again."},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::newRow(qPrintable(QString::fromLatin1(row.name) + u'/' + backend))
                << backend << QString::fromLatin1(row.action) << QString::fromLatin1(row.family)
                << QString::fromLatin1(row.amount) << QString::fromLatin1(row.start) << QString::fromLatin1(row.message);
}

void TestPlans::refusedPlanInput()
{
    QFETCH(QString, backend);
    QFETCH(QString, action);
    QFETCH(QString, family);
    QFETCH(QString, amount);
    QFETCH(QString, start);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases->fresh(backend);
    BillingDesk desk(*db);
    qint64 patient = 0;
    const qint64 owing = desk.owingFamily(&patient, u"240.00"_s);
    qint64 paidPatient = 0;
    const qint64 paid = desk.family(&paidPatient, u"Soto"_s);
    desk.charge(paidPatient, date("2026-01-02"), u"50.00"_s);
    desk.pay(paidPatient, date("2026-01-03"), u"50.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-02-01"));
    PlanService plans(*db, desk.user());
    if (action == u"enable-twice" || action == u"amount" || action == u"disable-plan")
        plans.enable(owing, money(u"80.00"_s));
    const qint64 id = family == u"owing" ? owing : family == u"paid" ? paid : 999999;

    const QString before = snapshot(desk);
    const QString refusal = refusalOf([&] {
        if (action.startsWith(u"enable"))
            plans.enable(id, money(amount), start.isEmpty() ? QDate() : QDate::fromString(start, Qt::ISODate));
        else if (action.startsWith(u"amount"))
            plans.changeAmount(id, money(amount));
        else if (action == u"disable")
            plans.disable(id);
        else
            plans.requeue(id);
    });
    QCOMPARE(refusal, message.contains(u"%1"_s) ? message.arg(id) : message);
    QCOMPARE(snapshot(desk), before);
}

void TestPlans::refusedSetting_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const struct
    {
        const char *key, *value;
    } rows[] = {
        {"statements.interval_days", "0"}, {"statements.interval_days", "366"}, {"statements.interval_days", "thirty"},
        {"statements.max", "0"},           {"statements.max", "100"},           {"statements.max", "2.5"},
        {"billing.default", "writeoff"},   {"plans.automated", "yes"},          {"plans.days_between_payments", "0"},
        {"plans.days_between_payments", "366"}, {"plans.suspended_days", "0"}, {"plans.suspended_days", "-1"},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::newRow(qPrintable(QStringLiteral("%1=%2/%3").arg(QLatin1String(row.key), QLatin1String(row.value), backend)))
                << backend << QString::fromLatin1(row.key) << QString::fromLatin1(row.value);
}

// Each refused alone, and beside a good value (all or none), naming the key and the value.
void TestPlans::refusedSetting()
{
    QFETCH(QString, backend);
    QFETCH(QString, key);
    QFETCH(QString, value);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases->fresh(backend);
    BillingDesk desk(*db);
    const QString before = snapshot(desk);
    const QString refusal = refusalOf([&] { desk.settings({{u"statements.max"_s, u"5"_s}, {key, value}}); });
    QVERIFY2(refusal.contains(key) && refusal.contains(value), qPrintable(refusal));
    QCOMPARE(snapshot(desk), before);
    QCOMPARE(PracticeSettings(*db).value(u"statements.max"_s), u"3"_s);
}

void TestPlans::commands_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// The commands as a billing manager types them, on dates before today (the CLI's clock is
// the real one).
void TestPlans::commands()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
    const ConnectionSpec spec = m_databases->freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &args) { return paydesk::test::runCli(url, u"manager"_s, args); };
    qint64 family = 0;
    {
        const Database db(spec);
        BillingDesk desk(db);
        qint64 patient = 0;
        family = desk.owingFamily(&patient, u"240.00"_s);
    }
    const QString f = QString::number(family);

    CliRun run = cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s});
    QCOMPARE(run.exitCode, 0);
    // The daily run's backup comes first (tests/backup checks it).
    QVERIFY2(run.out.startsWith(u"backup: "_s), qPrintable(run.out));
    QCOMPARE(run.out.section(u'\n', 1), u"2026-01-05: statements 1, plans disabled 0, completed 0, billing resumed 0\n"_s);
    run = cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), QJsonArray());
    run = cli({u"run-daily"_s, u"--date"_s, u"2026-01-07"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray days = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(1).toObject(), (QJsonObject{{u"date"_s, u"2026-01-07"_s}, {u"statements"_s, 0},
                                                  {u"plans_disabled"_s, 0}, {u"completed"_s, 0},
                                                  {u"billing_resumed"_s, 0}}));
    run = cli({u"run-daily"_s, u"--date"_s, u"2026-01-06"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{u"paydesk-cli: Run date 2026-01-06 is before the last run (2026-01-07): days already run are not run again."_s});

    // Amounts are read exactly or refused, naming the option and the value; nothing is written.
    for (const QString &bad : {u"12.345"_s, u"abc"_s, u"99999999999999999"_s}) {
        run = cli({u"plan"_s, u"enable"_s, u"--family"_s, f, u"--amount"_s, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"paydesk-cli: --amount: "_s) && run.err.contains(bad), qPrintable(run.describe()));
    }
    run = cli({u"plan"_s, u"enable"_s, u"--family"_s, f, u"--amount"_s, u"80"_s, u"--start"_s, u"2099-01-01"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"paydesk-cli: Plan start 2099-01-01 is after today"_s), qPrintable(run.describe()));

    run = cli({u"plan"_s, u"enable"_s, u"--family"_s, f, u"--amount"_s, u"80"_s, u"--start"_s, u"2026-01-10"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject enabled = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(enabled.value(u"amount"_s).toString(), u"80.00"_s);
    QCOMPARE(enabled.value(u"start"_s).toString(), u"2026-01-10"_s);
    QCOMPARE(cli({u"plan"_s, u"amount"_s, u"--family"_s, f, u"--amount"_s, u"60.00"_s}).exitCode, 0);
    QCOMPARE(cli({u"plan"_s, u"disable"_s, u"--family"_s, f, u"--reason"_s, u"Moved away"_s}).exitCode, 0);
    run = cli({u"billing"_s, u"requeue"_s, u"--family"_s, f});
    QCOMPARE(run.exitCode, 1);
    // A user's disable: standard billing at once, as billing status shows it.
    run = cli({u"billing"_s, u"status"_s, u"--family"_s, f, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(status.value(u"status"_s).toString(), u"Submitted - Patient statement"_s);
    QCOMPARE(status.value(u"billing_resumes_on"_s), QJsonValue(QJsonValue::Null));
    const QJsonObject plan = status.value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"status"_s).toString(), u"Disabled"_s);
    QCOMPARE(plan.value(u"amount"_s).toString(), u"60.00"_s);
    QCOMPARE(plan.value(u"disabled_by"_s).toString(), u"manager"_s);

    // A bad setting is refused, naming it, and nothing is written.
    run = cli({u"config"_s, u"set"_s, u"statements.max"_s, u"0"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"statements.max"_s), qPrintable(run.describe()));
    // A run in progress elsewhere: a second is refused, saying since when and by whom.
    {
        const Database db(spec);
        // On PostgreSQL a run lives while its session holds the run's lock: this one's does.
        if (db.isPostgres())
            db.execute(u"SELECT pg_advisory_lock(%1)"_s.arg(BillingRunLock::livingKey));
        db.execute(u"INSERT INTO billing_run_lock (id, user_name, started_at, host, process_id)"
                   " VALUES (1, 'remote', '2026-01-09T13:30:00.000Z', 'elsewhere', 1)"_s);
        run = cli({u"run-daily"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"paydesk-cli: A daily billing run is in progress since 2026-01-09 "_s)
                     && run.err.contains(u" by remote."_s),
                 qPrintable(run.describe()));
        db.execute(u"DELETE FROM billing_run_lock"_s);
    }

    run = cli({u"audit"_s, u"--family"_s, f, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList trail;
    for (const QJsonValue &entry : QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entries"_s).toArray()) {
        const QJsonObject e = entry.toObject();
        if (e.value(u"action"_s).toString().startsWith(u"plan-"_s))
            trail.prepend(e.value(u"action"_s).toString() + u' '
                          + QString::fromUtf8(QJsonDocument(e.value(u"before"_s).toObject()).toJson(QJsonDocument::Compact))
                          + u" -> "_s
                          + QString::fromUtf8(QJsonDocument(e.value(u"after"_s).toObject()).toJson(QJsonDocument::Compact)));
    }
    QCOMPARE(trail, (QStringList{
        uR"(plan-enable {} -> {"amount":"80.00","start":"2026-01-10","status":"Enabled"})"_s,
        uR"(plan-amount {"amount":"80.00","start":"2026-01-10","status":"Enabled"} -> {"amount":"60.00","start":"2026-01-10","status":"Enabled"})"_s,
        uR"(plan-disable {"amount":"60.00","start":"2026-01-10","status":"Enabled"} -> {"amount":"60.00","reason":"Moved away","start":"2026-01-10","status":"Disabled"})"_s,
    }));
}

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
