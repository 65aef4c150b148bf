// Runs the real paydesk-cli (path in PAYDESK_CLI) with config list and config set against a
// fresh SQLite file and a fresh PostgreSQL database: what it prints, what it refuses, and
// the settings and audit rows it leaves behind.

#include "CliRun.h"
#include "TestDatabases.h"

#include "settings/PracticeSettings.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

namespace {

using Run = paydesk::test::CliRun;

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

// The settings rows and the audit rows about settings, as one text: equal texts mean that
// nothing was written.
QString settingsState(const Database &db)
{
    QStringList rows;
    SqlQuery q = db.query();
    q.prepare(u"SELECT key, value FROM settings ORDER BY key"_s).exec();
    while (q.next())
        rows << q.text(0) + u'=' + q.text(1);
    q.prepare(u"SELECT user_name, action, before_data, after_data FROM audit_log WHERE entity = 'setting' ORDER BY id"_s)
        .exec();
    while (q.next())
        rows << u"%1 %2 %3 -> %4"_s.arg(q.text(0), q.text(1), q.text(2), q.text(3));
    return rows.join(u'\n');
}

} // namespace

class tst_Config : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listShowsEverySetting_data();
    void listShowsEverySetting();
    void setStoresAndAudits_data();
    void setStoresAndAudits();
    void refusals_data();
    void refusals();
    void helpNamesTheOperands();

private:
    Run cli(const QString &db, const QStringList &args);

    TestDatabases m_dbs;
};

void tst_Config::initTestCase()
{
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
}

Run tst_Config::cli(const QString &db, const QStringList &args)
{
    return paydesk::test::runCli(db, u"manager"_s, args);
}

void tst_Config::listShowsEverySetting_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Config::listShowsEverySetting()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    const QString url = TestDatabases::url(db->spec());
    QCOMPARE(cli(url, {u"config"_s, u"set"_s, u"practice.name"_s, u"Riverside Dental"_s}).exitCode, 0);

    const Run json = cli(url, {u"--json"_s, u"config"_s, u"list"_s});
    QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(json.describe()));
    const QJsonArray listed = parseObject(json.out).value(u"settings"_s).toArray();
    QCOMPARE(listed.size(), PracticeSettings::specs().size());
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const SettingSpec &spec = PracticeSettings::specs().at(i);
        const QJsonObject setting = listed.at(i).toObject();
        QCOMPARE(setting.keys(), (QStringList{u"default"_s, u"key"_s, u"meaning"_s, u"type"_s, u"value"_s}));
        QCOMPARE(setting.value(u"key"_s).toString(), QString::fromLatin1(spec.key));
        QCOMPARE(setting.value(u"type"_s).toString(), PracticeSettings::kindName(spec.kind));
        QCOMPARE(setting.value(u"meaning"_s).toString(), PracticeSettings::meaning(spec));
        const bool isName = setting.value(u"key"_s) == u"practice.name"_s;
        QCOMPARE(setting.value(u"default"_s).toBool(), !isName);
        if (isName)
            QCOMPARE(setting.value(u"value"_s).toString(), u"Riverside Dental"_s);
        else if (spec.kind == SettingSpec::Kind::TimeZone) // the system's zone while none is stored
            QVERIFY(!setting.value(u"value"_s).toString().isEmpty());
        else if (spec.kind == SettingSpec::Kind::WholeNumber)
            QCOMPARE(setting.value(u"value"_s).toString(), QString::number(spec.defaultNumber));
        else if (spec.kind == SettingSpec::Kind::Choice) // the first of its values
            QCOMPARE(setting.value(u"value"_s).toString(), spec.choices().constFirst());
        else if (spec.kind == SettingSpec::Kind::Money || spec.kind == SettingSpec::Kind::TimeOfDay)
            QCOMPARE(setting.value(u"value"_s).toString(), QString::fromLatin1(spec.defaultText));
        else
            QCOMPARE(setting.value(u"value"_s).toString(), QString());
    }

    const Run human = cli(url, {u"config"_s, u"list"_s});
    QVERIFY2(human.exitCode == 0 && human.err.isEmpty(), qPrintable(human.describe()));
    const QStringList lines = human.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 * PracticeSettings::specs().size());
    QCOMPARE(lines.at(0), u"practice.name = \"Riverside Dental\""_s);
    QCOMPARE(lines.at(1), u"    Type: text. The practice's name, printed on receipts."_s);
    QCOMPARE(lines.at(2), u"practice.address = \"\" (default)"_s);
}

void tst_Config::setStoresAndAudits_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("printed");

    const QString lastYear = QString::number(QDate::currentDate().year() - 1) + u"-12-31"_s;
    const struct
    {
        const char *tag;
        QString key;
        QString typed;
        QString stored;
        QString printed;
    } rows[] = {
        {"name, trimmed", u"practice.name"_s, u"  Riverside Dental "_s, u"Riverside Dental"_s,
         u"practice.name is now \"Riverside Dental\" (it was \"\")."_s},
        {"address on two lines", u"practice.address"_s, u"12 Main St\nSpringfield"_s, u"12 Main St\nSpringfield"_s,
         u"practice.address is now \"12 Main St\\nSpringfield\" (it was \"\")."_s},
        {"phone", u"practice.phone"_s, u"+1 555 0100"_s, u"+1 555 0100"_s,
         u"practice.phone is now \"+1 555 0100\" (it was \"\")."_s},
        {"time zone", u"practice.time_zone"_s, u"Europe/Madrid"_s, u"Europe/Madrid"_s, QString()},
        {"lock date", u"ledger.lock_date"_s, lastYear, lastYear,
         u"ledger.lock_date is now \"%1\" (it was \"\")."_s.arg(lastYear)},
        {"nightly time, trimmed", u"nightly.time"_s, u" 21:30 "_s, u"21:30"_s,
         u"nightly.time is now \"21:30\" (it was \"20:00\")."_s},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows) {
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                << backend << row.key << row.typed << row.stored << row.printed;
        }
    }
}

void tst_Config::setStoresAndAudits()
{
    QFETCH(QString, backend);
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, printed);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    const QString url = TestDatabases::url(db->spec());
    const QString before = PracticeSettings(*db).value(key);

    const Run set = cli(url, {u"config"_s, u"set"_s, key, typed});
    QVERIFY2(set.exitCode == 0 && set.err.isEmpty(), qPrintable(set.describe()));
    if (!printed.isEmpty())
        QCOMPARE(set.out, printed + u'\n');
    QCOMPARE(PracticeSettings(*db).value(key), stored);

    // One audit row by the acting user, with the value before and after.
    SqlQuery q = db->query();
    q.prepare(u"SELECT user_name, action, before_data, after_data FROM audit_log WHERE entity = 'setting'"_s).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), u"manager"_s);
    QCOMPARE(q.text(1), u"set"_s);
    QCOMPARE(parseObject(q.text(2)), (QJsonObject{{u"key"_s, key}, {u"value"_s, before}}));
    QCOMPARE(parseObject(q.text(3)), (QJsonObject{{u"key"_s, key}, {u"value"_s, stored}}));
    QVERIFY(!q.next());

    // The same value again changes nothing and writes no audit row; --json names both values.
    const Run again = cli(url, {u"--json"_s, u"config"_s, u"set"_s, key, typed});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(parseObject(again.out), (QJsonObject{{u"key"_s, key}, {u"value"_s, stored}, {u"before"_s, stored},
                                                  {u"changed"_s, false}}));
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'setting'"_s).exec();
    QVERIFY(q.next());
    QCOMPARE(q.id(0), qint64(1));
    q.finish(); // an open read would keep this connection's view of the SQLite file as it is now

    // An empty VALUE clears a text or a date; a time zone and the nightly job's time always have one.
    if (key != u"practice.time_zone"_s && key != u"nightly.time"_s) {
        const Run cleared = cli(url, {u"config"_s, u"set"_s, key, QString()});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
        QCOMPARE(PracticeSettings(*db).value(key), QString());
    }
}

void tst_Config::refusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("errors"); // each line of stderr contains its entry

    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const struct
    {
        const char *tag;
        QStringList args;
        QStringList errors;
    } rows[] = {
        {"unknown key", {u"practice.nam"_s, u"Riverside"_s},
         {u"There is no setting \"practice.nam\"; the settings are practice.name, practice.address, practice.phone, "
          "practice.time_zone, ledger.lock_date, desk.idle_lock_minutes, statements.interval_days, statements.max, "
          "billing.default, plans.automated, plans.days_between_payments, plans.suspended_days, collections.delinquent_days, "
          "collections.min_amount, collections.initial_status, collections.plan_code, collections.plan_failed_code, "
          "collections.nd_plan_code, collections.nd_plan_failed_code, portal.clearinghouse, portal.instamed_alias, "
          "portal.report_folder, portal.time_zone, nightly.time, backup.folder, backup.keep."_s}},
        {"time zone nobody knows", {u"practice.time_zone"_s, u"Mars/Olympus"_s},
         {u"practice.time_zone: \"Mars/Olympus\""_s}},
        {"lock date that is no date", {u"ledger.lock_date"_s, u"12/31/2025"_s}, {u"ledger.lock_date: \"12/31/2025\""_s}},
        {"lock date after today", {u"ledger.lock_date"_s, tomorrow}, {u"ledger.lock_date: "_s + tomorrow}},
        {"nightly time that is not HH:MM", {u"nightly.time"_s, u"8 PM"_s},
         {u"nightly.time: \"8 PM\" is not a time of day; write it as HH:MM on a 24-hour clock, such as 20:00."_s}},
        {"nightly time past midnight", {u"nightly.time"_s, u"24:00"_s}, {u"nightly.time: \"24:00\" is not a time of day"_s}},
        {"nightly time without its zero", {u"nightly.time"_s, u"8:00"_s}, {u"nightly.time: \"8:00\" is not a time of day"_s}},
        {"name with a line break", {u"practice.name"_s, u"Riverside\nDental"_s}, {u"practice.name:"_s}},
        {"name too long", {u"practice.name"_s, QString(201, u'x')}, {u"practice.name: the text has 201 characters; at most 200 are allowed."_s}},
        {"a choice written otherwise", {u"billing.default"_s, u"Invoice"_s},
         {u"billing.default: \"Invoice\" is not one of invoice, suspend."_s}},
        {"plans.automated is true or false", {u"plans.automated"_s, u"yes"_s},
         {u"plans.automated: \"yes\" is not one of false, true."_s}},
        {"statements.max beyond 99", {u"statements.max"_s, u"100"_s}, {u"statements.max: 100 is outside 1 to 99."_s}},
        {"no value", {u"practice.name"_s}, {u"config set needs VALUE"_s}},
        {"no key", {}, {u"config set needs KEY"_s, u"config set needs VALUE"_s}},
        {"a third operand", {u"practice.name"_s, u"A"_s, u"B"_s}, {u"\"B\" is not expected after config set"_s}},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.args << row.errors;
    }
}

void tst_Config::refusals()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QStringList, errors);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    const QString url = TestDatabases::url(db->spec());
    QCOMPARE(cli(url, {u"config"_s, u"set"_s, u"practice.name"_s, u"Riverside Dental"_s}).exitCode, 0);
    const QString state = settingsState(*db);

    const Run run = cli(url, QStringList{u"config"_s, u"set"_s} + args);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.errLines();
    QCOMPARE(lines.size(), errors.size());
    for (qsizetype i = 0; i < errors.size(); ++i)
        QVERIFY2(lines.at(i).contains(errors.at(i)), qPrintable(run.describe()));
    QCOMPARE(settingsState(*db), state);
}

void tst_Config::helpNamesTheOperands()
{
    const Run help = cli(u"unused.sqlite"_s, {u"config"_s, u"set"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: paydesk-cli [--db URL] [--user NAME] [--json] config set KEY VALUE\n"_s),
             qPrintable(help.out));
    const Run overview = cli(u"unused.sqlite"_s, {u"--help"_s});
    const qsizetype verify = overview.out.indexOf(u"\n  verify\n"_s);
    const qsizetype list = overview.out.indexOf(u"\n  config list\n"_s);
    const qsizetype set = overview.out.indexOf(u"\n  config set KEY VALUE\n"_s);
    QVERIFY2(verify > 0 && list > verify && set > list, qPrintable(overview.out));
}

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
