#include "TestDatabases.h"

#include "bench/PracticeBenchmark.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

// The benchmark's scaled-down run, on both backends: every phase runs and reports. The
// figures themselves are not checked (no timing assertions).
class tst_PracticeBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaledDownRun_data();
    void scaledDownRun();

private:
    paydesk::test::TestDatabases m_dbs;
};

void tst_PracticeBenchmark::scaledDownRun_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_PracticeBenchmark::scaledDownRun()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const PracticeBenchmark::Options options = PracticeBenchmark::scaledDown();

    QStringList lines;
    const BenchFigures figures
        = PracticeBenchmark(*db, u"bench"_s).run(options, [&](const QString &line) { lines.append(line); });

    // What the figures count is what the database holds afterwards.
    const auto scalar = [&](const QString &sql) {
        SqlQuery q = db->query();
        q.prepare(sql).exec();
        return q.next() ? q.id(0) : qint64(-1);
    };
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM families"_s), qint64(options.families));
    const qint64 stored = scalar(u"SELECT (SELECT COUNT(*) FROM families) + (SELECT COUNT(*) FROM patients)"
                                 " + (SELECT COUNT(*) FROM charges) + (SELECT COUNT(*) FROM adjustments)"
                                 " + (SELECT COUNT(*) FROM payments) + (SELECT COUNT(*) FROM allocations)"_s);
    const qint64 posted = scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'post' AND entity = 'payment'"_s);
    const qint64 postedAllocations = scalar(u"SELECT COUNT(*) FROM allocations WHERE rule = 'auto'"_s);
    QCOMPARE(posted, qint64(figures.postings));
    QVERIFY(figures.postings > 0);
    QCOMPARE(figures.importedRows, stored - posted - postedAllocations);
    // Prepayments do not travel through the import format (they come back as unallocated credit).
    QVERIFY(figures.importedRows <= figures.generatedRows);
    QCOMPARE(figures.accountViews, options.accountViews);
    QCOMPARE(figures.exportedRows, std::min<qint64>(options.exportRows, scalar(u"SELECT COUNT(*) FROM payments"_s)));
    QCOMPARE(figures.baselineRows, options.baselineRows);
    QCOMPARE(figures.copyReferenceRows, db->isPostgres() ? figures.importedRows : 0);
    QCOMPARE(figures.copyReferenceNs > 0, db->isPostgres());
    QVERIFY(figures.peakKb > 0);
    QVERIFY(figures.postingMedianNs <= figures.postingP95Ns);

    QStringList phases = {u"database: "_s, u"baseline: "_s,      u"generate: "_s,     u"import folder written"_s,
                          u"import: "_s,   u"auto-allocate: "_s, u"account view: "_s, u"export: "_s};
    // PostgreSQL's own bulk load of the same rows, the import's reference there (psql is
    // installed with the server: installer/deps.sh).
    if (db->isPostgres())
        phases.append(u"psql \\copy of the imported rows: "_s);
    phases.append(u"memory: "_s);
    QCOMPARE(lines.size(), phases.size());
    for (qsizetype i = 0; i < phases.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(phases.at(i)), qPrintable(lines.at(i)));

    // The scratch table of the baseline is gone again.
    QVERIFY_THROWS_EXCEPTION(StorageError, db->execute(u"SELECT COUNT(*) FROM bench_bulk_insert"_s));
    // And so is the schema psql loaded the reference into.
    if (db->isPostgres())
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'paydesk_bench_copy'"_s), qint64(0));
}

QTEST_GUILESS_MAIN(tst_PracticeBenchmark)
#include "tst_practicebenchmark.moc"
