// The daily billing run's timelines on both databases: the worked example day by
// day and in one jump, plans kept, disabled, completed and re-enabled, the suspend default,
// a new charge after the final statement, a void dated after the day, two runs at once, and
// the run's refusals. Each day is run as the desk and run-daily run it (DailyBillingRun).

#include "BillingDesk.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "billing/BillingStatus.h"
#include "billing/DailyBillingRun.h"
#include "ledger/PaymentPoster.h"
#include "plans/PlanService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
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

private:
    std::unique_ptr<TestDatabases> m_databases;
};

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
    const qint64 family = desk.family(&patient);
    desk.charge(patient, date("2026-01-02"), u"240.00"_s);

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
    QCOMPARE(desk.state(family).statementsSent, 3);
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

QTEST_GUILESS_MAIN(TestDailyRun)
#include "tst_dailyrun.moc"
