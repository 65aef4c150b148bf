#include "TestDatabases.h"
#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;

// `paydesk --benchmark-desk` runs the real desk on a practice and prints its figures. The
// figures are times and memory, which a test never judges: it checks that the run opens the
// practice, types every search, reads the results a page at a time, and prints every key.
class tst_DeskBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsEveryFigure_data();
    void printsEveryFigure();

private:
    paydesk::test::TestDatabases m_dbs;
};

void tst_DeskBench::printsEveryFigure_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_DeskBench::printsEveryFigure()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        const Database db(spec);
        // Enough patients that the first letter of a name matches more than a page.
        DemoPractice::add(db, u"bench"_s, 300, 1, LedgerCalendar(db).today());
    }
    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    desk.setProcessEnvironment(env);
    desk.start(qEnvironmentVariable("PAYDESK_GUI"),
               {u"--benchmark-desk"_s, u"--json"_s, u"--db"_s, paydesk::test::TestDatabases::url(spec), u"--user"_s,
                u"bench"_s});
    QVERIFY2(desk.waitForFinished(120'000), qPrintable(desk.errorString()));
    QCOMPARE(desk.exitCode(), 0);
    QJsonParseError error;
    const QJsonObject figures = QJsonDocument::fromJson(desk.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    for (const QString &key : {u"start_to_paint_ns"_s, u"main_to_paint_ns"_s, u"resident_kb"_s, u"peak_kb"_s})
        QVERIFY2(figures.value(key).toInteger() > 0, qPrintable(key));
    QStringList typed;
    for (const QJsonValue &value : figures.value(u"searches"_s).toArray()) {
        const QJsonObject search = value.toObject();
        typed << search.value(u"typed"_s).toString();
        QCOMPARE(search.value(u"keystrokes"_s).toInt(), search.value(u"typed"_s).toString().size());
        QCOMPARE(search.value(u"repeats"_s).toInt(), 3);
        for (const QString &key : {u"median_ns"_s, u"slowest_ns"_s, u"whole_ns"_s, u"median_cpu_ns"_s, u"rows"_s})
            QVERIFY2(search.contains(key), qPrintable(key));
    }
    QCOMPARE(typed, (QStringList{u"m"_s, u"hadd"_s, u"Haddad, María"_s, u"maria"_s, u"4242"_s, u"1955-12-24"_s}));
    // Lazy: the list holds a page, and scrolling to its end reads one more, not the rest.
    QCOMPARE(figures.value(u"scrolled"_s).toString(), u"m"_s);
    QCOMPARE(figures.value(u"rows_before_scroll"_s).toInt(), 50);
    QCOMPARE(figures.value(u"rows_after_scroll"_s).toInt(), 100);
    QVERIFY(figures.value(u"database"_s).toString().size() > 0);
}

QTEST_GUILESS_MAIN(tst_DeskBench)
#include "tst_deskbench.moc"
