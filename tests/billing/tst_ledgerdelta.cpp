// LedgerDelta on both databases: the rows the daily run has not counted yet (entered since
// its marks, or dated after its last day), summed per family and day, and the balances now
// that the lists show (stored balances plus those rows).

#include "LedgerDesk.h"
#include "TestDatabases.h"

#include "billing/DailyBillingRun.h"
#include "billing/LedgerDelta.h"
#include "ledger/PaymentPoster.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::TestDatabases;

namespace {

qint64 pay(LedgerDesk &desk, qint64 patientId, const QDate &date, const QString &amount)
{
    PaymentDraft draft;
    draft.patientId = patientId;
    draft.date = date;
    draft.amount = paydesk::test::money(amount);
    draft.reference = u"test"_s;
    return PaymentPoster(desk.db(), u"clerk"_s).post(draft).paymentId;
}

// "family date cents" per change, sorted, so that a comparison shows what differs.
QStringList describe(const QList<LedgerChange> &changes, const QHash<qint64, QString> &names)
{
    QHash<QString, qint64> sums;
    for (const LedgerChange &c : changes)
        sums[names.value(c.familyId) + u' ' + c.date.toString(Qt::ISODate)] += c.cents;
    QStringList lines;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        lines << it.key() + u' ' + QString::number(it.value());
    lines.sort();
    return lines;
}

// What a run that counted everything up to `marks` would have stored.
void storeRun(const Database &db, const LedgerMarks &marks, const QHash<qint64, qint64> &balances)
{
    Transaction tx(db);
    marks.write(db);
    db.query()
            .prepare(u"INSERT INTO billing_days (date, statements, plans_disabled, plans_completed, billing_resumed,"
                     " created_by, created_at, marks) VALUES (:d, 0, 0, 0, 0, 'test', '2026-01-01T00:00:00Z', :m)"_s)
            .bind(u":d"_s, marks.lastDay.toString(Qt::ISODate))
            .bind(u":m"_s, marks.idsJson())
            .exec();
    for (auto it = balances.cbegin(); it != balances.cend(); ++it)
        db.query()
                .prepare(u"INSERT INTO billing_accounts (family_id, status, statements_sent, suspension_reason,"
                         " balance_cents, status_since) VALUES (:f, 'Queued for Submission - Patient statement', 0, '',"
                         " :b, :d)"_s)
                .bind(u":f"_s, it.key())
                .bind(u":b"_s, it.value())
                .bind(u":d"_s, marks.lastDay.toString(Qt::ISODate))
                .exec();
    tx.commit();
}

} // namespace

class TestLedgerDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_databases = std::make_unique<TestDatabases>(); }
    void cleanupTestCase() { m_databases.reset(); }

    void unreadRows_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void unreadRows()
    {
        QFETCH(QString, backend);
        PAYDESK_REQUIRE_BACKEND(backend);
        const auto db = m_databases->fresh(backend);
        LedgerDesk desk(*db);
        const NewPatient f = desk.addPatient(0, u"Ana"_s);
        const NewPatient g = desk.addPatient(0, u"Ben"_s, u"Soto"_s);
        const QHash<qint64, QString> names{{f.familyId, u"F"_s}, {g.familyId, u"G"_s}};
        desk.addCharge(f.patientId, u"2026-01-02"_s, u"100.00"_s);
        desk.addCharge(g.patientId, u"2026-01-03"_s, u"50.00"_s);

        // The first run reads every row dated up to its day, and marks every id it has seen.
        LedgerMarks first;
        QCOMPARE(describe(LedgerDelta::read(*db, LedgerMarks::read(*db), QDate(2026, 1, 2), &first), names),
                 QStringList{u"F 2026-01-02 10000"_s});
        QCOMPARE(first.lastDay, QDate(2026, 1, 2));
        storeRun(*db, first, {{f.familyId, 10000}});
        QCOMPARE(LedgerMarks::read(*db).lastIds, first.lastIds);
        QCOMPARE(LedgerMarks::read(*db).lastDay, QDate(2026, 1, 2));

        // Since then: a payment entered late (dated on the day already run), a charge dated
        // after the next day. G's charge was read by id but not counted: its date counts it now.
        pay(desk, f.patientId, QDate(2026, 1, 2), u"30.00"_s);
        desk.addAdjustment(g.patientId, u"2026-01-04"_s, u"-5.00"_s);
        desk.addCharge(f.patientId, u"2026-01-05"_s, u"20.00"_s);
        LedgerMarks second;
        QCOMPARE(describe(LedgerDelta::read(*db, LedgerMarks::read(*db), QDate(2026, 1, 4), &second), names),
                 (QStringList{u"F 2026-01-02 -3000"_s, u"G 2026-01-03 5000"_s, u"G 2026-01-04 -500"_s}));

        // Balances now count everything, whatever its date; a family at zero is left out.
        const QHash<qint64, qint64> expected{{f.familyId, 10000 - 3000 + 2000}, {g.familyId, 4500}};
        QCOMPARE(LedgerDelta::currentBalances(*db), expected);
        QCOMPARE(LedgerDelta::currentBalance(*db, f.familyId), 9000);
        QCOMPARE(LedgerDelta::currentBalance(*db, g.familyId), 4500);
        pay(desk, g.patientId, QDate(2026, 1, 6), u"45.00"_s);
        QVERIFY(!LedgerDelta::currentBalances(*db).contains(g.familyId));
        QCOMPARE(LedgerDelta::currentBalance(*db, g.familyId), 0);
    }

    void postingInFlight_data()
    {
        TestDatabases::addBackendColumn();
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    void postingInFlight();

private:
    std::unique_ptr<TestDatabases> m_databases;
};

// PostgreSQL: a run waits for a posting that has taken its id and not committed, and counts
// it, rather than marking past it (SQLite's write lock keeps them apart by itself).
void TestLedgerDelta::postingInFlight()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_databases->freshSpec(backend);
    const Database db(spec);
    LedgerDesk desk(db);
    const NewPatient f = desk.addPatient(0, u"Ana"_s);
    desk.addCharge(f.patientId, u"2026-01-02"_s, u"100.00"_s);
    desk.pay(f.patientId, u"10.00"_s); // the payments' id counter exists: the posting below waits on its row

    Transaction posting(db);
    const qint64 id = db.reserveIds(u"payments"_s);
    db.query()
            .prepare(u"INSERT INTO payments (id, patient_id, date, amount_cents, method, reference, note, kind,"
                     " created_by, created_at) VALUES (:id, :p, '2026-01-03', 3000, 'cash', '', '', 'payment', 'clerk',"
                     " '2026-01-03T10:00:00.000Z')"_s)
            .bind(u":id"_s, id)
            .bind(u":p"_s, f.patientId)
            .exec();
    std::atomic<qint64> runPid = 0;
    QString failure;
    std::unique_ptr<QThread> run(QThread::create([&] {
        try {
            const Database runDb(spec);
            SqlQuery pid = runDb.query();
            pid.prepare(u"SELECT pg_backend_pid()"_s).exec();
            runPid = pid.next() ? pid.id(0) : -1;
            pid.finish();
            DailyBillingRun(runDb, u"manager"_s).run(QDate(2026, 1, 5));
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }
    }));
    run->start();
    SqlQuery mine = db.query();
    mine.prepare(u"SELECT pg_backend_pid()"_s).exec();
    QVERIFY(mine.next());
    const qint64 myPid = mine.id(0);
    mine.finish();
    const auto waitsForPosting = [&] {
        if (runPid <= 0)
            return false;
        SqlQuery q = db.query();
        q.prepare(u"SELECT CAST(:mine AS INTEGER) = ANY(pg_blocking_pids(CAST(:run AS INTEGER)))"_s)
                .bind(u":mine"_s, myPid)
                .bind(u":run"_s, qint64(runPid))
                .exec();
        return q.next() && q.value(0).toBool();
    };
    QVERIFY(QTest::qWaitFor([&] { return waitsForPosting() || run->isFinished(); }, 30'000));
    QVERIFY2(!run->isFinished(), qPrintable(u"the run did not wait for the posting: "_s + failure));
    posting.commit();
    QVERIFY(run->wait(30'000));
    QCOMPARE(failure, QString());
    QCOMPARE(desk.scalar(u"SELECT balance_cents FROM billing_accounts WHERE family_id = %1"_s.arg(f.familyId)), 6000);
}

QTEST_GUILESS_MAIN(TestLedgerDelta)
#include "tst_ledgerdelta.moc"
