// The ledger rows and aging on real databases (SQLite and PostgreSQL): the running balance
// ends at the family's balance on every kind of account, same-date rows keep their
// documented order, and aging matches hand-worked families (every bucket boundary,
// insurance, credits, rows dated after the as-of date), in the core, in the practice-wide
// report and in its CSV.
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "csv/CsvReader.h"
#include "import/BatchWriter.h"
#include "import/DemoPractice.h"
#include "import/LedgerBatch.h"
#include "ledger/AccountLedger.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "reports/Aging.h"
#include "reports/AgingReport.h"
#include "settings/PracticeSettings.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(paydesk::core::AgedBalance)

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using Kind = LedgerEntry::Kind;

namespace {

const QString clerk = u"clerk"_s;

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A family's history for aging, each row dated. Charges are numbered from 1 in the order
// given; adjustments and claims name the charge by that number (0: none).
struct Scenario
{
    struct Dated
    {
        const char *date;
        const char *amount;
    };
    struct Adjusted
    {
        const char *date;
        const char *amount;
        int charge;
    };
    struct Claimed
    {
        const char *date; // the claim's
        int charge;
        const char *paid;
        const char *writeOff;
    };

    const char *name;
    QList<Dated> charges;
    QList<Adjusted> adjustments;
    QList<Dated> payments;
    QList<Claimed> claims;
    QList<Dated> totalInsurance; // as-total payments on the first claim
};

// The hand-worked family: on 2024-06-30 charge 1 is 0 days old, 2 is 30, 3 is 31, 4 is 60,
// 5 is 61, 6 is 90, 7 is 91 and 8 is 172; charge 9, the second claim and the second
// payment come later.
//   Balance on 2024-06-30: charges 580.00, adjustments −10 + 15 − 10 = −5.00, insurance
//   150 + 20 + 5 = 175.00, payments 10.00: 390.00. Newest first: 1 takes 90.00 (100 − 10),
//   2 80.00 → 0–30 170.00; 3 60.00, 4 50.00 → 31–60 110.00; 5 40.00, 6 30.00 → 61–90 70.00;
//   7 20.00, the fee 15.00 and 5.00 of charge 8 (which can take 200 − 10 − 150 − 20 = 20.00)
//   → over 90 40.00.
//   Balance on 2024-07-31: charges 1,080.00, adjustments −5.00, insurance 175 + 60 = 235.00,
//   payments 110.00: 730.00. 9 takes 500.00 (16 days), 1 90.00 (31), 2 80.00 (61), 3 nothing
//   (60 − 60), 4 50.00 and 5 10.00 (over 90): 500.00 / 90.00 / 80.00 / 60.00.
const Scenario handWorked{
        "hand-worked",
        {{"2024-06-30", "100.00"},
         {"2024-05-31", "80.00"},
         {"2024-05-30", "60.00"},
         {"2024-05-01", "50.00"},
         {"2024-04-30", "40.00"},
         {"2024-04-01", "30.00"},
         {"2024-03-31", "20.00"},
         {"2024-01-10", "200.00"},
         {"2024-07-15", "500.00"}},
        {{"2024-06-30", "-10.00", 1}, {"2024-03-01", "15.00", 0}, {"2024-01-10", "-10.00", 8}},
        {{"2024-01-10", "10.00"}, {"2024-07-01", "100.00"}},
        {{"2024-01-10", 8, "150.00", "20.00"}, {"2024-07-05", 3, "60.00", "0.00"}},
        {{"2024-02-15", "5.00"}},
};

const QList<Scenario> scenarios = {
        handWorked,
        // 100.00 on 2024-06-01, insurance 70.00 and write-off 10.00: 20.00 is 29 days old; the
        // other 50.00 is from March. Aged by amount, 0–30 would take all 70.00.
        {"insurance",
         {{"2024-06-01", "100.00"}, {"2024-03-01", "50.00"}},
         {},
         {},
         {{"2024-06-05", 1, "70.00", "10.00"}},
         {}},
        {"credit", {{"2024-06-01", "20.00"}}, {}, {{"2024-06-02", "50.00"}}, {}, {}},
        {"paid off", {{"2024-06-01", "60.00"}}, {}, {{"2024-06-02", "60.00"}}, {}, {}},
        // A returned check raises the balance above what the 71-day-old charge can take: the
        // rest joins the oldest bucket that holds money.
        {"returned check", {{"2024-04-20", "100.00"}}, {}, {{"2024-05-01", "-30.00"}}, {}, {}},
        {"returned check alone", {}, {}, {{"2024-06-01", "-25.00"}}, {}, {}},
        // A fee ages as an item of its own date; a stand-alone discount only lowers the balance.
        {"fee and discount",
         {{"2024-06-20", "40.00"}},
         {{"2024-02-01", "25.00", 0}, {"2024-06-25", "-10.00", 0}},
         {},
         {},
         {}},
};

const Scenario &scenario(const QString &name)
{
    for (const Scenario &s : scenarios) {
        if (name == QLatin1String(s.name))
            return s;
    }
    qFatal("no scenario %s", qPrintable(name));
}

// Writes the scenario as family `family` (ids from family × 100) with guarantor Gloria
// and member Luis: odd-numbered charges are Gloria's.
void writeFamily(const Database &db, qint64 family, const Scenario &s)
{
    const qint64 base = family * 100;
    LedgerBatch batch;
    batch.families = {family};
    batch.providers = {{1, u"DR1"_s, u"Dr. One"_s}};
    batch.clinics = {{1, u"MAIN"_s, u"Main"_s}};
    const qint64 gloria = base + 1, luis = base + 2;
    batch.patients = {{gloria, family, u"Family %1"_s.arg(family), u"Gloria"_s, QDate(1980, 1, 1), true},
                      {luis, family, u"Family %1"_s.arg(family), u"Luis"_s, QDate(2010, 1, 1), false}};
    const auto chargeId = [&](int number) { return number ? base + 10 + number : 0; };
    for (int i = 0; i < s.charges.size(); ++i)
        batch.charges.append({chargeId(i + 1),
                              i % 2 ? luis : gloria,
                              1,
                              1,
                              day(s.charges[i].date),
                              u"D1110"_s,
                              u"Prophylaxis"_s,
                              money(s.charges[i].amount)});
    for (int i = 0; i < s.adjustments.size(); ++i) {
        const Scenario::Adjusted &a = s.adjustments[i];
        const Money amount = money(a.amount);
        batch.adjustments.append({base + 40 + i,
                                  gloria,
                                  1,
                                  1,
                                  day(a.date),
                                  amount.isNegative() ? u"discount"_s : u"fee"_s,
                                  amount,
                                  chargeId(a.charge)});
    }
    for (int i = 0; i < s.payments.size(); ++i) {
        Payment p;
        p.id = base + 50 + i;
        p.patientId = gloria;
        p.date = day(s.payments[i].date);
        p.amount = money(s.payments[i].amount);
        p.method = PaymentMethod::Check;
        batch.payments.append(p);
    }
    for (int i = 0; i < s.claims.size(); ++i) {
        const Scenario::Claimed &c = s.claims[i];
        batch.claims.append({base + 60 + i, gloria, day(c.date), u"Delta"_s, u"received"_s, 1, 1});
        batch.claimProcedures.append(
                {base + 70 + i, base + 60 + i, chargeId(c.charge), money(c.paid), money(c.writeOff)});
    }
    for (int i = 0; i < s.totalInsurance.size(); ++i)
        batch.claimPayments.append(
                {base + 80 + i, base + 60, day(s.totalInsurance[i].date), money(s.totalInsurance[i].amount)});
    BatchWriter::write(db, batch, clerk, u"test"_s);
}

AgedBalance aged(const char *d0, const char *d31, const char *d61, const char *d91)
{
    AgedBalance a;
    a.buckets = {money(d0), money(d31), money(d61), money(d91)};
    for (const Money &bucket : a.buckets)
        a.balance += bucket;
    return a;
}

QString describe(const AgedBalance &a)
{
    QStringList parts;
    for (const Money &bucket : a.buckets)
        parts << bucket.toString();
    return parts.join(u" / "_s) + u" = "_s + a.balance.toString();
}

QList<Kind> kinds(const QList<LedgerEntry> &entries)
{
    QList<Kind> list;
    for (const LedgerEntry &e : entries)
        list << e.kind;
    return list;
}

// The running balance of every family of the database ends at its balance.
void checkLedgersEndAtBalance(const Database &db)
{
    const QList<FamilyAccount> accounts = AccountReader(db).loadRange(1, std::numeric_limits<qint64>::max());
    QVERIFY(!accounts.isEmpty());
    for (const FamilyAccount &account : accounts) {
        const QList<LedgerEntry> entries = AccountLedger::of(account);
        const Money last = entries.isEmpty() ? Money() : entries.constLast().balance;
        QVERIFY2(last == account.balance(),
                 qPrintable(u"family %1: %2 != %3"_s.arg(account.familyId)
                                    .arg(last.toString(), account.balance().toString())));
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].date <= entries[i].date);
    }
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agingBuckets_data();
    void agingBuckets();
    void agingAfterVoids_data()
    {
        paydesk::test::TestDatabases::addBackendColumn();
        paydesk::test::TestDatabases::addBackendRows();
    }
    void agingAfterVoids();
    void agingReportAndCsv_data();
    void agingReportAndCsv();
    void ledgerEndsAtBalance_data();
    void ledgerEndsAtBalance();
    void ledgerSameDateOrder_data();
    void ledgerSameDateOrder();
    void ledgerMarksVoidedItems_data()
    {
        paydesk::test::TestDatabases::addBackendColumn();
        paydesk::test::TestDatabases::addBackendRows("a charge and a fee voided");
    }
    void ledgerMarksVoidedItems();

private:
    paydesk::test::TestDatabases m_dbs;
};

void tst_Reports::agingBuckets_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<AgedBalance>("expected");
    QTest::addColumn<Money>("balance");
    const struct
    {
        const char *tag;
        const char *scenario;
        const char *asOf;
        AgedBalance expected;
        const char *balance;
    } rows[] = {
            {"hand-worked: days 0, 30, 31, 60, 61, 90, 91 and insurance",
             "hand-worked",
             "2024-06-30",
             aged("170.00", "110.00", "70.00", "40.00"),
             "390.00"},
            {"hand-worked: later rows count a month on",
             "hand-worked",
             "2024-07-31",
             aged("500.00", "90.00", "80.00", "60.00"),
             "730.00"},
            {"hand-worked: nothing before the first row",
             "hand-worked",
             "2023-12-31",
             aged("0.00", "0.00", "0.00", "0.00"),
             "0.00"},
            {"insurance leaves the patient portion",
             "insurance",
             "2024-06-30",
             aged("20.00", "0.00", "0.00", "50.00"),
             "70.00"},
            {"a claim after the as-of date does not count",
             "insurance",
             "2024-06-02",
             aged("100.00", "0.00", "0.00", "50.00"),
             "150.00"},
            {"credit: not aged", "credit", "2024-06-30", aged("0.00", "0.00", "0.00", "0.00"), "-30.00"},
            {"zero balance: not aged", "paid off", "2024-06-30", aged("0.00", "0.00", "0.00", "0.00"), "0.00"},
            {"what no item takes joins the oldest bucket held",
             "returned check",
             "2024-06-30",
             aged("0.00", "0.00", "130.00", "0.00"),
             "130.00"},
            {"nothing to age: 0-30",
             "returned check alone",
             "2024-06-30",
             aged("25.00", "0.00", "0.00", "0.00"),
             "25.00"},
            {"a fee is an item, a discount is not",
             "fee and discount",
             "2024-06-30",
             aged("40.00", "0.00", "0.00", "15.00"),
             "55.00"},
    };
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const auto &row : rows) {
            AgedBalance expected = row.expected;
            expected.balance = money(row.balance);
            if (!expected.owes())
                expected.buckets = {};
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                    << backend << QString::fromLatin1(row.scenario) << day(row.asOf) << expected << money(row.balance);
        }
    }
}

void tst_Reports::agingBuckets()
{
    QFETCH(QString, backend);
    QFETCH(QString, scenario);
    QFETCH(QDate, asOf);
    QFETCH(AgedBalance, expected);
    QFETCH(Money, balance);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    writeFamily(*db, 1, ::scenario(scenario));

    const AgedBalance got = Aging::of(AccountReader(*db).load(1), asOf);
    QCOMPARE(describe(got), describe(expected));
    QCOMPARE(got.balance, balance);

    // The practice-wide report reads the same family the same way, and lists it only when it owes.
    const AgingReport report = AgingReport::build(*db, asOf);
    QCOMPARE(report.lines.size(), expected.owes() ? 1 : 0);
    if (expected.owes()) {
        QCOMPARE(describe(report.lines.constFirst().aged), describe(expected));
        QCOMPARE(report.lines.constFirst().guarantor, u"Family 1, Gloria"_s);
    }
}

void tst_Reports::agingReportAndCsv_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("every scenario and a demo practice");
}

void tst_Reports::agingReportAndCsv()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        writeFamily(*db, i + 1, scenarios[i]);
    const QDate asOf(2024, 6, 30);
    DemoPractice::add(*db, clerk, 40, 11, asOf);

    // The report (a snapshot of the practice) ages each family as its own account does.
    const AgingReport report = AgingReport::build(*db, asOf);
    QCOMPARE(report.asOf, asOf);
    QList<qint64> owing;
    AgedBalance sum;
    for (const FamilyAccount &account : AccountReader(*db).loadRange(1, std::numeric_limits<qint64>::max())) {
        const AgedBalance a = Aging::of(account, asOf);
        if (a.owes()) {
            owing << account.familyId;
            sum += a;
        }
    }
    QVERIFY(owing.size() > 10);
    QList<qint64> listed;
    for (const AgingReport::Line &line : report.lines)
        listed << line.familyId;
    QCOMPARE(listed, owing);
    QCOMPARE(describe(report.totals), describe(sum));
    QVERIFY(!listed.contains(3)); // the credit
    QVERIFY(!listed.contains(4)); // paid off

    // The CSV: exactly the documented columns, one row per family that owes, no totals, and
    // on every row the buckets add up to the balance.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"aging.csv"_s);
    report.writeCsv(path);
    CsvReader csv(path);
    QVERIFY(csv.readHeader());
    QCOMPARE(csv.header(),
             (QStringList{u"family"_s, u"guarantor"_s, u"0-30"_s, u"31-60"_s, u"61-90"_s, u"over_90"_s, u"balance"_s}));
    QList<qint64> rows;
    while (csv.readRecord()) {
        rows << csv.field(0).toLongLong();
        Money buckets;
        for (int column = 2; column <= 5; ++column)
            buckets += Money::parse(csv.field(column)).value();
        QCOMPARE(buckets, Money::parse(csv.field(6)).value());
        QVERIFY(Money::parse(csv.field(6)).value().isPositive());
    }
    QVERIFY2(!csv.hasError(), qPrintable(csv.error()));
    QCOMPARE(rows, owing);
}

void tst_Reports::ledgerEndsAtBalance_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("scenarios, a demo practice, balanced and undone");
}

void tst_Reports::ledgerEndsAtBalance()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        writeFamily(*db, i + 1, scenarios[i]);
    DemoPractice::add(*db, clerk, 40, 5, QDate(2024, 6, 30));
    checkLedgersEndAtBalance(*db);

    // Income transfers (spreading the as-total insurance too), then their undo.
    BalancerOptions options;
    options.method = BalancerMethod::TransferRigorous;
    const BalancerSummary run = FamilyBalancer(*db, u"manager"_s).run(options);
    QVERIFY(run.changed.size() > 0);
    checkLedgersEndAtBalance(*db);
    FamilyBalancer(*db, u"manager"_s).undo(run.runId);
    checkLedgersEndAtBalance(*db);
}

void tst_Reports::ledgerSameDateOrder_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("charges, adjustments, insurance, payments");
}

void tst_Reports::ledgerSameDateOrder()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    writeFamily(*db, 1, handWorked);

    // On 2024-01-10: charge 8, its discount, the claim's insurance and write-off, the payment.
    const FamilyAccount account = AccountReader(*db).load(1);
    QList<LedgerEntry> entries = AccountLedger::of(account);
    entries.removeIf([](const LedgerEntry &e) { return e.date != QDate(2024, 1, 10); });
    QCOMPARE(kinds(entries),
             (QList<Kind>{Kind::Charge, Kind::Adjustment, Kind::InsurancePaid, Kind::WriteOff, Kind::Payment}));
    QCOMPARE(entries[0].amount, money("200.00"));
    QCOMPARE(entries[1].amount, money("-10.00"));
    QCOMPARE(entries[1].chargeId, entries[0].id);
    QCOMPARE(entries[1].description, u"Discount on charge #%1"_s.arg(entries[0].id));
    QCOMPARE(entries[2].amount, money("-150.00"));
    QCOMPARE(entries[3].amount, money("-20.00"));
    QCOMPARE(entries[2].chargeId, entries[0].id);
    QCOMPARE(entries[4].amount, money("-10.00"));
    QCOMPARE(entries[4].balance, money("10.00"));

    // Payments, voids and refunds of one day in id order, so a void follows what it voids.
    const QDate today = QDate::currentDate();
    const NewPatient ana = FamilyRegistry(*db, clerk).addPatient({0, 0, u"Okafor"_s, u"Ana"_s, QDate(1990, 1, 1), true});
    ChargeEntry entry(*db, clerk);
    const qint64 charge = entry.addCharge({0, ana.patientId, 1, 1, today, u"D0120"_s, u"Exam"_s, money("80.00")});
    PaymentPoster poster(*db, clerk);
    PaymentDraft draft;
    draft.patientId = ana.patientId;
    draft.date = today;
    draft.amount = money("50.00");
    draft.method = PaymentMethod::Card;
    const qint64 first = poster.post(draft).paymentId;
    draft.amount = money("30.00");
    const qint64 second = poster.post(draft).paymentId;
    const qint64 voidId = poster.voidPayment(first, u"card declined"_s);
    const qint64 refundId = poster.refund(second, money("5.00"), PaymentMethod::Cash, u"change"_s);
    entry.addAdjustment({0, ana.patientId, 1, 1, today, u"discount"_s, money("-8.00"), charge});

    const QList<LedgerEntry> day = AccountLedger::of(AccountReader(*db).load(ana.familyId));
    QCOMPARE(kinds(day),
             (QList<Kind>{Kind::Charge, Kind::Adjustment, Kind::Payment, Kind::Payment, Kind::Void, Kind::Refund}));
    QCOMPARE(day[2].id, first);
    QCOMPARE(day[3].id, second);
    QCOMPARE(day[4].id, voidId);
    QCOMPARE(day[5].id, refundId);
    QCOMPARE(day[2].description, u"Payment, Card (voided by #%1)"_s.arg(voidId));
    QCOMPARE(day[4].description, u"Void of payment #%1: card declined"_s.arg(first));
    QCOMPARE(day[4].amount, money("50.00"));
    QCOMPARE(day[5].amount, money("5.00"));
    // 80 − 8 − 50 − 30 + 50 + 5
    QCOMPARE(day.constLast().balance, money("47.00"));
}

// A voided charge or adjustment says so on its ledger row, as a voided payment does, so the
// clerk reading the ledger sees that it was taken back without opening its tab.
void tst_Reports::ledgerMarksVoidedItems()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Scenario history{"voids",
                           {{"2024-01-10", "100.00"}, {"2024-05-20", "50.00"}},
                           {{"2024-05-01", "40.00", 0}, {"2024-05-02", "-5.00", 1}},
                           {},
                           {},
                           {}};
    writeFamily(*db, 1, history);
    ItemVoider voider(*db, clerk);
    const qint64 feeVoid = voider.voidAdjustment(140, u"entered twice"_s).voidRow.id;
    const qint64 chargeVoid = voider.voidCharge(112, u"wrong patient"_s).voidRow.id;

    QMap<std::pair<Kind, qint64>, QString> said;
    for (const LedgerEntry &entry : AccountLedger::of(AccountReader(*db).load(1)))
        said.insert({entry.kind, entry.id}, entry.description);
    QCOMPARE(said.value({Kind::Charge, 111}), u"D1110 Prophylaxis"_s);
    QCOMPARE(said.value({Kind::Charge, 112}), u"D1110 Prophylaxis (voided by #%1)"_s.arg(chargeVoid));
    QCOMPARE(said.value({Kind::Adjustment, 140}), u"Fee (voided by #%1)"_s.arg(feeVoid));
    QCOMPARE(said.value({Kind::Adjustment, 141}), u"Discount on charge #111"_s);
    QCOMPARE(said.value({Kind::Adjustment, feeVoid}), u"Void of adjustment #140: entered twice"_s);
    QCOMPARE(said.value({Kind::Adjustment, chargeVoid}), u"Void of charge #112: wrong patient"_s);
}

// A voided charge or fee asks nothing from the day of its void on, and its void is no item
// of its own; before that day both age as they did.
void tst_Reports::agingAfterVoids()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    PracticeSettings(*db).set(clerk, u"practice.time_zone"_s, u"UTC"_s);
    const Scenario history{"voids",
                           {{"2024-01-10", "100.00"}, {"2024-05-20", "50.00"}},
                           {{"2024-05-01", "40.00", 0}},
                           {},
                           {},
                           {}};
    writeFamily(*db, 1, history);
    {
        const Clock::Override now(QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC));
        ItemVoider voider(*db, clerk);
        voider.voidAdjustment(140, u"entered twice"_s); // the fee
        voider.voidCharge(112, u"wrong patient"_s);
    }
    const FamilyAccount account = AccountReader(*db).load(1);
    // Before the voids: 50.00 is 25 days old, the fee 44, charge 1 156.
    QCOMPARE(describe(Aging::of(account, day("2024-06-14"))), describe(aged("50.00", "40.00", "0.00", "100.00")));
    // After: only charge 1, 172 days old.
    QCOMPARE(describe(Aging::of(account, day("2024-06-30"))), describe(aged("0.00", "0.00", "0.00", "100.00")));
}

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
