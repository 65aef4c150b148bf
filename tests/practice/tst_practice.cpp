#include "TestDatabases.h"

#include "ledger/AdjustmentTypes.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "ledger/ProcedureCodes.h"
#include "ledger/SearchTerms.h"
#include "reports/AgingReport.h"
#include "reports/DepositReport.h"
#include "settings/PracticeSettings.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"
#include "util/DateText.h"
#include "util/Errors.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

// The practice's own tables and settings: what the desk and the CLI read to decide what
// "today" is, which dates are closed, which way an adjustment type goes and which fee a
// procedure code fills in; and how typed dates and names are read.
class tst_Practice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateText_data();
    void dateText();
    void datePattern_data();
    void datePattern();
    void searchTerms_data();
    void searchTerms();

    void settingsDefaultsAndChanges_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void settingsDefaultsAndChanges();
    void settingsRefuse_data();
    void settingsRefuse();
    void todayInThePracticeTimeZone_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void todayInThePracticeTimeZone();
    void lockDate_data();
    void lockDate();
    void reportsStopAtToday_data();
    void reportsStopAtToday();

    void seededAdjustmentTypes_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void seededAdjustmentTypes();
    void adjustmentSignRule_data();
    void adjustmentSignRule();
    void adjustmentTypesAddChangeAndEnsure_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void adjustmentTypesAddChangeAndEnsure();
    void procedureCodes_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void procedureCodes();

    void upgradeKeepsTypesInUseAndIndexesNames_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void upgradeKeepsTypesInUseAndIndexesNames();

private:
    TestDatabases m_dbs;
};

namespace {

qint64 count(const Database &db, const QString &sql)
{
    SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

} // namespace

void tst_Practice::dateText_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // null: refused

    const QString us = u"en_US"_s, es = u"es_ES"_s;
    QTest::newRow("iso") << us << u"1990-05-17"_s << QDate(1990, 5, 17);
    QTest::newRow("iso, spaces around") << us << u"  1990-05-17 "_s << QDate(1990, 5, 17);
    QTest::newRow("iso in Spain") << es << u"1990-05-17"_s << QDate(1990, 5, 17);
    QTest::newRow("US MM/DD/YYYY") << us << u"05/17/1990"_s << QDate(1990, 5, 17);
    QTest::newRow("US M/D/YYYY") << us << u"5/7/1990"_s << QDate(1990, 5, 7);
    QTest::newRow("US dashes") << us << u"5-17-1990"_s << QDate(1990, 5, 17);
    QTest::newRow("US M/D/YY past century") << us << u"12/24/55"_s << QDate(1955, 12, 24);
    QTest::newRow("US YY this year") << us << u"1/2/26"_s << QDate(2026, 1, 2);
    QTest::newRow("US YY next year is last century") << us << u"1/2/27"_s << QDate(1927, 1, 2);
    QTest::newRow("Spain DD/MM/YYYY") << es << u"17/05/1990"_s << QDate(1990, 5, 17);
    QTest::newRow("Spain D/M/YY") << es << u"24/12/55"_s << QDate(1955, 12, 24);
    QTest::newRow("US day 17 as month") << us << u"17/05/1990"_s << QDate();
    QTest::newRow("no 30 February") << us << u"02/30/2024"_s << QDate();
    QTest::newRow("iso month 13") << us << u"1990-13-01"_s << QDate();
    QTest::newRow("three-digit year") << us << u"5/17/199"_s << QDate();
    QTest::newRow("words") << us << u"tomorrow"_s << QDate();
    QTest::newRow("empty") << us << QString() << QDate();
    QTest::newRow("two numbers") << us << u"5/17"_s << QDate();
}

void tst_Practice::dateText()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const DateText::Result result = DateText::parse(text, QLocale(locale), QDate(2026, 12, 6));
    QCOMPARE(result.date, expected);
    QCOMPARE(result.error.isEmpty(), expected.isValid());
    if (!expected.isValid()) {
        // The message names what was typed and the forms that are read.
        QVERIFY2(result.error.contains(text.trimmed()), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"YYYY-MM-DD"_s), qPrintable(result.error));
    }
}

void tst_Practice::datePattern_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("US") << u"en_US"_s << u"MM/DD/YYYY"_s << u"05/07/1990"_s;
    QTest::newRow("Spain") << u"es_ES"_s << u"DD/MM/YYYY"_s << u"07/05/1990"_s;
    QTest::newRow("Germany") << u"de_DE"_s << u"DD.MM.YYYY"_s << u"07.05.1990"_s;
    // The C locale's short date has month names and spaces: the US order, with slashes.
    QTest::newRow("C") << u"C"_s << u"MM/DD/YYYY"_s << u"05/07/1990"_s;
}

void tst_Practice::datePattern()
{
    QFETCH(QString, locale);
    QFETCH(QString, pattern);
    QFETCH(QString, formatted);
    QCOMPARE(DateText::pattern(QLocale(locale)), pattern);
    QCOMPARE(DateText::format(QDate(1990, 5, 7), QLocale(locale)), formatted);
    // What format() writes, parse() reads back.
    QCOMPARE(DateText::parse(formatted, QLocale(locale), QDate(2026, 12, 6)).date, QDate(1990, 5, 7));
}

void tst_Practice::searchTerms_data()
{
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("plain") << u"Haddad"_s << u"Maria"_s << QStringList{u"haddad"_s, u"maria"_s};
    QTest::newRow("accents") << u"Núñez"_s << u"María José"_s << QStringList{u"nunez"_s, u"maria"_s, u"jose"_s};
    QTest::newRow("compound") << u"De la Cruz"_s << u"Ana"_s << QStringList{u"de"_s, u"la"_s, u"cruz"_s, u"ana"_s};
    QTest::newRow("hyphen") << u"Smith-Jones"_s << u"Lee"_s << QStringList{u"smith"_s, u"jones"_s, u"lee"_s};
    QTest::newRow("apostrophe") << u"O'Brien"_s << u"Sean"_s << QStringList{u"obrien"_s, u"sean"_s};
    QTest::newRow("repeated word") << u"Lee"_s << u"Lee"_s << QStringList{u"lee"_s};
}

void tst_Practice::searchTerms()
{
    QFETCH(QString, last);
    QFETCH(QString, first);
    QFETCH(QStringList, terms);
    Patient patient;
    patient.lastName = last;
    patient.firstName = first;
    QCOMPARE(SearchTerms::of(patient), terms);
}

void tst_Practice::settingsDefaultsAndChanges()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    PracticeSettings settings(*db);
    QCOMPARE(settings.value(u"practice.name"_s), QString());
    QVERIFY(!settings.value(u"practice.time_zone"_s).isEmpty()); // the system's
    QCOMPARE(settings.list().size(), PracticeSettings::specs().size());
    // The idle lock is 10 minutes until set; a whole number is stored without its blanks.
    QCOMPARE(settings.number(u"desk.idle_lock_minutes"_s), 10);
    settings.set(u"admin"_s, u"desk.idle_lock_minutes"_s, u" 120 "_s);
    QCOMPARE(settings.value(u"desk.idle_lock_minutes"_s), u"120"_s);
    QCOMPARE(settings.number(u"desk.idle_lock_minutes"_s), 120);

    settings.set(u"admin"_s, {{u"practice.name"_s, u"  Riverside Dental "_s},
                              {u"practice.address"_s, u"12 Main St\r\nSpringfield"_s},
                              {u"practice.time_zone"_s, u"America/Chicago"_s}});
    QCOMPARE(settings.value(u"practice.name"_s), u"Riverside Dental"_s);
    QCOMPARE(settings.value(u"practice.address"_s), u"12 Main St\nSpringfield"_s);
    const QList<Setting> listed = settings.list();
    const auto name = std::find_if(listed.begin(), listed.end(), [](const Setting &s) { return QLatin1String(s.spec->key) == u"practice.name"; });
    QVERIFY(!name->isDefault);
    QCOMPARE(name->value, u"Riverside Dental"_s);

    // Every change is audited with before and after; setting the same value again is no change.
    settings.set(u"admin"_s, u"practice.name"_s, u"Riverside Dental"_s);
    settings.set(u"admin"_s, u"practice.name"_s, u"Riverside Family Dental"_s);
    SqlQuery q = db->query();
    q.prepare(u"SELECT user_name, action, before_data, after_data FROM audit_log WHERE entity = 'setting'"
              " AND after_data LIKE '%practice.name%' ORDER BY id"_s)
        .exec();
    QStringList rows;
    while (q.next())
        rows << q.text(0) + u' ' + q.text(1) + u' ' + q.text(2) + u" -> "_s + q.text(3);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows[0].contains(u"\"value\":\"\""_s) && rows[0].contains(u"Riverside Dental"_s), qPrintable(rows[0]));
    QVERIFY2(rows[1].startsWith(u"admin set "_s) && rows[1].contains(u"Riverside Family Dental"_s), qPrintable(rows[1]));
}

void tst_Practice::settingsRefuse_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &key, const QString &value, const QString &message) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << key << value << message;
        };
        row("unknown key", u"practice.colour"_s, u"blue"_s,
            u"There is no setting \"practice.colour\"; the settings are practice.name, practice.address, "
            "practice.phone, practice.time_zone, ledger.lock_date, desk.idle_lock_minutes, statements.interval_days, "
            "statements.max, billing.default, plans.automated, plans.days_between_payments, plans.suspended_days, collections.delinquent_days, "
          "collections.min_amount, collections.initial_status, collections.plan_code, collections.plan_failed_code, "
          "collections.nd_plan_code, collections.nd_plan_failed_code, portal.clearinghouse, portal.instamed_alias, "
          "portal.report_folder, portal.time_zone, nightly.time, backup.folder, backup.keep."_s);
        row("bad zone", u"practice.time_zone"_s, u"Mars/Olympus"_s, u"practice.time_zone: \"Mars/Olympus\""_s);
        row("bad date", u"ledger.lock_date"_s, u"12/31/2025"_s, u"ledger.lock_date: \"12/31/2025\" is not a date"_s);
        row("future lock", u"ledger.lock_date"_s, u"2027-01-01"_s, u"ledger.lock_date: 2027-01-01 is after today"_s);
        row("line break in a name", u"practice.name"_s, u"A\nB"_s, u"practice.name: the text holds a line break"_s);
        // Nothing is cut to 200: the value is refused.
        row("long phone", u"practice.phone"_s, QString(201, u'5'),
            u"practice.phone: the text has 201 characters; at most 200 are allowed."_s);
        // The idle lock: whole minutes from 1 to 120.
        row("idle lock of 0", u"desk.idle_lock_minutes"_s, u"0"_s, u"desk.idle_lock_minutes: 0 is outside 1 to 120."_s);
        row("idle lock of 121", u"desk.idle_lock_minutes"_s, u"121"_s,
            u"desk.idle_lock_minutes: 121 is outside 1 to 120."_s);
        row("idle lock of 2.5", u"desk.idle_lock_minutes"_s, u"2.5"_s,
            u"desk.idle_lock_minutes: \"2.5\" is not a whole number; write one from 1 to 120."_s);
        row("idle lock of -5", u"desk.idle_lock_minutes"_s, u"-5"_s,
            u"desk.idle_lock_minutes: \"-5\" is not a whole number"_s);
        row("idle lock empty", u"desk.idle_lock_minutes"_s, u""_s, u"desk.idle_lock_minutes: \"\" is not a whole number"_s);
        row("minimum amount with three decimals", u"collections.min_amount"_s, u"25.005"_s,
            u"collections.min_amount: \"25.005\" has more than two decimals"_s);
        row("negative minimum amount", u"collections.min_amount"_s, u"-3"_s, u"collections.min_amount: -3.00 is below zero"_s);
        row("minimum amount that is no number", u"collections.min_amount"_s, u"lots"_s,
            u"collections.min_amount: \"lots\" is not an amount"_s);
        row("initial status not in the table", u"collections.initial_status"_s, u"zz"_s,
            u"collections.initial_status: \"zz\" is not a code of the Collection Status Table"_s);
    }
}

void tst_Practice::settingsRefuse()
{
    QFETCH(QString, backend);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Clock::Override now(QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC));
    PracticeSettings settings(*db);
    try {
        // A good value beside the bad one is not kept either: all or nothing.
        settings.set(u"admin"_s, {{u"practice.phone"_s, u"555-0100"_s}, {key, value}});
        QFAIL("the value was taken");
    } catch (const Refusal &refusal) {
        QVERIFY2(refusal.message().contains(message), qPrintable(refusal.message()));
    }
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM settings"_s), qint64(0));
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'setting'"_s), qint64(0));
}

void tst_Practice::todayInThePracticeTimeZone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    // 03:30 UTC on 7 December is still the evening of the 6th in Chicago, already the 7th in Madrid.
    Clock::Override now(QDateTime(QDate(2026, 12, 7), QTime(3, 30), Qt::UTC));
    PracticeSettings(*db).set(u"admin"_s, u"practice.time_zone"_s, u"America/Chicago"_s);
    QCOMPARE(LedgerCalendar(*db).today(), QDate(2026, 12, 6));
    PracticeSettings(*db).set(u"admin"_s, u"practice.time_zone"_s, u"Europe/Madrid"_s);
    QCOMPARE(LedgerCalendar(*db).today(), QDate(2026, 12, 7));
}

void tst_Practice::lockDate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("lock");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("problem"); // empty: taken
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &lock, QDate date, const QString &problem) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << lock << date << problem;
        };
        row("no lock, past", QString(), QDate(2020, 1, 1), QString());
        row("day after lock", u"2026-11-30"_s, QDate(2026, 12, 1), QString());
        row("on the lock date", u"2026-11-30"_s, QDate(2026, 11, 30), u"on or before the lock date 2026-11-30 (Settings; config key ledger.lock_date)"_s);
        row("before the lock date", u"2026-11-30"_s, QDate(2026, 1, 2), u"on or before the lock date 2026-11-30 (Settings; config key ledger.lock_date)"_s);
        row("today", u"2026-11-30"_s, QDate(2026, 12, 6), QString());
        row("tomorrow", u"2026-11-30"_s, QDate(2026, 12, 7), u"2026-12-07 is in the future"_s);
        row("missing", QString(), QDate(), u"is missing or not a date"_s);
    }
}

void tst_Practice::lockDate()
{
    QFETCH(QString, backend);
    QFETCH(QString, lock);
    QFETCH(QDate, date);
    QFETCH(QString, problem);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Clock::Override now(QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC));
    PracticeSettings(*db).set(u"admin"_s, {{u"practice.time_zone"_s, u"UTC"_s}, {u"ledger.lock_date"_s, lock}});
    const LedgerCalendar calendar(*db);
    QCOMPARE(calendar.lockDate(), QDate::fromString(lock, Qt::ISODate));
    QStringList problems;
    calendar.checkEntryDate(problems, date, u"payment date"_s);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(problem) && problems[0].contains(u"payment date"_s), qPrintable(problems[0]));
    }
    // A reversal is refused exactly where the lock date refuses an entry of that date.
    QStringList reversal;
    calendar.checkReversible(reversal, date.isValid() ? date : QDate(2026, 12, 6), u"Payment #7"_s,
                             LedgerCalendar::Reversal::VoidOrRefund);
    const bool locked = problem.contains(u"lock date"_s);
    QCOMPARE(reversal.size(), locked ? 1 : 0);
    if (locked)
        QVERIFY2(reversal[0].startsWith(u"Payment #7 is dated "_s)
                         && reversal[0].endsWith(u"so it can no longer be voided or refunded."_s),
                 qPrintable(reversal[0]));
    // A charge or an adjustment is voided, never refunded: the message says so.
    QStringList itemReversal;
    calendar.checkReversible(itemReversal, date.isValid() ? date : QDate(2026, 12, 6), u"Charge #7"_s,
                             LedgerCalendar::Reversal::Void);
    QCOMPARE(itemReversal.size(), locked ? 1 : 0);
    if (locked)
        QVERIFY2(itemReversal[0].endsWith(u"so it can no longer be voided."_s), qPrintable(itemReversal[0]));
}

void tst_Practice::reportsStopAtToday_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("problem"); // empty: built
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &report, const QString &zone, QDate date,
                             const QString &problem) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << report << zone << date << problem;
        };
        row("aging today", u"aging"_s, u"UTC"_s, QDate(2026, 12, 6), QString());
        row("aging tomorrow", u"aging"_s, u"UTC"_s, QDate(2026, 12, 7), u"The as-of date 2026-12-07 is in the future."_s);
        row("aging next year", u"aging"_s, u"UTC"_s, QDate(2027, 1, 1), u"The as-of date 2027-01-01 is in the future."_s);
        // 15:00 UTC is already the 7th in Kiritimati: the practice's today, not the computer's.
        row("aging tomorrow in UTC, today at the practice", u"aging"_s, u"Pacific/Kiritimati"_s, QDate(2026, 12, 7),
            QString());
        row("deposit today", u"deposit"_s, u"UTC"_s, QDate(2026, 12, 6), QString());
        row("deposit tomorrow", u"deposit"_s, u"UTC"_s, QDate(2026, 12, 7),
            u"The deposit date 2026-12-07 is in the future."_s);
        row("deposit missing", u"deposit"_s, u"UTC"_s, QDate(), u"The deposit date is missing or not a date."_s);
    }
}

// The CLI took report aging --as-of 2027-01-01 while the desk refused it: the reports refuse
// a date after today themselves, so both do.
void tst_Practice::reportsStopAtToday()
{
    QFETCH(QString, backend);
    QFETCH(QString, report);
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QString, problem);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Clock::Override now(QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC));
    PracticeSettings(*db).set(u"admin"_s, u"practice.time_zone"_s, zone);
    QString refused;
    try {
        if (report == u"aging")
            QCOMPARE(AgingReport::build(*db, date).asOf, date);
        else
            QCOMPARE(DepositReport::build(*db, date).date, date);
    } catch (const Refusal &refusal) {
        refused = refusal.message();
    }
    QCOMPARE(refused, problem);
}

void tst_Practice::seededAdjustmentTypes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    QStringList seen;
    for (const AdjustmentType &type : AdjustmentTypes(*db).list())
        seen << type.code + u'=' + AdjustmentTypes::signCode(type.sign) + u'=' + AdjustmentTypes::displayName(type);
    QCOMPARE(seen, (QStringList{u"discount=lower=Discount"_s, u"fee=raise=Fee"_s,
                                u"finance-charge=raise=Finance charge"_s, u"write-off=lower=Write-off"_s}));
    QCOMPARE(AdjustmentTypes(*db).find(u" DISCOUNT "_s)->code, u"discount"_s);
    QVERIFY(!AdjustmentTypes(*db).find(u"void"_s));
}

void tst_Practice::adjustmentSignRule_data()
{
    QTest::addColumn<QString>("sign");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("taken");
    const QList<std::tuple<QString, QString, bool>> rows = {
        {u"lower"_s, u"-11.00"_s, true},  {u"lower"_s, u"11.00"_s, false}, {u"raise"_s, u"11.00"_s, true},
        {u"raise"_s, u"-11.00"_s, false}, {u"either"_s, u"11.00"_s, true}, {u"either"_s, u"-11.00"_s, true},
    };
    for (const auto &[sign, amount, taken] : rows)
        QTest::addRow("%s %s", qPrintable(sign), qPrintable(amount)) << sign << amount << taken;
}

void tst_Practice::adjustmentSignRule()
{
    QFETCH(QString, sign);
    QFETCH(QString, amount);
    QFETCH(bool, taken);
    const AdjustmentType type{u"x"_s, u"Courtesy"_s, *AdjustmentTypes::signFromCode(sign)};
    const QString problem = AdjustmentTypes::signProblem(type, Money::parse(amount).value());
    QCOMPARE(problem.isEmpty(), taken);
    if (!taken)
        QVERIFY2(problem.startsWith(u"Courtesy "_s) && problem.contains(amount), qPrintable(problem));
}

void tst_Practice::adjustmentTypesAddChangeAndEnsure()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    AdjustmentTypes types(*db);
    types.add(u"manager"_s, {u"courtesy"_s, u"Courtesy credit"_s, AdjustmentSign::Lowers});
    types.change(u"manager"_s, {u"COURTESY"_s, u"Courtesy"_s, AdjustmentSign::Either}); // same code, any case
    QCOMPARE(types.find(u"courtesy"_s)->name, u"Courtesy"_s);
    QCOMPARE(types.find(u"courtesy"_s)->sign, AdjustmentSign::Either);
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM adjustment_types WHERE LOWER(code) = 'courtesy'"_s), qint64(1));
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'adjustment_type'"_s), qint64(2));

    // Adding a code the table has changed that type (New type "fee" renamed Fee and turned its
    // sign): adding only adds, changing only changes.
    try {
        types.add(u"manager"_s, {u"Fee"_s, u"Late fee"_s, AdjustmentSign::Either});
        QFAIL("an existing code was added again");
    } catch (const Refusal &refusal) {
        QCOMPARE(refusal.message(), u"There is already an adjustment type \"fee\"; select it in the list to change it."_s);
    }
    QCOMPARE(types.find(u"fee"_s)->name, u"Fee"_s);
    QCOMPARE(types.find(u"fee"_s)->sign, AdjustmentSign::Raises);
    QVERIFY_THROWS_EXCEPTION(Refusal, types.change(u"manager"_s, {u"bonus"_s, u"Bonus"_s, AdjustmentSign::Lowers}));
    QVERIFY(!types.find(u"bonus"_s));
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'adjustment_type'"_s), qint64(2));

    // A type an import names is added once, with sign "either" and a capitalised name.
    const AdjustmentType added = types.ensure(u"bad-debt"_s, u"import"_s);
    QCOMPARE(AdjustmentTypes::signCode(added.sign), u"either"_s);
    QCOMPARE(AdjustmentTypes::displayName(added), u"Bad debt"_s);
    QCOMPARE(types.ensure(u"Bad-Debt"_s, u"import"_s).code, u"bad-debt"_s);

    for (const AdjustmentType &bad : {AdjustmentType{u""_s, u"X"_s, AdjustmentSign::Either},
                                      AdjustmentType{u"void"_s, u"Void"_s, AdjustmentSign::Lowers},
                                      AdjustmentType{u"x"_s, u" "_s, AdjustmentSign::Raises}}) {
        QVERIFY_THROWS_EXCEPTION(Refusal, types.add(u"manager"_s, bad));
    }
}

void tst_Practice::procedureCodes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    ProcedureCodes codes(*db);
    codes.add(u"manager"_s, {u"D1110"_s, u"Prophylaxis - adult"_s, Money::parse(u"95.00"_s).value()});
    codes.add(u"manager"_s, {u"D0150"_s, u"Comprehensive oral evaluation"_s, std::nullopt});
    QCOMPARE(codes.find(u"d1110"_s)->fee, Money::parse(u"95.00"_s).value());
    QVERIFY(!codes.find(u"D0150"_s)->fee);
    codes.change(u"manager"_s, {u"d1110"_s, u"Prophylaxis, adult"_s, Money::parse(u"99.50"_s).value()});
    QCOMPARE(codes.list().size(), 2);
    QCOMPARE(codes.find(u"D1110"_s)->description, u"Prophylaxis, adult"_s);
    QCOMPARE(codes.find(u"D1110"_s)->fee, Money::parse(u"99.50"_s).value());

    // Adding a code the table has overwrote it; changing one it lacks added it.
    try {
        codes.add(u"manager"_s, {u"d1110"_s, u"Oops"_s, Money::parse(u"1.00"_s).value()});
        QFAIL("an existing code was added again");
    } catch (const Refusal &refusal) {
        QCOMPARE(refusal.message(), u"There is already a procedure code \"D1110\"; select it in the list to change it."_s);
    }
    QCOMPARE(codes.find(u"D1110"_s)->description, u"Prophylaxis, adult"_s);
    QVERIFY_THROWS_EXCEPTION(Refusal, codes.change(u"manager"_s, {u"D9999"_s, u"Other"_s, std::nullopt}));
    QVERIFY(!codes.find(u"D9999"_s));

    QVERIFY_THROWS_EXCEPTION(Refusal, codes.add(u"manager"_s, {u"D2"_s, u""_s, std::nullopt}));
    QVERIFY_THROWS_EXCEPTION(Refusal, codes.add(u"manager"_s, {u"D2"_s, u"x"_s, Money::parse(u"-1.00"_s).value()}));
    codes.remove(u"manager"_s, u"D0150"_s);
    QVERIFY(!codes.find(u"D0150"_s));
    QVERIFY_THROWS_EXCEPTION(Refusal, codes.remove(u"manager"_s, u"D0150"_s));
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'procedure_code'"_s), qint64(4));
}

void tst_Practice::upgradeKeepsTypesInUseAndIndexesNames()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        Database older(spec, Database::SchemaPolicy::Leave);
        Schema::migrateTo(older, 3);
        for (const char *sql : {
                 "INSERT INTO providers (id, code, name) VALUES (1, 'DR', 'DR')",
                 "INSERT INTO clinics (id, code, name) VALUES (1, 'MAIN', 'MAIN')",
                 "INSERT INTO families (id, created_at) VALUES (1, 'then')",
                 "INSERT INTO patients (id, family_id, last_name, first_name, birth_date, is_guarantor, search_name)"
                 " VALUES (1, 1, 'Haddad', 'María', '1955-12-24', 1, 'haddad, maría')",
                 "INSERT INTO adjustments (id, patient_id, provider_id, clinic_id, date, type, amount_cents, created_by,"
                 " created_at) VALUES (1, 1, 1, 1, '2024-01-01', 'Discount', -500, 'x', 'then'),"
                 " (2, 1, 1, 1, '2024-01-01', 'courtesy', -500, 'x', 'then'),"
                 " (3, 1, 1, 1, '2024-01-01', 'Courtesy', -500, 'x', 'then')",
             })
            older.execute(QString::fromUtf8(sql));
    }
    Database upgraded(spec);
    // "Discount" is the seeded discount; the two spellings of courtesy are one type of sign "either".
    QCOMPARE(count(upgraded, u"SELECT COUNT(*) FROM adjustment_types"_s), qint64(5));
    const std::optional<AdjustmentType> courtesy = AdjustmentTypes(upgraded).find(u"courtesy"_s);
    QVERIFY(courtesy);
    QCOMPARE(courtesy->sign, AdjustmentSign::Either);
    QCOMPARE(count(upgraded, u"SELECT COUNT(*) FROM adjustments WHERE kind = 'adjustment' AND note = ''"_s), qint64(3));
    QCOMPARE(count(upgraded, u"SELECT COUNT(*) FROM patient_terms WHERE patient_id = 1 AND term IN ('haddad', 'maria')"_s),
             qint64(2));
}

QTEST_GUILESS_MAIN(tst_Practice)
#include "tst_practice.moc"
