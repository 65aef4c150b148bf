// Payment plans in collections, statuses by hand and the roster on both databases: every bad
// input of the plan screen and every refusal leaves the database as it was; a plan puts the
// account in its kind's code and ending it takes it out again; a family has one active
// payment plan of any kind, both ways; the status JSON, the roster CSV and the webPAY
// instalments due; the audit rows of each change.

#include "BillingDesk.h"
#include "CliRun.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "collections/BillingGroups.h"
#include "collections/CollectionAccountStore.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionCsv.h"
#include "collections/CollectionPlanService.h"
#include "collections/CollectionRoster.h"
#include "collections/CollectionStatusService.h"
#include "collections/WebPayLists.h"
#include "plans/PlanService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::BillingDesk;
using paydesk::test::CliRun;
using paydesk::test::date;
using paydesk::test::money;
using paydesk::test::refusalOf;
using paydesk::test::TestDatabases;

namespace {

// The CGM-like codes and the integration naming them (CollectionCodeTable::addDefaults: IC 30
// days -> C2 30 -> AG; ND, NDF 30 -> IC; CP, CPF 15 -> AG), a merchant and a payment method.
void setUpCollections(BillingDesk &desk)
{
    CollectionCodeTable(desk.db(), desk.user()).addDefaults();
    WebPayLists lists(desk.db(), desk.user());
    lists.add(WebPayLists::List::Merchants, u"Main Street"_s);
    lists.add(WebPayLists::List::Methods, u"Visa"_s);
}

// A fresh database with collections set up and a family owing 240.00 from a charge of 2026-01-02.
struct Practice
{
    Practice(TestDatabases &databases, const QString &backend)
        : db(databases.fresh(backend))
        , desk(*db)
    {
        setUpCollections(desk);
        family = desk.owingFamily(&patient, u"240.00"_s);
    }

    std::unique_ptr<Database> db;
    BillingDesk desk;
    qint64 patient = 0;
    qint64 family = 0;
};

// Every collections row and the audit trail: equal snapshots mean nothing was written.
QString snapshot(const Database &db)
{
    QStringList counts;
    for (const char *table :
         {"collection_accounts", "collection_history", "collection_plans", "payment_plans", "audit_log"}) {
        SqlQuery q = db.query();
        q.prepare(u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table)).exec();
        q.next();
        counts << QString::fromLatin1(table) + u'=' + QString::number(q.id(0));
    }
    return counts.join(u' ');
}

QString snapshot(const BillingDesk &desk)
{
    return snapshot(desk.db());
}

QString code(const Database &db, qint64 family)
{
    const std::optional<CollectionAccount> account = CollectionAccountStore(db).read(family);
    return account ? account->code : QString();
}

CollectionPlanDraft draftFor(qint64 family, CollectionPlan::Kind kind = CollectionPlan::Kind::NonDelinquent)
{
    CollectionPlanDraft draft;
    draft.familyId = family;
    draft.kind = kind;
    draft.start = date("2026-02-01");
    draft.amount = money(u"50.00"_s);
    draft.paymentDays = 30;
    return draft;
}

CollectionPlanService::Edit amountEdit(Money amount)
{
    CollectionPlanService::Edit edit;
    edit.amount = amount;
    return edit;
}

CollectionPlanService::Edit nextDateEdit(QDate next)
{
    CollectionPlanService::Edit edit;
    edit.nextPaymentDate = next;
    return edit;
}

// The family's audit rows of `action`: "before -> after", oldest first.
QStringList auditRows(const Database &db, qint64 family, const QString &action)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT before_data, after_data FROM audit_log WHERE entity = 'family' AND entity_id = :f"
              " AND action = :a ORDER BY id"_s)
            .bind(u":f"_s, family)
            .bind(u":a"_s, action)
            .exec();
    QStringList rows;
    while (q.next())
        rows << q.text(0) + u" -> "_s + q.text(1);
    return rows;
}

QString fieldName(CollectionPlanProblem::Field field)
{
    using F = CollectionPlanProblem::Field;
    const std::pair<F, const char *> names[] = {
            {F::Family, "Family"},
            {F::Start, "Start"},
            {F::Amount, "Amount"},
            {F::PaymentDays, "PaymentDays"},
            {F::NextPaymentDate, "NextPaymentDate"},
            {F::DefaultStatus, "DefaultStatus"},
            {F::Merchant, "Merchant"},
            {F::Method, "Method"},
            {F::Holder, "Holder"},
            {F::Zip, "Zip"},
    };
    for (const auto &[named, name] : names)
        if (named == field)
            return QString::fromLatin1(name);
    return {};
}

} // namespace

class TestCollectionPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_databases = std::make_unique<TestDatabases>(); }
    void cleanupTestCase() { m_databases.reset(); }

    void badInput_data();
    void badInput();
    void refusal_data();
    void refusal();
    void onePlanBothWays_data() { TestDatabases::addBackendTable(); }
    void onePlanBothWays();
    void addEditEnd_data() { TestDatabases::addBackendTable(); }
    void addEditEnd();
    void setAndClear_data() { TestDatabases::addBackendTable(); }
    void setAndClear();
    void refusedStatusChange_data();
    void refusedStatusChange();
    void statusJson_data() { TestDatabases::addBackendTable(); }
    void statusJson();
    void roster_data() { TestDatabases::addBackendTable(); }
    void roster();
    void due_data() { TestDatabases::addBackendTable(); }
    void due();
    void commands_data() { TestDatabases::addBackendTable(); }
    void commands();
    void frontDeskReadsOnly_data() { TestDatabases::addBackendTable(); }
    void frontDeskReadsOnly();
    void sinceNeverGoesBack_data() { TestDatabases::addBackendTable(); }
    void sinceNeverGoesBack();
    void editAfterAPeriodChecked_data() { TestDatabases::addBackendTable(); }
    void editAfterAPeriodChecked();

private:
    std::unique_ptr<TestDatabases> m_databases;
    QTemporaryDir m_dir;
};

void TestCollectionPlans::badInput_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");
    const struct
    {
        const char *name, *change, *value, *fields, *message;
    } rows[] = {
            {"payment days 0", "days", "0", "PaymentDays", "Payment Days: 0 is outside 1 to 99."},
            {"payment days 100", "days", "100", "PaymentDays", "Payment Days: 100 is outside 1 to 99."},
            {"amount zero", "amount", "0.00", "Amount", "Payment Amount: 0.00 must be more than zero."},
            {"amount negative", "amount", "-5.00", "Amount", "Payment Amount: -5.00 must be more than zero."},
            {"amount over ten characters",
             "amount",
             "10000000.00",
             "Amount",
             "Payment Amount: 10000000.00 is more than 9999999.99."},
            {"next payment date before the start",
             "next",
             "2026-01-31",
             "NextPaymentDate",
             "Next Payment Date: 2026-01-31 is before the Start Date of Plan, 2026-02-01."},
            {"unknown status for default",
             "default",
             "ZZ",
             "DefaultStatus",
             "Status for Default: \"ZZ\" is not a code of the Collection Status Table."},
            {"status for default is the plan's own",
             "default",
             "nd",
             "DefaultStatus",
             "Status for Default: \"ND\" is the status the plan itself puts the account in."},
            {"zip of four digits", "zip", "1234", "Zip", "Card Holder Zip Code: \"1234\" is not five digits."},
            {"zip with letters", "zip", "1234A", "Zip", "Card Holder Zip Code: \"1234A\" is not five digits."},
            {"webPAY without merchant", "merchant", "", "Merchant", "Merchant: required for a CGM webPAY plan."},
            {"webPAY without method", "method", "", "Method", "Payment Method: required for a CGM webPAY plan."},
            {"merchant not on the list",
             "merchant",
             "Corner Shop",
             "Merchant",
             "Merchant: \"Corner Shop\" is not on the practice's list."},
            {"method not on the list",
             "method",
             "Amex",
             "Method",
             "Payment Method: \"Amex\" is not on the practice's list."},
            {"card number as holder",
             "holder",
             "4111 1111 1111 1111",
             "Holder",
             "Card Holder Name: \"4111 1111 1111 1111\" looks like a card number; PayDesk never takes card numbers."},
            {"webPAY with nothing",
             "webpay-empty",
             "",
             "Merchant,Method",
             "Merchant: required for a CGM webPAY plan.\nPayment Method: required for a CGM webPAY plan."},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::newRow(qPrintable(QString::fromLatin1(row.name) + u'/' + backend))
                    << backend << QString::fromLatin1(row.change) << QString::fromLatin1(row.value)
                    << QString::fromLatin1(row.fields).split(u',') << QString::fromLatin1(row.message);
}

// Each bad field of the plan screen is named by problems() and refuses add(), nothing saved;
// the same draft with that field good is saved.
void TestCollectionPlans::badInput()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, value);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-02-01"));
    CollectionPlanDraft draft = draftFor(family);
    draft.webpay = WebPay{u"Main Street"_s, u"Visa"_s, u"Ana Rivera"_s, u"12345"_s};
    const CollectionPlanDraft good = draft;
    if (change == u"days")
        draft.paymentDays = value.toInt();
    else if (change == u"amount")
        draft.amount = money(value);
    else if (change == u"next")
        draft.nextPaymentDate = QDate::fromString(value, Qt::ISODate);
    else if (change == u"default")
        draft.defaultStatus = value;
    else if (change == u"zip")
        draft.webpay->zip = value;
    else if (change == u"merchant")
        draft.webpay->merchant = value;
    else if (change == u"method")
        draft.webpay->method = value;
    else if (change == u"holder")
        draft.webpay->holder = value;
    else if (change == u"webpay-empty")
        draft.webpay = WebPay{};

    CollectionPlanService plans(*db, desk.user());
    QStringList named;
    for (const CollectionPlanProblem &problem : plans.problems(draft))
        named << fieldName(problem.field);
    QCOMPARE(named, fields);
    const QString before = snapshot(desk);
    QCOMPARE(refusalOf([&] { plans.add(draft); }), message);
    QCOMPARE(snapshot(desk), before);
    QCOMPARE(plans.problems(good).size(), 0);
    QVERIFY(plans.add(good) > 0);
}

void TestCollectionPlans::refusal_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("delinquentPlan");
    QTest::addColumn<QString>("message"); // %1: the family
    const struct
    {
        const char *name, *situation;
        bool delinquentPlan;
        const char *message;
    } rows[] = {
            {"non-delinquent: delinquent and in collections",
             "delinquent-in-collections",
             false,
             "Family %1 is delinquent (240.00 older than 90 days) and in collections (status IC): a non-delinquent "
             "payment "
             "plan is not possible."},
            {"non-delinquent: in collections, not delinquent", "in-collections", false, ""},
            {"non-delinquent: delinquent, not in collections", "delinquent", false, ""},
            {"non-delinquent: Suppress Collections",
             "suppressed",
             false,
             "Family %1 is in a billing group with Suppress Collections: a non-delinquent payment plan is not "
             "possible."},
            {"collection: not in collections",
             "delinquent",
             true,
             "Family %1 is not in collections: a collection payment plan is for an account in collections."},
            {"collection: in the non-delinquent plan's code",
             "nd-code",
             true,
             "Family %1 is not in collections: a collection payment plan is for an account in collections."},
            {"collection: delinquent and in collections", "delinquent-in-collections", true, ""},
            {"collections off",
             "off",
             false,
             "Collections are off: set collections.initial_status to a code of the Collection Status Table first."},
            {"non-delinquent codes not set",
             "no-nd-codes",
             false,
             "The Patient Collections Integration does not name the status codes for this plan: set "
             "collections.nd_plan_code, collections.nd_plan_failed_code first."},
            {"statement plan enabled",
             "statement-plan",
             false,
             "Family %1 has an enabled payment plan on its statements (80.00 a month from 2026-05-01): a family has at "
             "most "
             "one active payment plan; disable that one first."},
            {"unknown family", "unknown", false, "There is no family with account number 999999."},
            {"owes nothing", "paid", false, "Family %1 owes nothing (balance 0.00): a payment plan needs a balance."},
            {"collection plan, credit balance",
             "credit",
             true,
             "Family %1 owes nothing (balance -10.00): a payment plan needs a balance."},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::newRow(qPrintable(QString::fromLatin1(row.name) + u'/' + backend))
                    << backend << QString::fromLatin1(row.situation) << row.delinquentPlan
                    << QString::fromLatin1(row.message);
}

// Both refusals of the plan screen (and the collection plan's), with the reason; refused,
// add() writes nothing; allowed, it saves the plan.
void TestCollectionPlans::refusal()
{
    QFETCH(QString, backend);
    QFETCH(QString, situation);
    QFETCH(bool, delinquentPlan);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, owing] = practice; // charged 2026-01-02
    const bool recent = situation == u"in-collections" || situation == u"nd-code";
    desk.at(recent ? date("2026-02-01") : date("2026-05-01"));
    CollectionStatusService statuses(*db, desk.user());
    if (situation.contains(u"in-collections"))
        statuses.set(owing, u"IC"_s, u"sent to collections"_s);
    if (situation == u"nd-code")
        statuses.set(owing, u"ND"_s, u"agreed a plan"_s);
    if (situation == u"suppressed") {
        BillingGroups groups(*db, desk.user());
        groups.add(u"Hardship"_s, true);
        groups.assign(owing, u"Hardship"_s);
    }
    if (situation == u"off")
        desk.settings({{u"collections.initial_status"_s, u""_s}});
    if (situation == u"no-nd-codes")
        desk.settings({{u"collections.nd_plan_code"_s, u""_s}, {u"collections.nd_plan_failed_code"_s, u""_s}});
    if (situation == u"statement-plan")
        PlanService(*db, desk.user()).enable(owing, money(u"80.00"_s));
    if (situation == u"credit")
        statuses.set(owing, u"IC"_s, u"sent to collections"_s);
    if (situation == u"paid" || situation == u"credit")
        desk.pay(patient, date("2026-04-30"), situation == u"paid" ? u"240.00"_s : u"250.00"_s);
    const qint64 family = situation == u"unknown" ? 999999 : owing;
    const auto kind = delinquentPlan ? CollectionPlan::Kind::Collection : CollectionPlan::Kind::NonDelinquent;
    const QString expected = message.contains(u"%1"_s) ? message.arg(family) : message;

    CollectionPlanService plans(*db, desk.user());
    QCOMPARE(plans.refusal(family, kind), expected);
    CollectionPlanDraft draft = draftFor(family, kind);
    draft.start = desk.today();
    const QString before = snapshot(desk);
    const QString refused = refusalOf([&] { plans.add(draft); });
    QCOMPARE(refused, expected);
    if (!expected.isEmpty()) {
        QCOMPARE(snapshot(desk), before);
        return;
    }
    QCOMPARE(code(*db, family), delinquentPlan ? u"CP"_s : u"ND"_s);
    QCOMPARE(plans.current(family)->defaultStatus, delinquentPlan ? u"CPF"_s : u"NDF"_s);
}

// A family has at most one active payment plan of any kind: a statement plan is refused while
// a collections plan is active, and the other way round, each with the reason; ending the
// one lets the other be enabled.
void TestCollectionPlans::onePlanBothWays()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-02-01"));
    CollectionPlanService collectionPlans(*db, desk.user());
    PlanService statementPlans(*db, desk.user());

    collectionPlans.add(draftFor(family));
    QString before = snapshot(desk);
    QCOMPARE(refusalOf([&] { statementPlans.enable(family, money(u"80.00"_s)); }),
             u"Family %1 has an active payment plan in collections: a family has at most one active payment plan; "
             "end that one first."_s.arg(family));
    QCOMPARE(snapshot(desk), before);
    QCOMPARE(refusalOf([&] { collectionPlans.add(draftFor(family)); }),
             u"Family %1 already has an active payment plan in collections (50.00 every 30 days from 2026-02-01): a "
             "family has at most one active payment plan."_s.arg(family));

    collectionPlans.end(family, u"moving to a statement plan"_s);
    QVERIFY(!CollectionPlanService::hasActivePlan(*db, family));
    statementPlans.enable(family, money(u"80.00"_s));
    before = snapshot(desk);
    QCOMPARE(refusalOf([&] { collectionPlans.add(draftFor(family)); }),
             u"Family %1 has an enabled payment plan on its statements (80.00 a month from 2026-02-01): a family has "
             "at most one active payment plan; disable that one first."_s.arg(family));
    QCOMPARE(snapshot(desk), before);
}

// A non-delinquent plan puts the account in ND, a collection payment plan in CP; the terms
// as saved, an edit, the end (out of collections; back to the initial status), the audit rows.
void TestCollectionPlans::addEditEnd()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-02-01"));
    CollectionPlanService plans(*db, desk.user());

    CollectionPlanDraft draft = draftFor(family);
    draft.start = date("2026-02-05");
    draft.webpay = WebPay{u" Main Street "_s, u"Visa"_s, u" Ana  Rivera "_s, u"12345"_s};
    const qint64 firstPlan = plans.add(draft);
    std::optional<CollectionPlan> plan = plans.current(family);
    QVERIFY(plan);
    QCOMPARE(CollectionPlan::statusText(plan->status), u"Active"_s);
    QCOMPARE(plan->start, date("2026-02-05"));
    QCOMPARE(plan->nextPaymentDate, date("2026-03-07")); // start + 30 days
    QCOMPARE(plan->paidAfter, date("2026-02-04"));
    QCOMPARE(plan->defaultStatus, u"NDF"_s);
    QCOMPARE(plan->webpay->merchant, u"Main Street"_s);
    QCOMPARE(plan->webpay->holder, u"Ana  Rivera"_s);
    QCOMPARE(code(*db, family), u"ND"_s);
    QCOMPARE(CollectionAccountStore(*db).read(family)->since, date("2026-02-01"));

    // An edit of the terms; a Next Payment Date before the start is refused.
    QString before = snapshot(desk);
    QCOMPARE(refusalOf([&] { plans.edit(family, nextDateEdit(date("2026-02-04"))); }),
             u"Next Payment Date: 2026-02-04 is before the Start Date of Plan, 2026-02-05."_s);
    QCOMPARE(snapshot(desk), before);
    CollectionPlanService::Edit edit;
    edit.amount = money(u"60.00"_s);
    edit.paymentDays = 14;
    edit.nextPaymentDate = date("2026-02-19");
    edit.defaultStatus = u"ag"_s;
    plans.edit(family, edit);
    plan = plans.current(family);
    QCOMPARE(plan->amount, money(u"60.00"_s));
    QCOMPARE(plan->paymentDays, 14);
    QCOMPARE(plan->nextPaymentDate, date("2026-02-19"));
    QCOMPARE(plan->defaultStatus, u"AG"_s);

    // Ended: the non-delinquent plan's account leaves collections.
    desk.at(date("2026-02-10"));
    QCOMPARE(refusalOf([&] { plans.end(family, u"  "_s); }),
             u"Note: say why; a change of a collection status needs a note."_s);
    plans.end(family, u"paid elsewhere"_s);
    plan = plans.current(family);
    QCOMPARE(CollectionPlan::statusText(plan->status), u"Ended"_s);
    QCOMPARE(plan->endedOn, date("2026-02-10"));
    QCOMPARE(plan->endNote, u"paid elsewhere"_s);
    QCOMPARE(code(*db, family), QString());
    QCOMPARE(refusalOf([&] { plans.end(family, u"again"_s); }),
             u"Family %1 has no active payment plan in collections."_s.arg(family));
    QCOMPARE(refusalOf([&] { plans.edit(family, edit); }),
             u"Family %1 has no active payment plan in collections."_s.arg(family));

    // A collection payment plan for the account in collections: CP, then back to IC.
    CollectionStatusService(*db, desk.user()).set(family, u"C2"_s, u"second notice sent"_s);
    plans.add(draftFor(family, CollectionPlan::Kind::Collection));
    QCOMPARE(code(*db, family), u"CP"_s);
    QCOMPARE(plans.current(family)->defaultStatus, u"CPF"_s);
    plans.end(family, u"patient asked to stop"_s);
    QCOMPARE(code(*db, family), u"IC"_s);

    QCOMPARE(desk.audit(family),
             QStringList({u"collections-plan-add by manager"_s,
                          u"collections-plan-add by manager"_s,
                          u"collections-plan-edit by manager"_s,
                          u"collections-plan-end by manager"_s,
                          u"collections-plan-end by manager"_s,
                          u"collections-set by manager"_s,
                          u"collections-plan-add by manager"_s,
                          u"collections-plan-add by manager"_s,
                          u"collections-plan-end by manager"_s,
                          u"collections-plan-end by manager"_s}));
    // The plan's rows: its terms when added, before and after the edit, and how it ended.
    const QString added = u"{\"amount\":\"50.00\",\"default_status\":\"NDF\",\"id\":%1,\"kind\":\"non-delinquent\","
                          "\"next_payment_date\":\"2026-03-07\",\"payment_days\":30,\"start\":\"2026-02-05\","
                          "\"status\":\"Active\",\"webpay\":{\"holder\":\"Ana  Rivera\",\"merchant\":\"Main "
                          "Street\",\"method\":\"Visa\",\"zip\":\"12345\"}}"_s.arg(firstPlan);
    QCOMPARE(auditRows(*db, family, u"collections-plan-edit"_s).value(0),
             added + u" -> "_s
                     + QString(added)
                               .replace(u"\"amount\":\"50.00\""_s, u"\"amount\":\"60.00\""_s)
                               .replace(u"NDF"_s, u"AG"_s)
                               .replace(u"2026-03-07"_s, u"2026-02-19"_s)
                               .replace(u"\"payment_days\":30"_s, u"\"payment_days\":14"_s));
    const QStringList ends = auditRows(*db, family, u"collections-plan-end"_s);
    QVERIFY2(ends.value(0).endsWith(u"\"ended_by\":\"manager\",\"ended_on\":\"2026-02-10\",\"id\":%1,\"kind\":"
                                    "\"non-delinquent\",\"next_payment_date\":\"2026-02-19\",\"note\":\"paid "
                                    "elsewhere\",\"payment_days\":14,\"start\":\"2026-02-05\",\"status\":\"Ended\","
                                    "\"webpay\":{\"holder\":\"Ana  Rivera\",\"merchant\":\"Main Street\",\"method\":"
                                    "\"Visa\",\"zip\":\"12345\"}}"_s.arg(firstPlan)),
             qPrintable(ends.value(0)));
    QCOMPARE(ends.value(1),
             u"{\"code\":\"ND\",\"since\":\"2026-02-01\"} -> {\"code\":null,\"note\":\"paid elsewhere\","
             "\"since\":\"2026-02-10\"}"_s);
}

// A status by hand and out of collections, each with its note in the history; clearing ends
// an active plan.
void TestCollectionPlans::setAndClear()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-05-01"));
    CollectionStatusService statuses(*db, desk.user());
    statuses.set(family, u" ic "_s, u"called twice"_s);
    QCOMPARE(code(*db, family), u"IC"_s);
    desk.at(date("2026-05-03"));
    CollectionPlanService(*db, desk.user()).add(draftFor(family, CollectionPlan::Kind::Collection));
    desk.at(date("2026-05-04"));
    statuses.clear(family, u"settled with the guarantor"_s);
    QCOMPARE(code(*db, family), QString());
    QCOMPARE(CollectionPlan::statusText(CollectionPlanService(*db, desk.user()).current(family)->status), u"Ended"_s);
    QStringList history;
    for (const CollectionHistoryEntry &entry : CollectionAccountStore(*db).history(family))
        history << u"%1 %2..%3 %4: %5"_s.arg(
                entry.code, entry.from.toString(Qt::ISODate), entry.to.toString(Qt::ISODate), entry.by, entry.note);
    QCOMPARE(history,
             QStringList({u"IC 2026-05-01..2026-05-03 manager: called twice"_s,
                          u"CP 2026-05-03..2026-05-04 manager: "_s,
                          u" 2026-05-04.. manager: settled with the guarantor"_s}));
    QCOMPARE(desk.audit(family),
             QStringList({u"collections-set by manager"_s,
                          u"collections-plan-add by manager"_s,
                          u"collections-plan-add by manager"_s,
                          u"collections-clear by manager"_s,
                          u"collections-clear by manager"_s}));
}

void TestCollectionPlans::refusedStatusChange_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("action"); // set, clear
    QTest::addColumn<QString>("family"); // owing, none
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("message"); // %1: the family
    const struct
    {
        const char *name, *action, *family, *code, *note, *message;
    } rows[] = {
            {"code of four letters",
             "set",
             "owing",
             "ABCD",
             "n",
             "Code: \"ABCD\" is not a collection status code; write 1 to 3 letters or digits."},
            {"code with a dash",
             "set",
             "owing",
             "I-C",
             "n",
             "Code: \"I-C\" is not a collection status code; write 1 to 3 letters or digits."},
            {"code not in the table",
             "set",
             "owing",
             "ZZ",
             "n",
             "Code: \"ZZ\" is not a code of the Collection Status Table."},
            {"no note", "set", "owing", "IC", " ", "Note: say why; a change of a collection status needs a note."},
            {"note of two lines",
             "set",
             "owing",
             "IC",
             "one\ntwo",
             "Note: the text holds a line break or another control character."},
            {"bad code and no note",
             "set",
             "owing",
             "ABCD",
             "",
             "Code: \"ABCD\" is not a collection status code; write 1 to 3 letters or digits.\nNote: say why; a change "
             "of a collection status needs a note."},
            {"unknown family", "set", "none", "IC", "n", "There is no family with account number 999999."},
            {"clear without a status", "clear", "owing", "", "n", "Family %1 has no collection status."},
            {"clear without a note",
             "clear",
             "owing",
             "",
             "",
             "Note: say why; a change of a collection status needs a note."},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::newRow(qPrintable(QString::fromLatin1(row.name) + u'/' + backend))
                    << backend << QString::fromLatin1(row.action) << QString::fromLatin1(row.family)
                    << QString::fromLatin1(row.code) << QString::fromLatin1(row.note)
                    << QString::fromLatin1(row.message);
}

void TestCollectionPlans::refusedStatusChange()
{
    QFETCH(QString, backend);
    QFETCH(QString, action);
    QFETCH(QString, family);
    QFETCH(QString, code);
    QFETCH(QString, note);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, owing] = practice;
    const qint64 id = family == u"owing" ? owing : 999999;
    CollectionStatusService statuses(*db, desk.user());
    const QString before = snapshot(desk);
    const QString refused = refusalOf([&] {
        if (action == u"set")
            statuses.set(id, code, note);
        else
            statuses.clear(id, note);
    });
    QCOMPARE(refused, message.contains(u"%1"_s) ? message.arg(id) : message);
    QCOMPARE(snapshot(desk), before);
}

// `collections status --json`: the account, its history and its plan with the last patient
// payment from the ledger (a voided payment does not count).
void TestCollectionPlans::statusJson()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    CollectionStatusService statuses(*db, desk.user());
    QCOMPARE(QJsonDocument(statuses.status(family).toJson()).toJson(QJsonDocument::Compact),
             u"{\"code\":null,\"family\":%1,\"history\":[],\"plan\":null,\"since\":null}"_s.arg(family).toUtf8());

    desk.at(date("2026-05-01"));
    statuses.set(family, u"IC"_s, u"no answer"_s);
    desk.at(date("2026-05-02"));
    CollectionPlanDraft draft = draftFor(family, CollectionPlan::Kind::Collection);
    draft.start = date("2026-05-02");
    draft.amount = money(u"40.00"_s);
    draft.paymentDays = 14;
    draft.nextPaymentDate = date("2026-05-20");
    draft.defaultStatus = u"AG"_s;
    draft.webpay = WebPay{u"Main Street"_s, u"Visa"_s, u"Ana Rivera"_s, u"02134"_s};
    CollectionPlanService(*db, desk.user()).add(draft);
    desk.pay(patient, date("2026-05-10"), u"40.00"_s);
    const qint64 mistaken = desk.pay(patient, date("2026-05-12"), u"15.00"_s);
    PaymentPoster(*db, desk.user()).voidPayment(mistaken, u"wrong family"_s);

    const QString expected = u"{\"code\":\"CP\",\"family\":%1,"
                             "\"history\":[{\"by\":\"manager\",\"code\":\"IC\",\"from\":\"2026-05-01\",\"note\":\"no "
                             "answer\",\"to\":\"2026-05-02\"},"
                             "{\"by\":\"manager\",\"code\":\"CP\",\"from\":\"2026-05-02\",\"note\":\"\",\"to\":null}],"
                             "\"plan\":{\"amount\":\"40.00\",\"default_status\":\"AG\",\"kind\":\"collection\","
                             "\"last_payment_amount\":\"40.00\",\"last_payment_date\":\"2026-05-10\",\"next_payment_"
                             "date\":\"2026-05-20\","
                             "\"payment_days\":14,\"start\":\"2026-05-02\",\"status\":\"Active\","
                             "\"webpay\":{\"holder\":\"Ana Rivera\",\"merchant\":\"Main "
                             "Street\",\"method\":\"Visa\",\"zip\":\"02134\"}},"
                             "\"since\":\"2026-05-02\"}"_s.arg(family);
    QCOMPARE(QString::fromUtf8(QJsonDocument(statuses.status(family).toJson()).toJson(QJsonDocument::Compact)),
             expected);
    QCOMPARE(statuses.status(family).description, u"Collection Payment Plan"_s); // for the desk
}

// The roster: every account with a collection status (not one that left), its balance, the
// part older than delinquent_days, days in status and its plan; the CSV with the JSON keys.
void TestCollectionPlans::roster()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, rivera, delinquent] = practice; // charged 2026-01-02
    qint64 soto = 0;
    const qint64 onPlan = desk.family(&soto, u"Soto"_s);
    desk.charge(soto, date("2026-04-01"), u"90.00"_s);
    qint64 diaz = 0;
    const qint64 cleared = desk.family(&diaz, u"Diaz"_s);
    desk.charge(diaz, date("2026-01-02"), u"30.00"_s);
    desk.at(date("2026-04-15"));
    CollectionStatusService statuses(*db, desk.user());
    statuses.set(delinquent, u"IC"_s, u"no answer"_s);
    statuses.set(cleared, u"IC"_s, u"no answer"_s);
    statuses.clear(cleared, u"paid at the desk"_s);
    CollectionPlanDraft draft = draftFor(onPlan);
    draft.start = date("2026-04-15");
    CollectionPlanService(*db, desk.user()).add(draft);
    desk.pay(rivera, date("2026-04-20"), u"40.00"_s);
    desk.charge(rivera, date("2026-04-25"), u"25.00"_s);
    desk.at(date("2026-05-01"));

    const CollectionRoster roster(*db);
    const QList<CollectionRosterRow> rows = roster.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).balance, money(u"225.00"_s));
    QCOMPARE(rows.at(0).delinquent, money(u"200.00"_s)); // 225.00 less the 25.00 charged within 90 days
    QCOMPARE(rows.at(1).delinquent, money(u"0.00"_s));
    QCOMPARE(roster.countsByCode(), (QList<std::pair<QString, qint64>>{{u"IC"_s, 1}, {u"ND"_s, 1}}));
    QCOMPARE(roster.rows(u"ND"_s).size(), 1);
    QCOMPARE(roster.page({}, delinquent, 10).size(), 1);
    QCOMPARE(roster.page({}, delinquent, 10).at(0).familyId, onPlan);
    QCOMPARE(roster.page({}, 0, 1).at(0).familyId, delinquent);
    // A page reads each family's amounts, the whole roster the practice's at once: the same.
    const QList<CollectionRosterRow> page = roster.page({}, 0, 10);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(page.at(i).balance, rows.at(i).balance);
        QCOMPARE(page.at(i).delinquent, rows.at(i).delinquent);
    }

    const QString path = QDir(m_dir.path()).filePath(u"roster-%1.csv"_s.arg(backend));
    QCOMPARE(CollectionCsv::writeRoster(*db, desk.user(), {}, path), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             u"family,guarantor,balance,delinquent,code,days_in_status,next_payment_date,plan_status\r\n"
             "%1,\"Rivera, Ana\",225.00,200.00,IC,16,,\r\n"
             "%2,\"Soto, Ana\",90.00,0.00,ND,16,2026-05-15,Active\r\n"_s.arg(delinquent)
                     .arg(onPlan));
}

// The webPAY instalments due on a date: active webPAY plans whose Next Payment Date it is.
void TestCollectionPlans::due()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, webpay] = practice;
    qint64 other = 0;
    const qint64 plain = desk.family(&other, u"Soto"_s);
    desk.charge(other, date("2026-01-05"), u"100.00"_s);
    desk.at(date("2026-02-01"));
    CollectionPlanService plans(*db, desk.user());
    CollectionPlanDraft draft = draftFor(webpay);
    draft.webpay = WebPay{u"Main Street"_s, u"Visa"_s, u"Ana Rivera"_s, u"12345"_s};
    plans.add(draft);
    plans.add(draftFor(plain)); // no webPAY: the practice collects it
    const QList<WebPayDue> due = CollectionRoster(*db).due(date("2026-03-03"));
    QCOMPARE(due.size(), 1);
    QCOMPARE(QString::fromUtf8(QJsonDocument(due.at(0).toJson()).toJson(QJsonDocument::Compact)),
             u"{\"amount\":\"50.00\",\"family\":%1,\"guarantor\":\"Rivera, Ana\",\"holder\":\"Ana Rivera\","
             "\"merchant\":\"Main Street\",\"method\":\"Visa\"}"_s.arg(webpay));
    QCOMPARE(CollectionRoster(*db).due(date("2026-03-02")).size(), 0);
    QCOMPARE(WebPayDue::csvHeader(),
             QStringList({u"family"_s, u"guarantor"_s, u"amount"_s, u"merchant"_s, u"method"_s, u"holder"_s}));
}

// The commands as a billing manager types them (the CLI's clock is the real one, so the
// plan starts on a date before any test run): bad input gets one line per problem naming the
// field, and nothing is written; then a plan, its status, the roster and the instalments
// due, the end, a status by hand and out again, and the audit trail of it all.
void TestCollectionPlans::commands()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
    const ConnectionSpec spec = m_databases->freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &args) { return paydesk::test::runCli(url, u"manager"_s, args); };
    qint64 family = 0;
    const auto written = [&] {
        const Database db(spec);
        return snapshot(db);
    };
    {
        const Database db(spec);
        BillingDesk desk(db);
        setUpCollections(desk);
        qint64 patient = 0;
        family = desk.owingFamily(&patient, u"240.00"_s);
    }
    const QString f = QString::number(family);
    const QStringList add = {u"collections"_s, u"plan"_s, u"add"_s, u"--family"_s, f, u"--start"_s, u"2026-11-01"_s};
    const QString before = written();

    const struct
    {
        QStringList args;
        QStringList lines;
    } refused[] = {
            {{u"--amount"_s,
              u"12.345"_s,
              u"--days"_s,
              u"0"_s,
              u"--next"_s,
              u"2026-10-01"_s,
              u"--webpay"_s,
              u"--method"_s,
              u"Visa"_s,
              u"--zip"_s,
              u"1234"_s},
             {u"Payment Amount (--amount): \"12.345\" has more than two decimals."_s,
              u"Payment Days: 0 is outside 1 to 99."_s,
              u"Next Payment Date: 2026-10-01 is before the Start Date of Plan, 2026-11-01."_s,
              u"Merchant: required for a CGM webPAY plan."_s,
              u"Card Holder Zip Code: \"1234\" is not five digits."_s}},
            {{u"--amount"_s, u"50"_s, u"--days"_s, u"100"_s}, {u"Payment Days: 100 is outside 1 to 99."_s}},
            {{u"--amount"_s, u"50"_s, u"--days"_s, u"thirty"_s},
             {u"Payment Days (--days): \"thirty\" is not a whole number."_s}},
            {{u"--amount"_s, u"50"_s, u"--days"_s, u"30"_s, u"--webpay"_s, u"--merchant"_s, u"Main Street"_s},
             {u"Payment Method: required for a CGM webPAY plan."_s}},
            {{u"--amount"_s, u"50"_s, u"--days"_s, u"30"_s, u"--zip"_s, u"12345"_s},
             {u"--zip: only with --webpay (CGM webPAY)."_s}},
            {{u"--amount"_s, u"50"_s, u"--days"_s, u"30"_s, u"--delinquent"_s},
             {u"Family %1 is not in collections: a collection payment plan is for an account in collections."_s.arg(f)}},
    };
    for (const auto &bad : refused) {
        const CliRun run = cli(add + bad.args);
        QCOMPARE(run.exitCode, 1);
        QStringList expected;
        for (const QString &line : bad.lines)
            expected << u"paydesk-cli: "_s + line;
        QCOMPARE(run.errLines(), expected);
        QCOMPARE(written(), before);
    }

    CliRun run = cli(add
                     + QStringList{u"--amount"_s,
                                   u"1,234.50"_s,
                                   u"--days"_s,
                                   u"30"_s,
                                   u"--webpay"_s,
                                   u"--merchant"_s,
                                   u"Main Street"_s,
                                   u"--method"_s,
                                   u"Visa"_s,
                                   u"--holder"_s,
                                   u"Ana Rivera"_s,
                                   u"--zip"_s,
                                   u"02134"_s,
                                   u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonObject added = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(added.value(u"code"_s).toString(), u"ND"_s);
    QCOMPARE(added.value(u"plan"_s).toObject().value(u"amount"_s).toString(), u"1234.50"_s);
    QCOMPARE(added.value(u"plan"_s).toObject().value(u"next_payment_date"_s).toString(), u"2026-12-01"_s);

    run = cli({u"collections"_s, u"plan"_s, u"edit"_s, u"--family"_s, f});
    QCOMPARE(run.errLines(),
             QStringList{u"paydesk-cli: Nothing to change: give --amount, --days, --next, --default-status."_s});
    run = cli({u"collections"_s,
               u"plan"_s,
               u"edit"_s,
               u"--family"_s,
               f,
               u"--amount"_s,
               u"100"_s,
               u"--next"_s,
               u"2026-12-04"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    run = cli({u"collections"_s, u"status"_s, u"--family"_s, f, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(status.keys(), QStringList({u"code"_s, u"family"_s, u"history"_s, u"plan"_s, u"since"_s}));
    QCOMPARE(status.value(u"code"_s).toString(), u"ND"_s);
    QCOMPARE(status.value(u"history"_s).toArray().size(), 1);
    const QJsonObject plan = status.value(u"plan"_s).toObject();
    QCOMPARE(plan.keys(),
             QStringList({u"amount"_s,
                          u"default_status"_s,
                          u"kind"_s,
                          u"last_payment_amount"_s,
                          u"last_payment_date"_s,
                          u"next_payment_date"_s,
                          u"payment_days"_s,
                          u"start"_s,
                          u"status"_s,
                          u"webpay"_s}));
    QCOMPARE(plan.value(u"amount"_s).toString(), u"100.00"_s);
    QCOMPARE(plan.value(u"kind"_s).toString(), u"non-delinquent"_s);
    QCOMPARE(plan.value(u"webpay"_s).toObject().value(u"zip"_s).toString(), u"02134"_s);

    const QString dueFile = QDir(m_dir.path()).filePath(u"due-%1.csv"_s.arg(backend));
    run = cli({u"collections"_s, u"due"_s, u"--date"_s, u"2026-12-04"_s, u"--csv"_s, dueFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile due(dueFile);
    QVERIFY(due.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(due.readAll()),
             u"family,guarantor,amount,merchant,method,holder\r\n"
             "%1,\"Rivera, Ana\",100.00,Main Street,Visa,Ana Rivera\r\n"_s.arg(f));

    const QString rosterFile = QDir(m_dir.path()).filePath(u"roster-cli-%1.csv"_s.arg(backend));
    run = cli({u"collections"_s, u"roster"_s, u"--code"_s, u"nd"_s, u"--csv"_s, rosterFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile roster(rosterFile);
    QVERIFY(roster.open(QIODevice::ReadOnly));
    const QStringList rosterLines = QString::fromUtf8(roster.readAll()).split(u"\r\n"_s);
    QCOMPARE(rosterLines.at(0),
             u"family,guarantor,balance,delinquent,code,days_in_status,next_payment_date,plan_status"_s);
    QVERIFY2(rosterLines.at(1).startsWith(u"%1,\"Rivera, Ana\",240.00,240.00,ND,"_s.arg(f))
                     && rosterLines.at(1).endsWith(u",2026-12-04,Active"_s),
             qPrintable(rosterLines.at(1)));
    run = cli({u"collections"_s, u"roster"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject().keys(),
             QStringList({u"balance"_s,
                          u"code"_s,
                          u"days_in_status"_s,
                          u"delinquent"_s,
                          u"family"_s,
                          u"guarantor"_s,
                          u"next_payment_date"_s,
                          u"plan_status"_s}));

    QCOMPARE(cli({u"collections"_s, u"plan"_s, u"end"_s, u"--family"_s, f, u"--note"_s, u"paid in full"_s}).exitCode, 0);
    run = cli({u"collections"_s, u"set"_s, u"--family"_s, f, u"--code"_s, u"ABCD"_s, u"--note"_s, u"x"_s});
    QCOMPARE(run.errLines(),
             QStringList{u"paydesk-cli: Code: \"ABCD\" is not a collection status code; write 1 to 3 "
                         "letters or digits."_s});
    QCOMPARE(cli({u"collections"_s, u"set"_s, u"--family"_s, f, u"--code"_s, u"ic"_s, u"--note"_s, u"no answer"_s})
                     .exitCode,
             0);
    QCOMPARE(cli({u"collections"_s, u"clear"_s, u"--family"_s, f, u"--note"_s, u"paid"_s}).exitCode, 0);
    run = cli({u"collections"_s, u"status"_s, u"--family"_s, f, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"code"_s), QJsonValue(QJsonValue::Null));

    run = cli({u"audit"_s, u"--family"_s, f, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList trail;
    for (const QJsonValue &entry : QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entries"_s).toArray())
        if (const QString action = entry.toObject().value(u"action"_s).toString(); action.startsWith(u"collections-"_s))
            trail.prepend(action);
    QCOMPARE(trail,
             QStringList({u"collections-plan-add"_s,
                          u"collections-plan-add"_s,
                          u"collections-plan-edit"_s,
                          u"collections-plan-end"_s,
                          u"collections-plan-end"_s,
                          u"collections-set"_s,
                          u"collections-clear"_s}));
}

// Collections are billing manager's work: front desk is refused every change, before anything
// is written, and may read the account's status and the roster.
void TestCollectionPlans::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-02-01"));
    CollectionPlanService(*db, desk.user()).add(draftFor(family));
    UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, u"clerk"_s, Role::FrontDesk, u"clerk-password"_s);
    const auto collectionRows = [&] {
        const QStringList parts = snapshot(*db).split(u' ');
        return parts.mid(0, 3); // the collection tables, not the audit trail that records the refusals
    };
    const QStringList before = collectionRows();
    CollectionPlanService plans(*db, u"clerk"_s);
    CollectionStatusService statuses(*db, u"clerk"_s);
    const QString refused = u"Change collections and collection payment plans: this needs the billing manager role; "
                            "clerk has the front desk role."_s;
    QCOMPARE(refusalOf([&] { plans.add(draftFor(family)); }), refused);
    QCOMPARE(refusalOf([&] { plans.edit(family, amountEdit(money(u"10.00"_s))); }), refused);
    QCOMPARE(refusalOf([&] { plans.end(family, u"note"_s); }), refused);
    QCOMPARE(refusalOf([&] { statuses.set(family, u"IC"_s, u"note"_s); }), refused);
    QCOMPARE(refusalOf([&] { statuses.clear(family, u"note"_s); }), refused);
    QCOMPARE(collectionRows(), before);
    QCOMPARE(statuses.status(family).code, u"ND"_s);
    QCOMPARE(CollectionRoster(*db).rows().size(), 1);
}

// A change is dated today, or the account's since when a re-check by a payment dated ahead
// put it later: since never goes back, so the run's catch-up cannot undo the change.
void TestCollectionPlans::sinceNeverGoesBack()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-05-01"));
    {
        AuditLog audit(*db, u"daily-run"_s);
        CollectionAccountStore(*db).change(
                audit, u"collections-leave"_s, family, {}, date("2026-05-04"), false, u"daily-run"_s, {});
        audit.write();
    }
    CollectionStatusService(*db, desk.user()).set(family, u"IC"_s, u"called"_s);
    QCOMPARE(CollectionAccountStore(*db).read(family)->since, date("2026-05-04"));
    desk.at(date("2026-05-06"));
    CollectionStatusService(*db, desk.user()).set(family, u"C2"_s, u"called again"_s);
    QCOMPARE(CollectionAccountStore(*db).read(family)->since, date("2026-05-06"));
}

// Once the run has checked a period (paid_after moved to its due date), the next due date
// must come after it: a Next Payment Date inside a checked period is refused.
void TestCollectionPlans::editAfterAPeriodChecked()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Practice practice(*m_databases, backend);
    auto &[db, desk, patient, family] = practice;
    desk.at(date("2026-02-01"));
    CollectionPlanService plans(*db, desk.user());
    plans.add(draftFor(family));
    // What the run writes when the period to 2026-03-03 was paid.
    db->execute(u"UPDATE collection_plans SET paid_after = '2026-03-03', next_payment_date = '2026-04-02'"_s);
    desk.at(date("2026-03-10"));
    const QString before = snapshot(desk);
    QCOMPARE(refusalOf([&] { plans.edit(family, nextDateEdit(date("2026-03-03"))); }),
             u"Next Payment Date: 2026-03-03 is not after 2026-03-03, the due date already checked."_s);
    QCOMPARE(snapshot(desk), before);
    plans.edit(family, nextDateEdit(date("2026-03-04")));
    QCOMPARE(plans.current(family)->nextPaymentDate, date("2026-03-04"));
}

QTEST_GUILESS_MAIN(TestCollectionPlans)
#include "tst_collectionplans.moc"
