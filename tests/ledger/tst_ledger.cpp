#include "LedgerChecks.h"
#include "LedgerDesk.h"
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "ledger/AccountReader.h"
#include "ledger/Allocator.h"
#include "ledger/AutoAllocator.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/PaymentPoster.h"
#include "reports/DepositReport.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

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
using AutoAllocate = PaymentPoster::AutoAllocate;

namespace {

// "c2:50.00 c3:10.00" -> how each named charge's balance should read.
void compareBalances(const LedgerDesk &desk, const FamilyAccount &account, const QString &expected)
{
    for (const Split &s : desk.splits(expected)) {
        Money actual;
        if (s.target.kind == AllocationTarget::Kind::Charge)
            actual = account.charge(s.target.id)->balance();
        else
            actual = account.adjustment(s.target.id)->balance();
        QCOMPARE(actual, s.amount);
    }
}

Money itemBalances(const FamilyAccount &account)
{
    Money total;
    for (const ChargeLine &line : account.charges)
        total += line.balance();
    for (const AdjustmentLine &line : account.adjustments)
        total += line.balance();
    return total;
}

// "c2/2024-01-02/100.00/p2" or "a5/2024-01-01/20.00": kind letter and id, date, balance,
// patient (default 1).
QList<OpenItem> openItems(const QString &spec)
{
    QList<OpenItem> items;
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = token.split(u'/');
        const qint64 id = f[0].mid(1).toLongLong();
        OpenItem item;
        item.target = f[0].startsWith(u'a') ? AllocationTarget::adjustment(id) : AllocationTarget::charge(id);
        item.date = QDate::fromString(f[1], Qt::ISODate);
        item.balance = money(f[2]);
        item.patientId = f.size() > 3 ? f[3].mid(1).toLongLong() : 1;
        items.append(item);
    }
    return items;
}

QString planText(const QList<Split> &splits)
{
    QStringList parts;
    for (const Split &s : splits)
        parts << (s.target.kind == AllocationTarget::Kind::Charge ? u"c"_s : u"a"_s) + QString::number(s.target.id)
                     + u':' + s.amount.toString();
    return parts.join(u' ');
}

} // namespace

class tst_Ledger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();

    void chargeBalance_data();
    void chargeBalance();
    void familyBalance_data();
    void familyBalance();
    void unallocatedCredit_data();
    void unallocatedCredit();
    void refusals_data();
    void refusals();
    void autoAllocate_data();
    void autoAllocate();
    void negativePaymentNeverAutoAllocated_data();
    void negativePaymentNeverAutoAllocated();
    void voidPayment_data();
    void voidPayment();
    void voidNeedsReason_data();
    void voidNeedsReason();
    void refund_data();
    void refund();
    void refundedCreditIsNotAllocated_data();
    void refundedCreditIsNotAllocated();
    void unallocate_data();
    void unallocate();
    void attachedAdjustment_data();
    void attachedAdjustment();
    void auditTrail_data();
    void auditTrail();
    void auditRowsOfOnePosting_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void auditRowsOfOnePosting();
    void postingCountsInsurance_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void postingCountsInsurance();
    void newIdsAboveImported_data();
    void newIdsAboveImported();

    void depositReport_data();
    void depositReport();

private:
    TestDatabases m_dbs;
};

// ---------------------------------------------------------------------------------------
// FIFO plan, no database

void tst_Ledger::plan_data()
{
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("items");
    QTest::addColumn<qint64>("preferredPatient");
    QTest::addColumn<QString>("expected");

    QTest::newRow("150 over 100 (older) and 100") << u"150.00"_s << u"c2/2024-01-02/100.00 c1/2024-01-01/100.00"_s
                                                   << qint64(0) << u"c1:100.00 c2:50.00"_s;
    QTest::newRow("exactly what is owed") << u"200.00"_s << u"c1/2024-01-01/100.00 c2/2024-01-02/100.00"_s << qint64(0)
                                          << u"c1:100.00 c2:100.00"_s;
    QTest::newRow("more than owed: rest unallocated") << u"250.00"_s << u"c1/2024-01-01/100.00 c2/2024-01-02/100.00"_s
                                                      << qint64(0) << u"c1:100.00 c2:100.00"_s;
    QTest::newRow("a cent") << u"0.01"_s << u"c1/2024-01-01/100.00 c2/2024-01-02/100.00"_s << qint64(0) << u"c1:0.01"_s;
    QTest::newRow("zero credit") << u"0.00"_s << u"c1/2024-01-01/100.00"_s << qint64(0) << QString();
    QTest::newRow("negative credit") << u"-10.00"_s << u"c1/2024-01-01/100.00"_s << qint64(0) << QString();
    QTest::newRow("nothing open") << u"10.00"_s << QString() << qint64(0) << QString();
    QTest::newRow("date before id") << u"15.00"_s << u"c1/2024-03-01/10.00 c9/2024-01-01/10.00"_s << qint64(0)
                                    << u"c9:10.00 c1:5.00"_s;
    QTest::newRow("same date: charge before adjustment") << u"40.00"_s << u"a1/2024-01-01/20.00 c9/2024-01-01/30.00"_s
                                                         << qint64(0) << u"c9:30.00 a1:10.00"_s;
    QTest::newRow("older adjustment before newer charge") << u"40.00"_s << u"c1/2024-01-02/30.00 a9/2024-01-01/20.00"_s
                                                          << qint64(0) << u"a9:20.00 c1:20.00"_s;
    QTest::newRow("same date and kind: numeric id") << u"15.00"_s << u"c10/2024-01-01/10.00 c9/2024-01-01/10.00"_s
                                                    << qint64(0) << u"c9:10.00 c10:5.00"_s;
    QTest::newRow("settled and overpaid items skipped")
        << u"50.00"_s << u"c1/2024-01-01/0.00 c2/2024-01-02/-5.00 c3/2024-01-03/30.00"_s << qint64(0) << u"c3:30.00"_s;
    QTest::newRow("this patient first") << u"120.00"_s << u"c1/2024-01-01/100.00/p1 c2/2024-01-05/100.00/p2"_s
                                        << qint64(2) << u"c2:100.00 c1:20.00"_s;
    QTest::newRow("this patient first, FIFO within") << u"60.00"_s
                                                     << u"c3/2024-01-09/50.00/p2 c1/2024-01-01/100.00/p1 c2/2024-01-05/50.00/p2"_s
                                                     << qint64(2) << u"c2:50.00 c3:10.00"_s;
    QTest::newRow("this patient owes nothing") << u"120.00"_s << u"c1/2024-01-01/100.00/p1 c2/2024-01-05/100.00/p1"_s
                                               << qint64(3) << u"c1:100.00 c2:20.00"_s;
}

void tst_Ledger::plan()
{
    QFETCH(QString, credit);
    QFETCH(QString, items);
    QFETCH(qint64, preferredPatient);
    QFETCH(QString, expected);

    const QList<Split> splits = AutoAllocator::plan(money(credit), openItems(items), preferredPatient);
    QCOMPARE(planText(splits), expected);
    Money total;
    for (const Split &s : splits)
        total += s.amount;
    QVERIFY(total <= Money::max(money(credit), {}));
}

// ---------------------------------------------------------------------------------------
// Balances

void tst_Ledger::chargeBalance_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("adjustments"); // attached to the 100.00 charge
    QTest::addColumn<QString>("payments");    // each a payment allocated wholly to it
    QTest::addColumn<QString>("expected");

    newRows("untouched", QString(), QString(), u"100.00"_s);
    newRows("discount", u"-20.00"_s, QString(), u"80.00"_s);
    newRows("fee", u"15.00"_s, QString(), u"115.00"_s);
    newRows("discount and fee", u"-20.00 15.00"_s, QString(), u"95.00"_s);
    newRows("partly paid", QString(), u"30.00"_s, u"70.00"_s);
    newRows("two payments", QString(), u"30.00 45.50"_s, u"24.50"_s);
    newRows("discount then paid off", u"-20.00"_s, u"80.00"_s, u"0.00"_s);
    newRows("paid, then a fee", u"15.00"_s, u"100.00"_s, u"15.00"_s);
}

void tst_Ledger::chargeBalance()
{
    QFETCH(QString, backend);
    QFETCH(QString, adjustments);
    QFETCH(QString, payments);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);

    const NewPatient patient = desk.addPatient(0, u"Ana"_s);
    const qint64 chargeId = desk.addCharge(patient.patientId, u"2024-01-10"_s, u"100.00"_s);
    desk.name(u"c"_s, AllocationTarget::charge(chargeId));
    Money adjusted, allocated;
    for (const QString &amount : adjustments.split(u' ', Qt::SkipEmptyParts)) {
        desk.addAdjustment(patient.patientId, u"2024-01-11"_s, amount, chargeId);
        adjusted += money(amount);
    }
    for (const QString &amount : payments.split(u' ', Qt::SkipEmptyParts)) {
        desk.pay(patient.patientId, amount, u"c:"_s + amount);
        allocated += money(amount);
    }

    const FamilyAccount account = desk.account(patient.familyId);
    const ChargeLine *line = account.charge(chargeId);
    QVERIFY(line);
    QCOMPARE(line->adjusted, adjusted);
    QCOMPARE(line->allocated, allocated);
    QCOMPARE(line->balance(), money(expected));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Ledger::familyBalance_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("payer");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("splits");
    QTest::addColumn<QString>("mode"); // none, family, patient
    QTest::addColumn<QString>("balance");
    QTest::addColumn<QString>("unallocated");
    QTest::addColumn<QString>("unearned");

    // The practice owes 240.00; whatever happens to a 120.00 payment, the family owes 120.00.
    newRows("left unallocated", u"G"_s, u"120.00"_s, QString(), u"none"_s, u"120.00"_s, u"120.00"_s, u"0.00"_s);
    newRows("auto-allocated", u"G"_s, u"120.00"_s, QString(), u"family"_s, u"120.00"_s, u"0.00"_s, u"0.00"_s);
    newRows("this patient first", u"M"_s, u"120.00"_s, QString(), u"patient"_s, u"120.00"_s, u"0.00"_s, u"0.00"_s);
    newRows("member's charges by hand", u"G"_s, u"120.00"_s, u"c2:50.00 c4:40.00"_s, u"none"_s, u"120.00"_s,
            u"30.00"_s, u"0.00"_s);
    newRows("partly unearned", u"G"_s, u"120.00"_s, u"c1:60.00 u:25.00"_s, u"none"_s, u"120.00"_s, u"35.00"_s,
            u"25.00"_s);
    newRows("all unearned", u"M"_s, u"120.00"_s, u"u:120.00"_s, u"none"_s, u"120.00"_s, u"0.00"_s, u"120.00"_s);
    newRows("more than owed", u"G"_s, u"300.00"_s, QString(), u"family"_s, u"-60.00"_s, u"60.00"_s, u"0.00"_s);
    newRows("negative payment", u"G"_s, u"-20.00"_s, QString(), u"none"_s, u"260.00"_s, u"-20.00"_s, u"0.00"_s);
}

void tst_Ledger::familyBalance()
{
    QFETCH(QString, backend);
    QFETCH(QString, payer);
    QFETCH(QString, amount);
    QFETCH(QString, splits);
    QFETCH(QString, mode);
    QFETCH(QString, balance);
    QFETCH(QString, unallocated);
    QFETCH(QString, unearned);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();

    QCOMPARE(desk.account(practice.family).balance(), money(u"240.00"_s));
    const AutoAllocate autoAllocate = mode == u"family"    ? AutoAllocate::Family
                                      : mode == u"patient" ? AutoAllocate::PatientFirst
                                                           : AutoAllocate::No;
    desk.pay(practice.patient(payer), amount, splits, autoAllocate);

    const FamilyAccount account = desk.account(practice.family);
    QCOMPARE(account.balance(), money(balance));
    QCOMPARE(account.chargesTotal() + account.adjustmentsTotal() - account.paymentsTotal(), money(balance));
    QCOMPARE(account.unallocated(), money(unallocated));
    QCOMPARE(account.unearned(), money(unearned));
    // The invariant FamilyAccount states: nothing created or lost by allocating.
    QCOMPARE(itemBalances(account) - account.unallocated() - account.unearned(), account.balance());
    // The neighbour family is untouched.
    QCOMPARE(desk.account(practice.otherFamily).balance(), money(u"70.00"_s));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Ledger::unallocatedCredit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("steps"); // on one 100.00 payment by G, separated by ';'
    QTest::addColumn<QString>("unallocated");
    QTest::addColumn<QString>("unearned");
    QTest::addColumn<QString>("balances");

    newRows("untouched", QString(), u"100.00"_s, u"0.00"_s, u"c1:100.00 c2:50.00"_s);
    newRows("one allocation", u"allocate c1:30.00"_s, u"70.00"_s, u"0.00"_s, u"c1:70.00"_s);
    newRows("split over the family's charges", u"allocate c2:50.00 c3:30.00 c1:10.00"_s, u"10.00"_s, u"0.00"_s,
            u"c1:90.00 c2:0.00 c3:0.00"_s);
    newRows("stand-alone adjustment", u"allocate j1:20.00"_s, u"80.00"_s, u"0.00"_s, u"j1:0.00"_s);
    newRows("unearned rows count", u"allocate c1:30.00; unearned 20.00"_s, u"50.00"_s, u"20.00"_s, u"c1:70.00"_s);
    newRows("all to unearned", u"unearned 100.00"_s, u"0.00"_s, u"100.00"_s, u"c1:100.00"_s);
    newRows("unallocate gives the credit back", u"allocate c1:30.00; unallocate 1"_s, u"100.00"_s, u"0.00"_s,
            u"c1:100.00"_s);
    newRows("allocate again after unallocate", u"allocate c1:30.00; unallocate 1; allocate c3:30.00"_s, u"70.00"_s,
            u"0.00"_s, u"c1:100.00 c3:0.00"_s);
    newRows("unallocate an unearned row", u"unearned 40.00; unallocate 1"_s, u"100.00"_s, u"0.00"_s, u"c1:100.00"_s);
    newRows("auto after a manual split", u"allocate c1:90.00; auto"_s, u"0.00"_s, u"0.00"_s,
            u"c1:10.00 c2:40.00 c3:30.00"_s);
}

void tst_Ledger::unallocatedCredit()
{
    QFETCH(QString, backend);
    QFETCH(QString, steps);
    QFETCH(QString, unallocated);
    QFETCH(QString, unearned);
    QFETCH(QString, balances);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s).paymentId;

    Allocator allocator(*db, u"clerk"_s);
    QList<qint64> allocationIds;
    for (const QString &step : steps.split(u';', Qt::SkipEmptyParts)) {
        const QString verb = step.trimmed().section(u' ', 0, 0);
        const QString rest = step.trimmed().section(u' ', 1);
        if (verb == u"allocate")
            allocationIds += allocator.allocate(paymentId, desk.splits(rest));
        else if (verb == u"unearned")
            allocationIds += allocator.toUnearned(paymentId, money(rest));
        else if (verb == u"unallocate")
            allocator.unallocate(allocationIds.at(rest.toInt() - 1));
        else if (verb == u"auto")
            allocator.autoAllocate(paymentId, false);
        else
            QFAIL(qPrintable(u"unknown step "_s + step));
    }

    const FamilyAccount account = desk.account(practice.family);
    QCOMPARE(account.payment(paymentId)->unallocated(), money(unallocated));
    QCOMPARE(account.unallocated(), money(unallocated));
    QCOMPARE(account.unearned(), money(unearned));
    compareBalances(desk, account, balances);
    QCOMPARE(account.balance(), money(u"140.00"_s));
    QCOMPARE(itemBalances(account) - account.unallocated() - account.unearned(), account.balance());
    QCOMPARE(desk.verifyIssues(), QStringList());
}

// ---------------------------------------------------------------------------------------
// Refusals: the message names the problem and nothing is written

void tst_Ledger::refusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("amount"); // of G's payment
    QTest::addColumn<QString>("via");    // post (splits with the payment), allocate, unearned
    QTest::addColumn<QString>("splits");
    QTest::addColumn<QString>("message");

    newRows("charge below zero", u"100.00"_s, u"allocate"_s, u"c2:50.01"_s, u"below zero"_s);
    newRows("charge below zero in two lines", u"100.00"_s, u"allocate"_s, u"c2:30.00 c2:30.00"_s, u"below zero"_s);
    newRows("adjustment below zero", u"100.00"_s, u"allocate"_s, u"j1:20.01"_s, u"below zero"_s);
    newRows("charge below zero at posting", u"100.00"_s, u"post"_s, u"c3:31.00"_s, u"below zero"_s);
    newRows("more than the credit", u"30.00"_s, u"allocate"_s, u"c1:30.01"_s, u"unallocated"_s);
    newRows("lines together exceed the credit", u"30.00"_s, u"allocate"_s, u"c1:20.00 c3:20.00"_s, u"unallocated"_s);
    newRows("more than the payment at posting", u"30.00"_s, u"post"_s, u"c1:40.00"_s, u"unallocated"_s);
    newRows("another family's charge", u"100.00"_s, u"allocate"_s, u"o1:10.00"_s, u"is not on account"_s);
    newRows("another family's charge at posting", u"100.00"_s, u"post"_s, u"c1:10.00 o1:10.00"_s,
            u"is not on account"_s);
    newRows("zero amount", u"100.00"_s, u"allocate"_s, u"c1:0.00"_s, u"must be positive"_s);
    newRows("negative amount", u"100.00"_s, u"allocate"_s, u"c1:-5.00"_s, u"must be positive"_s);
    newRows("negative payment with splits", u"-20.00"_s, u"post"_s, u"c1:5.00"_s, u"negative"_s);
    newRows("negative payment allocated later", u"-20.00"_s, u"allocate"_s, u"c1:5.00"_s, u"negative"_s);
    newRows("negative payment to unearned", u"-20.00"_s, u"unearned"_s, u"u:5.00"_s, u"negative"_s);
    newRows("unearned beyond the credit", u"30.00"_s, u"unearned"_s, u"u:30.01"_s, u"unallocated"_s);
    newRows("zero unearned", u"30.00"_s, u"unearned"_s, u"u:0.00"_s, u"must be positive"_s);
}

void tst_Ledger::refusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, amount);
    QFETCH(QString, via);
    QFETCH(QString, splits);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();

    qint64 paymentId = 0;
    if (via != u"post")
        paymentId = desk.pay(practice.guarantor, amount).paymentId;
    const FamilyAccount before = desk.account(practice.family);
    const auto counts = [&] {
        return desk.scalar(u"SELECT (SELECT COUNT(*) FROM payments) * 1000000 + (SELECT COUNT(*) FROM allocations) * 1000"
                           " + (SELECT COUNT(*) FROM audit_log)"_s);
    };
    const qint64 countsBefore = counts();

    Allocator allocator(*db, u"clerk"_s);
    const QString refused = refusalOf([&] {
        if (via == u"post")
            desk.pay(practice.guarantor, amount, splits);
        else if (via == u"allocate")
            allocator.allocate(paymentId, desk.splits(splits));
        else
            allocator.toUnearned(paymentId, desk.splits(splits).constFirst().amount);
    });
    PAYDESK_VERIFY_REFUSED(refused, message);
    QCOMPARE(counts(), countsBefore);
    const FamilyAccount after = desk.account(practice.family);
    QCOMPARE(after.unallocated(), before.unallocated());
    QCOMPARE(itemBalances(after), itemBalances(before));
}

// ---------------------------------------------------------------------------------------
// Auto-allocate

void tst_Ledger::autoAllocate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("before");  // splits of an earlier payment by G
    QTest::addColumn<QString>("payer");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("mode");    // family, patient
    QTest::addColumn<QString>("via");     // post, allocator
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("unallocated");

    newRows("first item exactly", QString(), u"G"_s, u"50.00"_s, u"family"_s, u"post"_s, u"c2:50.00"_s, u"0.00"_s);
    newRows("spills to the next", QString(), u"G"_s, u"60.00"_s, u"family"_s, u"post"_s, u"c2:50.00 c3:10.00"_s,
            u"0.00"_s);
    newRows("same date: charges before adjustments", QString(), u"G"_s, u"90.00"_s, u"family"_s, u"post"_s,
            u"c2:50.00 c3:30.00 j1:10.00"_s, u"0.00"_s);
    newRows("across the whole family", QString(), u"G"_s, u"240.00"_s, u"family"_s, u"post"_s,
            u"c2:50.00 c3:30.00 j1:20.00 c1:100.00 c4:40.00"_s, u"0.00"_s);
    newRows("never overpays: the rest stays unallocated", QString(), u"M"_s, u"300.00"_s, u"family"_s, u"post"_s,
            u"c2:50.00 c3:30.00 j1:20.00 c1:100.00 c4:40.00"_s, u"60.00"_s);
    newRows("a cent", QString(), u"G"_s, u"0.01"_s, u"family"_s, u"post"_s, u"c2:0.01"_s, u"0.00"_s);
    newRows("partly paid item first", u"c2:20.00"_s, u"G"_s, u"50.00"_s, u"family"_s, u"post"_s,
            u"c2:30.00 c3:20.00"_s, u"0.00"_s);
    newRows("paid items skipped", u"c2:50.00 c3:30.00"_s, u"G"_s, u"30.00"_s, u"family"_s, u"post"_s,
            u"j1:20.00 c1:10.00"_s, u"0.00"_s);
    newRows("nothing owed", u"c1:100.00 c2:50.00 c3:30.00 j1:20.00 c4:40.00"_s, u"G"_s, u"25.00"_s, u"family"_s,
            u"post"_s, QString(), u"25.00"_s);
    newRows("this patient first (member)", QString(), u"M"_s, u"100.00"_s, u"patient"_s, u"post"_s,
            u"c2:50.00 j1:20.00 c4:30.00"_s, u"0.00"_s);
    newRows("this patient first (guarantor)", QString(), u"G"_s, u"100.00"_s, u"patient"_s, u"post"_s,
            u"c3:30.00 c1:70.00"_s, u"0.00"_s);
    newRows("this patient first, then the family", QString(), u"M"_s, u"150.00"_s, u"patient"_s, u"post"_s,
            u"c2:50.00 j1:20.00 c4:40.00 c3:30.00 c1:10.00"_s, u"0.00"_s);
    newRows("later, by the allocator", QString(), u"G"_s, u"60.00"_s, u"family"_s, u"allocator"_s,
            u"c2:50.00 c3:10.00"_s, u"0.00"_s);
    newRows("later, this patient first", u"c2:50.00"_s, u"M"_s, u"300.00"_s, u"patient"_s, u"allocator"_s,
            u"j1:20.00 c4:40.00 c3:30.00 c1:100.00"_s, u"110.00"_s);
}

void tst_Ledger::autoAllocate()
{
    QFETCH(QString, backend);
    QFETCH(QString, before);
    QFETCH(QString, payer);
    QFETCH(QString, amount);
    QFETCH(QString, mode);
    QFETCH(QString, via);
    QFETCH(QString, expected);
    QFETCH(QString, unallocated);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    if (!before.isEmpty()) {
        Money total;
        for (const Split &s : desk.splits(before))
            total += s.amount;
        desk.pay(practice.guarantor, total.toString(), before);
    }

    const bool patientFirst = mode == u"patient";
    qint64 paymentId = 0;
    QList<Split> splits;
    if (via == u"post") {
        const PostedPayment posted = desk.pay(practice.patient(payer), amount, QString(),
                                              patientFirst ? AutoAllocate::PatientFirst : AutoAllocate::Family);
        paymentId = posted.paymentId;
        splits = posted.splits;
    } else {
        paymentId = desk.pay(practice.patient(payer), amount).paymentId;
        splits = Allocator(*db, u"clerk"_s).autoAllocate(paymentId, patientFirst).splits;
    }
    QCOMPARE(desk.describe(splits), expected);

    const FamilyAccount account = desk.account(practice.family);
    QCOMPARE(account.payment(paymentId)->unallocated(), money(unallocated));
    for (const ChargeLine &line : account.charges)
        QVERIFY2(!line.balance().isNegative(), qPrintable(u"charge #%1"_s.arg(line.charge.id)));
    QList<Split> written;
    for (const Allocation &a : account.allocations) {
        if (a.paymentId != paymentId)
            continue;
        QCOMPARE(a.rule, AllocationRule::Auto);
        written.append({a.target, a.amount});
    }
    QCOMPARE(desk.describe(written), expected);
    QCOMPARE(desk.account(practice.otherFamily).balance(), money(u"70.00"_s));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Ledger::negativePaymentNeverAutoAllocated_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Ledger::negativePaymentNeverAutoAllocated()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();

    PAYDESK_VERIFY_REFUSED(refusalOf([&] { desk.pay(practice.guarantor, u"-20.00"_s, QString(), AutoAllocate::Family); }),
                           u"negative"_s);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), qint64(0));

    const PostedPayment posted = desk.pay(practice.guarantor, u"-20.00"_s);
    QVERIFY(posted.splits.isEmpty());
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { Allocator(*db, u"clerk"_s).autoAllocate(posted.paymentId, false); }),
                           u"negative"_s);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM allocations"_s), qint64(0));
    const FamilyAccount account = desk.account(practice.family);
    QCOMPARE(account.payment(posted.paymentId)->unallocated(), money(u"-20.00"_s));
    QCOMPARE(account.balance(), money(u"260.00"_s));
}

// ---------------------------------------------------------------------------------------
// Void, refund, unallocate: reversing rows, never updates

void tst_Ledger::voidPayment_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("splits");     // G's 120.00 payment
    QTest::addColumn<bool>("autoAllocated");
    QTest::addColumn<int>("unallocateFirst"); // rows taken back before the void
    QTest::addColumn<int>("mirrored");        // rows the void reverses

    newRows("unallocated", QString(), false, 0, 0);
    newRows("manual splits and unearned", u"c1:50.00 c2:20.00 u:10.00"_s, false, 0, 3);
    newRows("auto-allocated", QString(), true, 0, 4);
    newRows("after an unallocate", u"c1:50.00 c2:20.00"_s, false, 1, 1);
}

void tst_Ledger::voidPayment()
{
    QFETCH(QString, backend);
    QFETCH(QString, splits);
    QFETCH(bool, autoAllocated);
    QFETCH(int, unallocateFirst);
    QFETCH(int, mirrored);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const FamilyAccount before = desk.account(practice.family);

    const qint64 paymentId =
        desk.pay(practice.guarantor, u"120.00"_s, splits, autoAllocated ? AutoAllocate::Family : AutoAllocate::No)
            .paymentId;
    Allocator allocator(*db, u"clerk"_s);
    for (int i = 0; i < unallocateFirst; ++i) {
        const qint64 first = desk.scalar(
            u"SELECT MIN(id) FROM allocations WHERE payment_id = %1 AND reverses_allocation_id IS NULL"_s.arg(paymentId));
        allocator.unallocate(first);
    }
    const qint64 allocationsBefore = desk.scalar(u"SELECT COUNT(*) FROM allocations"_s);

    PaymentPoster poster(*db, u"supervisor"_s);
    const qint64 voidId = poster.voidPayment(paymentId, u"Card declined"_s);
    QVERIFY(voidId > paymentId);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM allocations"_s), allocationsBefore + mirrored);

    const FamilyAccount after = desk.account(practice.family);
    // Both stay listed: the original, marked voided, and the void pointing back at it.
    const PaymentLine *original = after.payment(paymentId);
    const PaymentLine *reversal = after.payment(voidId);
    QVERIFY(original);
    QVERIFY(reversal);
    QCOMPARE(original->payment.amount, money(u"120.00"_s));
    QVERIFY(original->isVoided());
    QCOMPARE(original->reversedById, voidId);
    QCOMPARE(reversal->payment.kind, Payment::Kind::Void);
    QCOMPARE(reversal->payment.amount, money(u"-120.00"_s));
    QCOMPARE(reversal->payment.relatedPaymentId, paymentId);
    QCOMPARE(reversal->payment.note, u"Card declined"_s);
    QCOMPARE(original->unallocated() + reversal->unallocated(), Money());
    // The charges owe again, and the family is back where it was.
    for (const ChargeLine &line : before.charges)
        QCOMPARE(after.charge(line.charge.id)->balance(), line.balance());
    for (const AdjustmentLine &line : before.adjustments)
        QCOMPARE(after.adjustment(line.adjustment.id)->balance(), line.balance());
    QCOMPARE(after.balance(), before.balance());
    QCOMPARE(after.unallocated(), Money());
    QCOMPARE(after.unearned(), Money());
    QCOMPARE(desk.verifyIssues(), QStringList());

    // A payment is voided once; the void itself cannot be voided, allocated or refunded.
    const qint64 payments = desk.scalar(u"SELECT COUNT(*) FROM payments"_s);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { poster.voidPayment(paymentId, u"again"_s); }), u"already voided"_s);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { poster.voidPayment(voidId, u"undo"_s); }), u"reversal"_s);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { allocator.allocate(paymentId, desk.splits(u"c1:1.00"_s)); }), u"voided"_s);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { allocator.autoAllocate(voidId, false); }), u"void"_s);
    PAYDESK_VERIFY_REFUSED(
        refusalOf([&] { poster.refund(paymentId, money(u"1.00"_s), PaymentMethod::Cash, u"refund"_s); }), u"voided"_s);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), payments);
}

void tst_Ledger::voidNeedsReason_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("reason");
    newRows("empty", QString());
    newRows("blank", u"   "_s);
}

void tst_Ledger::voidNeedsReason()
{
    QFETCH(QString, backend);
    QFETCH(QString, reason);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"50.00"_s, u"c1:50.00"_s).paymentId;
    const qint64 audit = desk.scalar(u"SELECT COUNT(*) FROM audit_log"_s);

    PaymentPoster poster(*db, u"clerk"_s);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { poster.voidPayment(paymentId, reason); }), u"reason"_s);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { poster.refund(paymentId, money(u"1.00"_s), PaymentMethod::Cash, reason); }),
                           u"reason"_s);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), qint64(1));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM allocations"_s), qint64(1));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM audit_log"_s), audit);
}

void tst_Ledger::refund_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("splits");  // of G's 100.00 payment
    QTest::addColumn<QString>("refunds"); // in order; all but the last must succeed
    QTest::addColumn<QString>("refused"); // what refuses the last, or empty

    newRows("all of an unallocated payment", QString(), u"100.00"_s, QString());
    newRows("up to the unallocated credit", u"c1:60.00"_s, u"40.00"_s, QString());
    newRows("a cent more than the credit", u"c1:60.00"_s, u"40.01"_s, u"40.00"_s);
    newRows("two refunds within the credit", u"c1:60.00"_s, u"30.00 10.00"_s, QString());
    newRows("second refund beyond the credit", u"c1:60.00"_s, u"30.00 10.01"_s, u"10.00"_s);
    newRows("unearned is not credit", u"u:70.00"_s, u"30.01"_s, u"30.00"_s);
    newRows("fully allocated", u"c1:100.00"_s, u"0.01"_s, u"0.00"_s);
    newRows("zero", QString(), u"0.00"_s, u"100.00"_s);
    newRows("negative", QString(), u"-5.00"_s, u"100.00"_s);
}

void tst_Ledger::refund()
{
    QFETCH(QString, backend);
    QFETCH(QString, splits);
    QFETCH(QString, refunds);
    QFETCH(QString, refused);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s, splits).paymentId;
    const Money balanceBefore = desk.account(practice.family).balance();

    PaymentPoster poster(*db, u"clerk"_s);
    const QStringList amounts = refunds.split(u' ', Qt::SkipEmptyParts);
    Money refunded;
    QList<qint64> refundIds;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        const bool last = i == amounts.size() - 1;
        if (last && !refused.isEmpty()) {
            // The message names the amount still available.
            PAYDESK_VERIFY_REFUSED(refusalOf([&] {
                                       poster.refund(paymentId, money(amounts[i]), PaymentMethod::Check, u"overpaid"_s);
                                   }),
                                   money(refused).toString());
            break;
        }
        refundIds.append(poster.refund(paymentId, money(amounts[i]), PaymentMethod::Check, u"overpaid"_s));
        refunded += money(amounts[i]);
    }

    const FamilyAccount account = desk.account(practice.family);
    QCOMPARE(qsizetype(account.payments.size()), 1 + refundIds.size());
    for (qint64 id : std::as_const(refundIds)) {
        const Payment &r = account.payment(id)->payment;
        QCOMPARE(r.kind, Payment::Kind::Refund);
        QCOMPARE(r.relatedPaymentId, paymentId);
        QVERIFY(r.amount.isNegative());
        QCOMPARE(r.method, PaymentMethod::Check);
    }
    QCOMPARE(account.payment(paymentId)->refunded, -refunded);
    if (!refundIds.isEmpty()) // the money went back once already
        PAYDESK_VERIFY_REFUSED(refusalOf([&] { poster.voidPayment(paymentId, u"wrong card"_s); }), u"refunded"_s);
    // Money handed back is owed again by the family.
    QCOMPARE(account.balance(), balanceBefore + refunded);
    QCOMPARE(itemBalances(account) - account.unallocated() - account.unearned(), account.balance());
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Ledger::refundedCreditIsNotAllocated_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("via");      // allocate, auto
    QTest::addColumn<QString>("splits");   // for allocate
    QTest::addColumn<QString>("refused");  // or the auto splits expected
    newRows("manual beyond what is left", u"allocate"_s, u"c1:70.01"_s, u"unallocated"_s);
    newRows("manual within what is left", u"allocate"_s, u"c1:70.00"_s, QString());
    newRows("auto takes only what is left", u"auto"_s, QString(), u"c2:50.00 c3:20.00"_s);
}

void tst_Ledger::refundedCreditIsNotAllocated()
{
    QFETCH(QString, backend);
    QFETCH(QString, via);
    QFETCH(QString, splits);
    QFETCH(QString, refused);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s).paymentId;
    PaymentPoster(*db, u"clerk"_s).refund(paymentId, money(u"30.00"_s), PaymentMethod::Cash, u"overpaid"_s);

    Allocator allocator(*db, u"clerk"_s);
    if (via == u"auto") {
        QCOMPARE(desk.describe(allocator.autoAllocate(paymentId, false).splits), refused);
    } else if (refused.isEmpty()) {
        allocator.allocate(paymentId, desk.splits(splits));
    } else {
        PAYDESK_VERIFY_REFUSED(refusalOf([&] { allocator.allocate(paymentId, desk.splits(splits)); }), refused);
    }
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Ledger::unallocate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("then"); // what is tried after the first unallocate
    QTest::addColumn<QString>("message");
    newRows("the same row again", u"again"_s, u"already taken back"_s);
    newRows("the reversal itself", u"reversal"_s, u"itself a reversal"_s);
    newRows("an unknown row", u"unknown"_s, u"no allocation #"_s);
}

void tst_Ledger::unallocate()
{
    QFETCH(QString, backend);
    QFETCH(QString, then);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s, u"c1:30.00 c2:20.00"_s).paymentId;
    const qint64 first = desk.scalar(u"SELECT MIN(id) FROM allocations"_s);

    Allocator allocator(*db, u"clerk"_s);
    const qint64 reversalId = allocator.unallocate(first);
    QVERIFY(reversalId > first);

    FamilyAccount account = desk.account(practice.family);
    compareBalances(desk, account, u"c1:100.00 c2:30.00"_s);
    QCOMPARE(account.payment(paymentId)->unallocated(), money(u"80.00"_s));
    const Allocation &reversal = account.allocations.constLast();
    QCOMPARE(reversal.id, reversalId);
    QCOMPARE(reversal.paymentId, paymentId);
    QCOMPARE(reversal.target, desk.target(u"c1"_s));
    QCOMPARE(reversal.amount, money(u"-30.00"_s));
    QCOMPARE(reversal.rule, AllocationRule::Unallocate);
    QCOMPARE(reversal.reversesAllocationId, first);
    QCOMPARE(reversal.patientId, practice.guarantor);
    QCOMPARE(reversal.providerId, desk.providerId());
    // The original row stays as it was.
    QCOMPARE(account.allocations.constFirst().amount, money(u"30.00"_s));

    const qint64 rows = desk.scalar(u"SELECT COUNT(*) FROM allocations"_s);
    const qint64 target = then == u"again" ? first : then == u"reversal" ? reversalId : reversalId + 1000;
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { allocator.unallocate(target); }), message);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM allocations"_s), rows);
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Ledger::attachedAdjustment_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("paid");    // allocated to c1 (100.00) first
    QTest::addColumn<QString>("patient"); // who the adjustment names
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::addColumn<QString>("balance");

    newRows("discount within the balance", QString(), u"G"_s, u"-30.00"_s, QString(), u"70.00"_s);
    newRows("discount to exactly zero", u"70.00"_s, u"G"_s, u"-30.00"_s, QString(), u"0.00"_s);
    newRows("a cent below zero", u"70.00"_s, u"G"_s, u"-30.01"_s, u"below zero"_s, u"30.00"_s);
    newRows("write-off of the whole charge", QString(), u"G"_s, u"-100.00"_s, QString(), u"0.00"_s);
    newRows("more than the charge", QString(), u"G"_s, u"-100.01"_s, u"below zero"_s, u"100.00"_s);
    newRows("fee on a paid charge", u"100.00"_s, u"G"_s, u"15.00"_s, QString(), u"15.00"_s);
    newRows("another patient's charge", QString(), u"M"_s, u"-10.00"_s, u"belongs to patient"_s, u"100.00"_s);
    newRows("zero", QString(), u"G"_s, u"0.00"_s, u"0.00"_s, u"100.00"_s);
}

void tst_Ledger::attachedAdjustment()
{
    QFETCH(QString, backend);
    QFETCH(QString, paid);
    QFETCH(QString, patient);
    QFETCH(QString, amount);
    QFETCH(QString, message);
    QFETCH(QString, balance);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    if (!paid.isEmpty())
        desk.pay(practice.guarantor, paid, u"c1:"_s + paid);
    const qint64 chargeId = desk.target(u"c1"_s).id;
    const qint64 adjustments = desk.scalar(u"SELECT COUNT(*) FROM adjustments"_s);

    const auto add = [&] { desk.addAdjustment(practice.patient(patient), u"2024-01-15"_s, amount, chargeId); };
    if (message.isEmpty()) {
        add();
        QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM adjustments"_s), adjustments + 1);
        // It takes the charge's patient, provider and clinic.
        const AdjustmentLine &line = desk.account(practice.family).adjustments.constLast();
        QCOMPARE(line.adjustment.chargeId, chargeId);
        QCOMPARE(line.adjustment.patientId, practice.guarantor);
        QCOMPARE(line.balance(), Money());
    } else {
        PAYDESK_VERIFY_REFUSED(refusalOf(add), message);
        QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM adjustments"_s), adjustments);
    }
    QCOMPARE(desk.account(practice.family).charge(chargeId)->balance(), money(balance));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

// ---------------------------------------------------------------------------------------
// Audit trail and ids

void tst_Ledger::auditTrail_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("actions"); // of the new audit rows, sorted

    newRows("add a patient", u"patient"_s, QStringList{u"create"_s});
    newRows("enter a charge", u"charge"_s, QStringList{u"create"_s});
    newRows("enter an adjustment", u"adjustment"_s, QStringList{u"create"_s});
    newRows("post a payment", u"post"_s, QStringList{u"post"_s});
    newRows("post with two splits", u"post splits"_s, QStringList{u"allocate"_s, u"allocate"_s, u"post"_s});
    newRows("post with auto-allocate", u"post auto"_s, QStringList{u"allocate"_s, u"allocate"_s, u"post"_s});
    newRows("allocate", u"allocate"_s, QStringList{u"allocate"_s});
    newRows("to unearned", u"unearned"_s, QStringList{u"allocate"_s});
    newRows("unallocate", u"unallocate"_s, QStringList{u"unallocate"_s});
    newRows("void", u"void"_s, QStringList{u"void"_s});
    newRows("refund", u"refund"_s, QStringList{u"refund"_s});
    newRows("a refused posting writes nothing", u"refused"_s, QStringList());
}

void tst_Ledger::auditTrail()
{
    QFETCH(QString, backend);
    QFETCH(QString, operation);
    QFETCH(QStringList, actions);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db, u"ines"_s);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s, u"c1:30.00"_s).paymentId;
    const qint64 lastAudit = desk.scalar(u"SELECT MAX(id) FROM audit_log"_s);

    Allocator allocator(*db, u"ines"_s);
    PaymentPoster poster(*db, u"ines"_s);
    if (operation == u"patient")
        desk.addPatient(practice.family, u"Lucia"_s);
    else if (operation == u"charge")
        desk.addCharge(practice.member, u"2024-01-25"_s, u"80.00"_s);
    else if (operation == u"adjustment")
        desk.addAdjustment(practice.member, u"2024-01-25"_s, u"-5.00"_s);
    else if (operation == u"post")
        desk.pay(practice.member, u"25.00"_s);
    else if (operation == u"post splits")
        desk.pay(practice.member, u"25.00"_s, u"c2:10.00 c4:15.00"_s);
    else if (operation == u"post auto")
        desk.pay(practice.member, u"60.00"_s, QString(), AutoAllocate::Family);
    else if (operation == u"allocate")
        allocator.allocate(paymentId, desk.splits(u"c3:30.00"_s));
    else if (operation == u"unearned")
        allocator.toUnearned(paymentId, money(u"10.00"_s));
    else if (operation == u"unallocate")
        allocator.unallocate(desk.scalar(u"SELECT MIN(id) FROM allocations"_s));
    else if (operation == u"void")
        poster.voidPayment(paymentId, u"wrong patient"_s);
    else if (operation == u"refund")
        poster.refund(paymentId, money(u"20.00"_s), PaymentMethod::Cash, u"overpaid"_s);
    else if (operation == u"refused")
        QVERIFY(!refusalOf([&] { desk.pay(practice.member, u"25.00"_s, u"c2:10.00 o1:15.00"_s); }).isEmpty());

    SqlQuery q = db->query();
    q.prepare(u"SELECT action, user_name, entity, after_data FROM audit_log WHERE id > :last ORDER BY id"_s)
        .bind(u":last"_s, lastAudit)
        .exec();
    QStringList written;
    while (q.next()) {
        written << q.text(0);
        QCOMPARE(q.text(1), u"ines"_s);
        QVERIFY(!q.text(2).isEmpty());
        QVERIFY(q.text(3).startsWith(u'{'));
    }
    written.sort();
    QCOMPARE(written, actions);
}

void tst_Ledger::auditRowsOfOnePosting()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db, u"ines"_s);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 lastAudit = desk.scalar(u"SELECT MAX(id) FROM audit_log"_s);
    const qint64 paymentId = desk.pay(practice.member, u"25.00"_s, u"c2:10.00 c4:15.00"_s).paymentId;

    // The posting's rows are written together: consecutive ids in the order the posting
    // made them (its allocations, then the payment), one time for all.
    SqlQuery q = db->query();
    q.prepare(u"SELECT id, action, entity, entity_id, at FROM audit_log WHERE id > :last ORDER BY id"_s)
        .bind(u":last"_s, lastAudit)
        .exec();
    QStringList written;
    QString at;
    qint64 expectedId = lastAudit + 1;
    while (q.next()) {
        QCOMPARE(q.id(0), expectedId++);
        written << q.text(1) + u' ' + q.text(2) + u' ' + QString::number(q.id(3));
        if (at.isEmpty())
            at = q.text(4);
        QCOMPARE(q.text(4), at);
    }
    const qint64 firstAllocation =
        desk.scalar(u"SELECT MIN(id) FROM allocations WHERE payment_id = %1"_s.arg(paymentId));
    QCOMPARE(written, (QStringList{u"allocate allocation %1"_s.arg(firstAllocation),
                                   u"allocate allocation %1"_s.arg(firstAllocation + 1),
                                   u"post payment %1"_s.arg(paymentId)}));
}

void tst_Ledger::postingCountsInsurance()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 c1 = desk.target(u"c1"_s).id;
    desk.addAdjustment(practice.guarantor, u"2024-01-10"_s, u"-5.00"_s, c1);
    desk.pay(practice.guarantor, u"10.00"_s, u"c1:10.00"_s);
    {
        // c1 (100.00, 5.00 off): insurance paid 40.00 and wrote off 15.00 on it, and 10.00
        // of an as-total claim payment was spread onto it. The patient owes 20.00.
        Transaction tx(*db);
        LedgerStore store(*db, u"import"_s);
        Claim claim;
        claim.id = db->reserveIds(u"claims"_s);
        claim.patientId = practice.guarantor;
        claim.date = QDate(2024, 1, 15);
        claim.payer = u"Delta"_s;
        claim.status = u"received"_s;
        claim.providerId = desk.providerId();
        claim.clinicId = desk.clinicId();
        store.insertClaim(claim);
        const qint64 procedureId = db->reserveIds(u"claim_procs"_s);
        store.insertClaimProcedure({procedureId, claim.id, c1, money(u"40.00"_s), money(u"15.00"_s)});
        const ClaimPayment total{db->reserveIds(u"claim_payments"_s), claim.id, QDate(2024, 1, 20), money(u"30.00"_s)};
        store.insertClaimPayment(total);
        store.insertClaimSpread({db->reserveIds(u"claim_spreads"_s), total.id, c1, money(u"10.00"_s), 0, 0});
        tx.commit();
    }
    const FamilyAccount whole = AccountReader(*db).load(practice.family);
    const FamilyAccount balances = AccountReader(*db).loadBalances(practice.family);
    QCOMPARE(balances.charges.size(), whole.charges.size());
    for (qsizetype i = 0; i < whole.charges.size(); ++i) {
        QCOMPARE(balances.charges.at(i).charge.id, whole.charges.at(i).charge.id);
        QCOMPARE(balances.charges.at(i).balance(), whole.charges.at(i).balance());
    }
    QCOMPARE(balances.adjustments.size(), whole.adjustments.size());
    for (qsizetype i = 0; i < whole.adjustments.size(); ++i)
        QCOMPARE(balances.adjustments.at(i).balance(), whole.adjustments.at(i).balance());
    QCOMPARE(whole.charge(c1)->balance(), money(u"20.00"_s));

    const QString refusal = refusalOf([&] { desk.pay(practice.guarantor, u"25.00"_s, u"c1:25.00"_s); });
    QVERIFY2(refusal.contains(u"20.00"_s), qPrintable(refusal));
    desk.pay(practice.guarantor, u"20.00"_s, u"c1:20.00"_s);
    QCOMPARE(desk.account(practice.family).charge(c1)->balance(), Money());
}

void tst_Ledger::newIdsAboveImported_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("countersInUse"); // the desk posted before the import
    QTest::addColumn<bool>("raiseFloor");    // the import called raiseIdFloor
    newRows("fresh counters", false, true);
    newRows("counters already in use", true, true);
    // A table's first new id starts above its rows even without raiseIdFloor.
    newRows("fresh counters, no floor raised", false, false);
}

void tst_Ledger::newIdsAboveImported()
{
    QFETCH(QString, backend);
    QFETCH(bool, countersInUse);
    QFETCH(bool, raiseFloor);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    if (countersInUse) {
        const NewPatient p = desk.addPatient(0, u"Early"_s);
        const qint64 c = desk.addCharge(p.patientId, u"2024-01-02"_s, u"10.00"_s);
        desk.name(u"early"_s, AllocationTarget::charge(c));
        desk.pay(p.patientId, u"10.00"_s, u"early:10.00"_s);
    }

    // Rows written with the ids another system gave them, as an import does.
    {
        Transaction tx(*db);
        LedgerStore store(*db, u"import"_s);
        store.insertFamily(5000);
        store.insertPatient({9000, 5000, u"Imported"_s, u"Iris"_s, QDate(1970, 1, 1), true});
        store.insertCharge({70000, 9000, desk.providerId(), desk.clinicId(), QDate(2024, 1, 3), u"D1110"_s,
                            u"Cleaning"_s, money(u"80.00"_s)});
        Payment payment;
        payment.id = 80000;
        payment.patientId = 9000;
        payment.date = QDate(2024, 1, 4);
        payment.amount = money(u"50.00"_s);
        store.insertPayment(payment);
        Allocation split;
        split.id = 90000;
        split.paymentId = 80000;
        split.target = AllocationTarget::charge(70000);
        split.amount = money(u"20.00"_s);
        split.patientId = 9000;
        split.providerId = desk.providerId();
        split.clinicId = desk.clinicId();
        split.rule = AllocationRule::Import;
        store.insertAllocation(split);
        if (raiseFloor) {
            db->raiseIdFloor(u"families"_s, 5000);
            db->raiseIdFloor(u"patients"_s, 9000);
            db->raiseIdFloor(u"charges"_s, 70000);
            db->raiseIdFloor(u"payments"_s, 80000);
            db->raiseIdFloor(u"allocations"_s, 90000);
        }
        tx.commit();
    }

    const NewPatient newFamily = desk.addPatient(0, u"Nora"_s);
    QVERIFY2(newFamily.familyId > 5000, qPrintable(QString::number(newFamily.familyId)));
    QVERIFY2(newFamily.patientId > 9000, qPrintable(QString::number(newFamily.patientId)));
    const NewPatient member = desk.addPatient(5000, u"Ivan"_s, u"Imported"_s);
    QCOMPARE(member.familyId, qint64(5000));
    QVERIFY(member.patientId > newFamily.patientId);
    const qint64 chargeId = desk.addCharge(member.patientId, u"2024-01-05"_s, u"60.00"_s);
    QVERIFY2(chargeId > 70000, qPrintable(QString::number(chargeId)));
    const PostedPayment posted = desk.pay(member.patientId, u"100.00"_s, QString(), AutoAllocate::Family);
    QVERIFY2(posted.paymentId > 80000, qPrintable(QString::number(posted.paymentId)));
    QCOMPARE(posted.splits.size(), qsizetype(2)); // FIFO: the imported charge's 60.00 left, then the new one
    QCOMPARE(posted.splits.at(0).target, AllocationTarget::charge(70000));
    const qint64 firstNewAllocation = desk.scalar(u"SELECT MIN(id) FROM allocations WHERE payment_id = %1"_s.arg(posted.paymentId));
    QVERIFY2(firstNewAllocation > 90000, qPrintable(QString::number(firstNewAllocation)));
    QCOMPARE(desk.verifyIssues(), QStringList());
}


// ---------------------------------------------------------------------------------------
// The day's deposit: payments, voids and refunds of one date

void tst_Ledger::depositReport_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Ledger::depositReport()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();

    // Voids and refunds are dated the day they are made, so the report is today's.
    const QDate today = QDate::currentDate();
    const auto post = [&](const QString &user, qint64 patientId, const QDate &date, PaymentMethod method,
                          const QString &amount) {
        PaymentDraft draft;
        draft.patientId = patientId;
        draft.date = date;
        draft.method = method;
        draft.amount = money(amount);
        draft.reference = u"ref, %1"_s.arg(amount);
        return PaymentPoster(*db, user).post(draft).paymentId;
    };
    const qint64 p1 = post(u"ana"_s, practice.guarantor, today, PaymentMethod::Cash, u"20.00"_s);
    const qint64 p2 = post(u"ana"_s, practice.member, today, PaymentMethod::Card, u"35.50"_s);
    const qint64 p3 = post(u"ben"_s, practice.otherPatient, today, PaymentMethod::Card, u"10.00"_s);
    post(u"ben"_s, practice.guarantor, today.addDays(-1), PaymentMethod::Check, u"99.00"_s); // not today
    const qint64 v2 = PaymentPoster(*db, u"ben"_s).voidPayment(p2, u"card declined"_s);
    const qint64 r1 = PaymentPoster(*db, u"ben"_s).refund(p1, money(u"5.00"_s), PaymentMethod::Cash, u"change"_s);

    const DepositReport report = DepositReport::build(*db, today);
    QCOMPARE(report.date, today);
    QList<qint64> ids;
    for (const DepositReport::Line &line : report.lines)
        ids << line.payment.id;
    QCOMPARE(ids, (QList<qint64>{p1, p2, p3, v2, r1}));
    const DepositReport::Line &first = report.lines.constFirst();
    QCOMPARE(first.familyId, practice.family);
    QCOMPARE(first.patientName, u"Rivera, Gloria"_s);
    QCOMPARE(first.payment.createdBy, u"ana"_s);
    QCOMPARE(first.payment.method, PaymentMethod::Cash);
    QCOMPARE(report.lines.at(3).payment.kind, Payment::Kind::Void);
    QCOMPARE(report.lines.at(4).payment.kind, Payment::Kind::Refund);
    QCOMPARE(report.byMethod, (QMap<QString, Money>{{u"cash"_s, money(u"15.00"_s)}, {u"card"_s, money(u"10.00"_s)}}));
    QCOMPARE(report.byUser, (QMap<QString, Money>{{u"ana"_s, money(u"55.50"_s)}, {u"ben"_s, money(u"-30.50"_s)}}));
    QCOMPARE(report.total, money(u"25.00"_s));
    QVERIFY(DepositReport::build(*db, today.addDays(-2)).lines.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"deposit.csv"_s);
    report.writeCsv(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString day = today.toString(Qt::ISODate);
    const auto row = [&](qint64 id, qint64 family, qint64 patient, const QString &name, const QString &method,
                         const QString &reference, const QString &kind, const QString &amount,
                         const QString &user) -> QString {
        return u"%1,%2,%3,%4,\"%5\",%6,%7,%8,%9,"_s.arg(id).arg(day).arg(family).arg(patient).arg(name, method, reference,
                                                                                              kind, amount)
            + user + u","_s;
    };
    const QStringList expected{
        u"payment_id,date,family_id,patient_id,patient,method,reference,kind,amount,posted_by,total"_s,
        row(p1, practice.family, practice.guarantor, u"Rivera, Gloria"_s, u"cash"_s, u"\"ref, 20.00\""_s, u"payment"_s,
            u"20.00"_s, u"ana"_s),
        row(p2, practice.family, practice.member, u"Rivera, Mateo"_s, u"card"_s, u"\"ref, 35.50\""_s, u"payment"_s,
            u"35.50"_s, u"ana"_s),
        row(p3, practice.otherFamily, practice.otherPatient, u"Okafor, Olga"_s, u"card"_s, u"\"ref, 10.00\""_s,
            u"payment"_s, u"10.00"_s, u"ben"_s),
        row(v2, practice.family, practice.member, u"Rivera, Mateo"_s, u"card"_s, u"\"ref, 35.50\""_s, u"void"_s,
            u"-35.50"_s, u"ben"_s),
        row(r1, practice.family, practice.guarantor, u"Rivera, Gloria"_s, u"cash"_s, QString(), u"refund"_s,
            u"-5.00"_s, u"ben"_s),
        u",%1,,,,card,,total,,,10.00"_s.arg(day),
        u",%1,,,,cash,,total,,,15.00"_s.arg(day),
        u",%1,,,,,,total,,ana,55.50"_s.arg(day),
        u",%1,,,,,,total,,ben,-30.50"_s.arg(day),
        u",%1,,,,,,total,,,25.00"_s.arg(day),
    };
    QCOMPARE(QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts), expected);

    // A file that cannot be written is a StorageError naming it.
    bool failed = false;
    try {
        report.writeCsv(dir.filePath(u"missing/deposit.csv"_s));
    } catch (const StorageError &error) {
        failed = error.message().contains(u"deposit.csv"_s);
    }
    QVERIFY(failed);
}

QTEST_GUILESS_MAIN(tst_Ledger)
#include "tst_ledger.moc"
