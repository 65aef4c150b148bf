// RefundWriter on both databases, through PaymentPoster::refund (the desk's, dated today) and
// directly inside a caller's transaction (the clearinghouse's, dated the day it happened): what
// goes back from credit, which allocations are taken back (newest first) and allocated again,
// what is refused, and that verify stays clean after each.

#include "LedgerChecks.h"
#include "LedgerDesk.h"
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "ledger/AccountReader.h"
#include "ledger/PaymentPoster.h"
#include "ledger/RefundWriter.h"
#include "settings/PracticeSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::money;
using paydesk::test::newRows;
using paydesk::test::refusalOf;
using paydesk::test::TestDatabases;

namespace {

// Today in these tests; every payment of LedgerDesk::pay is dated 2024-02-01.
const QDateTime now(QDate(2024, 6, 15), QTime(17, 0), Qt::UTC);
const QString reason = u"InstaMed CB 4711"_s;

RefundWriter::Mode modeNamed(const QString &name)
{
    return name == u"take back" ? RefundWriter::Mode::TakeBackAllocations : RefundWriter::Mode::UnallocatedCredit;
}

// A refund as the clearinghouse's fetch writes one: in its own transaction, the family locked
// and read after the lock, dated `date`, audited as "portal". An empty date: the desk's
// PaymentPoster::refund, dated today.
qint64 refund(const Database &db, qint64 paymentId, Money amount, const QString &date, RefundWriter::Mode mode)
{
    if (date.isEmpty())
        return PaymentPoster(db, u"clerk"_s).refund(paymentId, amount, PaymentMethod::Card, reason, mode);
    Transaction tx(db);
    const AccountReader reader(db);
    const qint64 family = reader.familyOfPayment(paymentId).value();
    db.lockFamily(family);
    const FamilyAccount account = reader.load(family);
    LedgerStore store(db, u"portal"_s);
    AuditLog audit(db, u"portal"_s);
    const qint64 id = RefundWriter::write(db,
                                          store,
                                          audit,
                                          account,
                                          paymentId,
                                          amount,
                                          QDate::fromString(date, Qt::ISODate),
                                          PaymentMethod::Portal,
                                          reason,
                                          mode);
    audit.write();
    tx.commit();
    return id;
}

QList<Split> splitsOf(const QList<Allocation> &rows)
{
    QList<Split> splits;
    for (const Allocation &a : rows)
        splits.append({a.target, a.amount});
    return splits;
}

// Rows of the tables a refund writes: equal counts mean nothing was written.
QString rowCounts(const LedgerDesk &desk)
{
    QStringList counts;
    for (const QString &table : {u"allocations"_s, u"payments"_s, u"audit_log"_s})
        counts << table + u'=' + QString::number(desk.scalar(u"SELECT COUNT(*) FROM "_s + table));
    return counts.join(u' ');
}

} // namespace

class tst_RefundWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_data();
    void write();
    void refused_data();
    void refused();
    void balancerTransfers_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void balancerTransfers();

private:
    TestDatabases m_dbs;
};

void tst_RefundWriter::write_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("splits");    // of G's 100.00 payment (the standard practice)
    QTest::addColumn<QString>("mode");      // "credit" or "take back"
    QTest::addColumn<QString>("amounts");   // refunds in order
    QTest::addColumn<QString>("date");      // of the refunds; empty: the desk's, today
    QTest::addColumn<QString>("takenBack"); // the reversing rows written, in order
    QTest::addColumn<QString>("again");     // the rows allocated again
    QTest::addColumn<QString>("standing");  // the payment's rows standing after

    newRows("within the unallocated credit",
            u"c1:60.00"_s,
            u"credit"_s,
            u"40.00"_s,
            QString(),
            QString(),
            QString(),
            u"c1:60.00"_s);
    newRows("take back within the credit takes nothing back",
            u"c1:60.00"_s,
            u"take back"_s,
            u"40.00"_s,
            u"2024-06-10"_s,
            QString(),
            QString(),
            u"c1:60.00"_s);
    newRows("two allocations newest first, the older in part",
            u"c2:50.00 c3:30.00 c1:20.00"_s,
            u"take back"_s,
            u"40.00"_s,
            u"2024-06-10"_s,
            u"c1:-20.00 c3:-30.00"_s,
            u"c3:10.00"_s,
            u"c2:50.00 c3:10.00"_s);
    newRows("the credit first, then the newest allocation",
            u"c2:50.00 c3:30.00"_s,
            u"take back"_s,
            u"45.00"_s,
            u"2024-02-01"_s,
            u"c3:-30.00"_s,
            u"c3:5.00"_s,
            u"c2:50.00 c3:5.00"_s);
    newRows("exactly the newest allocation",
            u"c2:50.00 c3:30.00 c1:20.00"_s,
            u"take back"_s,
            u"20.00"_s,
            u"2024-06-10"_s,
            u"c1:-20.00"_s,
            QString(),
            u"c2:50.00 c3:30.00"_s);
    newRows("the whole payment charged back",
            u"c2:50.00 c3:30.00 c1:20.00"_s,
            u"take back"_s,
            u"100.00"_s,
            u"2024-06-15"_s,
            u"c1:-20.00 c3:-30.00 c2:-50.00"_s,
            QString(),
            QString());
    newRows("unearned income goes back like a charge",
            u"c2:50.00 u:50.00"_s,
            u"take back"_s,
            u"60.00"_s,
            u"2024-06-10"_s,
            u"u:-50.00 c2:-50.00"_s,
            u"c2:40.00"_s,
            u"c2:40.00"_s);
    newRows("a second refund takes back what the first left",
            u"c2:50.00 c3:30.00 c1:20.00"_s,
            u"take back"_s,
            u"15.00 35.00"_s,
            u"2024-06-10"_s,
            u"c1:-20.00 c1:-5.00 c3:-30.00"_s,
            u"c1:5.00"_s,
            u"c2:50.00"_s);
    newRows("the desk's refund taking allocations back",
            u"c2:50.00 c3:30.00"_s,
            u"take back"_s,
            u"30.00"_s,
            QString(),
            u"c3:-30.00"_s,
            u"c3:20.00"_s,
            u"c2:50.00 c3:20.00"_s);
}

void tst_RefundWriter::write()
{
    QFETCH(QString, backend);
    QFETCH(QString, splits);
    QFETCH(QString, mode);
    QFETCH(QString, amounts);
    QFETCH(QString, date);
    QFETCH(QString, takenBack);
    QFETCH(QString, again);
    QFETCH(QString, standing);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s, splits).paymentId;
    const FamilyAccount before = desk.account(practice.family);
    const qint64 lastAllocation = desk.scalar(u"SELECT MAX(id) FROM allocations"_s);
    const qint64 audits = desk.scalar(u"SELECT COUNT(*) FROM audit_log"_s);

    Money refunded;
    QList<qint64> refundIds;
    for (const QString &amount : amounts.split(u' ')) {
        refundIds.append(refund(*db, paymentId, money(amount), date, modeNamed(mode)));
        refunded += money(amount);
    }

    const FamilyAccount after = desk.account(practice.family);
    const QDate refundDate = date.isEmpty() ? QDate(2024, 6, 15) : QDate::fromString(date, Qt::ISODate);
    for (const qint64 id : std::as_const(refundIds)) {
        const Payment &r = after.payment(id)->payment;
        QCOMPARE(r.kind, Payment::Kind::Refund);
        QCOMPARE(r.relatedPaymentId, paymentId);
        QCOMPARE(r.date, refundDate);
        QCOMPARE(r.note, reason);
        QCOMPARE(r.method, date.isEmpty() ? PaymentMethod::Card : PaymentMethod::Portal);
    }
    QCOMPARE(after.payment(paymentId)->refunded, -refunded);

    QList<Allocation> reversals, allocatedAgain;
    for (const Allocation &a : after.allocations) {
        if (a.id <= lastAllocation)
            continue;
        QCOMPARE(a.paymentId, paymentId);
        QCOMPARE(a.runId, qint64(0));
        QCOMPARE(a.transferId, qint64(0));
        if (a.reversesAllocationId) {
            QCOMPARE(a.rule, AllocationRule::Unallocate);
            reversals.append(a);
        } else {
            QCOMPARE(a.rule, AllocationRule::Manual);
            allocatedAgain.append(a);
        }
    }
    QCOMPARE(desk.describe(splitsOf(reversals)), takenBack);
    QCOMPARE(desk.describe(splitsOf(allocatedAgain)), again);
    QCOMPARE(desk.describe(splitsOf(after.standingAllocations(paymentId))), standing);
    // The refunded money is gone from the payment: what it still pays and holds as credit
    // is what was left of it.
    QCOMPARE(after.payment(paymentId)->allocated + after.payment(paymentId)->availableCredit(),
             money(u"100.00"_s) - refunded);
    // Money handed back is owed again by the family.
    QCOMPARE(after.balance(), before.balance() + refunded);
    // One audit row per refund and per allocation row written.
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM audit_log"_s) - audits,
             qint64(refundIds.size() + reversals.size() + allocatedAgain.size()));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'refund' AND entity = 'payment'"_s),
             qint64(refundIds.size()));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_RefundWriter::refused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("splits"); // of G's 100.00 payment
    QTest::addColumn<QString>("before"); // "void", "refund 30.00", "lock 2024-03-31" or empty
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("date");    // empty: the desk's, today
    QTest::addColumn<QString>("refusal"); // a part of the message

    newRows("beyond the unrefunded amount",
            u"c1:100.00"_s,
            u"refund 30.00"_s,
            u"take back"_s,
            u"70.01"_s,
            u"2024-06-10"_s,
            u"the 70.00 of payment #1 not yet refunded"_s);
    newRows("beyond the payment",
            u"c1:60.00"_s,
            QString(),
            u"take back"_s,
            u"100.01"_s,
            QString(),
            u"the 100.00 of payment #1 not yet refunded"_s);
    newRows("beyond the credit",
            u"c1:60.00"_s,
            QString(),
            u"credit"_s,
            u"40.01"_s,
            u"2024-06-10"_s,
            u"the 40.00 of payment #1 that is unallocated"_s);
    newRows("zero", u"c1:60.00"_s, QString(), u"take back"_s, u"0.00"_s, u"2024-06-10"_s, u"between 0.01"_s);
    newRows("in the closed period",
            u"c1:60.00"_s,
            u"lock 2024-03-31"_s,
            u"take back"_s,
            u"10.00"_s,
            u"2024-06-10"_s,
            u"on or before the lock date 2024-03-31"_s);
    newRows("the desk's in the closed period",
            u"c1:60.00"_s,
            u"lock 2024-03-31"_s,
            u"take back"_s,
            u"10.00"_s,
            QString(),
            u"on or before the lock date 2024-03-31"_s);
    newRows("after a void", u"c1:60.00"_s, u"void"_s, u"take back"_s, u"10.00"_s, u"2024-06-10"_s, u"already voided"_s);
    newRows("the desk's after a void",
            u"c1:60.00"_s,
            u"void"_s,
            u"take back"_s,
            u"10.00"_s,
            QString(),
            u"already voided"_s);
    newRows("dated after today",
            u"c1:60.00"_s,
            QString(),
            u"take back"_s,
            u"10.00"_s,
            u"2024-06-16"_s,
            u"refund date 2024-06-16 is in the future"_s);
    newRows("dated before the payment",
            u"c1:60.00"_s,
            QString(),
            u"take back"_s,
            u"10.00"_s,
            u"2024-01-31"_s,
            u"before payment #1 of 2024-02-01"_s);
}

void tst_RefundWriter::refused()
{
    QFETCH(QString, backend);
    QFETCH(QString, splits);
    QFETCH(QString, before);
    QFETCH(QString, mode);
    QFETCH(QString, amount);
    QFETCH(QString, date);
    QFETCH(QString, refusal);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s, splits).paymentId;
    QCOMPARE(paymentId, qint64(1)); // the messages name it
    const QStringList step = before.split(u' ');
    if (step[0] == u"void")
        PaymentPoster(*db, u"clerk"_s).voidPayment(paymentId, u"card declined"_s);
    else if (step[0] == u"refund")
        refund(*db, paymentId, money(step[1]), u"2024-06-01"_s, RefundWriter::Mode::TakeBackAllocations);
    else if (step[0] == u"lock")
        PracticeSettings(*db).set(u"supervisor"_s, u"ledger.lock_date"_s, step[1]);

    const QString counts = rowCounts(desk);
    PAYDESK_VERIFY_REFUSED(refusalOf([&] { refund(*db, paymentId, money(amount), date, modeNamed(mode)); }), refusal);
    QCOMPARE(rowCounts(desk), counts);
    QCOMPARE(desk.verifyIssues(), QStringList());
}

// When insurance pays a charge the payment paid in full, the Family Balancer moves the overpaid part on
// with a negative row on that charge, newer than the charge's own row. Taking back by target,
// never beyond its net, keeps every item paid between zero and what it was paid before:
// taking back the newest rows whatever their sign would reverse the negative row and leave
// the discounted charge overpaid again.
void tst_RefundWriter::balancerTransfers()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Clock::Override pinned(now);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 paymentId = desk.pay(practice.guarantor, u"100.00"_s, u"c3:30.00 c2:50.00 c1:20.00"_s).paymentId;
    const qint64 c3 = desk.target(u"c3"_s).id;
    {
        // Insurance pays 10.00 of c3 after the patient paid it all, as a conversion writes it.
        Transaction tx(*db);
        LedgerStore store(*db, u"conversion"_s);
        const qint64 claim = db->reserveIds(u"claims"_s);
        store.insertClaim({claim,
                           practice.guarantor,
                           QDate(2024, 3, 1),
                           u"Delta"_s,
                           u"received"_s,
                           desk.providerId(),
                           desk.clinicId()});
        store.insertClaimProcedure({db->reserveIds(u"claim_procs"_s), claim, c3, money(u"10.00"_s), {}});
        tx.commit();
    }
    BalancerOptions options;
    options.familyId = practice.family;
    options.method = BalancerMethod::TransferFifo;
    QCOMPARE(FamilyBalancer(*db, u"supervisor"_s).run(options).refused.size(), 0);
    FamilyAccount account = desk.account(practice.family);
    QCOMPARE(account.charge(c3)->allocated, money(u"20.00"_s));
    QCOMPARE(account.adjustment(desk.target(u"j1"_s).id)->allocated, money(u"10.00"_s));

    refund(*db, paymentId, money(u"15.00"_s), u"2024-06-10"_s, RefundWriter::Mode::TakeBackAllocations);
    account = desk.account(practice.family);
    QCOMPARE(account.adjustment(desk.target(u"j1"_s).id)->allocated, Money());
    QCOMPARE(account.charge(c3)->allocated, money(u"15.00"_s));
    QCOMPARE(account.charge(desk.target(u"c1"_s).id)->allocated, money(u"20.00"_s));
    QCOMPARE(account.charge(desk.target(u"c2"_s).id)->allocated, money(u"50.00"_s));
    for (const ChargeLine &line : std::as_const(account.charges))
        QCOMPARE(line.patientOverpaid(), Money());
    QCOMPARE(desk.verifyIssues(), QStringList());
}

QTEST_GUILESS_MAIN(tst_RefundWriter)
#include "tst_refundwriter.moc"
