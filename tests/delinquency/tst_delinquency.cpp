// The delinquency rule on both databases: the part of a family's balance older than
// collections.delinquent_days (the balance as of the day less the net amount of its charges
// dated after day − N), checked against the desk's aging (over 90 days is N = 91), and the
// run's view of it, which counts only rows up to its marks.

#include "LedgerDesk.h"
#include "TestDatabases.h"

#include "billing/LedgerDelta.h"
#include "collections/Delinquency.h"
#include "reports/Aging.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::TestDatabases;

namespace {

struct Family
{
    qint64 id = 0;
    qint64 guarantor = 0;
    qint64 member = 0;
};

// Insurance on a charge: a claim of `date` for the charge's patient with one procedure.
void addInsurance(LedgerDesk &desk, qint64 chargeId, const QString &date, const QString &paid, const QString &writeOff)
{
    const Database &db = desk.db();
    Transaction tx(db);
    const qint64 claim = db.reserveIds(u"claims"_s, 1);
    db.query()
            .prepare(u"INSERT INTO claims (id, patient_id, date, payer, status, provider_id, clinic_id, created_by,"
                     " created_at) SELECT :id, patient_id, :date, 'Delta Dental', 'received', :prov, :clinic, 'clerk',"
                     " '2026-01-01T00:00:00Z' FROM charges WHERE id = :charge"_s)
            .bind(u":id"_s, claim)
            .bind(u":date"_s, date)
            .bind(u":prov"_s, desk.providerId())
            .bind(u":clinic"_s, desk.clinicId())
            .bind(u":charge"_s, chargeId)
            .exec();
    db.query()
            .prepare(u"INSERT INTO claim_procs (id, claim_id, charge_id, ins_paid_cents, writeoff_cents, created_by,"
                     " created_at) VALUES (:id, :claim, :charge, :paid, :off, 'clerk', '2026-01-01T00:00:00Z')"_s)
            .bind(u":id"_s, db.reserveIds(u"claim_procs"_s, 1))
            .bind(u":claim"_s, claim)
            .bind(u":charge"_s, chargeId)
            .bind(u":paid"_s, paydesk::test::money(paid).cents())
            .bind(u":off"_s, paydesk::test::money(writeOff).cents())
            .exec();
    tx.commit();
}

// Enters a row's ledger: "c DATE AMOUNT" a charge of the guarantor, "m ..." of a member,
// "p DATE AMOUNT" a payment, "d N DATE AMOUNT" an adjustment attached to the Nth charge,
// "f DATE AMOUNT" a stand-alone fee, "i N DATE PAID WRITEOFF" insurance on the Nth charge,
// "o DATE AMOUNT" a charge of another family; separated by ';'.
void enter(LedgerDesk &desk, const Family &family, qint64 otherPatient, const QString &script)
{
    QList<qint64> charges;
    for (const QString &entry : script.split(u';', Qt::SkipEmptyParts)) {
        const QStringList w = entry.simplified().split(u' ');
        const QString kind = w.at(0);
        if (kind == u"c" || kind == u"m")
            charges << desk.addCharge(kind == u"c" ? family.guarantor : family.member, w.at(1), w.at(2));
        else if (kind == u"o")
            desk.addCharge(otherPatient, w.at(1), w.at(2));
        else if (kind == u"f")
            desk.addAdjustment(family.guarantor, w.at(1), w.at(2));
        else if (kind == u"d")
            desk.addAdjustment(family.guarantor, w.at(2), w.at(3), charges.at(w.at(1).toInt() - 1));
        else if (kind == u"i")
            addInsurance(desk, charges.at(w.at(1).toInt() - 1), w.at(2), w.at(3), w.at(4));
        else if (kind == u"p") {
            PaymentDraft draft;
            draft.patientId = family.member;
            draft.date = QDate::fromString(w.at(1), Qt::ISODate);
            draft.amount = paydesk::test::money(w.at(2));
            draft.reference = u"test"_s;
            PaymentPoster(desk.db(), u"clerk"_s).post(draft);
        } else {
            QFAIL(qPrintable(u"unknown entry "_s + entry));
        }
    }
}

} // namespace

class TestDelinquency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_databases = std::make_unique<TestDatabases>(); }
    void cleanupTestCase() { m_databases.reset(); }

    void olderPart_data();
    void olderPart();
    void delinquentAtLeastMinimum_data();
    void delinquentAtLeastMinimum();
    void runCountsOnlyUpToItsMarks_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void runCountsOnlyUpToItsMarks();

private:
    std::unique_ptr<TestDatabases> m_databases;
};

void TestDelinquency::olderPart_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("ledger");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("older");
    // The desk's aging splits the same balance the same way (over 90 days is N = 91).
    QTest::addColumn<bool>("asAging");
    const QDate d(2026, 6, 30); // d − 90 = 2026-04-01
    struct Row
    {
        const char *name;
        QString ledger;
        int days;
        QString older;
        bool asAging;
    };
    const Row rows[] = {
        {"nothing owed", u""_s, 90, u"0.00"_s, true},
        {"one old charge", u"c 2026-01-10 100.00"_s, 90, u"100.00"_s, true},
        {"one recent charge", u"c 2026-06-01 100.00"_s, 90, u"0.00"_s, true},
        {"payments pay the oldest first", u"c 2026-01-10 100.00; c 2026-06-01 80.00; p 2026-06-15 30.00"_s, 90,
         u"70.00"_s, true},
        {"paid down below the recent charges", u"c 2026-01-10 100.00; c 2026-06-01 80.00; p 2026-06-15 150.00"_s, 90,
         u"0.00"_s, true},
        {"a charge dated exactly N days back is old", u"c 2026-04-01 60.00"_s, 90, u"60.00"_s, false},
        {"a charge the day after that is recent", u"c 2026-04-02 60.00"_s, 90, u"0.00"_s, true},
        {"a member's charges count for the family", u"m 2026-01-10 40.00; c 2026-06-10 10.00"_s, 90, u"40.00"_s, true},
        {"another family's charges do not", u"c 2026-01-10 40.00; o 2026-06-10 500.00"_s, 90, u"40.00"_s, true},
        {"a discount on a recent charge nets it",
         u"c 2026-01-10 100.00; c 2026-06-01 80.00; d 2 2026-06-02 -30.00; p 2026-06-15 100.00"_s, 90, u"0.00"_s, true},
        {"insurance on a recent charge nets it",
         u"c 2026-01-10 100.00; c 2026-06-01 200.00; i 2 2026-06-05 150.00 20.00"_s, 90, u"100.00"_s, true},
        {"insurance on a claim dated after the day does not",
         u"c 2026-01-10 100.00; c 2026-06-01 200.00; i 2 2026-07-05 150.00 20.00"_s, 90, u"100.00"_s, true},
        {"overpaid insurance nets a charge to zero, not below",
         u"c 2026-01-10 100.00; c 2026-06-01 50.00; i 2 2026-06-05 70.00 0.00"_s, 90, u"80.00"_s, true},
        {"entries after the day do not count", u"c 2026-01-10 100.00; p 2026-07-02 100.00; c 2026-07-03 5.00"_s, 90,
         u"100.00"_s, true},
        {"a credit has nothing older", u"c 2026-01-10 100.00; p 2026-02-01 130.00"_s, 90, u"0.00"_s, true},
        {"a shorter window", u"c 2026-05-01 100.00; c 2026-06-20 50.00"_s, 30, u"100.00"_s, false},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const Row &row : rows)
            QTest::newRow(qPrintable(u"%1/%2"_s.arg(QLatin1String(row.name), backend)))
                    << backend << row.ledger << d << row.days << row.older << row.asAging;
}

void TestDelinquency::olderPart()
{
    QFETCH(QString, backend);
    QFETCH(QString, ledger);
    QFETCH(QDate, day);
    QFETCH(int, days);
    QFETCH(QString, older);
    QFETCH(bool, asAging);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases->fresh(backend);
    LedgerDesk desk(*db);
    const NewPatient guarantor = desk.addPatient(0, u"Ana"_s);
    const NewPatient member = desk.addPatient(guarantor.familyId, u"Luis"_s);
    const NewPatient other = desk.addPatient(0, u"Ben"_s, u"Soto"_s);
    const Family family{guarantor.familyId, guarantor.patientId, member.patientId};
    enter(desk, family, other.patientId, ledger);

    const FamilyAccount account = desk.account(family.id);
    const qint64 balance = Aging::of(account, day).balance.cents();
    const qint64 recent = Delinquency::recentCharges(*db, family.id, day, days);
    QCOMPARE(Money::fromCents(Delinquency::olderCents(balance, recent)), paydesk::test::money(older));
    // The practice-wide form gives every family the same figure.
    QCOMPARE(Delinquency::recentCharges(*db, day, days).value(family.id), recent);
    if (asAging) {
        const qint64 over90 = Delinquency::olderCents(balance, Delinquency::recentCharges(*db, family.id, day, 91));
        QCOMPARE(Money::fromCents(over90), Aging::of(account, day).buckets[AgedBalance::Over90]);
    }
}

void TestDelinquency::delinquentAtLeastMinimum_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<bool>("delinquent");
    QTest::newRow("below the minimum") << u"24.99"_s << u"25.00"_s << false;
    QTest::newRow("the minimum itself") << u"25.00"_s << u"25.00"_s << true;
    QTest::newRow("above it") << u"310.00"_s << u"25.00"_s << true;
    QTest::newRow("nothing older, minimum zero") << u"0.00"_s << u"0.00"_s << false;
    QTest::newRow("a cent, minimum zero") << u"0.01"_s << u"0.00"_s << true;
}

void TestDelinquency::delinquentAtLeastMinimum()
{
    QFETCH(QString, older);
    QFETCH(QString, minimum);
    QFETCH(bool, delinquent);
    CollectionsPolicy policy;
    policy.minAmount = paydesk::test::money(minimum);
    QCOMPARE(Delinquency::isDelinquent(paydesk::test::money(older).cents(), policy), delinquent);
}

// The run reads the window as of its marks: a charge entered after them (a late entry the
// next day's run will read) is not recent yet, as it is not in the run's balance either.
void TestDelinquency::runCountsOnlyUpToItsMarks()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases->fresh(backend);
    LedgerDesk desk(*db);
    const NewPatient ana = desk.addPatient(0, u"Ana"_s);
    desk.addCharge(ana.patientId, u"2026-06-01"_s, u"80.00"_s);
    LedgerMarks marks;
    LedgerDelta::read(*db, LedgerMarks::read(*db), QDate(2026, 6, 30), &marks);
    const qint64 late = desk.addCharge(ana.patientId, u"2026-06-10"_s, u"20.00"_s);
    desk.addAdjustment(ana.patientId, u"2026-06-11"_s, u"-5.00"_s, late);

    const QDate day(2026, 6, 30);
    QCOMPARE(Delinquency::recentCharges(*db, day, 90, &marks.lastIds).value(ana.familyId), 8000);
    QCOMPARE(Delinquency::recentCharges(*db, day, 90).value(ana.familyId), 9500);
}

QTEST_GUILESS_MAIN(TestDelinquency)
#include "tst_delinquency.moc"
