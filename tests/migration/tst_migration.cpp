// The migration of a practice group from the legacy ledger to tracked allocations (issue 14),
// on a SQLite file and a PostgreSQL database: a legacy group imported without splits, queued
// (and the refusals), the nightly job before and after nightly.time, postings refused while it
// is In Progress (the job held inside its transaction), every family converted FIFO and verify
// clean, a corrupt row that ends in Error with the group untouched and then succeeds once
// fixed, a killed job started again, and the quick view's columns, search and paging.

#include "CliRun.h"
#include "LegacyGroups.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "import/Importer.h"
#include "ledger/Payment.h"
#include "ledger/PaymentPoster.h"
#include "migration/MigrationRunner.h"
#include "migration/MigrationStore.h"
#include "migration/NightlyRun.h"
#include "migration/PostingLock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::addLegacyGroup;
using paydesk::test::CliRun;
using paydesk::test::TestDatabases;

using Files = QMap<QString, QByteArray>;

namespace {

const QString admin = u"admin"_s;

// Group 2 "Old ledger" (legacy): family 10 (patients 101, 102) and family 20 (201); group 3
// "North" (tracked): family 30. No splits: the legacy families' payments only lowered their
// balances. Hand-computed FIFO (charges by date across the family; 1001 is 110.00 less a
// discount of 11.00):
//   family 10: 1002 (01-05) 75.00, 1001 (01-10) 99.00, 1005 (03-01) 60.00
//     5001 150.00 -> 1002 75.00, 1001 75.00; 5004 50.00 -> 1001 24.00, 1005 26.00
//   family 20: 1003 (02-01) 125.00, 1004 (02-20) 1250.00
//     5002 100.00 -> 1003 100.00; 5003 40.00 -> 1003 25.00, 1004 15.00;
//     5005 1300.00 -> 1004 1235.00, 65.00 left unallocated
//   family 30 is tracked and not migrated: its payment stays as it is.
Files legacyFolder()
{
    return {{u"practice_groups.csv"_s,
             "group_id,name,ledger\n"
             "1,Default,tracked\n"
             "2,Old ledger,legacy\n"
             "3,North,tracked\n"},
            {u"patients.csv"_s,
             "patient_id,family_id,last_name,first_name,birth_date,guarantor,practice_group\n"
             "101,10,Ortiz,Ana,1980-04-02,1,2\n"
             "102,10,Ortiz,Leo,2012-09-15,0,2\n"
             "201,20,Kim,Min,1975-01-30,1,2\n"
             "301,30,Novak,Eva,1990-06-01,1,3\n"
             "1501,15,Reyes,Luz,1988-08-08,1,3\n"},
            {u"charges.csv"_s,
             "charge_id,patient_id,date,code,description,provider,clinic,amount\n"
             "1001,101,2024-01-10,D1110,Prophylaxis - adult,DDS1,MAIN,110.00\n"
             "1002,102,2024-01-05,D1120,Prophylaxis - child,DDS1,MAIN,75.00\n"
             "1003,201,2024-02-01,99213,Office visit,MD1,NORTH,125.00\n"
             "1004,201,2024-02-20,D2740,Crown,DDS1,NORTH,1250.00\n"
             "1005,101,2024-03-01,D0120,Periodic exam,DDS1,MAIN,60.00\n"
             "1006,301,2024-01-03,D0120,Periodic exam,DDS1,MAIN,80.00\n"
             "1007,1501,2024-01-03,D0120,Periodic exam,DDS1,MAIN,20.00\n"},
            {u"adjustments.csv"_s,
             "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n"
             "3001,101,2024-01-12,discount,DDS1,MAIN,-11.00,1001\n"},
            {u"payments.csv"_s,
             "payment_id,patient_id,date,amount,method,reference\n"
             "5001,101,2024-01-10,150.00,Card,VISA 4242\n"
             "5002,201,2024-02-01,100.00,cash,\n"
             "5003,201,2024-02-15,40.00,CHECK,CHK 1001\n"
             "5004,102,2024-03-05,50.00,cash,\n"
             "5005,201,2024-03-01,1300.00,cash,\n"
             "5006,301,2024-01-04,30.00,cash,\n"}};
}

const QStringList expectedFifo = {u"5001 charge 1002 75.00 migration"_s,
                                  u"5001 charge 1001 75.00 migration"_s,
                                  u"5002 charge 1003 100.00 migration"_s,
                                  u"5003 charge 1003 25.00 migration"_s,
                                  u"5003 charge 1004 15.00 migration"_s,
                                  u"5004 charge 1001 24.00 migration"_s,
                                  u"5004 charge 1005 26.00 migration"_s,
                                  u"5005 charge 1004 1235.00 migration"_s};

constexpr qint64 oldLedger = 2;
constexpr qint64 north = 3;

qint64 scalar(const Database &db, const QString &sql)
{
    SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

// "payment target id amount rule" per allocation row, by payment then id.
QStringList allocations(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT payment_id, target, COALESCE(charge_id, adjustment_id, 0), amount_cents, rule FROM allocations"
              " ORDER BY payment_id, id"_s)
            .exec();
    QStringList rows;
    while (q.next())
        rows << u"%1 %2 %3 %4 %5"_s.arg(q.id(0)).arg(q.text(1)).arg(q.id(2)).arg(q.money(3).toString(), q.text(4));
    return rows;
}

QString ledgerOf(const Database &db, qint64 groupId)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT ledger FROM practice_groups WHERE id = :g"_s).bind(u":g"_s, groupId).exec();
    return q.next() ? q.text(0) : QString();
}

QStringList verifyErrors(const Database &db)
{
    QStringList errors;
    for (const VerifyIssue &issue : Verifier(db).run()) {
        if (issue.severity == VerifyIssue::Severity::Error)
            errors << issue.message;
    }
    return errors;
}

QStringList logSteps(const Database &db, qint64 migrationId)
{
    QStringList steps;
    for (const MigrationLogEntry &entry : MigrationStore(db, admin).log(migrationId))
        steps << entry.step;
    return steps;
}

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
}

QJsonArray jsonArray(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

class tst_Migration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legacyGroupConvertedFifo_data() { backends(); }
    void legacyGroupConvertedFifo();
    void queueRefusals_data();
    void queueRefusals();
    void postingRefusedWhileInProgress_data() { backends(); }
    void postingRefusedWhileInProgress();
    void corruptRowEndsInError_data();
    void corruptRowEndsInError();
    void otherGroupsErrorsLeftAlone_data() { backends(); }
    void otherGroupsErrorsLeftAlone();
    void anotherGroupsUnreadableFamilyLeftAlone_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void anotherGroupsUnreadableFamilyLeftAlone();
    void cli_data() { backends(); }
    void cli();
    void badCommandLines_data();
    void badCommandLines();
    void killedJobStartedAgain_data() { backends(); }
    void killedJobStartedAgain();
    void quickViewSearchAndPaging_data() { backends(); }
    void quickViewSearchAndPaging();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    // A fresh database with the legacy folder imported.
    std::unique_ptr<Database> imported(const QString &backend);
    ConnectionSpec importedSpec(const QString &backend);

    TestDatabases m_dbs;
    QTemporaryDir m_dir;
    int m_folders = 0;
};

void tst_Migration::initTestCase()
{
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
}

ConnectionSpec tst_Migration::importedSpec(const QString &backend)
{
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    const QString path = m_dir.filePath(u"folder-%1"_s.arg(++m_folders));
    QDir().mkpath(path);
    const Files files = legacyFolder();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(QDir(path).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(it.value());
    }
    Database db(spec);
    const ImportSummary summary = Importer(db, admin).importFolder(path);
    if (summary.families != 4 || summary.payments != 6 || summary.allocations != 0)
        qFatal("the legacy folder did not import as written");
    return spec;
}

std::unique_ptr<Database> tst_Migration::imported(const QString &backend)
{
    return std::make_unique<Database>(importedSpec(backend));
}

void tst_Migration::legacyGroupConvertedFifo()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = imported(backend);
    QCOMPARE(ledgerOf(*db, oldLedger), u"legacy"_s);
    QCOMPARE(allocations(*db), QStringList());

    const qint64 id = MigrationStore(*db, admin).queue(oldLedger);
    QCOMPARE(MigrationStore(*db, admin).find(id)->status, Migration::Status::Queued);

    // Before nightly.time (20:00 by default) nothing starts; a minute later it does.
    NightlySummary early = NightlyRun(*db, admin).run(at(u"2026-12-07T19:59"_s));
    QVERIFY(!early.due);
    QCOMPARE(early.migrations.size(), 0);
    QCOMPARE(early.waiting.size(), 1);
    QCOMPARE(early.waiting.constFirst().id, id);
    QCOMPARE(MigrationStore(*db, admin).find(id)->status, Migration::Status::Queued);
    QCOMPARE(allocations(*db), QStringList());

    QList<MigrationProgress> seen;
    const NightlySummary night = NightlyRun(*db, admin).run(at(u"2026-12-07T20:00"_s), [&](const MigrationProgress &p) {
        seen << p;
    });
    QVERIFY(night.due);
    QCOMPARE(night.nightlyTime, QTime(20, 0));
    QCOMPARE(night.migrations.size(), 1);
    const Migration done = night.migrations.constFirst();
    QCOMPARE(done.status, Migration::Status::Active);
    QCOMPARE(done.completedOn, QDate(2026, 12, 7));
    QCOMPARE(done.families, 2);
    QCOMPARE(done.rows, expectedFifo.size());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast().familiesDone, 2);
    QCOMPARE(seen.constLast().rows, expectedFifo.size());

    QCOMPARE(allocations(*db), expectedFifo);
    QCOMPARE(verifyErrors(*db), QStringList());
    QCOMPARE(ledgerOf(*db, oldLedger), u"tracked"_s);
    QCOMPARE(ledgerOf(*db, north), u"tracked"_s);
    const Migration stored = *MigrationStore(*db, admin).find(id);
    QCOMPARE(stored.status, Migration::Status::Active);
    QCOMPARE(stored.completedOn, QDate(2026, 12, 7));
    QCOMPARE(logSteps(*db, id), (QStringList{u"queued"_s, u"started"_s, u"converting"_s, u"verified"_s, u"active"_s}));
    // The job writes as itself; one audit row carries the conversion's counts.
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM allocations WHERE created_by <> 'nightly-run'"_s), 0);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'convert' AND entity = 'migration'"_s), 1);

    // A second queue of an Active group is refused, and the next night has nothing to do.
    QVERIFY(paydesk::test::refusalOf([&] { MigrationStore(*db, admin).queue(oldLedger); }).contains(u"Active"_s));
    QCOMPARE(NightlyRun(*db, admin).run(at(u"2026-12-08T21:00"_s)).migrations.size(), 0);
    QCOMPARE(allocations(*db), expectedFifo);
}

void tst_Migration::queueRefusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<qint64>("group");
    QTest::addColumn<bool>("queuedFirst");
    QTest::addColumn<QString>("refusal");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("tracked group/%s", b.constData())
                << backend << north << false
                << u"Practice group \"North\" (id 3) keeps tracked allocations already: there is nothing to migrate."_s;
        QTest::addRow("unknown group/%s", b.constData())
                << backend << qint64(9) << false << u"Practice group: there is no group with id 9."_s;
        QTest::addRow("already queued/%s", b.constData())
                << backend << oldLedger << true
                << u"Practice group \"Old ledger\" (id 2) has migration 1 already (Queued): a group is migrated once, "
                   "and an Active migration is never reversed."_s;
    }
}

void tst_Migration::queueRefusals()
{
    QFETCH(QString, backend);
    QFETCH(qint64, group);
    QFETCH(bool, queuedFirst);
    QFETCH(QString, refusal);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = imported(backend);
    if (queuedFirst)
        MigrationStore(*db, admin).queue(group);
    const qint64 before = scalar(*db, u"SELECT COUNT(*) FROM migrations"_s);
    QCOMPARE(paydesk::test::refusalOf([&] { MigrationStore(*db, admin).queue(group); }), refusal);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM migrations"_s), before);
}

// The job held inside its conversion's transaction (its progress callback runs there): a
// clerk on another connection is refused at once, naming the migration; once it ends the
// group is open again.
void tst_Migration::postingRefusedWhileInProgress()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = importedSpec(backend);
    Database db(spec);
    const qint64 id = MigrationStore(db, admin).queue(oldLedger);

    QSemaphore held, release;
    std::atomic<bool> holding = true;
    Migration ended;
    QString failure;
    std::unique_ptr<QThread> job(QThread::create([&] {
        try {
            Database own(spec);
            ended = MigrationRunner(own, admin).run(id, QDate(2026, 12, 7), [&](const MigrationProgress &) {
                if (holding.exchange(false)) {
                    held.release();
                    release.acquire();
                }
            });
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }
        held.release(); // also when it failed before holding
    }));
    const auto finish = qScopeGuard([&] {
        release.release();
        job->wait();
    });
    job->start();
    QVERIFY(held.tryAcquire(1, 60'000));
    QVERIFY2(failure.isEmpty() && !job->isFinished(), qPrintable(failure));

    const Migration running = *MigrationStore(db, admin).find(id);
    QCOMPARE(running.status, Migration::Status::InProgress);
    // The clerk's own posting, on this second connection: refused at once with the lock's
    // message (on SQLite it would otherwise wait on the job's write lock), nothing written.
    const auto clerkPays = [&](qint64 patient) {
        return paydesk::test::refusalOf([&] {
            PaymentDraft draft;
            draft.patientId = patient;
            draft.date = QDate(2026, 12, 1);
            draft.amount = Money::fromCents(1000);
            PaymentPoster(db, admin).post(draft);
        });
    };
    QCOMPARE(clerkPays(101), PostingLock::message(running));
    QCOMPARE(clerkPays(201), PostingLock::message(running));
    QCOMPARE(paydesk::test::refusalOf([&] {
                 PostingLock::requireOpen(db, QList<qint64>{30, 20});
             }),
             PostingLock::message(running));
    // Another group's family is not locked (its payment waits for the job's write lock on
    // SQLite, so only the lock itself is asked here).
    QCOMPARE(paydesk::test::refusalOf([&] { PostingLock::requireOpen(db, 30); }), QString());
    QCOMPARE(PostingLock::lockingMigration(db, {10})->id, id);
    // A second job finds the migration taken and leaves it to the first. (On SQLite it would
    // wait for the first job's write lock instead, which this test cannot hold that long.)
    if (db.isPostgres()) {
        const QStringList stepsBefore = logSteps(db, id);
        QCOMPARE(MigrationRunner(db, admin).run(id, QDate(2026, 12, 7)).status, Migration::Status::InProgress);
        QCOMPARE(logSteps(db, id), stepsBefore);
    }

    release.release();
    job->wait();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(ended.status, Migration::Status::Active);
    QCOMPARE(paydesk::test::refusalOf([&] { PostingLock::requireOpen(db, 10); }), QString());
    QCOMPARE(allocations(db), expectedFifo);
}

void tst_Migration::corruptRowEndsInError_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("corrupt");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("reason");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        // A charge beyond the largest amount PayDesk holds: the family cannot be read.
        QTest::addRow("unreadable charge/%s", b.constData())
                << backend << u"UPDATE charges SET amount_cents = 100000000000000000 WHERE id = 1004"_s
                << u"UPDATE charges SET amount_cents = 125000 WHERE id = 1004"_s << u"1004"_s;
        // A row written behind PayDesk's back that pays another family's charge: verify over
        // the group fails the migration.
        QTest::addRow("allocation across families/%s", b.constData())
                << backend
                << u"INSERT INTO allocations (id, payment_id, target, charge_id, amount_cents, patient_id, provider_id,"
                   " clinic_id, rule, created_by, created_at) SELECT 900001, 5002, 'charge', 1006, 100, patient_id,"
                   " provider_id, clinic_id, 'manual', 'someone', '2024-01-01T00:00:00.000Z' FROM charges WHERE id = 1006"_s
                << u"DELETE FROM allocations WHERE id = 900001"_s
                << u"Allocation #900001 of payment #5002 (family 20) pays charge #1006 of family 30."_s;
    }
}

void tst_Migration::corruptRowEndsInError()
{
    QFETCH(QString, backend);
    QFETCH(QString, corrupt);
    QFETCH(QString, fix);
    QFETCH(QString, reason);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = imported(backend);
    db->execute(corrupt);
    const qint64 rowsBefore = scalar(*db, u"SELECT COUNT(*) FROM allocations"_s);
    const qint64 id = MigrationStore(*db, admin).queue(oldLedger);

    const NightlySummary night = NightlyRun(*db, admin).run(at(u"2026-12-07T20:30"_s));
    QCOMPARE(night.migrations.size(), 1);
    const Migration failed = *MigrationStore(*db, admin).find(id);
    QCOMPARE(failed.status, Migration::Status::Error);
    QVERIFY2(failed.reason.contains(reason), qPrintable(failed.reason));
    QVERIFY(!failed.completedOn.isValid());
    // The group is untouched: legacy, unlocked, not one row of the conversion kept.
    QCOMPARE(ledgerOf(*db, oldLedger), u"legacy"_s);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM allocations"_s), rowsBefore);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM allocations WHERE rule = 'migration'"_s), 0);
    QCOMPARE(paydesk::test::refusalOf([&] { PostingLock::requireOpen(*db, 20); }), QString());
    QCOMPARE(logSteps(*db, id).constLast(), u"error"_s);
    QVERIFY(MigrationStore(*db, admin).log(id).constLast().message.contains(reason));

    // Fixed, queued again, and converted.
    db->execute(fix);
    const qint64 again = MigrationStore(*db, admin).queue(oldLedger);
    QVERIFY(again != id);
    const NightlySummary next = NightlyRun(*db, admin).run(at(u"2026-12-08T20:00"_s));
    QCOMPARE(next.migrations.size(), 1);
    QCOMPARE(next.migrations.constFirst().status, Migration::Status::Active);
    QCOMPARE(next.migrations.constFirst().completedOn, QDate(2026, 12, 8));
    QCOMPARE(allocations(*db), expectedFifo);
    QCOMPARE(verifyErrors(*db), QStringList());
    QCOMPARE(MigrationStore(*db, admin).find(id)->status, Migration::Status::Error);
}

// Verify runs over the migrated group only: an error in another group's family is that
// group's to fix, and neither fails the migration nor disappears from `verify`.
void tst_Migration::otherGroupsErrorsLeftAlone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = imported(backend);
    // Family 30 (North): payment 5006 of 30.00 given 50.00 of allocations.
    db->execute(
            u"INSERT INTO allocations (id, payment_id, target, charge_id, amount_cents, patient_id, provider_id,"
            " clinic_id, rule, created_by, created_at) SELECT 900002, 5006, 'charge', 1006, 5000, patient_id,"
            " provider_id, clinic_id, 'manual', 'someone', '2024-01-01T00:00:00.000Z' FROM charges WHERE id = 1006"_s);
    const QStringList before = verifyErrors(*db);
    QCOMPARE(before.size(), 1);
    QVERIFY2(before.constFirst().startsWith(u"Payment #5006 of 30.00 has 50.00 allocated"_s),
             qPrintable(before.join(u'\n')));

    const qint64 id = MigrationStore(*db, admin).queue(oldLedger);
    const Migration done = MigrationRunner(*db, admin).run(id, QDate(2026, 12, 7));
    QVERIFY2(done.status == Migration::Status::Active, qPrintable(done.reason));
    QCOMPARE(verifyErrors(*db), before);
    QCOMPARE(allocations(*db).mid(0, 8), expectedFifo);
}

// Family 15 (North) sits between the group's families 10 and 20: its charge corrupted beyond
// what an amount can be is North's to fix, and the migration of Old ledger reads past it.
void tst_Migration::anotherGroupsUnreadableFamilyLeftAlone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = imported(backend);
    db->execute(u"UPDATE charges SET amount_cents = 100000000000000000 WHERE id = 1007"_s);
    const qint64 id = MigrationStore(*db, admin).queue(oldLedger);
    const Migration done = MigrationRunner(*db, admin).run(id, QDate(2026, 12, 7));
    QVERIFY2(done.status == Migration::Status::Active, qPrintable(done.reason));
    QCOMPARE(allocations(*db), expectedFifo);
}

void tst_Migration::cli()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = importedSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &words) { return paydesk::test::runCli(url, admin, words); };

    // Without --yes: the two warnings and nothing queued.
    CliRun run = cli({u"migrations"_s, u"queue"_s, u"--group"_s, u"2"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    const QStringList warnings = run.errLines();
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings.at(0).contains(u"whole practice group \"Old ledger\" (id 2, 2 families)"_s)
                     && warnings.at(0).contains(u"cannot be undone"_s),
             qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(u"starts it at 20:00 ("_s)
                     && warnings.at(1).contains(u"postings to the group's families are locked"_s),
             qPrintable(warnings.at(1)));
    {
        Database db(spec);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM migrations"_s), 0);
    }

    run = cli({u"migrations"_s, u"queue"_s, u"--group"_s, u"2"_s, u"--yes"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             u"Queued migration 1 (patient_payment) of practice group \"Old ledger\" (id 2); the nightly job "
             "starts it at 20:00.\n"_s);
    run = cli({u"migrations"_s, u"queue"_s, u"--group"_s, u"2"_s, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    // `group list --json`: each group's migration, null or its status.
    const auto groupMigrations = [&] {
        QStringList shown;
        for (const QJsonValue &g : jsonArray(cli({u"group"_s, u"list"_s, u"--json"_s}))) {
            const QJsonValue status = g.toObject().value(u"migration"_s);
            shown << (status.isNull() ? u"null"_s : status.toString());
        }
        return shown;
    };
    QCOMPARE(groupMigrations(), (QStringList{u"null"_s, u"Queued"_s, u"null"_s}));

    run = cli({u"run-nightly"_s, u"--at"_s, u"2026-12-07T19:59"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"nothing due before 20:00 (it is 19:59): 1 queued migration waiting.\n"_s);

    run = cli({u"run-nightly"_s, u"--at"_s, u"2026-12-07T20:00"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"migration 1 (Old ledger, id 2): Active on 2026-12-07, 2 families, 8 rows\n"_s);
    QVERIFY2(run.err.contains(u"migration 1: 2 of 2 families, 8 rows"_s), qPrintable(run.err));
    QCOMPARE(groupMigrations(), (QStringList{u"null"_s, u"Active"_s, u"null"_s}));

    run = cli({u"migrations"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = jsonArray(run);
    QCOMPARE(list.size(), 1);
    const QJsonObject m = list.at(0).toObject();
    QCOMPARE(m.keys(),
             (QStringList{u"completed_on"_s,
                          u"created_at"_s,
                          u"created_by"_s,
                          u"group"_s,
                          u"group_name"_s,
                          u"id"_s,
                          u"name"_s,
                          u"status"_s}));
    QCOMPARE(m.value(u"id"_s).toInteger(), 1);
    QCOMPARE(m.value(u"name"_s).toString(), u"patient_payment"_s);
    QCOMPARE(m.value(u"group"_s).toInteger(), 2);
    QCOMPARE(m.value(u"group_name"_s).toString(), u"Old ledger"_s);
    QCOMPARE(m.value(u"created_by"_s).toString(), admin);
    QCOMPARE(m.value(u"status"_s).toString(), u"Active"_s);
    QCOMPARE(m.value(u"completed_on"_s).toString(), u"2026-12-07"_s);

    run = cli({u"migrations"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).simplified(), u"ID Name Practice Group Created at Created by Status Completed On"_s);
    QVERIFY2(lines.at(1).simplified().startsWith(u"1 patient_payment Old ledger (2) "_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).simplified().endsWith(u" admin Active 2026-12-07"_s), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), u"Page 1 of 1, 1 migrations."_s);

    run = cli({u"migrations"_s, u"log"_s, u"--id"_s, u"1"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList steps;
    for (const QJsonValue &entry : jsonArray(run))
        steps << entry.toObject().value(u"step"_s).toString();
    QCOMPARE(steps, (QStringList{u"queued"_s, u"started"_s, u"converting"_s, u"verified"_s, u"active"_s}));
    QCOMPARE(jsonArray(run).last().toObject().value(u"rows"_s).toInteger(), 8);

    run = cli({u"verify"_s});
    QCOMPARE(run.exitCode, 0);
}

void tst_Migration::badCommandLines_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("--at not a time") << QStringList{u"run-nightly"_s, u"--at"_s, u"2026-12-07 20:00"_s}
                                     << QStringList{
                                                u"paydesk-cli: --at: \"2026-12-07 20:00\" is not a date and time of "
                                                "the form YYYY-MM-DDTHH:MM (the practice's time)."_s};
    QTest::newRow("--at not a date") << QStringList{u"run-nightly"_s, u"--at"_s, u"2026-02-30T20:00"_s}
                                     << QStringList{
                                                u"paydesk-cli: --at: \"2026-02-30T20:00\" is not a date and time of "
                                                "the form YYYY-MM-DDTHH:MM (the practice's time)."_s};
    QTest::newRow("unknown migration") << QStringList{u"migrations"_s, u"log"_s, u"--id"_s, u"77"_s}
                                       << QStringList{u"paydesk-cli: --id: there is no migration with id 77."_s};
    QTest::newRow("resume unknown") << QStringList{u"migrations"_s, u"resume"_s, u"--id"_s, u"77"_s}
                                    << QStringList{u"paydesk-cli: --id: there is no migration with id 77."_s};
    QTest::newRow("unknown group") << QStringList{u"migrations"_s, u"queue"_s, u"--group"_s, u"9"_s}
                                   << QStringList{u"paydesk-cli: Practice group: there is no group with id 9."_s};
    QTest::newRow("queue tracked")
            << QStringList{u"migrations"_s, u"queue"_s, u"--group"_s, u"3"_s, u"--yes"_s}
            << QStringList{u"paydesk-cli: Practice group \"North\" (id 3) keeps tracked allocations already: there is "
                           "nothing to migrate."_s};
    QTest::newRow("resume a queued one twice is fine, an Active one is not")
            << QStringList{u"migrations"_s, u"resume"_s, u"--id"_s, u"1"_s}
            << QStringList{u"paydesk-cli: Migration 1 is Active: only a Queued migration, or one left In Progress by a "
                           "job that stopped, can be run."_s};
}

void tst_Migration::badCommandLines()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, errors);
    const ConnectionSpec spec = importedSpec(u"sqlite"_s);
    const QString url = TestDatabases::url(spec);
    {
        Database db(spec);
        const qint64 id = MigrationStore(db, admin).queue(oldLedger);
        MigrationRunner(db, admin).run(id, QDate(2026, 12, 7));
    }
    Database db(spec);
    const qint64 migrations = scalar(db, u"SELECT COUNT(*) FROM migrations"_s);
    const qint64 log = scalar(db, u"SELECT COUNT(*) FROM migration_log"_s);
    const CliRun run = paydesk::test::runCli(url, admin, words);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines(), errors);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM migrations"_s), migrations);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM migration_log"_s), log);
}

// A run-nightly killed (SIGKILL) once its first progress line is out, midway through the
// group: the migration stays In Progress with nothing of its conversion, the group locked;
// the next run-nightly starts it again, whatever the time, and converts every payment once.
void tst_Migration::killedJobStartedAgain()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    // Big enough that the job is still converting when the kill lands: SQLite converts
    // several times faster than PostgreSQL.
    const qint64 families = backend == u"sqlite" ? 40000 : 8000;
    qint64 group = 0, id = 0;
    {
        Database db(spec);
        group = addLegacyGroup(db, admin, u"Big ledger"_s, int(families));
        id = MigrationStore(db, admin).queue(group);
    }
    const QString url = TestDatabases::url(spec);

    QProcess job;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    job.setProcessEnvironment(env);
    job.start(paydesk::test::cliProgram(),
              {u"--db"_s, url, u"--user"_s, admin, u"run-nightly"_s, u"--at"_s, u"2026-12-07T20:00"_s});
    QVERIFY(job.waitForStarted());
    QByteArray err;
    const QRegularExpression progress(u"migration \\d+: [\\d,]+ of [\\d,]+ families"_s);
    while (!progress.match(QString::fromUtf8(err)).hasMatch()) {
        QVERIFY2(job.state() == QProcess::Running, err.constData());
        job.waitForReadyRead(1000);
        err += job.readAllStandardError();
    }
    job.kill();
    QVERIFY(job.waitForFinished());
    QCOMPARE(job.exitStatus(), QProcess::CrashExit);

    {
        Database db(spec);
        const Migration left = *MigrationStore(db, admin).find(id);
        QCOMPARE(left.status, Migration::Status::InProgress);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM allocations"_s), 0);
        QCOMPARE(ledgerOf(db, group), u"legacy"_s);
        const qint64 family = scalar(db, u"SELECT MAX(id) FROM families"_s);
        QCOMPARE(paydesk::test::refusalOf([&] { PostingLock::requireOpen(db, family); }), PostingLock::message(left));
    }

    // The server ends a killed client's session once it reads the closed connection, after
    // the rows already sent (a COPY's buffered rows take a moment): the test does not wait
    // on that, it ends the session as the server will and waits until it is gone.
    if (backend == u"postgresql") {
        Database db(spec);
        db.execute(u"SELECT pg_terminate_backend(pid, 60000) FROM pg_stat_activity"
                   " WHERE datname = current_database() AND pid <> pg_backend_pid()"_s);
    }

    // Before nightly.time: a killed job's migration is started again all the same.
    const CliRun again = paydesk::test::runCli(url, admin, {u"run-nightly"_s, u"--at"_s, u"2026-12-08T09:00"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(u"migration %1 (Big ledger, id %2): Active on 2026-12-08, "_s.arg(id).arg(group)),
             qPrintable(again.describe()));
    Database db(spec);
    const Migration done = *MigrationStore(db, admin).find(id);
    QCOMPARE(done.status, Migration::Status::Active);
    QCOMPARE(done.families, families);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM allocations"_s), done.rows);
    // Nothing converted twice: no payment has two rows on one charge, none is over-allocated.
    QCOMPARE(scalar(db,
                    u"SELECT COUNT(*) FROM (SELECT payment_id, charge_id FROM allocations"
                    " GROUP BY payment_id, charge_id HAVING COUNT(*) > 1) t"_s),
             0);
    QCOMPARE(verifyErrors(db), QStringList());
    QCOMPARE(ledgerOf(db, group), u"tracked"_s);
    const QStringList steps = logSteps(db, id);
    QCOMPARE(steps.first(2), (QStringList{u"queued"_s, u"started"_s}));
    QVERIFY2(steps.contains(u"restarted"_s) && steps.constLast() == u"active"_s, qPrintable(steps.join(u' ')));
}

// More than a page of migrations across three groups (each queued, failing on its corrupt
// row, and queued again): the quick view's JSON, newest first, 50 a page, and its search.
void tst_Migration::quickViewSearchAndPaging()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    constexpr int rounds = 19; // 3 groups x 19 = 57 migrations
    {
        Database db(spec);
        QList<qint64> groups;
        for (const QString &name : {u"Alpha"_s, u"Bravo"_s, u"Charlie"_s}) {
            groups << addLegacyGroup(db, admin, name, 1, 1);
            db.execute(
                    u"UPDATE charges SET amount_cents = 100000000000000000 WHERE id = (SELECT MAX(id) FROM charges)"_s);
        }
        for (int round = 0; round < rounds; ++round) {
            for (qint64 group : std::as_const(groups)) {
                const qint64 id = MigrationStore(db, admin).queue(group);
                QCOMPARE(MigrationRunner(db, admin).run(id, QDate(2026, 12, 7)).status, Migration::Status::Error);
            }
        }
    }
    const QString url = TestDatabases::url(spec);
    const auto ids = [](const CliRun &run) {
        QList<qint64> list;
        for (const QJsonValue &m : jsonArray(run))
            list << m.toObject().value(u"id"_s).toInteger();
        return list;
    };
    QList<qint64> newestFirst;
    for (qint64 id = 3 * rounds; id >= 1; --id)
        newestFirst << id;

    CliRun run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(ids(run), newestFirst.first(50));
    const QJsonObject newest = jsonArray(run).at(0).toObject();
    QCOMPARE(newest.value(u"group_name"_s).toString(), u"Charlie"_s);
    QCOMPARE(newest.value(u"status"_s).toString(), u"Error"_s);
    QVERIFY(newest.value(u"completed_on"_s).isNull());

    run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--json"_s, u"--page"_s, u"2"_s});
    QCOMPARE(ids(run), newestFirst.mid(50));
    run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--page"_s, u"2"_s});
    QVERIFY2(run.out.endsWith(u"Page 2 of 2, 57 migrations.\n"_s), qPrintable(run.out));

    run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--json"_s, u"--search"_s, u"bravo"_s});
    QCOMPARE(ids(run).size(), rounds);
    for (const QJsonValue &m : jsonArray(run))
        QCOMPARE(m.toObject().value(u"group_name"_s).toString(), u"Bravo"_s);
    run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--json"_s, u"--search"_s, u"error"_s});
    QCOMPARE(ids(run), newestFirst.first(50));
    run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--json"_s, u"--search"_s, u"active"_s});
    QCOMPARE(ids(run), QList<qint64>());
    // Case is folded as Unicode folds it, on SQLite too (its LOWER knows only ASCII).
    {
        Database db(spec);
        const qint64 group = addLegacyGroup(db, admin, u"ÁVILA"_s, 1, 1);
        MigrationStore(db, admin).queue(group);
    }
    run = paydesk::test::runCli(url, admin, {u"migrations"_s, u"list"_s, u"--json"_s, u"--search"_s, u"ávila"_s});
    QCOMPARE(ids(run), QList<qint64>{3 * rounds + 1});
}

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
