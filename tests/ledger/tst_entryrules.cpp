// The rules every entry obeys, service by service, on both databases: an adjustment has its
// type's sign; "today" is the practice's (practice.time_zone); nothing is entered, voided
// or refunded on or before the lock date (ledger.lock_date). "Now" is pinned with
// Clock::Override.

#include "LedgerChecks.h"
#include "LedgerDesk.h"
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "import/Importer.h"
#include "ledger/AccountReader.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/ChargeEntry.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::TestDatabases;
using paydesk::test::money;
using paydesk::test::newRows;
using paydesk::test::refusalOf;

namespace {

// Today is 2024-06-15 wherever the practice is in the Americas or Europe.
const QDateTime now(QDate(2024, 6, 15), QTime(17, 0), Qt::UTC);

QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void setting(const Database &db, const QString &key, const QString &value)
{
    PracticeSettings(db).set(u"supervisor"_s, key, value);
}

qint64 payOn(const Database &db, qint64 patientId, const QString &date, const QString &amount)
{
    PaymentDraft draft;
    draft.patientId = patientId;
    draft.date = day(date);
    draft.amount = money(amount);
    draft.method = PaymentMethod::Check;
    return PaymentPoster(db, u"clerk"_s).post(draft).paymentId;
}

// Accepted when `message` is empty, else refused with a message containing it.
template<typename Work>
void expect(Work work, const QString &message)
{
    const QString refusal = refusalOf(work);
    if (message.isEmpty())
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    else
        PAYDESK_VERIFY_REFUSED(refusal, message);
}

// Enters one `entry` through its service, for the guarantor of the standard practice: a
// charge, an adjustment (on `chargeId`, 0: stand-alone), a payment, or a member of the
// family born on `date` ("birth date"; `amount` unused).
void enter(LedgerDesk &desk, const LedgerDesk::Practice &practice, const QString &entry, const QString &date,
           const QString &amount, qint64 chargeId = 0)
{
    if (entry == u"charge") {
        desk.addCharge(practice.guarantor, date, amount);
    } else if (entry == u"adjustment") {
        desk.addAdjustment(practice.guarantor, date, amount, chargeId);
    } else if (entry == u"payment") {
        payOn(desk.db(), practice.guarantor, date, amount);
    } else {
        Patient p;
        p.familyId = practice.family;
        p.lastName = u"Rivera"_s;
        p.firstName = u"Bebe"_s;
        p.birthDate = day(date);
        FamilyRegistry(desk.db(), u"clerk"_s).addPatient(p);
    }
}

} // namespace

class tst_EntryRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adjustmentSign_data();
    void adjustmentSign();
    void entryDates_data();
    void entryDates();
    void reversalDates_data();
    void reversalDates();
    void balancerDates_data();
    void balancerDates();
    void voidTransfersKeepClosedPeriod_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void voidTransfersKeepClosedPeriod();
    void postingBeyondTheRangeIsRefused_data();
    void postingBeyondTheRangeIsRefused();
    void importAgreesWithServices_data();
    void importAgreesWithServices();
    void todayOfThePractice_data();
    void todayOfThePractice();

private:
    TestDatabases m_dbs;
};

void tst_EntryRules::adjustmentSign_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("attached"); // to c1, else stand-alone
    QTest::addColumn<QString>("stored"); // the type written, when accepted
    QTest::addColumn<QString>("message");

    const QString types = u"the practice's types are: courtesy, discount, fee, finance-charge, write-off."_s;
    newRows("discount lowers", u"discount"_s, u"-11.00"_s, true, u"discount"_s, QString());
    newRows("discount that would raise", u"discount"_s, u"11.00"_s, true, QString(),
            u"Discount lowers the balance: its amount must be negative (-11.00), not 11.00."_s);
    newRows("write-off that would raise", u"write-off"_s, u"5.00"_s, false, QString(), u"Write-off lowers the balance"_s);
    newRows("write-off lowers", u"write-off"_s, u"-5.00"_s, false, u"write-off"_s, QString());
    newRows("fee raises", u"fee"_s, u"5.00"_s, false, u"fee"_s, QString());
    newRows("fee that would lower", u"fee"_s, u"-5.00"_s, true, QString(),
            u"Fee raises the balance: its amount must be positive (5.00), not -5.00."_s);
    newRows("finance charge raises", u"finance-charge"_s, u"1.50"_s, false, u"finance-charge"_s, QString());
    newRows("finance charge that would lower", u"finance-charge"_s, u"-1.50"_s, false, QString(), u"raises the balance"_s);
    newRows("type written in capitals", u" Discount "_s, u"-1.00"_s, true, u"discount"_s, QString());
    newRows("a practice's type, raising", u"courtesy"_s, u"2.00"_s, false, u"courtesy"_s, QString());
    newRows("a practice's type, lowering", u"courtesy"_s, u"-2.00"_s, false, u"courtesy"_s, QString());
    newRows("unknown type", u"bonus"_s, u"-2.00"_s, false, QString(), u"There is no adjustment type \"bonus\"; "_s + types);
    newRows("void is not a type", u"void"_s, u"-2.00"_s, true, QString(), u"There is no adjustment type \"void\""_s);
}

void tst_EntryRules::adjustmentSign()
{
    QFETCH(QString, backend);
    QFETCH(QString, type);
    QFETCH(QString, amount);
    QFETCH(bool, attached);
    QFETCH(QString, stored);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    AdjustmentTypes(*db).add(u"supervisor"_s, {u"courtesy"_s, u"Courtesy"_s, AdjustmentSign::Either});

    Adjustment a;
    a.patientId = practice.guarantor;
    a.providerId = desk.providerId();
    a.clinicId = desk.clinicId();
    a.date = QDate(2024, 2, 1);
    a.type = type;
    a.amount = money(amount);
    a.chargeId = attached ? desk.target(u"c1"_s).id : 0;
    const qint64 before = desk.scalar(u"SELECT COUNT(*) FROM adjustments"_s);
    qint64 id = 0;
    expect([&] { id = ChargeEntry(*db, u"clerk"_s).addAdjustment(a); }, message);
    if (!message.isEmpty()) {
        QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM adjustments"_s), before);
        return;
    }
    const Adjustment written = desk.account(practice.family).adjustment(id)->adjustment;
    QCOMPARE(written.type, stored);
    QCOMPARE(written.amount, money(amount));
    QCOMPARE(written.kind, Adjustment::Kind::Adjustment);
}

void tst_EntryRules::entryDates_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("entry"); // charge, adjustment, payment, birth date
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("message");

    const QString locked = u"on or before the lock date 2024-03-31 (Settings; config key ledger.lock_date)"_s;
    for (const QString &entry : {u"charge"_s, u"adjustment"_s, u"payment"_s}) {
        const QByteArray name = entry.toUtf8();
        newRows(QByteArray(name + " before the lock date"), entry, u"2024-01-15"_s, locked);
        newRows(QByteArray(name + " on the lock date"), entry, u"2024-03-31"_s, locked);
        newRows(QByteArray(name + " the day after"), entry, u"2024-04-01"_s, QString());
        newRows(QByteArray(name + " today"), entry, u"2024-06-15"_s, QString());
        newRows(QByteArray(name + " tomorrow"), entry, u"2024-06-16"_s, u"2024-06-16 is in the future"_s);
    }
    // A birth date is no entry of the ledger: the lock date does not apply.
    newRows("birth date before the lock date", u"birth date"_s, u"2024-01-15"_s, QString());
    newRows("birth date today", u"birth date"_s, u"2024-06-15"_s, QString());
    newRows("birth date tomorrow", u"birth date"_s, u"2024-06-16"_s, u"The birth date 2024-06-16 is in the future."_s);
}

void tst_EntryRules::entryDates()
{
    QFETCH(QString, backend);
    QFETCH(QString, entry);
    QFETCH(QString, date);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    setting(*db, u"practice.time_zone"_s, u"America/Chicago"_s);
    setting(*db, u"ledger.lock_date"_s, u"2024-03-31"_s);

    const qint64 c1 = desk.target(u"c1"_s).id;
    const QString amount = entry == u"adjustment" ? u"-5.00"_s : u"25.00"_s;
    expect([&] { enter(desk, practice, entry, date, amount, c1); }, message);
}

void tst_EntryRules::reversalDates_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("reversal"); // void payment, refund, charge void, adjustment void
    QTest::addColumn<QString>("date");     // of what is reversed
    QTest::addColumn<QString>("lockDate");
    QTest::addColumn<QString>("message");

    for (const QString &reversal : {u"void payment"_s, u"refund"_s, u"charge void"_s, u"adjustment void"_s}) {
        const QByteArray name = reversal.toUtf8();
        const bool payment = reversal == u"void payment" || reversal == u"refund";
        newRows(QByteArray(name + " of an entry on the lock date"), reversal, u"2024-03-31"_s, u"2024-03-31"_s,
                u"is dated 2024-03-31, on or before the lock date 2024-03-31 (Settings; config key ledger.lock_date): "
                "the books of that period are closed, so it can no longer be "_s
                        + (payment ? u"voided or refunded."_s : u"voided."_s));
        newRows(QByteArray(name + " of an entry after it"), reversal, u"2024-04-01"_s, u"2024-03-31"_s, QString());
        // The reversal is dated today: with the books closed through today, nothing may be reversed.
        newRows(QByteArray(name + " with the lock date today"), reversal, u"2024-06-15"_s, u"2024-06-15"_s, u"2024-06-15"_s);
    }
}

void tst_EntryRules::reversalDates()
{
    QFETCH(QString, backend);
    QFETCH(QString, reversal);
    QFETCH(QString, date);
    QFETCH(QString, lockDate);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 payment = payOn(*db, practice.guarantor, date, u"30.00"_s);
    const qint64 charge = desk.addCharge(practice.guarantor, date, u"30.00"_s);
    const qint64 adjustment = desk.addAdjustment(practice.guarantor, date, u"10.00"_s);
    setting(*db, u"ledger.lock_date"_s, lockDate);

    PaymentPoster poster(*db, u"supervisor"_s);
    ItemVoider voider(*db, u"supervisor"_s);
    if (reversal == u"void payment")
        expect([&] { poster.voidPayment(payment, u"bounced"_s); }, message);
    else if (reversal == u"refund")
        expect([&] { poster.refund(payment, money(u"10.00"_s), PaymentMethod::Check, u"overpaid"_s); }, message);
    else if (reversal == u"charge void")
        expect([&] { voider.voidCharge(charge, u"wrong patient"_s); }, message);
    else
        expect([&] { voider.voidAdjustment(adjustment, u"waived"_s); }, message);
    if (message.isEmpty()) {
        // Dated today, whatever the date of what it reverses.
        QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments WHERE date = '2024-06-15'"_s)
                     + desk.scalar(u"SELECT COUNT(*) FROM adjustments WHERE date = '2024-06-15'"_s),
                 qint64(1));
    }
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_EntryRules::balancerDates_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("asOf");         // empty: transfers dated today
    QTest::addColumn<QString>("lockDate");     // set before the run
    QTest::addColumn<QString>("lockAfterRun"); // set after the run, before its undo; empty: no undo
    QTest::addColumn<QString>("message");      // of the run, else of the undo

    newRows("as-of on the lock date", u"2024-03-31"_s, u"2024-03-31"_s, QString(),
            u"The as-of date 2024-03-31 is on or before the lock date 2024-03-31"_s);
    newRows("as-of after the lock date", u"2024-04-01"_s, u"2024-03-31"_s, QString(), QString());
    newRows("as-of in the future", u"2024-06-16"_s, QString(), QString(), u"The as-of date 2024-06-16 is in the future"_s);
    newRows("today on the lock date", QString(), u"2024-06-15"_s, QString(),
            u"The transfer date (today) 2024-06-15 is on or before the lock date"_s);
    newRows("undo of a run dated on the lock date", u"2024-04-30"_s, QString(), u"2024-04-30"_s,
            u"wrote rows dated 2024-04-30, on or before the lock date 2024-04-30 (ledger.lock_date): that period is "
            "closed, so the run can no longer be undone."_s);
    newRows("undo of a run of today, locked earlier", QString(), QString(), u"2024-06-14"_s, QString());
}

void tst_EntryRules::balancerDates()
{
    QFETCH(QString, backend);
    QFETCH(QString, asOf);
    QFETCH(QString, lockDate);
    QFETCH(QString, lockAfterRun);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    desk.pay(practice.guarantor, u"100.00"_s, u"u:100.00"_s);
    if (!lockDate.isEmpty())
        setting(*db, u"ledger.lock_date"_s, lockDate);

    BalancerOptions options;
    options.familyId = practice.family;
    options.asOf = day(asOf);
    const FamilyBalancer balancer(*db, u"supervisor"_s);
    const qint64 rows = desk.scalar(u"SELECT COUNT(*) FROM allocations"_s);
    BalancerSummary run;
    expect([&] { run = balancer.run(options); }, lockAfterRun.isEmpty() ? message : QString());
    if (lockAfterRun.isEmpty()) {
        if (!message.isEmpty())
            QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM allocations"_s), rows);
        else
            QVERIFY(run.rowsWritten > 0);
        return;
    }
    QVERIFY(run.rowsWritten > 0);
    setting(*db, u"ledger.lock_date"_s, lockAfterRun);
    const qint64 written = desk.scalar(u"SELECT COUNT(*) FROM allocations"_s);
    expect([&] { balancer.undo(run.runId); }, message);
    if (!message.isEmpty())
        QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM allocations"_s), written);
    QCOMPARE(desk.verifyIssues(), QStringList());
}

// Voiding earlier transfers leaves those of the closed period as they are.
void tst_EntryRules::voidTransfersKeepClosedPeriod()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    desk.pay(practice.guarantor, u"100.00"_s, u"u:100.00"_s);
    BalancerOptions options;
    options.familyId = practice.family;
    options.asOf = QDate(2024, 4, 30);
    QVERIFY(FamilyBalancer(*db, u"supervisor"_s).run(options).rowsWritten > 0);

    const FamilyAccount account = desk.account(practice.family);
    BalancerOptions again;
    again.method = BalancerMethod::Recreate;
    again.voidTransfers = true;
    const auto reversesTransfer = [&](const FamilyPlan &plan) {
        return std::any_of(plan.allocations.cbegin(), plan.allocations.cend(), [&](const Allocation &row) {
            const auto original = std::find_if(account.allocations.cbegin(), account.allocations.cend(),
                                               [&](const Allocation &a) { return a.id == row.reversesAllocationId; });
            return original != account.allocations.cend() && original->rule == AllocationRule::Transfer;
        });
    };
    QVERIFY(reversesTransfer(FamilyBalancer::plan(account, again, QDate(2024, 6, 15))));
    QVERIFY(reversesTransfer(FamilyBalancer::plan(account, again, QDate(2024, 6, 15), QDate(2024, 4, 29))));
    QVERIFY(!reversesTransfer(FamilyBalancer::plan(account, again, QDate(2024, 6, 15), QDate(2024, 4, 30))));
}

void tst_EntryRules::postingBeyondTheRangeIsRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("first");  // "charge 12.00", "payment -3.00", ...: accepted
    QTest::addColumn<QString>("second"); // refused, nothing written
    QTest::addColumn<QString>("message");

    // Family F is charged 220.00 and holds a 20.00 fee before these.
    newRows("charges total", u"charge 999999999000.00"_s, u"charge 1000.00"_s,
            u"charges total would be 1000000000220.00"_s);
    newRows("payments total", u"payment 999999999999.99"_s, u"payment 1.00"_s,
            u"payments total would be 1000000000000.99"_s);
    newRows("balance", u"charge 999999999000.00"_s, u"payment -1000.00"_s, u"balance would be 1000000000240.00"_s);
    newRows("adjustments total", u"adjustment 999999999000.00"_s, u"adjustment 1000.00"_s,
            u"adjustments total would be 1000000000020.00"_s);
}

// A posting that would take a family's totals beyond Money's range is refused, naming the
// total and the value, with nothing written: the account stays readable.
void tst_EntryRules::postingBeyondTheRangeIsRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    // "charge 12.00": what and how much, on the practice's today.
    const auto post = [&](const QString &what) {
        enter(desk, practice, what.section(u' ', 0, 0), u"2024-06-15"_s, what.section(u' ', 1, 1));
    };
    expect([&] { post(first); }, QString());
    const QString rows = u"SELECT (SELECT COUNT(*) FROM charges) + (SELECT COUNT(*) FROM adjustments)"
                         " + (SELECT COUNT(*) FROM payments) + (SELECT COUNT(*) FROM audit_log)"_s;
    const qint64 before = desk.scalar(rows);
    expect([&] { post(second); }, u"Family %1's "_s.arg(practice.family) + message);
    QCOMPARE(desk.scalar(rows), before);
    QCOMPARE(AccountReader(*db).load(practice.family).familyId, practice.family);
}

// The import and the services apply one definition of each rule (EntryRules,
// LedgerCalendar) and say the same: a charge may be 0.00 but never negative, an adjustment
// is never 0.00, nothing is dated after today, a birth date is not in the future.
void tst_EntryRules::importAgreesWithServices_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("entry"); // charge, adjustment, payment, birth date
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message"); // empty: accepted by both

    const QString negativeCharge = u"The charge amount -1.00 is negative: a charge may be 0.00 but never less"_s;
    const QString zeroAdjustment = u"The adjustment amount is 0.00: an adjustment changes the balance."_s;
    newRows("no-charge procedure", u"charge"_s, u"2024-06-15"_s, u"0.00"_s, QString());
    newRows("negative charge", u"charge"_s, u"2024-06-15"_s, u"-1.00"_s, negativeCharge);
    newRows("charge tomorrow", u"charge"_s, u"2024-06-16"_s, u"25.00"_s,
            u"The charge date 2024-06-16 is in the future."_s);
    newRows("adjustment of 0.00", u"adjustment"_s, u"2024-06-15"_s, u"0.00"_s, zeroAdjustment);
    newRows("adjustment", u"adjustment"_s, u"2024-06-15"_s, u"5.00"_s, QString());
    newRows("adjustment tomorrow", u"adjustment"_s, u"2024-06-16"_s, u"5.00"_s,
            u"The adjustment date 2024-06-16 is in the future."_s);
    newRows("payment tomorrow", u"payment"_s, u"2024-06-16"_s, u"5.00"_s,
            u"The payment date 2024-06-16 is in the future."_s);
    newRows("birth date today", u"birth date"_s, u"2024-06-15"_s, QString(), QString());
    newRows("birth date tomorrow", u"birth date"_s, u"2024-06-16"_s, QString(),
            u"The birth date 2024-06-16 is in the future."_s);
}

void tst_EntryRules::importAgreesWithServices()
{
    QFETCH(QString, backend);
    QFETCH(QString, entry);
    QFETCH(QString, date);
    QFETCH(QString, amount);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    {
        const auto db = m_dbs.fresh(backend);
        LedgerDesk desk(*db);
        const LedgerDesk::Practice practice = desk.standardPractice();
        expect([&] { enter(desk, practice, entry, date, amount); }, message);
    }

    // The same row in an import folder: refused with the services' message, named by cell.
    QTemporaryDir folder;
    const auto write = [&](const char *name, const QString &text) {
        QFile file(QDir(folder.path()).filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    const QString birthDate = entry == u"birth date" ? date : u"1980-04-02"_s;
    write("patients.csv", u"patient_id,family_id,last_name,first_name,birth_date,guarantor\n101,10,Rivera,Ana,"_s
                              + birthDate + u",1\n"_s);
    QString charges = u"charge_id,patient_id,date,code,description,provider,clinic,amount\n"_s;
    QString adjustments = u"adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n"_s;
    QString payments = u"payment_id,patient_id,date,amount,method,reference\n"_s;
    if (entry == u"charge")
        charges += u"1001,101,%1,D0120,Exam,DDS1,NORTH,%2\n"_s.arg(date, amount);
    else if (entry == u"adjustment")
        adjustments += u"3001,101,%1,fee,DDS1,NORTH,%2,\n"_s.arg(date, amount);
    else if (entry == u"payment")
        payments += u"5001,101,%1,%2,check,\n"_s.arg(date, amount);
    write("charges.csv", charges);
    write("adjustments.csv", adjustments);
    write("payments.csv", payments);
    const auto db = m_dbs.fresh(backend);
    const QString refusal = refusalOf([&] { Importer(*db, u"clerk"_s).importFolder(folder.path()); });
    if (message.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    } else {
        QVERIFY2(refusal.contains(message), qPrintable(refusal));
        QCOMPARE(refusal.count(u'\n'), 0); // one problem, the rule's
    }
}

void tst_EntryRules::todayOfThePractice_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("nowUtc");
    QTest::addColumn<QString>("today");

    // The same instant is still the 15th in Chicago and already the 16th in Auckland.
    const QDateTime instant(QDate(2024, 6, 16), QTime(3, 0), Qt::UTC);
    newRows("Chicago, evening", u"America/Chicago"_s, instant, u"2024-06-15"_s);
    newRows("Auckland, next morning", u"Pacific/Auckland"_s, instant, u"2024-06-16"_s);
}

void tst_EntryRules::todayOfThePractice()
{
    QFETCH(QString, backend);
    QFETCH(QString, zone);
    QFETCH(QDateTime, nowUtc);
    QFETCH(QString, today);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(nowUtc);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    setting(*db, u"practice.time_zone"_s, zone);

    // A payment dated the practice's today is taken, the day after is in the future.
    const qint64 payment = payOn(*db, practice.guarantor, today, u"20.00"_s);
    const QString tomorrow = day(today).addDays(1).toString(Qt::ISODate);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { payOn(*db, practice.guarantor, tomorrow, u"20.00"_s); }),
                           tomorrow + u" is in the future"_s);
    // A void is dated the practice's today.
    const qint64 voidId = PaymentPoster(*db, u"supervisor"_s).voidPayment(payment, u"duplicate"_s);
    QCOMPARE(desk.account(practice.family).payment(voidId)->payment.date, day(today));
    const ItemVoid done = ItemVoider(*db, u"supervisor"_s).voidCharge(desk.target(u"c1"_s).id, u"typo"_s);
    QCOMPARE(done.voidRow.date, day(today));
}

QTEST_GUILESS_MAIN(tst_EntryRules)
#include "tst_entryrules.moc"
