// `group add|list|assign` of the real paydesk-cli on a SQLite file and a PostgreSQL database:
// what they print as text and JSON (the keys), and bad input refused with exit 1, one
// line per problem naming the field and the value, nothing written.

#include "CliRun.h"
#include "LedgerDesk.h"
#include "GroupPlacement.h"
#include "TestDatabases.h"

#include "groups/PracticeGroups.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk;
using test::CliRun;
using test::TestDatabases;

namespace {

QJsonArray jsonArray(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject group(qint64 id, const QString &name, const QString &ledger, qint64 families)
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"ledger"_s, ledger},
            {u"families"_s, families},
            {u"migration"_s, QJsonValue::Null}};
}

} // namespace

class tst_GroupCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addListAssign_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void addListAssign();
    void badInput_data();
    void badInput();
    void legacyFamilyNeverAllocates_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void legacyFamilyNeverAllocates();

private:
    TestDatabases m_dbs;
};

void tst_GroupCli::initTestCase()
{
    QVERIFY2(!test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
}

void tst_GroupCli::addListAssign()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    qint64 family = 0;
    {
        core::Database db(spec);
        family = test::LedgerDesk(db, u"manager"_s).addPatient(0, u"Ana"_s).familyId;
    }
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &words) { return test::runCli(url, u"manager"_s, words); };

    CliRun run = cli({u"group"_s, u"add"_s, u"--name"_s, u"North clinic"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Added practice group \"North clinic\" (id 2), which keeps tracked allocations.\n"_s);
    run = cli({u"group"_s, u"add"_s, u"--name"_s, u"Old ledger"_s, u"--ledger"_s, u"legacy"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(), group(3, u"Old ledger"_s, u"legacy"_s, 0));

    run = cli({u"group"_s, u"assign"_s, u"--family"_s, QString::number(family), u"--group"_s, u"2"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Family %1 is in practice group \"North clinic\" (id 2).\n"_s.arg(family));

    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonArray(run),
             (QJsonArray{group(1, u"Default"_s, u"tracked"_s, 0),
                         group(2, u"North clinic"_s, u"tracked"_s, 1),
                         group(3, u"Old ledger"_s, u"legacy"_s, 0)}));
    run = cli({u"group"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(2).simplified(), u"2 North clinic tracked 1 none"_s);
    QCOMPARE(lines.at(3).simplified(), u"3 Old ledger legacy 0 none"_s);
}

void tst_GroupCli::badInput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("errors");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, b.constData()) << backend;
        };
        row("add without a name") << QStringList{u"group"_s, u"add"_s, u"--name"_s, u" "_s}
                                  << QStringList{u"--name: the value is empty."_s};
        row("add the default again") << QStringList{u"group"_s, u"add"_s, u"--name"_s, u"DEFAULT"_s}
                                     << QStringList{u"Practice group: \"Default\" exists already (id 1)."_s};
        row("add on another ledger") << QStringList{u"group"_s, u"add"_s, u"--name"_s, u"X"_s, u"--ledger"_s, u"fifo"_s}
                                     << QStringList{u"--ledger: \"fifo\" is neither legacy nor tracked."_s};
        row("assign an unknown family and group")
                << QStringList{u"group"_s, u"assign"_s, u"--family"_s, u"999"_s, u"--group"_s, u"77"_s}
                << QStringList{u"There is no family with account number 999."_s,
                               u"Practice group: there is no group with id 77."_s};
    }
}

void tst_GroupCli::badInput()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, words);
    QFETCH(QStringList, errors);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString url = TestDatabases::url(m_dbs.freshSpec(backend));
    const CliRun run = test::runCli(url, u"manager"_s, words);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QStringList expected;
    for (const QString &line : errors)
        expected << u"paydesk-cli: "_s + line;
    QCOMPARE(run.errLines(), expected);
    const CliRun list = test::runCli(url, u"manager"_s, {u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(jsonArray(list), (QJsonArray{group(1, u"Default"_s, u"tracked"_s, 0)}));
}

// The CLI's posting and allocation refuse a family of a legacy group with the core's message
// (exit 1, nothing written); a plain payment posts.
void tst_GroupCli::legacyFamilyNeverAllocates()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    core::NewPatient ana;
    qint64 group = 0;
    {
        core::Database db(spec);
        test::LedgerDesk desk(db, u"manager"_s);
        ana = desk.addPatient(0, u"Ana"_s);
        desk.addCharge(ana.patientId, u"2024-01-10"_s, u"100.00"_s);
        group = core::PracticeGroups(db, u"manager"_s).add(u"Old ledger"_s, core::PracticeGroup::Ledger::Legacy);
        test::placeInGroup(db, ana.familyId, group);
    }
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &words) { return test::runCli(url, u"manager"_s, words); };
    const QString refusal
            = u"paydesk-cli: Family %1 is in practice group \"Old ledger\" (id %2), which keeps the legacy "
              u"ledger: payments only lower the balance there. Allocation starts once the group is "
              u"migrated (migrations queue --group %2)."_s.arg(ana.familyId)
                      .arg(group);
    const QStringList payment = {u"post-payment"_s,
                                 u"--patient"_s,
                                 QString::number(ana.patientId),
                                 u"--amount"_s,
                                 u"20.00"_s,
                                 u"--method"_s,
                                 u"cash"_s};
    CliRun run = cli(payment + QStringList{u"--auto-allocate"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(), QStringList{refusal});
    run = cli(payment);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Posted payment #1 of 20.00.\n"_s), qPrintable(run.out));
    run = cli({u"allocate"_s, u"--payment"_s, u"1"_s, u"--auto"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(), QStringList{refusal});
    core::Database db(spec);
    core::SqlQuery q = db.query();
    q.prepare(u"SELECT (SELECT COUNT(*) FROM payments), (SELECT COUNT(*) FROM allocations)"_s).exec();
    QVERIFY(q.next());
    QCOMPARE(q.id(0), 1);
    QCOMPARE(q.id(1), 0);
}

QTEST_GUILESS_MAIN(tst_GroupCli)
#include "tst_groupcli.moc"
