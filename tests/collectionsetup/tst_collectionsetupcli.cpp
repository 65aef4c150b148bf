// The collections set-up commands of the real paydesk-cli on a SQLite file and a PostgreSQL
// database: what they print as text and JSON, and bad input refused with exit 1, one line per
// problem naming the field and the value, nothing written.

#include "CliRun.h"
#include "LedgerDesk.h"
#include "TestDatabases.h"

#include "collections/BillingGroups.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionsPolicy.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk;
using test::CliRun;
using test::TestDatabases;

namespace {

QJsonValue json(const CliRun &run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QStringList errors(const QStringList &lines)
{
    QStringList prefixed;
    for (const QString &line : lines)
        prefixed << u"paydesk-cli: "_s + line;
    return prefixed;
}

} // namespace

class tst_CollectionSetupCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codes_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void codes();
    void badInput_data();
    void badInput();
    void defaultsAndLists_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void defaultsAndLists();
    void billingGroups_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void billingGroups();

private:
    TestDatabases m_dbs;
};

void tst_CollectionSetupCli::initTestCase()
{
    QVERIFY2(!test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
}

void tst_CollectionSetupCli::codes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString url = TestDatabases::url(m_dbs.freshSpec(backend));
    const auto cli = [&](const QStringList &words) { return test::runCli(url, u"manager"_s, words); };

    CliRun run = cli({u"collections"_s, u"code"_s, u"add"_s, u"--code"_s, u"ag"_s, u"--description"_s, u"Agency"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Added collection status code AG.\n"_s);
    run = cli({u"collections"_s, u"code"_s, u"add"_s, u"--code"_s, u"C2"_s, u"--description"_s, u"Second notice"_s,
               u"--days"_s, u"30"_s, u"--next"_s, u"AG"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).toObject(), (QJsonObject{{u"code"_s, u"C2"_s}, {u"description"_s, u"Second notice"_s},
                                                {u"days_to_remain"_s, 30}, {u"next"_s, u"AG"_s}}));
    run = cli({u"collections"_s, u"code"_s, u"edit"_s, u"--code"_s, u"c2"_s, u"--days"_s, u"0"_s, u"--no-next"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Changed collection status code C2.\n"_s);
    run = cli({u"collections"_s, u"code"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Code  Description    Days to Remain  Next\n"
                      u"AG    Agency                      0\n"
                      u"C2    Second notice               0\n"_s);
    run = cli({u"collections"_s, u"code"_s, u"delete"_s, u"--code"_s, u"C2"_s});
    QCOMPARE(run.exitCode, 0);
    run = cli({u"collections"_s, u"code"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json(run).toArray(), (QJsonArray{QJsonObject{{u"code"_s, u"AG"_s}, {u"description"_s, u"Agency"_s},
                                                          {u"days_to_remain"_s, 0}, {u"next"_s, QJsonValue()}}}));
}

void tst_CollectionSetupCli::badInput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("messages");
    const QStringList add{u"collections"_s, u"code"_s, u"add"_s};
    const QStringList edit{u"collections"_s, u"code"_s, u"edit"_s};
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        row("code of four letters") << add + QStringList{u"--code"_s, u"ABCD"_s, u"--description"_s, u"x"_s}
                                    << QStringList{u"Code: \"ABCD\" is not a collection status code; write 1 to 3 letters or digits."_s};
        row("days not a number") << add + QStringList{u"--code"_s, u"IC"_s, u"--description"_s, u"x"_s, u"--days"_s, u"ten"_s}
                                 << QStringList{u"--days: \"ten\" is not a whole number from 0 to 999."_s};
        row("days and transfer") << add + QStringList{u"--code"_s, u"XX"_s, u"--description"_s, u"x"_s, u"--days"_s,
                                                      u"1000"_s, u"--next"_s, u"QQ"_s}
                                 << QStringList{u"Days to Remain in Status of XX: 1000 is not a whole number from 0 to 999."_s,
                                                u"Transfer to Next Status Code of XX: \"QQ\" is not in the Collection Status Table."_s};
        row("transfer loop") << edit + QStringList{u"--code"_s, u"AG"_s, u"--next"_s, u"IC"_s}
                             << QStringList{u"Transfer to Next Status Code of AG: IC would make a transfer loop (AG -> IC -> C2 -> AG)."_s};
        row("next and no next") << edit + QStringList{u"--code"_s, u"AG"_s, u"--next"_s, u"IC"_s, u"--no-next"_s}
                                << QStringList{u"--next and --no-next: give one of them."_s};
        row("delete a code in use") << QStringList{u"collections"_s, u"code"_s, u"delete"_s, u"--code"_s, u"IC"_s}
                                    << QStringList{u"Code IC is the setting collections.initial_status."_s,
                                                   u"Code IC is the Transfer to Next Status Code of NDF."_s};
        row("defaults twice") << QStringList{u"collections"_s, u"setup-defaults"_s}
                              << QStringList{u"The Collection Status Table has 7 codes already; the defaults go only into an empty table."_s};
        row("merchant twice") << QStringList{u"collections"_s, u"merchant"_s, u"add"_s, u"--name"_s, u"riverside"_s}
                              << QStringList{u"Merchant: \"Riverside\" is already in the list."_s};
        row("group twice") << QStringList{u"billing-group"_s, u"add"_s, u"--name"_s, u"DEFAULT"_s}
                           << QStringList{u"Billing group: \"Default\" exists already."_s};
        row("unknown family and group")
                << QStringList{u"billing-group"_s, u"assign"_s, u"--family"_s, u"1"_s, u"--group"_s, u"Ortho"_s}
                << QStringList{u"There is no family with account number 1."_s, u"Billing group: there is no group \"Ortho\"."_s};
        row("non-delinquent plan code shared")
                << QStringList{u"config"_s, u"set"_s, u"collections.nd_plan_code"_s, u"IC"_s}
                << QStringList{u"collections.nd_plan_code: IC is also collections.initial_status; the non-delinquent "
                               "plan's status is the one that is not in collections, so it needs a code of its own."_s};
        row("failed code is the plan code")
                << QStringList{u"config"_s, u"set"_s, u"collections.plan_failed_code"_s, u"cp"_s}
                << QStringList{u"collections.plan_failed_code: CP is also collections.plan_code; a failed plan must "
                               "move the account to another status."_s};
        row("suppress both ways") << QStringList{u"billing-group"_s, u"edit"_s, u"--name"_s, u"Default"_s,
                                                 u"--suppress-collections"_s, u"--no-suppress-collections"_s}
                                  << QStringList{u"--suppress-collections or --no-suppress-collections: give one of them."_s};
    }
}

void tst_CollectionSetupCli::badInput()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QStringList, messages);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &words) { return test::runCli(url, u"manager"_s, words); };
    QCOMPARE(cli({u"collections"_s, u"setup-defaults"_s}).exitCode, 0);
    QCOMPARE(cli({u"collections"_s, u"merchant"_s, u"add"_s, u"--name"_s, u"Riverside"_s}).exitCode, 0);
    const QString before = cli({u"collections"_s, u"code"_s, u"list"_s}).out;
    const QString settings = cli({u"config"_s, u"list"_s}).out;

    const CliRun run = cli(args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(), errors(messages));
    QCOMPARE(run.out, QString());
    QCOMPARE(cli({u"collections"_s, u"code"_s, u"list"_s}).out, before);
    QCOMPARE(cli({u"config"_s, u"list"_s}).out, settings);
    QCOMPARE(cli({u"billing-group"_s, u"list"_s, u"--json"_s}).out.count(u"\"name\""_s), 1);
    QCOMPARE(cli({u"collections"_s, u"merchant"_s, u"list"_s}).out, u"Riverside\n"_s);
}

void tst_CollectionSetupCli::defaultsAndLists()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &words) { return test::runCli(url, u"manager"_s, words); };

    CliRun run = cli({u"collections"_s, u"setup-defaults"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Added the default collection status codes and turned collections on "
                      u"(collections.initial_status IC).\n"_s);
    {
        const core::Database db(spec);
        QCOMPARE(core::CollectionsPolicy::read(db).initialStatus, u"IC"_s);
        QCOMPARE(core::CollectionCodeTable(db, u"manager"_s).list().size(), 7);
    }
    run = cli({u"config"_s, u"list"_s, u"--json"_s});
    QVERIFY(run.out.contains(u"\"value\": \"NDF\""_s));

    QCOMPARE(cli({u"collections"_s, u"method"_s, u"list"_s}).out, u"No payment methods yet.\n"_s);
    run = cli({u"collections"_s, u"method"_s, u"add"_s, u"--name"_s, u"Visa"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Added payment method \"Visa\".\n"_s);
    QCOMPARE(cli({u"collections"_s, u"method"_s, u"add"_s, u"--name"_s, u"ACH"_s, u"--json"_s}).out.trimmed(),
             u"{\n    \"name\": \"ACH\"\n}"_s);
    QCOMPARE(json(cli({u"collections"_s, u"method"_s, u"list"_s, u"--json"_s})).toArray(),
             (QJsonArray{u"ACH"_s, u"Visa"_s}));
    QCOMPARE(json(cli({u"collections"_s, u"merchant"_s, u"list"_s, u"--json"_s})).toArray(), QJsonArray());
}

void tst_CollectionSetupCli::billingGroups()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &words) { return test::runCli(url, u"manager"_s, words); };
    qint64 family = 0;
    {
        const core::Database db(spec);
        family = test::LedgerDesk(db, u"manager"_s).addPatient(0, u"Ana"_s).familyId;
    }
    const QString f = QString::number(family);

    CliRun run = cli({u"billing-group"_s, u"add"_s, u"--name"_s, u"Self-pay"_s, u"--suppress-collections"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Added billing group \"Self-pay\" (suppresses collections).\n"_s);
    run = cli({u"billing-group"_s, u"assign"_s, u"--family"_s, f, u"--group"_s, u"self-pay"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject assigned = json(run).toObject();
    QCOMPARE(assigned.value(u"family"_s).toInteger(), family);
    QCOMPARE(assigned.value(u"group"_s).toObject().value(u"name"_s).toString(), u"Self-pay"_s);
    run = cli({u"billing-group"_s, u"edit"_s, u"--name"_s, u"Self-pay"_s, u"--no-suppress-collections"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Billing group \"Self-pay\" does not suppress collections.\n"_s);
    run = cli({u"billing-group"_s, u"list"_s});
    QCOMPARE(run.out, u"Id  Name      Collections\n"
                      u" 1  Default   on\n"
                      u" 2  Self-pay  on\n"_s);
    const QJsonArray groups = json(cli({u"billing-group"_s, u"list"_s, u"--json"_s})).toArray();
    QCOMPARE(groups.at(1).toObject(), (QJsonObject{{u"id"_s, 2}, {u"name"_s, u"Self-pay"_s},
                                                   {u"suppress_collections"_s, false}}));
    const core::Database db(spec);
    QCOMPARE(core::BillingGroups(db, u"manager"_s).groupOf(family).name, u"Self-pay"_s);
}

QTEST_GUILESS_MAIN(tst_CollectionSetupCli)
#include "tst_collectionsetupcli.moc"
