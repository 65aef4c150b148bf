#include "TestDatabases.h"

#include "bench/PortalBenchmark.h"
#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"
#include "util/Errors.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

// The portal benchmark's run, scaled down, on both backends: what the fetch reports is what
// the generated folder holds (each kind of record lands where the issue says), the folder a
// second time is skipped whole, and the ledger verifies clean. No timing is checked.
class tst_PortalBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaledDownRun_data();
    void scaledDownRun();
    void sameSeedSameFiles();

private:
    paydesk::test::TestDatabases m_dbs;
};

namespace {

PortalBenchmark::Options scaledDown()
{
    PortalBenchmark::Options options;
    options.families = 300;
    options.transactions = 900;
    options.files = 3;
    options.seed = 7;
    return options;
}

} // namespace

void tst_PortalBenchmark::scaledDownRun_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_PortalBenchmark::scaledDownRun()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    QTemporaryDir folder;
    PortalBenchmark::Options options = scaledDown();
    options.folder = folder.path();

    QStringList lines;
    const PortalBenchFigures f = PortalBenchmark(*db, u"bench"_s).run(options, [&](const QString &line) {
        lines.append(line);
    });

    QCOMPARE(f.folder.files, qint64(options.files));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), options.files);
    QCOMPARE(f.folder.transactions, qint64(options.transactions));
    QCOMPARE(f.folder.payments + f.folder.refunds + f.folder.declined + f.folder.unmatched, f.folder.transactions);
    // The seed gives every kind of record.
    QVERIFY(f.folder.refunds > 0 && f.folder.declined > 0 && f.folder.unmatched > 0);

    QCOMPARE(f.fetched.files, qint64(options.files));
    QCOMPARE(f.fetched.filesSkipped, qint64(0));
    QCOMPARE(f.fetched.posted, f.folder.payments);
    QCOMPARE(f.fetched.refunds, f.folder.refunds);
    QCOMPARE(f.fetched.skipped, f.folder.declined);
    QCOMPARE(f.fetched.exceptions, f.folder.unmatched);
    QCOMPARE(f.fetched.duplicates, qint64(0));

    QCOMPARE(f.again.files, qint64(0));
    QCOMPARE(f.again.filesSkipped, qint64(options.files));
    QCOMPARE(f.again.posted + f.again.refunds + f.again.skipped + f.again.exceptions + f.again.duplicates, qint64(0));

    const QStringList phases = {u"Portal benchmark on "_s,
                                u"practice generated in "_s,
                                u"fetch: "_s,
                                u"the same folder again: "_s,
                                u"peak memory "_s};
    QCOMPARE(lines.size(), phases.size());
    for (qsizetype i = 0; i < phases.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(phases.at(i)), qPrintable(lines.at(i)));

    QStringList issues;
    for (const VerifyIssue &issue : Verifier(*db).run())
        issues << issue.message;
    QCOMPARE(issues, QStringList());
}

// The folder depends on the seed and the practice only: a rerun gives the same bytes.
void tst_PortalBenchmark::sameSeedSameFiles()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const PortalBenchmark::Options options = scaledDown();
    QTemporaryDir first, second;
    const QDate today = LedgerCalendar(*db).today();
    QVERIFY_THROWS_EXCEPTION(Refusal, PortalBenchmark::writeFolder(*db, first.path(), options, today));
    DemoPractice::add(*db, u"bench"_s, options.families, options.seed, today.addDays(-5));
    const PortalBenchFolder a = PortalBenchmark::writeFolder(*db, first.path(), options, today);
    const PortalBenchFolder b = PortalBenchmark::writeFolder(*db, second.path(), options, today);
    QCOMPARE(b.payments, a.payments);
    const QStringList names = QDir(first.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, QDir(second.path()).entryList(QDir::Files, QDir::Name));
    QCOMPARE(names.constFirst(), u"eod_%1.txt"_s.arg(today.addDays(-options.files).toString(u"yyyyMMdd"_s)));
    for (const QString &name : names) {
        QFile x(QDir(first.path()).filePath(name)), y(QDir(second.path()).filePath(name));
        QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
        QCOMPARE(x.readAll(), y.readAll());
    }
}

QTEST_GUILESS_MAIN(tst_PortalBenchmark)
#include "tst_portalbenchmark.moc"
