#include "TestDatabases.h"

#include "ledger/FamilyRegistry.h"
#include "ledger/PatientSearch.h"
#include "util/Clock.h"

#include <QHash>
#include <QLocale>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

namespace {

const QString clerk = u"clerk"_s;

// Five patients in four families. María Haddad and Mary O'Brien share a birth date; Lucía's
// last name holds "Haddad" as its second word; Omar is María's family.
struct SmallPractice
{
    std::unique_ptr<Database> db;
    qint64 haddadFamily = 0;

    explicit SmallPractice(std::unique_ptr<Database> database) : db(std::move(database))
    {
        FamilyRegistry registry(*db, clerk);
        haddadFamily = registry.addPatient({0, 0, u"Haddad"_s, u"María"_s, QDate(1955, 12, 24), true}).familyId;
        registry.addPatient({0, haddadFamily, u"Haddad"_s, u"Omar"_s, QDate(1950, 3, 2), false});
        registry.addPatient({0, 0, u"Martínez Haddad"_s, u"Lucía"_s, QDate(1990, 7, 14), true});
        registry.addPatient({0, 0, u"O'Brien"_s, u"Mary"_s, QDate(1955, 12, 24), true});
        registry.addPatient({0, 0, u"Marino"_s, u"Zoe"_s, QDate(2015, 12, 24), true});
    }
};

QStringList names(const QList<Patient> &patients)
{
    QStringList result;
    for (const Patient &patient : patients)
        result << patient.displayName();
    return result;
}

} // namespace

// The desk's patient search: every form a clerk types finds the patient, on both databases,
// in name order and a page at a time.
class tst_Search : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsByEveryForm_data();
    void findsByEveryForm();
    void pagesNeitherRepeatNorSkip_data();
    void pagesNeitherRepeatNorSkip();
    void newPatientIsFoundAtOnce_data();
    void newPatientIsFoundAtOnce();
    void saysWhatIsNoDate_data();
    void saysWhatIsNoDate();

private:
    SmallPractice &practice(const QString &backend);

    TestDatabases m_dbs;
    QHash<QString, std::shared_ptr<SmallPractice>> m_practices;
    // Two-digit years are read against today.
    std::unique_ptr<Clock::Override> m_clock;
};

void tst_Search::initTestCase()
{
    m_clock = std::make_unique<Clock::Override>(QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC));
}

SmallPractice &tst_Search::practice(const QString &backend)
{
    std::shared_ptr<SmallPractice> &practice = m_practices[backend];
    if (!practice)
        practice = std::make_shared<SmallPractice>(m_dbs.fresh(backend));
    return *practice;
}

void tst_Search::findsByEveryForm_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed"); // "{account}" stands for the Haddads' account number
    QTest::addColumn<QStringList>("found");

    const QString us = u"en_US"_s, es = u"es_ES"_s;
    const QString maria = u"Haddad, María"_s, omar = u"Haddad, Omar"_s, lucia = u"Martínez Haddad, Lucía"_s,
                  mary = u"O'Brien, Mary"_s, zoe = u"Marino, Zoe"_s;
    const struct
    {
        const char *tag;
        QString locale;
        QString typed;
        QStringList found;
    } rows[] = {
        {"first name alone", us, u"maria"_s, {maria}},
        {"first name with its accent", us, u"María"_s, {maria}},
        {"first name in capitals", us, u"MARIA"_s, {maria}},
        {"first name prefix", us, u"ma"_s, {maria, zoe, lucia, mary}},
        {"last name alone", us, u"haddad"_s, {maria, omar, lucia}},
        {"second word of a last name", us, u"martinez"_s, {lucia}},
        {"first name with an accent typed without", us, u"lucia"_s, {lucia}},
        {"apostrophe left out", us, u"obrien"_s, {mary}},
        {"apostrophe typed", us, u"O'Brien"_s, {mary}},
        {"partial words in any order", us, u"hadd mar"_s, {maria, lucia}},
        {"first name then last name", us, u"maria haddad"_s, {maria}},
        {"last name, first name", us, u"Haddad, María"_s, {maria}},
        {"every word must match", us, u"haddad zoe"_s, {}},
        {"a word is a prefix, not a middle", us, u"dad"_s, {}},
        {"US date", us, u"12/24/1955"_s, {maria, mary}},
        {"US date with a two-digit year", us, u"12/24/55"_s, {maria, mary}},
        {"US date without leading zeros", us, u"3/2/1950"_s, {omar}},
        {"Spanish date", es, u"24/12/1955"_s, {maria, mary}},
        {"ISO date in the US", us, u"1955-12-24"_s, {maria, mary}},
        {"ISO date in Spain", es, u"1955-12-24"_s, {maria, mary}},
        {"day first is no US date", us, u"24/12/1955"_s, {}},
        {"name and birth date", us, u"mar 12/24/1955"_s, {maria, mary}},
        {"first name and birth date", us, u"maria 1955-12-24"_s, {maria}},
        {"account number", us, u"{account}"_s, {maria, omar}},
        {"account number and first name", us, u"{account} omar"_s, {omar}},
        {"an account nobody has", us, u"999999"_s, {}},
        {"a number too long for an account", us, u"99999999999999999999999"_s, {}},
        {"nobody", us, u"nobody"_s, {}},
        {"nothing typed lists everyone", us, u" , "_s, {maria, omar, zoe, lucia, mary}},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.locale << row.typed << row.found;
    }
}

void tst_Search::findsByEveryForm()
{
    QFETCH(QString, backend);
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    PAYDESK_REQUIRE_BACKEND(backend);
    SmallPractice &p = practice(backend);
    typed.replace(u"{account}"_s, QString::number(p.haddadFamily));

    const PatientSearch::Page page = PatientSearch(*p.db, QLocale(locale)).find(typed, nullptr, 50);
    QCOMPARE(names(page.patients), found);
    QVERIFY(!page.more);
}

void tst_Search::pagesNeitherRepeatNorSkip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("pageSize");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("name words, pages of 1/%s", qPrintable(backend)) << backend << u"ha"_s << 1;
        QTest::addRow("name words, pages of 2/%s", qPrintable(backend)) << backend << u"ma"_s << 2;
        QTest::addRow("everyone, pages of 2/%s", qPrintable(backend)) << backend << QString() << 2;
        QTest::addRow("birth date, pages of 1/%s", qPrintable(backend)) << backend << u"1955-12-24"_s << 1;
    }
}

void tst_Search::pagesNeitherRepeatNorSkip()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(int, pageSize);
    PAYDESK_REQUIRE_BACKEND(backend);
    SmallPractice &p = practice(backend);
    const PatientSearch search(*p.db, QLocale(u"en_US"_s));

    const PatientSearch::Page whole = search.find(typed, nullptr, 100);
    QList<Patient> paged;
    PatientSearch::Page page = search.find(typed, nullptr, pageSize);
    paged += page.patients;
    while (page.more) {
        QCOMPARE(page.patients.size(), pageSize);
        page = search.find(typed, &paged.constLast(), pageSize);
        paged += page.patients;
    }
    QVERIFY(whole.patients.size() > pageSize);
    QCOMPARE(names(paged), names(whole.patients));
}

void tst_Search::newPatientIsFoundAtOnce_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Search::newPatientIsFoundAtOnce()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    const PatientSearch search(*db, QLocale(u"en_US"_s));
    QCOMPARE(search.find(u"núñez"_s, nullptr, 10).patients.size(), 0);
    const NewPatient added = FamilyRegistry(*db, clerk).addPatient({0, 0, u"Núñez"_s, u"Inés"_s, QDate(1984, 2, 29), true});
    const PatientSearch::Page page = search.find(u"ines nunez"_s, nullptr, 10);
    QCOMPARE(page.patients.size(), 1);
    QCOMPARE(page.patients.constFirst().id, added.patientId);
}

void tst_Search::saysWhatIsNoDate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("problems");
    const QString us = u"en_US"_s, es = u"es_ES"_s;
    const QString usForm = u"\"%1\" is not a date: type it as MM/DD/YYYY or YYYY-MM-DD."_s;
    const QString esForm = u"\"%1\" is not a date: type it as DD/MM/YYYY or YYYY-MM-DD."_s;
    const struct
    {
        const char *tag;
        QString locale;
        QString typed;
        QStringList problems;
    } rows[] = {
        {"no such month or day", us, u"13/45/1990"_s, {usForm.arg(u"13/45/1990"_s)}},
        {"day first in the US", us, u"24/12/1955"_s, {usForm.arg(u"24/12/1955"_s)}},
        {"no February 30 in Spain", es, u"30/02/1990"_s, {esForm.arg(u"30/02/1990"_s)}},
        {"no such ISO date", us, u"1990-02-30"_s, {usForm.arg(u"1990-02-30"_s)}},
        {"a three-digit year", us, u"5/17/199"_s, {usForm.arg(u"5/17/199"_s)}},
        {"beside a name", us, u"maria 2.30.1990"_s, {usForm.arg(u"2.30.1990"_s)}},
        {"a date", us, u"12/24/1955"_s, {}},
        {"an account number", us, u"1042"_s, {}},
        {"name words", us, u"Haddad, María"_s, {}},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.locale << row.typed << row.problems;
    }
}

// A piece that looks like a date but is none found nobody and the desk said "No patient
// matches": the search now says it is no date and how to type one, and looks for nobody.
void tst_Search::saysWhatIsNoDate()
{
    QFETCH(QString, backend);
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QStringList, problems);
    PAYDESK_REQUIRE_BACKEND(backend);
    QCOMPARE(PatientSearch::read(typed, QLocale(locale), QDate(2026, 12, 6)).problems, problems);
    const PatientSearch::Page page = PatientSearch(*practice(backend).db, QLocale(locale)).find(typed, nullptr, 50);
    QCOMPARE(page.problems, problems);
    if (!problems.isEmpty())
        QCOMPARE(page.patients.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
