#include "LedgerDesk.h"
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "ledger/Allocator.h"
#include "ledger/PaymentPoster.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <latch>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::TestDatabases;
using paydesk::test::money;
using AutoAllocate = PaymentPoster::AutoAllocate;

namespace {

constexpr int postingsPerClerk = 20;

// What one clerk does at the desk, posting after posting, on a connection of its own.
struct Clerk
{
    QString name;
    qint64 patientId = 0;
    QString amount;
    AutoAllocate autoAllocate = AutoAllocate::Family;
    bool allocateLater = false; // post unallocated, then auto-allocate in a second transaction
};

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoClerks_data();
    void twoClerks();

private:
    TestDatabases m_dbs;
};

void tst_Concurrency::twoClerks_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scenario");
    for (const char *scenario : {"one family, auto-allocate", "one family, this patient first",
                                 "one family, allocate after posting", "two families at once"}) {
        for (const QString &backend : TestDatabases::backends())
            QTest::newRow(qPrintable(QString::fromUtf8(scenario) + u'/' + backend)) << backend << QString::fromUtf8(scenario);
    }
}

void tst_Concurrency::twoClerks()
{
    QFETCH(QString, backend);
    QFETCH(QString, scenario);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    Database db(spec);
    LedgerDesk desk(db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    // Family F owes 240.00 + 10 × 25.00 = 490.00, the neighbour 70.00 + 10 × 10.00 = 170.00:
    // less than the 2 × 20 × 30.00 the clerks take in, so credit is left over and every
    // posting competes for the same open charges.
    for (int i = 0; i < 10; ++i) {
        const QString date = QDate(2024, 1, 1 + i).toString(Qt::ISODate);
        desk.addCharge(i % 2 ? practice.member : practice.guarantor, date, u"25.00"_s);
        desk.addCharge(practice.otherPatient, date, u"10.00"_s);
    }
    const Money owedByFamily = desk.account(practice.family).chargesTotal() + desk.account(practice.family).adjustmentsTotal();
    const Money owedByNeighbour = desk.account(practice.otherFamily).chargesTotal();

    Clerk first{u"ana"_s, practice.guarantor, u"30.00"_s};
    Clerk second{u"ben"_s, practice.member, u"30.00"_s};
    if (scenario == u"one family, this patient first") {
        first.autoAllocate = AutoAllocate::PatientFirst;
        second.autoAllocate = AutoAllocate::PatientFirst;
    } else if (scenario == u"one family, allocate after posting") {
        second.allocateLater = true;
    } else if (scenario == u"two families at once") {
        // Different families do not wait for each other's family lock: only for ids.
        second.patientId = practice.otherPatient;
        second.allocateLater = true;
    }

    QMutex mutex;
    QStringList failures;
    std::latch start(2);
    const auto work = [&](const Clerk &clerk) {
        try {
            // A QSqlDatabase connection belongs to the thread that opened it.
            Database own(spec);
            PaymentPoster poster(own, clerk.name);
            Allocator allocator(own, clerk.name);
            start.arrive_and_wait();
            for (int i = 0; i < postingsPerClerk; ++i) {
                PaymentDraft draft;
                draft.patientId = clerk.patientId;
                draft.date = QDate(2024, 2, 1);
                draft.amount = money(clerk.amount);
                draft.method = PaymentMethod::Cash;
                const PostedPayment posted =
                    poster.post(draft, {}, clerk.allocateLater ? AutoAllocate::No : clerk.autoAllocate);
                if (clerk.allocateLater)
                    allocator.autoAllocate(posted.paymentId, false);
            }
        } catch (const Refusal &refusal) {
            const QMutexLocker lock(&mutex);
            failures << clerk.name + u" refused: "_s + refusal.message();
        } catch (const StorageError &error) {
            const QMutexLocker lock(&mutex);
            failures << clerk.name + u" storage error: "_s + error.message();
        } catch (const std::exception &e) {
            const QMutexLocker lock(&mutex);
            failures << clerk.name + u": "_s + QString::fromLocal8Bit(e.what());
        }
    };
    std::unique_ptr<QThread> one(QThread::create(work, first));
    std::unique_ptr<QThread> two(QThread::create(work, second));
    one->start();
    two->start();
    QVERIFY(one->wait(QDeadlineTimer(300'000)));
    QVERIFY(two->wait(QDeadlineTimer(300'000)));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), qint64(2 * postingsPerClerk));
    for (const qint64 family : {practice.family, practice.otherFamily}) {
        const FamilyAccount account = desk.account(family);
        for (const ChargeLine &line : account.charges)
            QVERIFY2(!line.balance().isNegative(),
                     qPrintable(u"charge #%1 has a balance of %2"_s.arg(line.charge.id).arg(line.balance().toString())));
        for (const AdjustmentLine &line : account.adjustments)
            QVERIFY2(!line.balance().isNegative(), qPrintable(u"adjustment #%1"_s.arg(line.adjustment.id)));
        for (const PaymentLine &line : account.payments) {
            QVERIFY2(!line.allocated.isNegative() && line.allocated <= line.payment.amount,
                     qPrintable(u"payment #%1 of %2 has %3 allocated"_s.arg(line.payment.id)
                                    .arg(line.payment.amount.toString(), line.allocated.toString())));
        }
    }
    // More came in than was owed, so auto-allocation settled every charge that took part.
    const FamilyAccount family = desk.account(practice.family);
    QCOMPARE(family.outstanding(), Money());
    QCOMPARE(family.unallocated(), money(u"%1.00"_s.arg(30 * postingsPerClerk * (scenario == u"two families at once" ? 1 : 2))) - owedByFamily);
    if (scenario == u"two families at once")
        QCOMPARE(desk.account(practice.otherFamily).unallocated(), money(u"%1.00"_s.arg(30 * postingsPerClerk)) - owedByNeighbour);
    QCOMPARE(desk.verifyIssues(), QStringList());
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
