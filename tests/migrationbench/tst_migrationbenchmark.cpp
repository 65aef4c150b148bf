#include "TestDatabases.h"

#include "bench/MigrationBenchmark.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "verify/Verifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

// The migration benchmark's run, scaled down, on both backends, so that it cannot rot: the
// group ends Active with every row it reports written, and the ledger verifies clean. No
// timing is checked.
class tst_MigrationBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaledDownRun_data()
    {
        paydesk::test::TestDatabases::addBackendColumn();
        paydesk::test::TestDatabases::addBackendRows();
    }
    void scaledDownRun();

private:
    paydesk::test::TestDatabases m_dbs;
};

void tst_MigrationBenchmark::scaledDownRun()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    MigrationBenchmark::Options options;
    options.families = 250;
    options.seed = 3;
    QStringList lines;
    const MigrationBenchFigures figures = MigrationBenchmark(*db, u"admin"_s).run(options, [&](const QString &line) {
        lines << line;
    });
    QVERIFY2(figures.active, qPrintable(lines.join(u'\n')));
    QCOMPARE(figures.families, 250);
    QCOMPARE(figures.charges, 2500);
    QCOMPARE(figures.payments, 2500);
    QVERIFY(figures.rowsWritten > figures.payments / 2);
    SqlQuery q = db->query();
    q.prepare(u"SELECT COUNT(*) FROM allocations WHERE rule = 'migration'"_s).exec();
    QVERIFY(q.next());
    QCOMPARE(q.id(0), figures.rowsWritten);
    for (const VerifyIssue &issue : Verifier(*db).run())
        QVERIFY2(issue.severity != VerifyIssue::Severity::Error, qPrintable(issue.message));
    QVERIFY(figures.peakKb > 0);
    QCOMPARE(lines.size(), 5);
}

QTEST_GUILESS_MAIN(tst_MigrationBenchmark)
#include "tst_migrationbenchmark.moc"
