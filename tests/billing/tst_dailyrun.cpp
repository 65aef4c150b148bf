// The daily billing run's timelines on both databases: the worked example day by
// day and in one jump, plans kept, disabled, completed and re-enabled, the suspend default,
// a new charge after the final statement, a void dated after the day, two runs at once, and
// the run's refusals. Each day is run as the desk and run-daily run it (DailyBillingRun).

#include "BillingDesk.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "billing/BillingRunLock.h"
#include "billing/BillingStatus.h"
#include "billing/DailyBillingRun.h"
#include "ledger/PaymentPoster.h"
#include "plans/PlanService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSysInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::BillingDesk;
using paydesk::test::TestDatabases;
using paydesk::test::date;
using paydesk::test::money;
using paydesk::test::refusalOf;

namespace {

const QString notBilled = BillingStatuses::text(BillingStatus::NotBilled);
const QString queued = BillingStatuses::text(BillingStatus::Queued);
const QString submitted = BillingStatuses::text(BillingStatus::Submitted);
const QString finalSent = BillingStatuses::text(BillingStatus::FinalStatementSent);
const QString pendingWriteOff = BillingStatuses::text(BillingStatus::PendingWriteOff);
const QString onPlan = BillingStatuses::text(BillingStatus::PaymentPlan);
const QString planDisabled = BillingStatuses::text(BillingStatus::PlanDisabled);

QString day(const char *text, int statements, int disabled = 0, int completed = 0, int resumed = 0)
{
    return BillingDay{date(text), statements, disabled, completed, resumed}.line();
}

} // namespace

class TestDailyRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_databases = std::make_unique<TestDatabases>(); }
    void cleanupTestCase() { m_databases.reset(); }

    void workedExample_data();
    void workedExample();
    void automatedPlanPaidOnTime_data() { backends(); }
    void automatedPlanPaidOnTime();
    void automatedPlanDisabledThenResumed_data() { backends(); }
    void automatedPlanDisabledThenResumed();
    void suspendDefaultAndRequeue_data() { backends(); }
    void suspendDefaultAndRequeue();
    void newChargeAfterFinalStatement_data() { backends(); }
    void newChargeAfterFinalStatement();
    void planCompletedByPayment_data() { backends(); }
    void planCompletedByPayment();
    void voidDatedAfterTheDay_data() { backends(); }
    void voidDatedAfterTheDay();
    void reenabledPlan_data() { backends(); }
    void reenabledPlan();
    void planCountsFromItsStart_data() { backends(); }
    void planCountsFromItsStart();
    void manualDisable_data() { backends(); }
    void manualDisable();
    void lateEntryCountsFromFirstDay_data() { backends(); }
    void lateEntryCountsFromFirstDay();
    void runDates_data() { backends(); }
    void runDates();
    void twoRunsAtOnce_data() { backends(); }
    void twoRunsAtOnce();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    std::unique_ptr<TestDatabases> m_databases;
};

#define OPEN_DESK(db, desk)                                                                                  \
    QFETCH(QString, backend);                                                                                \
    PAYDESK_REQUIRE_BACKEND(backend);                                                                        \
    const auto db = m_databases->fresh(backend);                                                             \
    BillingDesk desk(*db)

void TestDailyRun::workedExample_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<bool>("dayByDay");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::newRow(qPrintable(u"day by day/"_s + backend)) << backend << true;
        QTest::newRow(qPrintable(u"one jump/"_s + backend)) << backend << false;
    }
}

// Manual plans, interval 30, max 2, the first run ever on 2026-01-05; a family owes 240.00
// from a charge of 2026-01-02; a plan of 80.00 a month from 2026-01-10; one payment of 80.00
// on 2026-01-25. Statements on 01-05, 02-04 and 03-06; on 03-11 the plan stays (45 days),
// on 03-12 it is disabled (46); on 03-27 billing resumes at the final statement.
void TestDailyRun::workedExample()
{
    QFETCH(QString, backend);
    QFETCH(bool, dayByDay);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases->fresh(backend);
    BillingDesk desk(*db);
    desk.settings({{u"statements.interval_days"_s, u"30"_s}, {u"statements.max"_s, u"2"_s},
                   {u"plans.automated"_s, u"false"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"240.00"_s);

    QCOMPARE(desk.run(date("2026-01-05")), QStringList{day("2026-01-05", 1)});
    QCOMPARE(desk.status(family), submitted);

    // What the family is after each day that changes it (day by day only).
    const QHash<QDate, QString> checkpoints{
        {date("2026-01-09"), submitted},    {date("2026-01-10"), onPlan},       {date("2026-02-04"), onPlan},
        {date("2026-03-06"), onPlan},       {date("2026-03-11"), onPlan},       {date("2026-03-12"), planDisabled},
        {date("2026-03-26"), planDisabled}, {date("2026-03-27"), finalSent},
    };
    QStringList lines;
    const auto events = [&](QDate d) {
        desk.at(d);
        if (d == date("2026-01-10"))
            PlanService(*db, desk.user()).enable(family, money(u"80.00"_s), d);
        if (d == date("2026-01-25"))
            desk.pay(patient, d, u"80.00"_s);
    };
    if (dayByDay) {
        for (QDate d = date("2026-01-06"); d <= date("2026-03-27"); d = d.addDays(1)) {
            events(d);
            lines << desk.run(d);
            if (d == date("2026-03-11"))
                QCOMPARE(desk.account(family).daysSinceLastPayment, std::optional<int>(45));
            if (checkpoints.contains(d))
                QVERIFY2(desk.status(family) == checkpoints.value(d),
                         qPrintable(d.toString(Qt::ISODate) + u": "_s + desk.status(family)));
        }
    } else {
        events(date("2026-01-10"));
        events(date("2026-01-25"));
        lines = desk.run(date("2026-03-27"));
    }
    QCOMPARE(lines.size(), 81);
    const QStringList busy = lines.filter(QRegularExpression(u"statements [1-9]|disabled [1-9]|resumed [1-9]"_s));
    QCOMPARE(busy, (QStringList{day("2026-02-04", 1), day("2026-03-06", 1), day("2026-03-12", 0, 1),
                                day("2026-03-27", 0, 0, 0, 1)}));
    QCOMPARE(desk.status(family), finalSent);
    QCOMPARE(desk.account(family).statementsSent, 3);
    QCOMPARE(desk.statements(family), (QStringList{u"2026-01-05 #1 balance 240.00 due 240.00"_s,
                                                   u"2026-02-04 #2 balance 160.00 due 80.00"_s,
                                                   u"2026-03-06 #3 balance 160.00 due 80.00"_s}));
    const std::optional<PaymentPlan> plan = desk.plan(family);
    QVERIFY(plan);
    QCOMPARE(PaymentPlan::statusText(plan->status), u"Disabled"_s);
    QCOMPARE(plan->endedOn, date("2026-03-12"));
    QCOMPARE(plan->endedBy, u"daily-run"_s);
    QCOMPARE(plan->endReason, u"Payment plan disabled: no payment for 46 days"_s);
    QCOMPARE(plan->lastPaymentDate, date("2026-01-25"));
    QCOMPARE(plan->lastPaymentAmount, money(u"80.00"_s));
    QCOMPARE(desk.audit(family), (QStringList{u"plan-enable by manager"_s, u"plan-disable by daily-run"_s}));
    // The balance the run keeps is the balance as of its last day.
    QCOMPARE(desk.state(family).balanceCents, 16000);
}

// Automated plans use the two settings: a plan paid within the days allowed stays on, and
// its statements ask the monthly amount.
void TestDailyRun::automatedPlanPaidOnTime()
{
    OPEN_DESK(db, desk);
    desk.settings({{u"plans.automated"_s, u"true"_s}, {u"plans.days_between_payments"_s, u"30"_s},
                   {u"plans.suspended_days"_s, u"10"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"300.00"_s);
    // A neighbour on a plan too, whose payments are looked up alongside.
    qint64 neighbourPatient = 0;
    const qint64 neighbour = desk.owingFamily(&neighbourPatient, u"90.00"_s);
    desk.at(date("2026-01-05"));
    PlanService(*db, desk.user()).enable(family, money(u"100.00"_s));
    PlanService(*db, desk.user()).enable(neighbour, money(u"30.00"_s));
    desk.run(date("2026-01-05"));
    QCOMPARE(desk.status(family), onPlan);
    desk.pay(patient, date("2026-02-01"), u"100.00"_s);
    desk.pay(neighbourPatient, date("2026-02-01"), u"30.00"_s);
    desk.pay(patient, date("2026-03-02"), u"50.00"_s);
    desk.pay(neighbourPatient, date("2026-02-25"), u"30.00"_s);
    const QStringList lines = desk.run(date("2026-03-24"));
    QVERIFY(lines.filter(u"disabled 1"_s).isEmpty());
    QCOMPARE(desk.plan(neighbour)->lastPaymentDate, date("2026-02-25"));
    QCOMPARE(desk.status(neighbour), onPlan);
    QCOMPARE(desk.status(family), onPlan);
    QCOMPARE(desk.plan(family)->lastPaymentDate, date("2026-03-02"));
    QCOMPARE(desk.plan(family)->lastPaymentAmount, money(u"50.00"_s));
    QCOMPARE(desk.statements(family), (QStringList{u"2026-01-05 #1 balance 300.00 due 100.00"_s,
                                                   u"2026-02-04 #2 balance 200.00 due 100.00"_s,
                                                   u"2026-03-06 #3 balance 150.00 due 100.00"_s}));
    QCOMPARE(desk.run(date("2026-03-28")),
             (QStringList{day("2026-03-25", 0), day("2026-03-26", 0), day("2026-03-27", 0), day("2026-03-28", 0, 1)}));
    QCOMPARE(desk.status(neighbour), planDisabled); // 31 days after 02-25
    QCOMPARE(desk.status(family), onPlan);
}

// An automated plan without a payment for more than the days allowed is disabled; the family
// is suspended for exactly the configured days, then back to Submitted (fewer statements
// than the maximum went out) and billed on its interval.
void TestDailyRun::automatedPlanDisabledThenResumed()
{
    OPEN_DESK(db, desk);
    desk.settings({{u"plans.automated"_s, u"true"_s}, {u"plans.days_between_payments"_s, u"20"_s},
                   {u"plans.suspended_days"_s, u"10"_s}, {u"statements.max"_s, u"3"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"300.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-06"));
    PlanService(*db, desk.user()).enable(family, money(u"100.00"_s));
    desk.run(date("2026-01-26"));
    QCOMPARE(desk.status(family), onPlan);
    QCOMPARE(desk.run(date("2026-01-27")), QStringList{day("2026-01-27", 0, 1)});
    QCOMPARE(desk.status(family), planDisabled);
    QCOMPARE(desk.account(family).billingResumesOn, date("2026-02-06"));
    QCOMPARE(desk.account(family).suspensionReason, u"Payment plan disabled: no payment for 21 days"_s);
    desk.run(date("2026-02-05"));
    QCOMPARE(desk.status(family), planDisabled);
    QCOMPARE(desk.run(date("2026-02-06")), QStringList{day("2026-02-06", 1, 0, 0, 1)});
    QCOMPARE(desk.status(family), submitted);
    QCOMPARE(desk.account(family).statementsSent, 2);
    QVERIFY(!desk.account(family).billingResumesOn.isValid());
}

// Under billing.default suspend a new balance waits in "Pending write-off", without
// statements, until a user queues it again.
void TestDailyRun::suspendDefaultAndRequeue()
{
    OPEN_DESK(db, desk);
    desk.settings({{u"billing.default"_s, u"suspend"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"90.00"_s);
    QCOMPARE(desk.run(date("2026-01-05")), QStringList{day("2026-01-05", 0)});
    QCOMPARE(desk.status(family), pendingWriteOff);
    desk.run(date("2026-02-20"));
    QCOMPARE(desk.status(family), pendingWriteOff);
    QVERIFY(desk.statements(family).isEmpty());
    desk.at(date("2026-02-21"));
    PlanService(*db, desk.user()).requeue(family);
    QCOMPARE(desk.status(family), queued);
    QCOMPARE(desk.run(date("2026-02-21")), QStringList{day("2026-02-21", 1)});
    QCOMPARE(desk.status(family), submitted);
    QCOMPARE(desk.audit(family), QStringList{u"billing-requeue by manager"_s});
}

// A family at its final statement starts again as a new balance when a charge is dated
// after that statement, on the charge's day and not before.
void TestDailyRun::newChargeAfterFinalStatement()
{
    OPEN_DESK(db, desk);
    desk.settings({{u"statements.max"_s, u"2"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"50.00"_s);
    desk.run(date("2026-01-05"));
    desk.run(date("2026-02-04"));
    QCOMPARE(desk.status(family), finalSent);
    desk.charge(patient, date("2026-02-10"), u"25.00"_s);
    desk.run(date("2026-02-09"));
    QCOMPARE(desk.status(family), finalSent);
    QCOMPARE(desk.run(date("2026-02-10")), QStringList{day("2026-02-10", 1)});
    QCOMPARE(desk.status(family), submitted);
    QCOMPARE(desk.account(family).statementsSent, 1);
    QCOMPARE(desk.statements(family).last(), u"2026-02-10 #1 balance 75.00 due 75.00"_s);
}

// A payment that clears the balance completes the plan on its day; the family is then "Not
// billed" with its count back at 0.
void TestDailyRun::planCompletedByPayment()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"200.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-06"));
    PlanService(*db, desk.user()).enable(family, money(u"100.00"_s));
    desk.pay(patient, date("2026-01-20"), u"200.00"_s);
    const QStringList lines = desk.run(date("2026-01-25"));
    QCOMPARE(lines.filter(u"completed 1"_s), QStringList{day("2026-01-20", 0, 0, 1)});
    QCOMPARE(desk.status(family), notBilled);
    QCOMPARE(desk.account(family).statementsSent, 0);
    QCOMPARE(PaymentPlan::statusText(desk.plan(family)->status), u"Completed"_s);
    QCOMPARE(desk.plan(family)->endedOn, date("2026-01-20"));
    QCOMPARE(desk.audit(family), (QStringList{u"plan-enable by manager"_s, u"plan-complete by daily-run"_s}));
}

// A void counts from its own date: the days before it still see the payment.
void TestDailyRun::voidDatedAfterTheDay()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"240.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-10"));
    PlanService(*db, desk.user()).enable(family, money(u"80.00"_s));
    const qint64 payment = desk.pay(patient, date("2026-01-25"), u"80.00"_s);
    desk.at(date("2026-03-01"));
    PaymentPoster(*db, desk.user()).voidPayment(payment, u"Bounced"_s);
    // Entered before the run, dated 03-01: day 02-28 sees the payment, day 03-01 does not
    // (50 days since the start).
    desk.run(date("2026-02-28"));
    QCOMPARE(desk.status(family), onPlan);
    QCOMPARE(desk.state(family).balanceCents, 16000);
    QCOMPARE(desk.plan(family)->lastPaymentDate, date("2026-01-25"));
    QCOMPARE(desk.run(date("2026-03-01")), QStringList{day("2026-03-01", 0, 1)});
    QCOMPARE(desk.account(family).suspensionReason, u"Payment plan disabled: no payment for 50 days"_s);
    QCOMPARE(desk.state(family).balanceCents, 24000);
}

// A plan enabled again after the run disabled it starts a new clock at its new start and
// cancels the pending resume.
void TestDailyRun::reenabledPlan()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"240.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-05"));
    const qint64 first = PlanService(*db, desk.user()).enable(family, money(u"80.00"_s));
    desk.run(date("2026-02-20"));
    QCOMPARE(desk.status(family), planDisabled); // 46 days on 02-20
    QCOMPARE(desk.account(family).billingResumesOn, date("2026-03-07"));
    desk.at(date("2026-02-25"));
    const qint64 second = PlanService(*db, desk.user()).enable(family, money(u"60.00"_s), date("2026-02-24"));
    QVERIFY(second != first);
    QCOMPARE(desk.status(family), onPlan);
    QVERIFY(!desk.account(family).billingResumesOn.isValid());
    desk.run(date("2026-04-10")); // 45 days from 02-24
    QCOMPARE(desk.status(family), onPlan);
    QCOMPARE(desk.run(date("2026-04-11")), QStringList{day("2026-04-11", 0, 1)});
    QCOMPARE(desk.plan(family)->id, second);
    QCOMPARE(desk.audit(family), (QStringList{u"plan-enable by manager"_s, u"plan-disable by daily-run"_s,
                                              u"plan-enable by manager"_s, u"plan-disable by daily-run"_s}));
}

// A plan enabled with a start before today counts only from that start in a catch-up: the
// days before it bill the family as if it had none.
void TestDailyRun::planCountsFromItsStart()
{
    OPEN_DESK(db, desk);
    desk.settings({{u"statements.interval_days"_s, u"10"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"240.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-20"));
    PlanService(*db, desk.user()).enable(family, money(u"80.00"_s), date("2026-01-16"));
    QCOMPARE(desk.status(family), onPlan);
    // 01-15 is still standard billing (statement 2, amount due the balance); from 01-16 the plan.
    const QStringList lines = desk.run(date("2026-01-26"));
    QCOMPARE(lines.filter(u"statements 1"_s), (QStringList{day("2026-01-15", 1), day("2026-01-25", 1)}));
    QCOMPARE(desk.statements(family), (QStringList{u"2026-01-05 #1 balance 240.00 due 240.00"_s,
                                                   u"2026-01-15 #2 balance 240.00 due 240.00"_s,
                                                   u"2026-01-25 #3 balance 240.00 due 80.00"_s}));
    QCOMPARE(desk.status(family), onPlan);
    QCOMPARE(desk.account(family).daysSinceLastPayment, std::optional<int>(10));
}

// A user's disable returns the family to standard billing at once, without a suspension.
void TestDailyRun::manualDisable()
{
    OPEN_DESK(db, desk);
    desk.settings({{u"statements.max"_s, u"3"_s}});
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"240.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-08"));
    PlanService(*db, desk.user()).enable(family, money(u"80.00"_s));
    desk.run(date("2026-01-20"));
    desk.at(date("2026-01-21"));
    PlanService(*db, desk.user()).disable(family, u"Asked to stop"_s);
    QCOMPARE(desk.status(family), submitted);
    QVERIFY(!desk.account(family).billingResumesOn.isValid());
    const std::optional<PaymentPlan> plan = desk.plan(family);
    QCOMPARE(PaymentPlan::statusText(plan->status), u"Disabled"_s);
    QCOMPARE(plan->endedBy, desk.user());
    QCOMPARE(plan->endReason, u"Asked to stop"_s);
    QCOMPARE(desk.run(date("2026-02-04")).last(), day("2026-02-04", 1));
    QCOMPARE(desk.status(family), submitted);
    QCOMPARE(desk.audit(family), (QStringList{u"plan-enable by manager"_s, u"plan-disable by manager"_s}));
}

// An entry made after a run but dated before the days it processes counts from the first
// day processed; the balance the run keeps equals the balance as of its last day.
void TestDailyRun::lateEntryCountsFromFirstDay()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"100.00"_s);
    desk.run(date("2026-01-05"));
    desk.at(date("2026-01-08"));
    desk.pay(patient, date("2026-01-03"), u"100.00"_s);
    desk.charge(patient, date("2026-01-09"), u"10.00"_s);
    QCOMPARE(desk.run(date("2026-01-06")), QStringList{day("2026-01-06", 0)});
    QCOMPARE(BillingStatuses::text(desk.state(family).status), notBilled);
    // Between runs the lists show the charge entered for 01-09 as a new balance already.
    QCOMPARE(desk.status(family), queued);
    QCOMPARE(desk.state(family).balanceCents, 0);
    desk.run(date("2026-01-09"));
    QCOMPARE(desk.status(family), submitted);
    QCOMPARE(desk.state(family).balanceCents, 1000);
}

// The first run processes its date alone; the last run's date again does nothing; a date
// after today or before the last run is refused with nothing written.
void TestDailyRun::runDates()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    desk.owingFamily(&patient, u"100.00"_s);
    QCOMPARE(desk.run(date("2026-01-10")).size(), 1);
    QVERIFY(desk.run(date("2026-01-10")).isEmpty());
    QCOMPARE(desk.run(date("2026-01-13")).size(), 3);
    desk.at(date("2026-01-20"));
    DailyBillingRun run(*db, desk.user());
    QCOMPARE(refusalOf([&] { run.run(date("2026-01-21")); }),
             u"Run date 2026-01-21 is after today (2026-01-20): the daily run processes days that have begun."_s);
    QCOMPARE(refusalOf([&] { run.run(date("2026-01-12")); }),
             u"Run date 2026-01-12 is before the last run (2026-01-13): days already run are not run again."_s);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_days"_s), 4);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_run_lock"_s), 0);
    // Stopping after a day keeps the days done.
    const QList<BillingDay> days = run.run({}, [](const BillingDay &, int done, int total) {
        return !(done == 2 && total == 7);
    });
    QCOMPARE(days.size(), 2);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_days"_s), 6);
}

// A second run while one is in progress is refused, naming when and by whom; a lock left by
// a process that is gone is taken over.
void TestDailyRun::twoRunsAtOnce()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.owingFamily(&patient, u"100.00"_s);
    desk.run(date("2026-01-05"));
    const Database other(db->spec());
    QString refusal;
    desk.at(date("2026-01-08"));
    DailyBillingRun(*db, u"first"_s).run({}, [&](const BillingDay &, int done, int) {
        if (done == 1)
            refusal = refusalOf([&] { DailyBillingRun(other, u"second"_s).run(); });
        return true;
    });
    QCOMPARE(refusal, u"A daily billing run is in progress since 2026-01-08 12:00 by first."_s);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_days"_s), 4);

    // A run that fails midway keeps the days it committed and leaves no lock behind.
    desk.at(date("2026-01-10"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, DailyBillingRun(*db, u"first"_s).run({}, [](const BillingDay &, int, int) -> bool {
        throw std::runtime_error("the desk's window closed");
    }));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_days"_s), 5);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_run_lock"_s), 0);

    // A lock whose process has ended (this host, a process id no process has).
    {
        Transaction tx(*db);
        db->query()
            .prepare(u"INSERT INTO billing_run_lock (id, user_name, started_at, host, process_id)"
                     " VALUES (1, 'crashed', '2026-01-08T03:00:00.000Z', :h, 2147483646)"_s)
            .bind(u":h"_s, QSysInfo::machineHostName())
            .exec();
        tx.commit();
    }
    desk.at(date("2026-01-11"));
    QCOMPARE(DailyBillingRun(*db, desk.user()).run().size(), 2);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM billing_run_lock"_s), 0);
    // One on another host is trusted to be running while, on PostgreSQL, its session holds
    // the run's lock (here the other connection's): so are the users' plan changes refused.
    if (db->isPostgres())
        other.execute(u"SELECT pg_advisory_lock(%1)"_s.arg(BillingRunLock::livingKey));
    {
        Transaction tx(*db);
        db->execute(u"INSERT INTO billing_run_lock (id, user_name, started_at, host, process_id)"
                    " VALUES (1, 'remote', '2026-01-09T13:30:00.000Z', 'elsewhere', 1)"_s);
        tx.commit();
    }
    desk.at(date("2026-01-12"));
    QCOMPARE(refusalOf([&] { DailyBillingRun(*db, desk.user()).run(); }),
             u"A daily billing run is in progress since 2026-01-09 13:30 by remote."_s);
    QCOMPARE(refusalOf([&] { PlanService(*db, desk.user()).enable(family, money(u"10.00"_s)); }),
             u"A daily billing run is in progress since 2026-01-09 13:30 by remote."_s);
}

QTEST_GUILESS_MAIN(TestDailyRun)
#include "tst_dailyrun.moc"
