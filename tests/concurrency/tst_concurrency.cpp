#include "LedgerDesk.h"
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "ledger/Allocator.h"
#include "ledger/PaymentPoster.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
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

// The server process of a PostgreSQL connection, as pg_locks names it.
// Replaces the connection's busy timeout with a handler that notes the first time the
// connection meets another's lock and then keeps retrying, so that a test can see a
// statement waiting instead of guessing from how long it takes.
void waitOnBusy(const Database &db, std::atomic<bool> &busy)
{
    const auto handler = [](void *flag, int) {
        static_cast<std::atomic<bool> *>(flag)->store(true);
        sqlite3_sleep(1);
        return 1;
    };
    if (sqlite3_busy_handler(sqliteHandle(db), handler, &busy) != SQLITE_OK)
        throw StorageError(QString::fromUtf8(sqlite3_errmsg(sqliteHandle(db))));
}

qint64 backendPid(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT pg_backend_pid()"_s).exec();
    return q.next() ? q.id(0) : 0;
}

// Stops a Family Balancer run inside a batch's transaction, after the batch has locked its
// families and written some of its rows, until open(). The balancer has no hook there (its
// Progress callback runs between batches), so the first row that only a run writes, an
// allocation with a run_id, fires a trigger.
// On SQLite the trigger is TEMP, so only the balancer's connection has it; it marks the
// row, and the run stops as the connection's next statement begins. No statement of its
// own runs then: whatever holds the write lock is the batch's transaction.
// On PostgreSQL the trigger waits for an advisory lock that the test's own connection
// holds.
class BatchGate
{
public:
    explicit BatchGate(const Database &db) : m_db(db)
    {
        if (!db.isPostgres())
            return;
        db.execute(u"CREATE FUNCTION balancer_batch_gate() RETURNS trigger LANGUAGE plpgsql AS"
                   " $$ BEGIN PERFORM pg_advisory_xact_lock(%1); RETURN NEW; END $$"_s.arg(key));
        db.execute(u"CREATE TRIGGER balancer_batch_gate BEFORE INSERT ON allocations FOR EACH ROW"
                   " WHEN (NEW.run_id IS NOT NULL) EXECUTE FUNCTION balancer_batch_gate()"_s);
        db.execute(u"SELECT pg_advisory_lock(%1)"_s.arg(key));
    }
    BatchGate(const BatchGate &) = delete;
    BatchGate &operator=(const BatchGate &) = delete;

    // On the balancer's connection, in its thread, before the run.
    void install(const Database &balancer)
    {
        if (balancer.isPostgres()) {
            m_balancerPid = backendPid(balancer);
            return;
        }
        sqlite3 *handle = sqliteHandle(balancer);
        if (sqlite3_create_function_v2(handle, "balancer_batch_row", 0, SQLITE_UTF8, this, &BatchGate::arm, nullptr,
                                       nullptr, nullptr)
                != SQLITE_OK
            || sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &BatchGate::wait, this) != SQLITE_OK)
            throw StorageError(QString::fromUtf8(sqlite3_errmsg(handle)));
        balancer.execute(u"CREATE TEMP TRIGGER balancer_batch_row AFTER INSERT ON main.allocations"
                         " WHEN NEW.run_id IS NOT NULL BEGIN SELECT balancer_batch_row(); END"_s);
    }

    // The run has reached the gate and waits there (until open()).
    bool isHeld() const
    {
        if (!m_db.isPostgres())
            return m_reached;
        if (m_balancerPid == 0)
            return false;
        SqlQuery q = m_db.query();
        q.prepare(u"SELECT COUNT(*) FROM pg_locks WHERE pid = :p AND locktype = 'advisory' AND NOT granted"_s)
            .bind(u":p"_s, qint64(m_balancerPid))
            .exec();
        return q.next() && q.id(0) == 1;
    }

    // PostgreSQL: the connection `pid` waits for a row of families that the held run has
    // locked, not for something else of the run's (an id counter, say).
    bool waitsForHeldFamilyRow(qint64 pid) const
    {
        SqlQuery q = m_db.query();
        // A connection that waits for a locked row holds the row's tuple lock meanwhile.
        q.prepare(u"SELECT COUNT(*) FROM pg_locks WHERE pid = :p AND locktype = 'tuple'"
                  " AND relation = 'families'::regclass AND :b = ANY(pg_blocking_pids(:p2))"_s)
            .bind(u":p"_s, pid)
            .bind(u":b"_s, qint64(m_balancerPid))
            .bind(u":p2"_s, pid)
            .exec();
        return q.next() && q.id(0) == 1;
    }

    // Lets the run go on; safe to call again.
    void open()
    {
        if (std::exchange(m_opened, true))
            return;
        if (m_db.isPostgres())
            m_db.execute(u"SELECT pg_advisory_unlock(%1)"_s.arg(key));
        else
            m_open.release();
    }

private:
    // Distinct from Schema's migration lock; advisory locks are per database anyway.
    static constexpr qint64 key = 7402017;

    static void arm(sqlite3_context *context, int, sqlite3_value **)
    {
        static_cast<BatchGate *>(sqlite3_user_data(context))->m_armed = true;
        sqlite3_result_null(context);
    }

    // SQLite's trace of each statement as it begins, before it takes any lock.
    static int wait(unsigned, void *self, void *, void *)
    {
        auto *gate = static_cast<BatchGate *>(self);
        // Once: the rest of the run goes straight through.
        if (gate->m_armed && !gate->m_reached.exchange(true))
            gate->m_open.acquire();
        return 0;
    }

    const Database &m_db;
    bool m_opened = false;
    std::atomic<qint64> m_balancerPid = 0;
    std::atomic<bool> m_armed = false;
    std::atomic<bool> m_reached = false;
    QSemaphore m_open;
};

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoClerks_data();
    void twoClerks();
    void postingWaitsForBalancerBatch_data();
    void postingWaitsForBalancerBatch();
    void postingGivesUpWithAMessage_data();
    void postingGivesUpWithAMessage();

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

void tst_Concurrency::postingWaitsForBalancerBatch_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("autoAllocate");
    for (const bool autoAllocate : {true, false}) {
        for (const QString &backend : TestDatabases::backends())
            QTest::newRow(qPrintable((autoAllocate ? u"auto-allocate/"_s : u"unallocated/"_s) + backend))
                << backend << autoAllocate;
    }
}

// "While a run holds a family, posting to that family waits or is refused with a message":
// the real balancer, held inside the transaction of the batch that holds family F, and a
// clerk on another connection posting to F meanwhile.
void tst_Concurrency::postingWaitsForBalancerBatch()
{
    QFETCH(QString, backend);
    QFETCH(bool, autoAllocate);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    Database db(spec);
    LedgerDesk desk(db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    // Paid ahead and left unallocated: attributing it to F's oldest charges (240.00 in all)
    // is the run's only work, so F's batch is the one that writes and waits at the gate.
    desk.pay(practice.guarantor, u"150.00"_s);
    BatchGate gate(db);

    QMutex mutex;
    QStringList failures;
    const auto failed = [&] {
        const QMutexLocker lock(&mutex);
        return failures.join(u'\n');
    };
    const auto recording = [&](const QString &who, const std::function<void()> &work) {
        try {
            work();
        } catch (const Refusal &refusal) {
            const QMutexLocker lock(&mutex);
            failures << who + u" refused: "_s + refusal.message();
        } catch (const StorageError &error) {
            const QMutexLocker lock(&mutex);
            failures << who + u" storage error: "_s + error.message();
        } catch (const std::exception &e) {
            const QMutexLocker lock(&mutex);
            failures << who + u": "_s + QString::fromLocal8Bit(e.what());
        }
    };

    BalancerSummary summary;
    std::unique_ptr<QThread> balancer(QThread::create([&] {
        recording(u"balancer"_s, [&] {
            Database own(spec);
            gate.install(own);
            BalancerOptions options;
            options.method = BalancerMethod::TransferFifo;
            options.batchSize = 1;
            summary = FamilyBalancer(own, u"manager"_s).run(options);
        });
    }));
    // The clerk's connection is open before the run holds anything, so that what waits is
    // the posting itself.
    QSemaphore clerkReady;
    QSemaphore clerkGo;
    std::atomic<bool> posting = false;
    std::atomic<bool> clerkBusy = false; // SQLite: the posting met the batch's write lock
    std::atomic<qint64> clerkPid = 0;
    qint64 posted = 0;
    std::unique_ptr<QThread> clerk(QThread::create([&] {
        recording(u"clerk"_s, [&] {
            Database own(spec);
            PaymentPoster poster(own, u"clerk"_s);
            if (own.isPostgres())
                clerkPid = backendPid(own);
            else
                waitOnBusy(own, clerkBusy);
            clerkReady.release();
            clerkGo.acquire();
            PaymentDraft draft;
            draft.patientId = autoAllocate ? practice.guarantor : practice.member;
            draft.date = QDate(2024, 2, 1);
            draft.amount = money(u"100.00"_s);
            draft.method = PaymentMethod::Cash;
            posting = true;
            posted = poster.post(draft, {}, autoAllocate ? AutoAllocate::Family : AutoAllocate::No).paymentId;
        });
        clerkReady.release(); // also when opening failed
    }));
    // Whatever fails below, no thread is left waiting at the gate or for the go.
    const auto finish = qScopeGuard([&] {
        gate.open();
        clerkGo.release();
        balancer->wait();
        clerk->wait();
    });

    clerk->start();
    QVERIFY(clerkReady.tryAcquire(1, 30'000));
    QVERIFY2(!clerk->isFinished(), qPrintable(failed()));
    balancer->start();
    QVERIFY(QTest::qWaitFor([&] { return gate.isHeld() || balancer->isFinished(); }, 30'000));
    QVERIFY2(gate.isHeld(), qPrintable(u"the run did not stop inside a batch: "_s + failed()));

    clerkGo.release();
    QVERIFY(QTest::qWaitFor([&] { return posting.load(); }, 30'000));
    // The posting is seen waiting on the batch's lock, not merely slow: on PostgreSQL for
    // family F's row (pg_locks), on SQLite in the busy handler of its connection.
    if (db.isPostgres())
        QVERIFY2(QTest::qWaitFor([&] { return gate.waitsForHeldFamilyRow(clerkPid) || clerk->isFinished(); }, 30'000)
                     && !clerk->isFinished(),
                 qPrintable(u"the posting did not wait for family F's row: "_s + failed()));
    else
        QVERIFY2(QTest::qWaitFor([&] { return clerkBusy.load() || clerk->isFinished(); }, 30'000)
                     && !clerk->isFinished(),
                 qPrintable(u"the posting did not wait for the batch's lock: "_s + failed()));
    QVERIFY(gate.isHeld());

    gate.open();
    QVERIFY2(balancer->wait(QDeadlineTimer(60'000)), "the run did not finish once let go");
    QVERIFY2(clerk->wait(QDeadlineTimer(60'000)), "the posting did not finish once the batch had committed");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.refused.size(), 0);
    QCOMPARE(summary.changed.size(), 1);
    QCOMPARE(summary.changed.first().familyId, practice.family);
    // The payment ahead, the run's transfer and the posting, each once.
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), qint64(3));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments WHERE id = %1"_s.arg(posted)), qint64(1));
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'post' AND entity_id = %1"_s.arg(posted)),
             qint64(1));
    const FamilyAccount family = desk.account(practice.family);
    qint64 transferId = 0;
    for (const PaymentLine &line : family.payments) {
        if (line.payment.method == PaymentMethod::Transfer)
            transferId = line.payment.id;
    }
    // Ids are taken inside the transaction: the posting's comes after the batch's.
    QVERIFY2(transferId != 0 && posted > transferId,
             qPrintable(u"payment #%1, transfer #%2"_s.arg(posted).arg(transferId)));
    for (const ChargeLine &line : family.charges)
        QVERIFY2(!line.balance().isNegative(),
                 qPrintable(u"charge #%1 has a balance of %2"_s.arg(line.charge.id).arg(line.balance().toString())));
    for (const AdjustmentLine &line : family.adjustments)
        QVERIFY2(!line.balance().isNegative(), qPrintable(u"adjustment #%1"_s.arg(line.adjustment.id)));
    // The run attributed the 150.00 to c2, c3, j1 and half of c1; an auto-allocated posting
    // that read F after the batch pays the other half and c4 (90.00), one that read it
    // before would have paid c2, c3 and j1 a second time.
    QCOMPARE(family.outstanding(), autoAllocate ? Money() : money(u"90.00"_s));
    QCOMPARE(family.unallocated(), autoAllocate ? money(u"10.00"_s) : money(u"100.00"_s));
    QCOMPARE(desk.verifyIssues(), QStringList());
}

void tst_Concurrency::postingGivesUpWithAMessage_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// A posting that waits longer than a connection allows (30 s; 0.2 s here) for a family a
// batch job holds is refused with a message the clerk can act on, and writes nothing.
void tst_Concurrency::postingGivesUpWithAMessage()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    Database db(spec);
    LedgerDesk desk(db);
    const LedgerDesk::Practice practice = desk.standardPractice();
    const qint64 payments = desk.scalar(u"SELECT COUNT(*) FROM payments"_s);

    Database clerk(spec);
    clerk.execute(clerk.isPostgres() ? u"SET lock_timeout = '200ms'"_s : u"PRAGMA busy_timeout = 200"_s);
    PaymentDraft draft;
    draft.patientId = practice.guarantor;
    draft.date = QDate::currentDate();
    draft.amount = money(u"25.00"_s);
    {
        // What a balancer batch holds while it writes the family.
        Transaction batch(db);
        db.lockFamilies({practice.family});
        try {
            PaymentPoster(clerk, u"clerk"_s).post(draft, {}, AutoAllocate::Family);
            QFAIL("the posting went through while the family was held");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(u"busy for 30 seconds"_s), qPrintable(error.message()));
        }
    }
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), payments);
    // Once the batch is over, the same posting goes through.
    PaymentPoster(clerk, u"clerk"_s).post(draft, {}, AutoAllocate::Family);
    QCOMPARE(desk.scalar(u"SELECT COUNT(*) FROM payments"_s), payments + 1);
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
