// Issue 15, "Never lose data": paydesk-cli killed with SIGKILL at random points during a
// posting, an import, a balancer run, a daily run and a migration, 50 times each on a SQLite
// file and a PostgreSQL database. After every kill the database opens, verify is clean and
// the attempt left its work whole, none of it, or a state the next attempt completes; in the
// end, with the work completed, the ledger equals that of a database where it ran
// uninterrupted. The kill lands after a random delay in [0, the operation's measured time],
// from a seed printed at the start: PAYDESK_CRASH_SEED replays a run, PAYDESK_CRASH_RUNS
// lowers the number of kills for a quick local check.

#include "BalancerCrash.h"
#include "CliRun.h"
#include "CrashFixtures.h"
#include "DailyRunCrash.h"
#include "ImportCrash.h"
#include "LedgerFingerprint.h"
#include "MigrationCrash.h"
#include "PostingCrash.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "balancer/BalancerRunLog.h"
#include "balancer/FamilyBalancer.h"
#include "billing/BillingRunLock.h"
#include "storage/Database.h"
#include "util/Errors.h"
#include "verify/Verifier.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::CrashOperation;
using paydesk::test::TestDatabases;

namespace {

QStringList verifyErrors(const Database &db)
{
    QStringList errors;
    for (const VerifyIssue &issue : Verifier(db).run()) {
        if (issue.severity == VerifyIssue::Severity::Error)
            errors << issue.message;
    }
    return errors;
}

// The lines only one of the fingerprints has, the first few of each.
QString difference(const QStringList &crashed, const QStringList &reference)
{
    const auto only = [](const QStringList &a, const QStringList &b) {
        const QSet<QString> other(b.cbegin(), b.cend());
        QStringList lines;
        for (const QString &line : a) {
            if (!other.contains(line) && lines.size() < 5)
                lines << line;
        }
        return lines.join(u"; "_s);
    };
    return u"the ledgers differ; only after the kills: %1; only uninterrupted: %2"_s.arg(only(crashed, reference),
                                                                                          only(reference, crashed));
}

// Connections to the database besides this one: on PostgreSQL, a killed client's backend
// until the server notices the dropped socket.
qint64 otherBackends(const Database &db)
{
    return db.isPostgres() ? paydesk::test::scalar(db, u"SELECT COUNT(*) FROM pg_stat_activity"
                                                       " WHERE datname = current_database() AND pid <> pg_backend_pid()"_s)
                           : 0;
}

} // namespace

class tst_Crash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandom_data();
    void killedAtRandom();
    void undoStoppedMidwayUndoneAgain_data();
    void undoStoppedMidwayUndoneAgain();
    void deadRunOfAnotherHostHoldsNothing();
    void cleanupTestCase();

private:
    std::unique_ptr<CrashOperation> operation(const QString &name);
    // Runs paydesk-cli to its end on `url`; it must succeed.
    static bool runWhole(const QString &url, const QStringList &words, QString &failure);

    TestDatabases m_dbs;
    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    int m_runs = 50;
    QStringList m_report;
};

void tst_Crash::initTestCase()
{
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
    bool given = false;
    m_seed = qEnvironmentVariableIntValue("PAYDESK_CRASH_SEED", &given);
    if (!given)
        m_seed = QRandomGenerator::system()->generate();
    if (qEnvironmentVariableIsSet("PAYDESK_CRASH_RUNS"))
        m_runs = qMax(1, qEnvironmentVariableIntValue("PAYDESK_CRASH_RUNS"));
    qInfo("crash seed %u (PAYDESK_CRASH_SEED=%u replays it), %d kills per operation", m_seed, m_seed, m_runs);
}

std::unique_ptr<CrashOperation> tst_Crash::operation(const QString &name)
{
    // One step more than the kills: the measured run takes the first.
    const int steps = m_runs + 1;
    if (name == u"posting")
        return std::make_unique<paydesk::test::PostingCrash>();
    if (name == u"import")
        return std::make_unique<paydesk::test::ImportCrash>(m_dir.filePath(QString::fromUtf8(QTest::currentDataTag())),
                                                            steps);
    if (name == u"balancer")
        return std::make_unique<paydesk::test::BalancerCrash>();
    if (name == u"daily-run")
        return std::make_unique<paydesk::test::DailyRunCrash>();
    return std::make_unique<paydesk::test::MigrationCrash>(steps);
}

bool tst_Crash::runWhole(const QString &url, const QStringList &words, QString &failure)
{
    const paydesk::test::CliRun run = paydesk::test::runCli(url, paydesk::test::crashUser, words);
    if (run.exitCode != 0)
        failure = words.join(u' ') + u": "_s + run.describe();
    return run.exitCode == 0;
}

void tst_Crash::killedAtRandom_data()
{
    QTest::addColumn<QString>("operation");
    TestDatabases::addBackendColumn();
    for (const char *name : {"posting", "import", "balancer", "daily-run", "migration"}) {
        for (const QString &backend : TestDatabases::backends())
            QTest::newRow(qPrintable(QString::fromLatin1(name) + u'/' + backend)) << QString::fromLatin1(name)
                                                                                 << backend;
    }
}

void tst_Crash::killedAtRandom()
{
    QFETCH(QString, operation);
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    QElapsedTimer wall;
    wall.start();
    const std::unique_ptr<CrashOperation> op = this->operation(operation);
    const ConnectionSpec crashed = m_dbs.freshSpec(backend);
    const ConnectionSpec reference = m_dbs.freshSpec(backend);
    for (const ConnectionSpec &spec : {crashed, reference}) {
        Database db(spec);
        op->prepare(db);
    }
    const QString crashedUrl = TestDatabases::url(crashed);
    const QString referenceUrl = TestDatabases::url(reference);
    QString failure;

    // The operation's time, start to exit, on the reference: its first step.
    QStringList words;
    {
        Database db(reference);
        words = op->next(db);
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(runWhole(referenceUrl, words, failure), qPrintable(failure));
    const int measured = int(timer.elapsed());

    const QByteArray tag = QTest::currentDataTag();
    QRandomGenerator random(m_seed ^ qChecksum(tag));
    int finished = 0, nothing = 0, partial = 0, whole = 0;
    qint64 lingering = 0, lingeringMost = 0;
    {
        Database db(crashed);
        words = op->next(db);
    }
    for (int attempt = 0; attempt < m_runs; ++attempt) {
        const int delay = int(random.bounded(quint32(measured) + 1));
        const QString where = u"attempt %1 (%2 after %3 ms; seed %4)"_s.arg(attempt).arg(words.join(u' ')).arg(delay).arg(
            m_seed);
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"C"_s);
        environment.insert(u"LANG"_s, u"C"_s);
        cli.setProcessEnvironment(environment);
        cli.start(paydesk::test::cliProgram(),
                  QStringList{u"--db"_s, crashedUrl, u"--user"_s, paydesk::test::crashUser} + words);
        QVERIFY2(cli.waitForStarted(), qPrintable(where + u": "_s + cli.errorString()));
        if (!cli.waitForFinished(delay)) {
            cli.kill();
            QVERIFY(cli.waitForFinished(-1));
        }
        // Done before the kill landed: it ran as any run does.
        if (cli.exitStatus() == QProcess::NormalExit) {
            QVERIFY2(cli.exitCode() == 0, qPrintable(where + u": exit "_s + QString::number(cli.exitCode()) + u' '
                                                     + QString::fromUtf8(cli.readAllStandardError())));
            ++finished;
        }
        Database db(crashed);
        const qint64 others = otherBackends(db);
        lingering += others > 0 ? 1 : 0;
        lingeringMost = qMax(lingeringMost, others);
        const QStringList errors = verifyErrors(db);
        QVERIFY2(errors.isEmpty(), qPrintable(where + u": verify: "_s + errors.join(u"; "_s)));
        QString problem;
        const CrashOperation::Effect effect = op->effect(db, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(where + u": "_s + problem));
        // The next attempt, read on the same connection: opening once per kill is enough.
        if (attempt + 1 < m_runs)
            words = op->next(db);
        if (cli.exitStatus() == QProcess::CrashExit) {
            switch (effect) {
            case CrashOperation::Effect::Nothing: ++nothing; break;
            case CrashOperation::Effect::Partial: ++partial; break;
            case CrashOperation::Effect::Whole: ++whole; break;
            }
        }
    }

    // The work completed after the last kill...
    QElapsedTimer completion;
    completion.start();
    int completionRuns = 0;
    for (;; ++completionRuns) {
        QVERIFY2(completionRuns < 10, "the work left by the kills is still not complete after ten runs");
        {
            Database db(crashed);
            if (!op->pending(db))
                break;
            words = op->next(db);
        }
        QVERIFY2(runWhole(crashedUrl, words, failure), qPrintable(failure));
    }
    const qint64 completionMs = completion.elapsed();
    // ... and each database brought as far as the other, uninterrupted: the reference has done
    // a step when every kill landed before the crashed one's first.
    for (int round = 0;; ++round) {
        QVERIFY2(round <= m_runs, "the databases do not catch up with each other");
        QStringList crashedWords, referenceWords;
        {
            Database db(crashed);
            Database uninterrupted(reference);
            crashedWords = op->catchUp(db, uninterrupted);
            referenceWords = op->catchUp(uninterrupted, db);
        }
        if (crashedWords.isEmpty() && referenceWords.isEmpty())
            break;
        if (!crashedWords.isEmpty())
            QVERIFY2(runWhole(crashedUrl, crashedWords, failure), qPrintable(failure));
        if (!referenceWords.isEmpty())
            QVERIFY2(runWhole(referenceUrl, referenceWords, failure), qPrintable(failure));
    }
    Database db(crashed);
    Database uninterrupted(reference);
    QCOMPARE(verifyErrors(db), QStringList());
    QCOMPARE(verifyErrors(uninterrupted), QStringList());
    const QStringList left = paydesk::test::ledgerFingerprint(db);
    const QStringList right = paydesk::test::ledgerFingerprint(uninterrupted);
    QVERIFY2(left == right, qPrintable(difference(left, right)));

    QString line = u"%1: measured %2 ms; %3 attempts: killed %4 (left nothing %5, part %6, whole %7), finished %8;"
                   " %9 completion run(s) of the work left, %10 ms; wall %11 s"_s.arg(QString::fromUtf8(tag))
                       .arg(measured)
                       .arg(m_runs)
                       .arg(m_runs - finished)
                       .arg(nothing)
                       .arg(partial)
                       .arg(whole)
                       .arg(finished)
                       .arg(completionRuns)
                       .arg(completionMs)
                       .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1);
    if (db.isPostgres())
        line += u"; a killed client's backend still listed after %1 kills (at most %2)"_s.arg(lingering).arg(lingeringMost);
    qInfo("%s", qPrintable(line));
    m_report << line;
}

void tst_Crash::undoStoppedMidwayUndoneAgain_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// The undo of a balancer run whose process died after its first batch: its record stays
// "running", and the run may be undone again, which reverses the rest (the crash test found
// it refused as "already reversed by" the dead undo).
void tst_Crash::undoStoppedMidwayUndoneAgain()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    paydesk::test::addDemo(*db, 100);
    const FamilyBalancer balancer(*db, paydesk::test::crashUser);
    const qint64 run = balancer.run({}).runId;
    const auto rowsLeft = [&] {
        return paydesk::test::scalar(*db, u"SELECT COUNT(*) FROM allocations a WHERE a.run_id = %1 AND NOT EXISTS"
                                          " (SELECT 1 FROM allocations r WHERE r.reverses_allocation_id = a.id)"_s.arg(run));
    };
    const qint64 written = rowsLeft();
    QVERIFY(written > 0);

    // The process dies between two batches: nothing after the first batch's commit runs.
    struct Killed
    {
    };
    QVERIFY_THROWS_EXCEPTION(Killed, balancer.undo(run, [](qint64 done, qint64) -> bool {
        if (done > 0)
            throw Killed();
        return true;
    }, 1));
    const qint64 left = rowsLeft();
    QVERIFY2(left > 0 && left < written, qPrintable(u"%1 of %2 rows left"_s.arg(left).arg(written)));
    BalancerRunLog log(*db, paydesk::test::crashUser);
    QCOMPARE(log.find(run)->reversedByRunId, 0);

    const qint64 again = balancer.undo(run).runId;
    QCOMPARE(rowsLeft(), 0);
    QCOMPARE(log.find(run)->reversedByRunId, again);
    QCOMPARE(verifyErrors(*db), QStringList());
}

// PostgreSQL: the daily run of another workstation (the server's scheduled job) whose
// process died holds back no plan change and no next run, as soon as the server has dropped
// its connection; while it lives, both are refused. SQLite has no such connection to watch:
// there another host's run is trusted, and only this host's dead processes are seen gone.
void tst_Crash::deadRunOfAnotherHostHoldsNothing()
{
    PAYDESK_REQUIRE_BACKEND(u"postgresql"_s);
    const ConnectionSpec spec = m_dbs.freshSpec(u"postgresql"_s);
    Database desk(spec);
    const Database job(spec);
    const BillingRunLock run(job, paydesk::test::crashUser);
    desk.execute(u"UPDATE billing_run_lock SET host = 'another-host'"_s);
    QVERIFY_THROWS_EXCEPTION(Refusal, BillingRunLock::refuseWhileRunning(desk));
    QVERIFY_THROWS_EXCEPTION(Refusal, BillingRunLock(desk, paydesk::test::crashUser));

    // Its process is killed: the server ends its backend (and waits until it has).
    const qint64 backend = paydesk::test::scalar(job, u"SELECT pg_backend_pid()"_s);
    desk.execute(u"SELECT pg_terminate_backend(%1, 60000)"_s.arg(backend));
    QCOMPARE(paydesk::test::refusalOf([&] { BillingRunLock::refuseWhileRunning(desk); }), QString());
    const BillingRunLock next(desk, paydesk::test::crashUser);
    QCOMPARE(paydesk::test::scalar(desk, u"SELECT COUNT(*) FROM billing_run_lock WHERE host <> 'another-host'"_s), 1);
}

void tst_Crash::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_report))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
