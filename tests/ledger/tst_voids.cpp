// Voids of charges and adjustments (ItemVoider) on both databases: what each writes, what
// goes back to payments as credit, what is refused, and that nothing afterwards (the
// allocator, the Family Balancer, verify) treats a voided item as open.

#include "LedgerChecks.h"
#include "LedgerDesk.h"
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "ledger/AccountReader.h"
#include "ledger/Allocator.h"
#include "ledger/AutoAllocator.h"
#include "ledger/ChargeEntry.h"
#include "ledger/ItemVoider.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::TestDatabases;
using paydesk::test::money;
using paydesk::test::newRows;
using paydesk::test::refusalOf;

namespace {

// Every void of these tests is written on this day.
const QDateTime now(QDate(2024, 6, 15), QTime(17, 0), Qt::UTC);

// "G 60.00 c1:60.00; M 30.00 c1:30.00": who pays how much and where; the payments are
// named p1, p2, ... in order.
QHash<QString, qint64> pay(LedgerDesk &desk, const LedgerDesk::Practice &practice, const QString &spec)
{
    QHash<QString, qint64> payments;
    for (const QString &payment : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = payment.trimmed().split(u' ');
        const qint64 id = desk.pay(practice.patient(words[0]), words[1], words.mid(2).join(u' ')).paymentId;
        payments.insert(u"p"_s + QString::number(payments.size() + 1), id);
    }
    return payments;
}

// "c1:10.00 c3:-5.00": adjustments attached to charges (a fee or a discount by sign).
void adjust(LedgerDesk &desk, const LedgerDesk::Practice &practice, const QString &spec)
{
    for (const Split &s : desk.splits(spec)) {
        const qint64 patient = desk.account(practice.family).charge(s.target.id)->charge.patientId;
        desk.name(u"a"_s + QString::number(s.target.id), AllocationTarget::adjustment(
                      desk.addAdjustment(patient, u"2024-01-25"_s, s.amount.toString(), s.target.id)));
    }
}

// "p1:60.00 p2:30.00" from the credit a void gives back.
QString creditText(const ItemVoid &done, const QHash<QString, qint64> &payments)
{
    QStringList parts;
    for (const ItemVoid::Credit &credit : done.creditByPayment())
        parts << payments.key(credit.paymentId) + u':' + credit.amount.toString();
    return parts.join(u' ');
}

// A claim that paid `paid` on the charge, as a conversion writes it.
void insure(LedgerDesk &desk, qint64 patientId, qint64 chargeId, const QString &paid)
{
    const Database &db = desk.db();
    Transaction tx(db);
    LedgerStore store(db, u"conversion"_s);
    const qint64 claim = db.reserveIds(u"claims"_s);
    store.insertClaim({claim, patientId, QDate(2024, 1, 20), u"Delta"_s, u"received"_s, desk.providerId(), desk.clinicId()});
    store.insertClaimProcedure({db.reserveIds(u"claim_procs"_s), claim, chargeId, money(paid), {}});
    tx.commit();
}

// Rows of every ledger table and of the audit trail: equal counts mean nothing was written.
QString rowCounts(const LedgerDesk &desk)
{
    QStringList counts;
    for (const QString &table : {u"adjustments"_s, u"allocations"_s, u"payments"_s, u"audit_log"_s})
        counts << table + u'=' + QString::number(desk.scalar(u"SELECT COUNT(*) FROM "_s + table));
    return counts.join(u' ');
}

} // namespace

class tst_Voids : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chargeVoid_data();
    void chargeVoid();
    void adjustmentVoid_data();
    void adjustmentVoid();
    void refusals_data();
    void refusals();
    void autoAllocateSkipsVoided_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void autoAllocateSkipsVoided();
    void balancerLeavesVoidedAlone_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void balancerLeavesVoidedAlone();

private:
    TestDatabases m_dbs;
};

void tst_Voids::chargeVoid_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("adjustments"); // attached before the payments
    QTest::addColumn<QString>("payments");
    QTest::addColumn<bool>("unallocateLast"); // the newest allocation taken back by hand first
    QTest::addColumn<QString>("charge");
    QTest::addColumn<QString>("voidAmount");
    QTest::addColumn<QString>("credit");

    newRows("unpaid", QString(), QString(), false, u"c1"_s, u"-100.00"_s, QString());
    newRows("paid by two payments", QString(), u"G 60.00 c1:60.00; M 30.00 c1:30.00"_s, false, u"c1"_s, u"-100.00"_s,
            u"p1:60.00 p2:30.00"_s);
    newRows("discounted and paid in full", u"c3:-5.00"_s, u"G 40.00 c3:25.00 c1:15.00"_s, false, u"c3"_s, u"-25.00"_s,
            u"p1:25.00"_s);
    newRows("a fee on it, paid in part", u"c4:10.00"_s, u"M 20.00 c4:20.00"_s, false, u"c4"_s, u"-50.00"_s,
            u"p1:20.00"_s);
    newRows("paid, then taken back by hand", QString(), u"G 50.00 c1:50.00"_s, true, u"c1"_s, u"-100.00"_s, QString());
}

void tst_Voids::chargeVoid()
{
    QFETCH(QString, backend);
    QFETCH(QString, adjustments);
    QFETCH(QString, payments);
    QFETCH(bool, unallocateLast);
    QFETCH(QString, charge);
    QFETCH(QString, voidAmount);
    QFETCH(QString, credit);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    adjust(desk, practice, adjustments);
    const QHash<QString, qint64> paid = pay(desk, practice, payments);
    if (unallocateLast)
        Allocator(*db, u"clerk"_s).unallocate(desk.scalar(u"SELECT MAX(id) FROM allocations"_s));
    const qint64 chargeId = desk.target(charge).id;
    const FamilyAccount before = desk.account(practice.family);

    ItemVoider voider(*db, u"supervisor"_s);
    const QString counts = rowCounts(desk);
    const ItemVoid preview = voider.previewCharge(chargeId);
    QCOMPARE(rowCounts(desk), counts); // a preview writes nothing
    QCOMPARE(preview.voidRow.amount, money(voidAmount));
    QCOMPARE(creditText(preview, paid), credit);
    QCOMPARE(preview.voidRow.id, qint64(0));

    const ItemVoid done = voider.voidCharge(chargeId, u"  Entered on the wrong patient "_s);
    QVERIFY(done.voidRow.id > 0);
    QCOMPARE(done.voidRow.amount, preview.voidRow.amount);
    QCOMPARE(creditText(done, paid), credit);

    const FamilyAccount after = desk.account(practice.family);
    const ChargeLine &line = *after.charge(chargeId);
    QCOMPARE(line.voidedById, done.voidRow.id);
    QCOMPARE(line.balance(), Money());
    QCOMPARE(line.allocated, Money());
    // The void stays listed as an adjustment of kind void on the charge, dated today.
    const AdjustmentLine &voidLine = *after.adjustment(done.voidRow.id);
    QCOMPARE(voidLine.adjustment.kind, Adjustment::Kind::Void);
    QCOMPARE(voidLine.adjustment.type, AdjustmentTypes::voidCode());
    QCOMPARE(voidLine.adjustment.chargeId, chargeId);
    QCOMPARE(voidLine.adjustment.reversesAdjustmentId, qint64(0));
    QCOMPARE(voidLine.adjustment.amount, money(voidAmount));
    QCOMPARE(voidLine.adjustment.note, u"Entered on the wrong patient"_s);
    QCOMPARE(voidLine.adjustment.date, QDate(2024, 6, 15));
    QCOMPARE(voidLine.balance(), Money());
    // What was allocated to it is the payments' credit again; the family owes the charge less.
    QCOMPARE(after.balance(), before.balance() + money(voidAmount));
    QCOMPARE(after.unallocated(), before.unallocated() + done.returnedCredit());
    for (const ItemVoid::Credit &c : done.creditByPayment())
        QCOMPARE(after.payment(c.paymentId)->unallocated(), before.payment(c.paymentId)->unallocated() + c.amount);
    QCOMPARE(after.outstanding(), before.outstanding() - Money::max(before.charge(chargeId)->balance(), {}));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'void' AND entity = 'charge'"_s), qint64(1));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Voids::adjustmentVoid_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("adjustments"); // attached to charges, named a<charge id>
    QTest::addColumn<QString>("payments");
    QTest::addColumn<QString>("voided");      // "j1", or the charge whose attached adjustment it is
    QTest::addColumn<QString>("chargeAfter"); // the charge's balance after, for an attached one
    QTest::addColumn<QString>("credit");

    newRows("stand-alone fee, unpaid", QString(), QString(), u"j1"_s, QString(), QString());
    newRows("stand-alone fee, paid", QString(), u"M 20.00 j1:20.00"_s, u"j1"_s, QString(), u"p1:20.00"_s);
    newRows("discount on a charge", u"c3:-5.00"_s, QString(), u"c3"_s, u"30.00"_s, QString());
    newRows("fee on an unpaid charge", u"c1:10.00"_s, QString(), u"c1"_s, u"100.00"_s, QString());
    newRows("fee on a charge paid in part", u"c1:10.00"_s, u"G 50.00 c1:50.00"_s, u"c1"_s, u"50.00"_s, QString());
    // Without the fee the charge is overpaid by 10.00: the newest payment's whole row goes back.
    newRows("fee on a paid charge", u"c1:10.00"_s, u"G 60.00 c1:60.00; M 50.00 c1:50.00"_s, u"c1"_s, u"40.00"_s,
            u"p2:50.00"_s);
    newRows("fee on a paid charge, two rows back", u"c1:30.00"_s,
            u"G 100.00 c1:100.00; M 20.00 c1:20.00; G 10.00 c1:10.00"_s, u"c1"_s, u"0.00"_s,
            u"p2:20.00 p3:10.00"_s);
}

void tst_Voids::adjustmentVoid()
{
    QFETCH(QString, backend);
    QFETCH(QString, adjustments);
    QFETCH(QString, payments);
    QFETCH(QString, voided);
    QFETCH(QString, chargeAfter);
    QFETCH(QString, credit);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    adjust(desk, practice, adjustments);
    const QHash<QString, qint64> paid = pay(desk, practice, payments);
    const bool standAlone = voided == u"j1";
    const qint64 chargeId = standAlone ? 0 : desk.target(voided).id;
    const qint64 adjustmentId = standAlone ? desk.target(voided).id : desk.target(u"a"_s + QString::number(chargeId)).id;
    const FamilyAccount before = desk.account(practice.family);
    const Adjustment original = before.adjustment(adjustmentId)->adjustment;

    ItemVoider voider(*db, u"supervisor"_s);
    const QString counts = rowCounts(desk);
    const ItemVoid preview = voider.previewAdjustment(adjustmentId);
    QCOMPARE(rowCounts(desk), counts);
    QCOMPARE(preview.voidRow.amount, -original.amount);
    QCOMPARE(creditText(preview, paid), credit);

    const ItemVoid done = voider.voidAdjustment(adjustmentId, u"Not what the dentist ordered"_s);
    QCOMPARE(creditText(done, paid), credit);
    const FamilyAccount after = desk.account(practice.family);
    const AdjustmentLine &line = *after.adjustment(adjustmentId);
    const AdjustmentLine &voidLine = *after.adjustment(done.voidRow.id);
    QCOMPARE(line.voidedById, done.voidRow.id);
    QCOMPARE(line.balance(), Money());
    QCOMPARE(voidLine.balance(), Money());
    QCOMPARE(voidLine.adjustment.kind, Adjustment::Kind::Void);
    QCOMPARE(voidLine.adjustment.reversesAdjustmentId, adjustmentId);
    QCOMPARE(voidLine.adjustment.chargeId, original.chargeId);
    QCOMPARE(voidLine.adjustment.patientId, original.patientId);
    QCOMPARE(voidLine.adjustment.amount, -original.amount);
    QCOMPARE(voidLine.adjustment.date, QDate(2024, 6, 15));
    if (!standAlone) {
        QCOMPARE(after.charge(chargeId)->balance(), money(chargeAfter));
        QVERIFY(!after.charge(chargeId)->isVoided());
    }
    QCOMPARE(after.balance(), before.balance() - original.amount);
    QCOMPARE(after.unallocated(), before.unallocated() + done.returnedCredit());
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Voids::refusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("refused"); // what is refused; the test sets it up
    QTest::addColumn<QString>("message");

    newRows("charge voided twice", u"charge voided twice"_s, u"was already voided by adjustment #"_s);
    newRows("charge on a claim", u"charge on a claim"_s, u"is on claim #"_s);
    newRows("charge in the closed period", u"charge in the closed period"_s, u"on or before the lock date 2024-01-10"_s);
    newRows("void without a reason", u"void without a reason"_s, u"A reason is required"_s);
    newRows("unknown charge", u"unknown charge"_s, u"There is no charge #999999"_s);
    newRows("adjustment voided twice", u"adjustment voided twice"_s, u"was already voided by adjustment #"_s);
    newRows("void of a void", u"void of a void"_s, u"is itself the void of adjustment #"_s);
    newRows("void of a charge's void", u"void of a charge's void"_s, u"is itself the void of charge #"_s);
    newRows("adjustment of a voided charge", u"adjustment of a voided charge"_s, u"voided together with it"_s);
    newRows("adjustment in the closed period", u"adjustment in the closed period"_s,
            u"on or before the lock date 2024-01-10"_s);
    newRows("unknown adjustment", u"unknown adjustment"_s, u"There is no adjustment #999999"_s);
    newRows("fee void that insurance overpays", u"fee void that insurance overpays"_s, u"below zero"_s);
    newRows("allocation to a voided charge", u"allocation to a voided charge"_s, u"was voided by adjustment #"_s);
    newRows("allocation to a voided adjustment", u"allocation to a voided adjustment"_s, u"was voided by adjustment #"_s);
    newRows("new adjustment on a voided charge", u"new adjustment on a voided charge"_s, u"takes no more adjustments"_s);
}

void tst_Voids::refusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, refused);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    ItemVoider voider(*db, u"supervisor"_s);
    const qint64 c1 = desk.target(u"c1"_s).id, j1 = desk.target(u"j1"_s).id;
    const auto fee = [&](const QString &amount) { return desk.addAdjustment(practice.guarantor, u"2024-01-25"_s, amount, c1); };
    const QString why = u"typo"_s;

    std::function<void()> attempt;
    if (refused == u"charge voided twice") {
        voider.voidCharge(c1, why);
        attempt = [&] { voider.voidCharge(c1, why); };
    } else if (refused == u"charge on a claim") {
        insure(desk, practice.guarantor, c1, u"0.00"_s);
        attempt = [&] { voider.voidCharge(c1, why); };
    } else if (refused == u"charge in the closed period" || refused == u"adjustment in the closed period") {
        PracticeSettings(*db).set(u"supervisor"_s, u"ledger.lock_date"_s, u"2024-01-10"_s);
        attempt = refused.startsWith(u"charge"_s) ? std::function<void()>([&] { voider.voidCharge(c1, why); })
                                                  : std::function<void()>([&] { voider.voidAdjustment(j1, why); });
    } else if (refused == u"void without a reason") {
        attempt = [&] { voider.voidCharge(c1, u"  "_s); };
    } else if (refused == u"unknown charge") {
        attempt = [&] { voider.voidCharge(999999, why); };
    } else if (refused == u"adjustment voided twice") {
        voider.voidAdjustment(j1, why);
        attempt = [&] { voider.voidAdjustment(j1, why); };
    } else if (refused == u"void of a void") {
        const qint64 voidId = voider.voidAdjustment(j1, why).voidRow.id;
        attempt = [&, voidId] { voider.voidAdjustment(voidId, why); };
    } else if (refused == u"void of a charge's void") {
        const qint64 voidId = voider.voidCharge(c1, why).voidRow.id;
        attempt = [&, voidId] { voider.voidAdjustment(voidId, why); };
    } else if (refused == u"adjustment of a voided charge") {
        const qint64 attached = fee(u"10.00"_s);
        voider.voidCharge(c1, why);
        attempt = [&, attached] { voider.voidAdjustment(attached, why); };
    } else if (refused == u"unknown adjustment") {
        attempt = [&] { voider.voidAdjustment(999999, why); };
    } else if (refused == u"fee void that insurance overpays") {
        // 110.00 with the fee, 105.00 paid by insurance: without the fee it is overpaid by
        // insurance, which no payment can give back.
        const qint64 attached = fee(u"10.00"_s);
        insure(desk, practice.guarantor, c1, u"105.00"_s);
        attempt = [&, attached] { voider.voidAdjustment(attached, why); };
    } else if (refused == u"allocation to a voided charge") {
        voider.voidCharge(c1, why);
        const qint64 payment = desk.pay(practice.guarantor, u"10.00"_s).paymentId;
        attempt = [&, payment] { Allocator(*db, u"clerk"_s).allocate(payment, desk.splits(u"c1:10.00"_s)); };
    } else if (refused == u"allocation to a voided adjustment") {
        voider.voidAdjustment(j1, why);
        const qint64 payment = desk.pay(practice.member, u"10.00"_s).paymentId;
        attempt = [&, payment] { Allocator(*db, u"clerk"_s).allocate(payment, desk.splits(u"j1:10.00"_s)); };
    } else if (refused == u"new adjustment on a voided charge") {
        voider.voidCharge(c1, why);
        attempt = [&] { fee(u"10.00"_s); };
    } else {
        QFAIL(qPrintable(u"unknown case "_s + refused));
    }
    const QString counts = rowCounts(desk);
    PAYDESK_VERIFY_REFUSED(refusalOf(attempt), message);
    QCOMPARE(rowCounts(desk), counts);
    QCOMPARE(desk.verifyIssues().filter(u"error: "_s), QStringList());
}

void tst_Voids::autoAllocateSkipsVoided()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    // c2 and j1 are the oldest open items: FIFO would pay them first.
    ItemVoider voider(*db, u"supervisor"_s);
    voider.voidCharge(desk.target(u"c2"_s).id, u"wrong patient"_s);
    const qint64 voidOfJ1 = voider.voidAdjustment(desk.target(u"j1"_s).id, u"waived"_s).voidRow.id;
    desk.name(u"v"_s, AllocationTarget::adjustment(voidOfJ1));

    const FamilyAccount account = desk.account(practice.family);
    for (const OpenItem &item : AutoAllocator::openItems(account))
        QVERIFY(item.target != desk.target(u"c2"_s) && item.target != desk.target(u"j1"_s)
                && item.target != desk.target(u"v"_s));
    const PostedPayment posted = desk.pay(practice.member, u"500.00"_s, QString(), PaymentPoster::AutoAllocate::Family);
    QCOMPARE(desk.describe(posted.splits), u"c3:30.00 c1:100.00 c4:40.00"_s);
    QCOMPARE(desk.account(practice.family).outstanding(), Money());
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Voids::balancerLeavesVoidedAlone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    ItemVoider voider(*db, u"supervisor"_s);
    // A voided discount of 25.00 would otherwise offset the returned check of -25.00.
    const qint64 discount = desk.addAdjustment(practice.guarantor, u"2024-01-05"_s, u"-25.00"_s);
    voider.voidAdjustment(discount, u"entered twice"_s);
    voider.voidCharge(desk.target(u"c2"_s).id, u"wrong patient"_s);
    desk.pay(practice.guarantor, u"300.00"_s, u"u:300.00"_s);

    BalancerOptions options;
    options.familyId = practice.family;
    options.method = BalancerMethod::TransferFifo;
    BalancerSummary summary = FamilyBalancer(*db, u"supervisor"_s).run(options);
    QCOMPARE(summary.refused.size(), 0);
    FamilyAccount account = desk.account(practice.family);
    for (const Allocation &a : account.allocations) {
        if (a.rule == AllocationRule::Transfer && a.amount.isPositive())
            QVERIFY2(a.target != desk.target(u"c2"_s) && a.target != AllocationTarget::adjustment(discount),
                     qPrintable(desk.describe({{a.target, a.amount}})));
    }
    QCOMPARE(account.outstanding(), Money());
    QCOMPARE(account.charge(desk.target(u"c2"_s).id)->allocated, Money());

    // A negative payment finds no offset in the voided discount or in its void.
    desk.pay(practice.guarantor, u"-25.00"_s);
    summary = FamilyBalancer(*db, u"supervisor"_s).run(options);
    QCOMPARE(summary.refused.size(), 1);
    account = desk.account(practice.family);
    for (const Allocation &a : account.allocations)
        QVERIFY(a.rule != AllocationRule::Offset);
    QCOMPARE(desk.verifyIssues(), QStringList());
}

QTEST_GUILESS_MAIN(tst_Voids)
#include "tst_voids.moc"
