// The online payment preferences (portal.*), the Pay Now address and the balance-due list,
// through the services and the real paydesk-cli, on SQLite and PostgreSQL.

#include "BillingDesk.h"
#include "CliRun.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "portal/BalanceDueList.h"
#include "portal/PayNowLink.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "users/UserDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::BalanceDueList;
using paydesk::core::Database;
using paydesk::core::PayNowLink;
using paydesk::core::PracticeSettings;
using paydesk::test::BillingDesk;
using paydesk::test::CliRun;
using paydesk::test::refusalOf;
using paydesk::test::runCli;
using paydesk::test::TestDatabases;

namespace {

const QString clearinghouse = u"portal.clearinghouse"_s;
const QString alias = u"portal.instamed_alias"_s;
const QString missingClearinghouse = u"portal.clearinghouse is not set"_s;
const QString missingAlias = u"portal.instamed_alias is not set"_s;

QStringList linesOf(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_PortalSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aliasCheck_data();
    void aliasCheck();
    void clearinghouseChoice_data();
    void clearinghouseChoice();
    void timeZoneFollowsPractice_data();
    void timeZoneFollowsPractice();
    void payNowLink_data();
    void payNowLink();
    void balanceDue_data();
    void balanceDue();
    void refusedUntilSet_data();
    void refusedUntilSet();
    void frontDeskReadsButDoesNotExport_data();
    void frontDeskReadsButDoesNotExport();

private:
    TestDatabases m_dbs;
};

void tst_PortalSettings::initTestCase()
{
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
}

void tst_PortalSettings::aliasCheck_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem"); // empty: stored, trimmed
    const struct
    {
        const char *tag;
        QString typed;
        QString problem;
    } rows[] = {
            {"letters and digits", u"Riverside2"_s, {}},
            {"dot, dash and underscore", u"river.side-dental_2"_s, {}},
            {"three characters", u"abc"_s, {}},
            {"sixty characters", QString(60, u'a'), {}},
            {"trimmed", u"  riverside  "_s, {}},
            {"empty for none", QString(), {}},
            {"two characters",
             u"ab"_s,
             u"portal.instamed_alias: \"ab\" has 2 characters; an alias has 3 to 60, or leave it empty."_s},
            {"sixty-one characters",
             QString(61, u'a'),
             u"portal.instamed_alias: \"%1\" has 61 characters; an alias has 3 to 60, or leave it empty."_s.arg(
                     QString(61, u'a'))},
            {"a space",
             u"river side"_s,
             u"portal.instamed_alias: \"river side\" holds \" \"; an alias has only letters, digits, \".\", \"-\" and \"_\"."_s},
            {"a slash",
             u"river/side"_s,
             u"portal.instamed_alias: \"river/side\" holds \"/\"; an alias has only letters, digits, \".\", \"-\" and \"_\"."_s},
            {"a question mark",
             u"river?x=1"_s,
             u"portal.instamed_alias: \"river?x=1\" holds \"?\"; an alias has only letters, digits, \".\", \"-\" and \"_\"."_s},
            {"an accented letter",
             u"clínica"_s,
             u"portal.instamed_alias: \"clínica\" holds \"í\"; an alias has only letters, digits, \".\", \"-\" and \"_\"."_s},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.typed << row.problem;
}

void tst_PortalSettings::aliasCheck()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    PracticeSettings settings(*db);
    QCOMPARE(settings.problem(alias, typed), problem);
    QCOMPARE(refusalOf([&] { settings.set(u"manager"_s, alias, typed); }), problem);
    QCOMPARE(settings.value(alias), problem.isEmpty() ? typed.trimmed() : QString());
}

void tst_PortalSettings::clearinghouseChoice_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    const QString notOne = u"portal.clearinghouse: \"%1\" is not one of instamed, or empty."_s;
    const struct
    {
        const char *tag;
        QString typed;
        QString problem;
    } rows[] = {
            {"instamed", u"instamed"_s, {}},
            {"empty for none", QString(), {}},
            {"written otherwise", u"InstaMed"_s, notOne.arg(u"InstaMed"_s)},
            {"another clearinghouse", u"waystar"_s, notOne.arg(u"waystar"_s)},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.typed << row.problem;
}

void tst_PortalSettings::clearinghouseChoice()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    PracticeSettings settings(*db);
    // None until the practice chooses one.
    QCOMPARE(settings.value(clearinghouse), QString());
    QCOMPARE(refusalOf([&] { settings.set(u"manager"_s, clearinghouse, typed); }), problem);
    QCOMPARE(settings.value(clearinghouse), problem.isEmpty() ? typed : QString());
}

void tst_PortalSettings::timeZoneFollowsPractice_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_PortalSettings::timeZoneFollowsPractice()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    PracticeSettings settings(*db);
    const QString zone = u"portal.time_zone"_s;
    const auto listed = [&] {
        for (const paydesk::core::Setting &setting : settings.list())
            if (QLatin1String(setting.spec->key) == zone)
                return std::pair{setting.value, setting.isDefault};
        return std::pair{QString(), false};
    };
    // Nothing stored: the practice's zone, whatever it is.
    QCOMPARE(settings.value(zone), settings.value(u"practice.time_zone"_s));
    settings.set(u"manager"_s, u"practice.time_zone"_s, u"Europe/Madrid"_s);
    QCOMPARE(settings.value(zone), u"Europe/Madrid"_s);
    QCOMPARE(listed(), std::pair(u"Europe/Madrid"_s, true));

    // Once set, it stays when the practice moves.
    QCOMPARE(settings.problem(zone, u"Mars/Olympus"_s),
             u"portal.time_zone: \"Mars/Olympus\" is not a time zone this computer knows; write an IANA name such as "
             "America/New_York or Europe/Madrid."_s);
    settings.set(u"manager"_s, zone, u"America/Chicago"_s);
    settings.set(u"manager"_s, u"practice.time_zone"_s, u"Asia/Tokyo"_s);
    QCOMPARE(settings.value(zone), u"America/Chicago"_s);
    QCOMPARE(listed(), std::pair(u"America/Chicago"_s, false));
}

void tst_PortalSettings::payNowLink_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("clearinghouseValue");
    QTest::addColumn<QString>("aliasValue");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("missing"); // each message begins with its entry
    const struct
    {
        const char *tag;
        QString clearinghouse;
        QString alias;
        QString url;
        QStringList missing;
    } rows[] = {
            {"nothing set", {}, {}, {}, {missingClearinghouse}},
            {"alias without clearinghouse", {}, u"riverside"_s, {}, {missingClearinghouse}},
            {"clearinghouse without alias", u"instamed"_s, {}, {}, {missingAlias}},
            {"both", u"instamed"_s, u"riverside-dental"_s, u"https://pay.instamed.com/riverside-dental"_s, {}},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                    << backend << row.clearinghouse << row.alias << row.url << row.missing;
}

void tst_PortalSettings::payNowLink()
{
    QFETCH(QString, backend);
    QFETCH(QString, clearinghouseValue);
    QFETCH(QString, aliasValue);
    QFETCH(QString, url);
    QFETCH(QStringList, missing);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    PracticeSettings(*db).set(u"manager"_s, {{clearinghouse, clearinghouseValue}, {alias, aliasValue}});
    const PayNowLink link = PayNowLink::read(*db);
    QCOMPARE(link.url(), url);
    QCOMPARE(link.isAvailable(), missing.isEmpty());
    QCOMPARE(link.missing().size(), missing.size());
    for (qsizetype i = 0; i < missing.size(); ++i)
        QVERIFY2(link.missing().at(i).startsWith(missing.at(i)), qPrintable(link.missing().at(i)));
    QCOMPARE(refusalOf([&] { link.require(); }), link.missing().join(u'\n'));
}

void tst_PortalSettings::balanceDue_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_PortalSettings::balanceDue()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    BillingDesk desk(*db);
    desk.settings({{clearinghouse, u"instamed"_s}, {alias, u"riverside"_s}});
    qint64 patient = 0;
    const qint64 owes = desk.owingFamily(&patient, u"120.00"_s);
    // Not listed: a family that has paid what it owed, and one in credit.
    desk.owingFamily(&patient, u"50.00"_s);
    desk.pay(patient, paydesk::test::date("2026-01-05"), u"50.00"_s);
    desk.family(&patient, u"Okafor"_s);
    desk.pay(patient, paydesk::test::date("2026-01-05"), u"30.00"_s);
    const qint64 oneCent = desk.family(&patient, u"Nguyen"_s);
    desk.charge(patient, paydesk::test::date("2026-01-06"), u"0.01"_s);
    // A charge the daily run has counted and one it has not: the list's balance is now's.
    const qint64 counted = desk.family(&patient, u"Smith"_s);
    desk.charge(patient, paydesk::test::date("2026-01-06"), u"10.00"_s);
    desk.run(paydesk::test::date("2026-01-07"));
    desk.charge(patient, paydesk::test::date("2026-01-08"), u"5.50"_s);

    const QString pay = u"https://pay.instamed.com/riverside"_s;
    const QList<QJsonObject> expected = {
            {{u"family"_s, owes}, {u"guarantor"_s, u"Rivera, Ana"_s}, {u"balance"_s, u"120.00"_s}, {u"pay_url"_s, pay}},
            {{u"family"_s, oneCent}, {u"guarantor"_s, u"Nguyen, Ana"_s}, {u"balance"_s, u"0.01"_s}, {u"pay_url"_s, pay}},
            {{u"family"_s, counted}, {u"guarantor"_s, u"Smith, Ana"_s}, {u"balance"_s, u"15.50"_s}, {u"pay_url"_s, pay}},
    };
    QList<QJsonObject> read;
    for (const paydesk::core::BalanceDue &due : BalanceDueList(*db).read(desk.user()))
        read.append(due.toJson());
    QCOMPARE(read, expected);

    const QString url = TestDatabases::url(db->spec());
    const CliRun json = runCli(url, desk.user(), {u"--json"_s, u"portal"_s, u"balance-due"_s});
    QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(json.describe()));
    QList<QJsonObject> printed;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.out.toUtf8()).array())
        printed.append(value.toObject());
    QCOMPARE(printed, expected);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"due.csv"_s);
    const CliRun csv = runCli(url, desk.user(), {u"portal"_s, u"balance-due"_s, u"--csv"_s, path});
    QVERIFY2(csv.exitCode == 0 && csv.err.isEmpty(), qPrintable(csv.describe()));
    QCOMPARE(csv.out, u"Wrote 3 families to %1.\n"_s.arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(linesOf(QString::fromUtf8(file.readAll()).remove(u'\r')),
             (QStringList{u"family,guarantor,balance,pay_url"_s,
                          u"%1,\"Rivera, Ana\",120.00,%2"_s.arg(owes).arg(pay),
                          u"%1,\"Nguyen, Ana\",0.01,%2"_s.arg(oneCent).arg(pay),
                          u"%1,\"Smith, Ana\",15.50,%2"_s.arg(counted).arg(pay)}));

    const CliRun text = runCli(url, desk.user(), {u"portal"_s, u"balance-due"_s});
    QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(text.describe()));
    QCOMPARE(linesOf(text.out).value(0), u"Pay Now: "_s + pay);
    QCOMPARE(linesOf(text.out).size(), 1 + 1 + expected.size()); // the address, the titles, the families
}

void tst_PortalSettings::refusedUntilSet_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("clearinghouseValue");
    QTest::addColumn<QString>("aliasValue");
    QTest::addColumn<QStringList>("asJson");
    QTest::addColumn<QString>("missing");
    const struct
    {
        const char *tag;
        QString clearinghouse;
        QString alias;
        QString missing;
    } rows[] = {
            {"nothing set", {}, {}, missingClearinghouse},
            {"no clearinghouse", {}, u"riverside"_s, missingClearinghouse},
            {"no alias", u"instamed"_s, {}, missingAlias},
    };
    for (const QString &backend : TestDatabases::backends())
        for (const auto &row : rows)
            for (const bool json : {false, true})
                QTest::addRow("%s%s/%s", row.tag, json ? " json" : "", qPrintable(backend))
                        << backend << row.clearinghouse << row.alias
                        << (json ? QStringList{u"--json"_s} : QStringList()) << row.missing;
}

void tst_PortalSettings::refusedUntilSet()
{
    QFETCH(QString, backend);
    QFETCH(QString, clearinghouseValue);
    QFETCH(QString, aliasValue);
    QFETCH(QStringList, asJson);
    QFETCH(QString, missing);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    BillingDesk desk(*db);
    qint64 patient = 0;
    desk.owingFamily(&patient, u"120.00"_s);
    desk.settings({{clearinghouse, clearinghouseValue}, {alias, aliasValue}});
    const QString url = TestDatabases::url(db->spec());
    QTemporaryDir folder;
    const QString path = folder.filePath(u"due.csv"_s);
    for (const QStringList &args :
         {QStringList{u"portal"_s, u"balance-due"_s}, QStringList{u"portal"_s, u"balance-due"_s, u"--csv"_s, path}}) {
        const CliRun run = runCli(url, desk.user(), asJson + args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(linesOf(run.err).size(), 1);
        QVERIFY2(run.err.contains(missing), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(path));
    }
    // The service refuses the file as the command does.
    const QString refused = refusalOf([&] { BalanceDueList(*db).writeCsv(desk.user(), path); });
    QVERIFY2(refused.startsWith(missing), qPrintable(refused));
    QVERIFY(!QFile::exists(path));
}

void tst_PortalSettings::frontDeskReadsButDoesNotExport_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_PortalSettings::frontDeskReadsButDoesNotExport()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    BillingDesk desk(*db);
    desk.settings({{clearinghouse, u"instamed"_s}, {alias, u"riverside"_s}});
    qint64 patient = 0;
    const qint64 owes = desk.owingFamily(&patient, u"120.00"_s);
    paydesk::core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, paydesk::core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, u"clerk"_s, paydesk::core::Role::FrontDesk, u"clerk-password"_s);

    const QList<paydesk::core::BalanceDue> rows = BalanceDueList(*db).read(u"clerk"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().familyId, owes);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"due.csv"_s);
    const QString refused = refusalOf([&] { BalanceDueList(*db).writeCsv(u"clerk"_s, path); });
    QVERIFY2(refused.contains(u"billing manager"_s), qPrintable(refused));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_PortalSettings)
#include "tst_portalsettings.moc"
