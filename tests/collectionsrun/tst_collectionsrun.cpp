// The collections step of the daily run on both databases, day by day as run-daily runs it:
// plans paid on time, underpaid, missed and with an overridden Next Payment Date; a plan's
// own Status for Default that stays put while the failed code moves on; an account turning
// delinquent and moving through two codes (day by day and in one jump); a delinquent account
// on a collection payment plan; a non-delinquent plan whose account turns delinquent; a
// payment that clears the balance takes the account out at once and a catch-up does not put
// it back; the run's own leaving; collections off; and the CLI's lines, JSON and populate.

#include "CliRun.h"
#include "CollectionsRunDesk.h"
#include "TestDatabases.h"

#include "billing/DailyBillingRun.h"
#include "collections/CollectionStatusService.h"
#include "ledger/PaymentPoster.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::CollectionsRunDesk;
using paydesk::test::date;
using paydesk::test::TestDatabases;

namespace {

constexpr auto collection = CollectionPlan::Kind::Collection;

QString counts(qint64 entered, qint64 moved, qint64 left, qint64 failed, qint64 paid)
{
    return CollectionsRunDesk::counts(entered, moved, left, failed, paid);
}

// The collections lines of the days that did something, each after its day's date.
QStringList busyDays(const QStringList &lines)
{
    QStringList busy;
    const QString idle = counts(0, 0, 0, 0, 0);
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (lines.at(i).startsWith(u"  "_s) && lines.at(i) != idle)
            busy << lines.at(i - 1).left(10) + lines.at(i);
    return busy;
}

QString busy(const char *day, qint64 entered, qint64 moved, qint64 left, qint64 failed, qint64 paid)
{
    return QString::fromLatin1(day) + counts(entered, moved, left, failed, paid);
}

} // namespace

class TestCollectionsRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_databases = std::make_unique<TestDatabases>(); }
    void cleanupTestCase() { m_databases.reset(); }

    void planPaidOnTime_data() { backends(); }
    void planPaidOnTime();
    void underpaymentWithoutCarryOver_data() { backends(); }
    void underpaymentWithoutCarryOver();
    void missedDate_data() { backends(); }
    void missedDate();
    void overriddenNextPaymentDate_data() { backends(); }
    void overriddenNextPaymentDate();
    void planMetLateChecksEachPeriod_data() { backends(); }
    void planMetLateChecksEachPeriod();
    void customStatusForDefaultStays_data() { backends(); }
    void customStatusForDefaultStays();
    void delinquentThroughTwoCodes_data();
    void delinquentThroughTwoCodes();
    void changedRuleChecksEveryone_data() { backends(); }
    void changedRuleChecksEveryone();
    void voidMakesDelinquentInCatchUp_data() { backends(); }
    void voidMakesDelinquentInCatchUp();
    void delinquentOnCollectionPlan_data() { backends(); }
    void delinquentOnCollectionPlan();
    void nonDelinquentPlanTurnsDelinquent_data() { backends(); }
    void nonDelinquentPlanTurnsDelinquent();
    void paymentClearsAtOnce_data() { backends(); }
    void paymentClearsAtOnce();
    void paymentDuringCatchUpStaysOut_data() { backends(); }
    void paymentDuringCatchUpStaysOut();
    void userClearIsCheckedNextDay_data() { backends(); }
    void userClearIsCheckedNextDay();
    void runLeavesAtZero_data() { backends(); }
    void runLeavesAtZero();
    void collectionsOff_data() { backends(); }
    void collectionsOff();
    void cliLinesJsonAndPopulate_data() { backends(); }
    void cliLinesJsonAndPopulate();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    std::unique_ptr<TestDatabases> m_databases;
};

#define OPEN_DESK(db, desk) \
    QFETCH(QString, backend); \
    PAYDESK_REQUIRE_BACKEND(backend); \
    const auto db = m_databases->fresh(backend); \
    CollectionsRunDesk desk(*db)

// A non-delinquent plan of 50.00 every 30 days from 2026-01-10 (due 02-09): 50.00 on 02-05
// pays the first period, checked on 02-10 (the day after the due date); 50.00 on the next
// due date itself (03-11) pays the second.
void TestCollectionsRun::planPaidOnTime()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(90, u"300.00"_s, &patient);
    desk.ndPlan(family);
    QCOMPARE(desk.code(family), u"ND"_s);
    desk.billing().pay(patient, date("2026-02-05"), u"50.00"_s);
    QStringList lines = desk.billing().run(date("2026-02-09"));
    QCOMPARE(desk.plan(family), u"Active next 2026-02-09"_s);
    lines += desk.billing().run(date("2026-02-10"));
    QCOMPARE(desk.plan(family), u"Active next 2026-03-11"_s);
    desk.billing().pay(patient, date("2026-03-11"), u"50.00"_s);
    lines += desk.billing().run(date("2026-03-12"));
    QCOMPARE(desk.plan(family), u"Active next 2026-04-10"_s);
    QCOMPARE(busyDays(lines), (QStringList{busy("2026-02-10", 0, 0, 0, 0, 1), busy("2026-03-12", 0, 0, 0, 0, 1)}));
    QCOMPARE(desk.code(family), u"ND"_s);
    QCOMPARE(desk.history(family), QStringList{u"ND from 2026-01-10 by manager"_s});
}

// 80.00 in the first period pays it; its 30.00 over does not carry into the second, where
// 20.00 is an underpayment: on 03-12 the plan fails, the account goes to the integration's
// failed code (NDF, 20 days) and moves on to IC on 04-01.
void TestCollectionsRun::underpaymentWithoutCarryOver()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(90, u"300.00"_s, &patient);
    desk.ndPlan(family);
    desk.billing().pay(patient, date("2026-02-01"), u"80.00"_s);
    desk.billing().pay(patient, date("2026-03-01"), u"20.00"_s);
    const QStringList lines = desk.billing().run(date("2026-04-01"));
    QCOMPARE(busyDays(lines),
             (QStringList{busy("2026-02-10", 0, 0, 0, 0, 1),
                          busy("2026-03-12", 0, 0, 0, 1, 0),
                          busy("2026-04-01", 0, 1, 0, 0, 0)}));
    QCOMPARE(desk.plan(family), u"Failed on 2026-03-12 by daily-run"_s);
    QCOMPARE(desk.history(family),
             (QStringList{u"ND from 2026-01-10 by manager"_s,
                          u"NDF from 2026-03-12 by daily-run"_s,
                          u"IC from 2026-04-01 by daily-run"_s}));
    QCOMPARE(desk.billing().audit(family),
             (QStringList{u"collections-plan-add by manager"_s,
                          u"collections-plan-paid by daily-run"_s,
                          u"collections-plan-fail by daily-run"_s,
                          u"collections-plan-fail by daily-run"_s,
                          u"collections-move by daily-run"_s}));
}

// Nothing paid by the due date (02-09): the plan is still Active that day and fails the day
// after; a payment dated that day is too late for the period.
void TestCollectionsRun::missedDate()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(90, u"300.00"_s, &patient);
    desk.ndPlan(family);
    desk.billing().run(date("2026-02-09"));
    QCOMPARE(desk.plan(family), u"Active next 2026-02-09"_s);
    desk.billing().pay(patient, date("2026-02-10"), u"50.00"_s);
    const QStringList lines = desk.billing().run(date("2026-02-10"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-10", 0, 0, 0, 1, 0)});
    QCOMPARE(desk.plan(family), u"Failed on 2026-02-10 by daily-run"_s);
    QCOMPARE(desk.code(family), u"NDF"_s);
    QVERIFY(!desk.stays(family));
}

// A Next Payment Date typed over the computed one (02-20 instead of 02-09): a payment of
// 02-15 counts for it, the check waits for 02-21 and the next due date is 02-20 + 30.
void TestCollectionsRun::overriddenNextPaymentDate()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(90, u"300.00"_s, &patient);
    desk.ndPlan(family, date("2026-02-20"));
    desk.billing().pay(patient, date("2026-02-15"), u"50.00"_s);
    desk.billing().run(date("2026-02-20"));
    QCOMPARE(desk.plan(family), u"Active next 2026-02-20"_s);
    const QStringList lines = desk.billing().run(date("2026-02-21"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-21", 0, 0, 0, 0, 1)});
    QCOMPARE(desk.plan(family), u"Active next 2026-03-22"_s);
}

// A plan saved on 03-01 with a start of 01-10 and 20 Payment Days: the run that reaches 03-01
// (not before: the account's last change is that day) checks its periods one after the
// other. 50.00 on 01-20 pays the first (due 01-30); the second (due 02-19) had only a payment
// voided since, which does not count: the plan fails.
void TestCollectionsRun::planMetLateChecksEachPeriod()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(90, u"300.00"_s, &patient);
    desk.billing().pay(patient, date("2026-01-20"), u"50.00"_s);
    const qint64 voided = desk.billing().pay(patient, date("2026-02-10"), u"50.00"_s);
    desk.billing().at(date("2026-02-12"));
    PaymentPoster(*db, desk.billing().user()).voidPayment(voided, u"Bounced"_s);
    desk.billing().at(date("2026-03-01"));
    desk.addPlan(family, CollectionPlan::Kind::NonDelinquent, date("2026-01-10"), u"50.00"_s, 20);
    const QStringList lines = desk.billing().run(date("2026-03-02"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-03-01", 0, 0, 0, 1, 1)});
    QCOMPARE(desk.plan(family), u"Failed on 2026-03-01 by daily-run"_s);
    QCOMPARE(desk.history(family),
             (QStringList{u"ND from 2026-03-01 by manager"_s, u"NDF from 2026-03-01 by daily-run"_s}));
}

// Two plans miss their first date: one with its own Status for Default (C2, whose 10 days
// would move it to AG) stays there; the other, in the integration's failed code (NDF, 20
// days), moves on to IC on 03-02, then to C2 on 03-12.
void TestCollectionsRun::customStatusForDefaultStays()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 custom = desk.start(90, u"300.00"_s, &patient);
    const qint64 standard = desk.billing().owingFamily(&patient, u"300.00"_s);
    desk.ndPlan(custom, {}, u"C2"_s);
    desk.ndPlan(standard);
    const QStringList lines = desk.billing().run(date("2026-03-20"));
    QCOMPARE(busyDays(lines),
             (QStringList{busy("2026-02-10", 0, 0, 0, 2, 0),
                          busy("2026-03-02", 0, 1, 0, 0, 0),
                          busy("2026-03-12", 0, 1, 0, 0, 0)}));
    QCOMPARE(desk.code(custom), u"C2"_s);
    QVERIFY(desk.stays(custom));
    QCOMPARE(desk.history(custom),
             (QStringList{u"ND from 2026-01-10 by manager"_s, u"C2 from 2026-02-10 by daily-run"_s}));
    QCOMPARE(desk.history(standard),
             (QStringList{u"ND from 2026-01-10 by manager"_s,
                          u"NDF from 2026-02-10 by daily-run"_s,
                          u"IC from 2026-03-02 by daily-run"_s,
                          u"C2 from 2026-03-12 by daily-run"_s}));
}

void TestCollectionsRun::delinquentThroughTwoCodes_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<bool>("dayByDay");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::newRow(qPrintable(u"day by day/"_s + backend)) << backend << true;
        QTest::newRow(qPrintable(u"one jump/"_s + backend)) << backend << false;
    }
}

// Delinquent after 30 days: 100.00 charged on 01-02 is older than 30 days on 02-01, when the
// account enters IC (10 days), then C2 on 02-11 (10 days), then AG on 02-21, where it stays.
// 20.00 (under the 25.00 minimum) and a family of a group with Suppress Collections never
// enter. Run day by day or in one catch-up, the history is the same.
void TestCollectionsRun::delinquentThroughTwoCodes()
{
    OPEN_DESK(db, desk);
    QFETCH(bool, dayByDay);
    desk.setUp(30);
    qint64 patient = 0;
    const qint64 family = desk.billing().owingFamily(&patient, u"100.00"_s);
    const qint64 small = desk.billing().owingFamily(&patient, u"20.00"_s);
    const qint64 suppressed = desk.billing().owingFamily(&patient, u"100.00"_s);
    desk.suppress(suppressed);
    QStringList lines = desk.billing().run(date("2026-01-05"));
    if (dayByDay) {
        for (QDate d = date("2026-01-06"); d <= date("2026-03-31"); d = d.addDays(1)) {
            lines += desk.billing().run(d);
            if (d == date("2026-01-31"))
                QCOMPARE(desk.code(family), QString());
        }
    } else {
        lines += desk.billing().run(date("2026-03-31"));
    }
    QCOMPARE(busyDays(lines),
             (QStringList{busy("2026-02-01", 1, 0, 0, 0, 0),
                          busy("2026-02-11", 0, 1, 0, 0, 0),
                          busy("2026-02-21", 0, 1, 0, 0, 0)}));
    QCOMPARE(desk.history(family),
             (QStringList{u"IC from 2026-02-01 by daily-run"_s,
                          u"C2 from 2026-02-11 by daily-run"_s,
                          u"AG from 2026-02-21 by daily-run"_s}));
    QCOMPARE(desk.code(small), QString());
    QCOMPARE(desk.code(suppressed), QString());
    QCOMPARE(desk.billing().audit(family),
             (QStringList{u"collections-enter by daily-run"_s,
                          u"collections-move by daily-run"_s,
                          u"collections-move by daily-run"_s}));
}

// 20.00 older than 30 days is under the 25.00 minimum until the minimum is lowered to 10.00:
// the next run checks every family again, though nothing in the ledger moved.
void TestCollectionsRun::changedRuleChecksEveryone()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"20.00"_s, &patient);
    desk.billing().run(date("2026-02-05"));
    QCOMPARE(desk.code(family), QString());
    desk.billing().settings({{u"collections.min_amount"_s, u"10.00"_s}});
    const QStringList lines = desk.billing().run(date("2026-02-06"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-06", 1, 0, 0, 0, 0)});
    QCOMPARE(desk.history(family), QStringList{u"IC from 2026-02-06 by daily-run"_s});
}

// Paid in full on 01-20, the family is not delinquent when its charge grows old; the payment
// voided on 02-15 makes it delinquent that day, which one catch-up to 02-20 sees.
void TestCollectionsRun::voidMakesDelinquentInCatchUp()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"100.00"_s, &patient);
    const qint64 payment = desk.billing().pay(patient, date("2026-01-20"), u"100.00"_s);
    desk.billing().at(date("2026-02-15"));
    PaymentPoster(*db, desk.billing().user()).voidPayment(payment, u"Bounced"_s);
    const QStringList lines = desk.billing().run(date("2026-02-20"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-15", 1, 0, 0, 0, 0)});
    QCOMPARE(desk.history(family), QStringList{u"IC from 2026-02-15 by daily-run"_s});
}

// In IC from 02-01, the account goes on a collection payment plan on 02-03 (CP, whose 5 days
// are ignored while the plan is Active). 40.00 on 03-01 pays the first period (due 03-05);
// nothing pays the second (due 04-04): on 04-05 the plan fails into CPF, the integration's
// failed code, which moves on to AG after its 15 days.
void TestCollectionsRun::delinquentOnCollectionPlan()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"300.00"_s, &patient);
    desk.billing().run(date("2026-02-02"));
    QCOMPARE(desk.code(family), u"IC"_s);
    desk.billing().at(date("2026-02-03"));
    desk.addPlan(family, collection, date("2026-02-03"), u"40.00"_s, 30);
    desk.billing().pay(patient, date("2026-03-01"), u"40.00"_s);
    QStringList lines = desk.billing().run(date("2026-03-06"));
    QCOMPARE(desk.code(family), u"CP"_s);
    QCOMPARE(desk.plan(family), u"Active next 2026-04-04"_s);
    lines += desk.billing().run(date("2026-04-30"));
    QCOMPARE(busyDays(lines),
             (QStringList{busy("2026-03-06", 0, 0, 0, 0, 1),
                          busy("2026-04-05", 0, 0, 0, 1, 0),
                          busy("2026-04-20", 0, 1, 0, 0, 0)}));
    QCOMPARE(desk.history(family),
             (QStringList{u"IC from 2026-02-01 by daily-run"_s,
                          u"CP from 2026-02-03 by manager"_s,
                          u"CPF from 2026-04-05 by daily-run"_s,
                          u"AG from 2026-04-20 by daily-run"_s}));
}

// A non-delinquent plan's account that turns delinquent (on 02-01, 250.00 older than 30
// days) moves to the collections process: the initial status, and the plan ends.
void TestCollectionsRun::nonDelinquentPlanTurnsDelinquent()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"300.00"_s, &patient);
    desk.ndPlan(family);
    desk.billing().pay(patient, date("2026-01-20"), u"50.00"_s);
    const QStringList lines = desk.billing().run(date("2026-02-01"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-01", 1, 0, 0, 0, 0)});
    QCOMPARE(desk.code(family), u"IC"_s);
    QCOMPARE(desk.plan(family), u"Ended on 2026-02-01 by daily-run"_s);
    QCOMPARE(desk.billing().audit(family),
             (QStringList{u"collections-plan-add by manager"_s,
                          u"collections-plan-end by daily-run"_s,
                          u"collections-enter by daily-run"_s}));
}

// An account in collections on a plan, the run last on 02-05: a part payment leaves it there;
// a payment of the rest of the balance posted on 02-20 takes it out at once (the posting user's change, dated the
// payment's day) and completes the plan. The catch-up from 02-06 sees the account delinquent on the days before the
// payment, but never changes it on a day before its last change.
void TestCollectionsRun::paymentClearsAtOnce()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"300.00"_s, &patient);
    desk.billing().run(date("2026-02-02"));
    desk.billing().at(date("2026-02-03"));
    desk.addPlan(family, collection, date("2026-02-03"), u"40.00"_s, 30);
    desk.billing().run(date("2026-02-05"));
    desk.billing().pay(patient, date("2026-02-10"), u"100.00"_s);
    QCOMPARE(desk.code(family), u"CP"_s);
    desk.billing().pay(patient, date("2026-02-20"), u"200.00"_s);
    QCOMPARE(desk.code(family), QString());
    QCOMPARE(desk.plan(family), u"Completed on 2026-02-20 by manager"_s);
    const QStringList lines = desk.billing().run(date("2026-03-10"));
    QCOMPARE(busyDays(lines), QStringList());
    QCOMPARE(desk.code(family), QString());
    QCOMPARE(desk.history(family),
             (QStringList{u"IC from 2026-02-01 by daily-run"_s,
                          u"CP from 2026-02-03 by manager"_s,
                          u"- from 2026-02-20 by manager"_s}));
    QCOMPARE(desk.billing().audit(family),
             (QStringList{u"collections-enter by daily-run"_s,
                          u"collections-plan-add by manager"_s,
                          u"collections-plan-complete by manager"_s,
                          u"collections-leave by manager"_s}));
}

// A payment posted while a catch-up runs (between two of its days) takes the account out at
// once; the days after it start from what is stored, so the run neither moves the account on
// from its older view (IC's 10 days would make it C2 on 02-11) nor writes that view back.
void TestCollectionsRun::paymentDuringCatchUpStaysOut()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"100.00"_s, &patient);
    desk.billing().run(date("2026-02-01"));
    QCOMPARE(desk.code(family), u"IC"_s);
    desk.billing().at(date("2026-03-01"));
    bool paid = false;
    DailyBillingRun(*db, desk.billing().user()).run(date("2026-03-01"), [&](const BillingDay &, int, int) {
        if (!paid) {
            desk.billing().pay(patient, date("2026-03-01"), u"100.00"_s);
            paid = true;
        }
        return true;
    });
    QVERIFY(paid);
    QCOMPARE(desk.code(family), QString());
    QCOMPARE(desk.history(family),
             (QStringList{u"IC from 2026-02-01 by daily-run"_s, u"- from 2026-03-01 by manager"_s}));
}

// Taken out of collections by hand after the day's run, a family still delinquent is checked
// again by the next day's run, which sends it back to the initial status: a user's change is
// one of the things that make a family worth checking, like a ledger row.
void TestCollectionsRun::userClearIsCheckedNextDay()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"100.00"_s, &patient);
    desk.billing().run(date("2026-02-01"));
    desk.billing().at(date("2026-02-01"));
    CollectionStatusService(*db, desk.billing().user()).clear(family, u"spoke with the guarantor"_s);
    const QStringList lines = desk.billing().run(date("2026-02-02"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-02", 1, 0, 0, 0, 0)});
    QCOMPARE(desk.history(family),
             (QStringList{u"IC from 2026-02-01 by daily-run"_s,
                          u"- from 2026-02-01 by manager"_s,
                          u"IC from 2026-02-02 by daily-run"_s}));
}

// A balance brought to zero other than by a payment (a discount) is the run's to see: the
// account leaves collections on the discount's day.
void TestCollectionsRun::runLeavesAtZero()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.start(30, u"100.00"_s, &patient);
    desk.billing().run(date("2026-02-05"));
    QCOMPARE(desk.code(family), u"IC"_s);
    desk.billing().at(date("2026-02-08"));
    desk.billing().ledger().addAdjustment(patient, u"2026-02-08"_s, u"-100.00"_s);
    const QStringList lines = desk.billing().run(date("2026-02-10"));
    QCOMPARE(busyDays(lines), QStringList{busy("2026-02-08", 0, 0, 1, 0, 0)});
    QCOMPARE(desk.history(family),
             (QStringList{u"IC from 2026-02-01 by daily-run"_s, u"- from 2026-02-08 by daily-run"_s}));
}

// Without an initial status collections are off: the run changes no account and prints no
// collections line.
void TestCollectionsRun::collectionsOff()
{
    OPEN_DESK(db, desk);
    qint64 patient = 0;
    const qint64 family = desk.billing().owingFamily(&patient, u"100.00"_s);
    desk.billing().run(date("2026-01-05"));
    const QStringList lines = desk.billing().run(date("2026-05-01"));
    QCOMPARE(lines.filter(u"collections"_s), QStringList());
    QCOMPARE(desk.code(family), QString());
    QCOMPARE(desk.history(family), QStringList());
}

// run-daily prints the collections line under its own, and its JSON the collections counts,
// only when collections are on; collections populate is refused while they are off, and is the
// daily run when they are on.
void TestCollectionsRun::cliLinesJsonAndPopulate()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    if (paydesk::test::cliProgram().isEmpty())
        QSKIP("PAYDESK_CLI is not set: run through ctest");
    const ConnectionSpec spec = m_databases->freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &args) { return paydesk::test::runCli(url, u"manager"_s, args); };
    {
        const auto db = std::make_unique<Database>(spec);
        CollectionsRunDesk desk(*db);
        qint64 patient = 0;
        desk.billing().owingFamily(&patient, u"100.00"_s);
    }
    paydesk::test::CliRun run = cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonObject firstDay = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
    // The daily run's backup, on the first day's object (tests/backup checks it).
    QVERIFY(firstDay.contains(u"backup"_s));
    firstDay.remove(u"backup"_s);
    QCOMPARE(firstDay,
             (QJsonObject{{u"date"_s, u"2026-01-05"_s},
                          {u"statements"_s, 1},
                          {u"plans_disabled"_s, 0},
                          {u"completed"_s, 0},
                          {u"billing_resumed"_s, 0}}));
    run = cli({u"collections"_s, u"populate"_s, u"--date"_s, u"2026-01-06"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"collections.initial_status"_s), qPrintable(run.describe()));
    {
        const auto db = std::make_unique<Database>(spec);
        CollectionsRunDesk(*db).setUp(30);
    }
    run = cli({u"collections"_s, u"populate"_s, u"--date"_s, u"2026-01-06"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.count(u"\n"_s) == 3, qPrintable(run.describe()));
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.takeFirst().startsWith(u"backup: "_s), qPrintable(run.out));
    QCOMPARE(lines,
             (QStringList{u"2026-01-06: statements 0, plans disabled 0, completed 0, billing resumed 0"_s,
                          counts(0, 0, 0, 0, 0)}));
    run = cli({u"run-daily"_s, u"--date"_s, u"2026-02-01"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray days = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(days.size(), 26);
    const QJsonObject last = days.last().toObject();
    QCOMPARE(last.keys(),
             (QStringList{u"billing_resumed"_s,
                          u"collection_plans_failed"_s,
                          u"collection_plans_paid"_s,
                          u"collections_entered"_s,
                          u"collections_left"_s,
                          u"collections_moved"_s,
                          u"completed"_s,
                          u"date"_s,
                          u"plans_disabled"_s,
                          u"statements"_s}));
    QCOMPARE(last.value(u"date"_s).toString(), u"2026-02-01"_s);
    QCOMPARE(last.value(u"collections_entered"_s).toInteger(), 1);
}

QTEST_GUILESS_MAIN(TestCollectionsRun)
#include "tst_collectionsrun.moc"
