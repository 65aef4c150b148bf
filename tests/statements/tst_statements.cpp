// Patient statements: what a statement holds (the entries since the previous statement, the
// balance and the amount due, on and off a plan, the practice's header and the guarantor's
// mailing address), the day's PDF one statement per page, the CLI's statement commands and
// their refusals, and that printing never writes to the database. On SQLite and PostgreSQL.

#include "CliRun.h"
#include "StatementFixture.h"
#include "TestDatabases.h"

#include "import/BatchWriter.h"
#include "import/DemoPractice.h"
#include "import/LedgerBatch.h"
#include "ledger/FamilyAddress.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "plans/PlanService.h"
#include "print/StatementDocument.h"
#include "statements/StatementBuilder.h"
#include "statements/StatementHistory.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::Database;
using paydesk::core::Money;
using paydesk::core::StatementBuilder;
using paydesk::core::StatementContent;
using paydesk::core::StatementLine;
using paydesk::test::TestDatabases;

using namespace paydesk::test::statements;

namespace {

QString line(const StatementLine &l)
{
    return u"%1 %2 %3"_s.arg(l.date.toString(Qt::ISODate), l.description, l.amount.toString());
}

QStringList lines(const StatementContent &content)
{
    QStringList result;
    for (const auto &member : content.members) {
        result << member.name;
        for (const StatementLine &l : member.lines)
            result << line(l);
    }
    return result;
}

} // namespace

class tst_Statements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void amountDue_data();
    void amountDue();
    void sentStatements_data();
    void sentStatements();
    void currentAccount_data();
    void currentAccount();
    void insuranceAndVoids_data();
    void insuranceAndVoids();
    void history_data();
    void history();
    void dayPdfOnePagePerStatement_data();
    void dayPdfOnePagePerStatement();
    void mailingAddress_data();
    void mailingAddress();
    void mailingAddressRefused_data();
    void mailingAddressRefused();
    void demoFamiliesHaveAddresses();
    void cliStatements_data();
    void cliStatements();
    void cliRefusals_data();
    void cliRefusals();
    void cliFamilyAddress_data();
    void cliFamilyAddress();

private:
    TestDatabases m_dbs;
};

void tst_Statements::initTestCase()
{
    // The CLI's statement commands need no display, nor a session's runtime folder (cron):
    // its children run without them, and stderr must still hold only its own lines.
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("XDG_RUNTIME_DIR");
}

void tst_Statements::amountDue_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("monthly");
    QTest::addColumn<qint64>("due");
    QTest::newRow("off a plan: the balance") << 24000LL << 0LL << 24000LL;
    QTest::newRow("plan below the balance: the monthly amount") << 24000LL << 8000LL << 8000LL;
    QTest::newRow("plan above the balance: the balance") << 5000LL << 8000LL << 5000LL;
    QTest::newRow("plan equal to the balance") << 8000LL << 8000LL << 8000LL;
    QTest::newRow("zero balance: nothing") << 0LL << 0LL << 0LL;
    QTest::newRow("credit: nothing") << -1500LL << 0LL << 0LL;
    QTest::newRow("credit on a plan: nothing") << -1500LL << 8000LL << 0LL;
}

void tst_Statements::amountDue()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, monthly);
    QFETCH(qint64, due);
    QCOMPARE(StatementBuilder::amountDue(cents(balance), cents(monthly)), cents(due));
}

void tst_Statements::sentStatements_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Statements::sentStatements()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Practice p = practice(*db);
    const StatementBuilder builder(*db, clerk);

    // The latest: the entries after the previous statement up to its date, the recorded
    // balance and amount due, the plan's monthly amount.
    const StatementContent second = builder.forFamily(p.rivera.id);
    QCOMPARE(second.practiceName, u"Lakeside Dental"_s);
    QCOMPARE(second.practiceAddress, u"12 Harbor Road\nSpringfield, IL 62704"_s);
    QCOMPARE(second.practicePhone, u"(217) 555-0142"_s);
    QCOMPARE(second.guarantor, u"Ana Rivera"_s);
    QCOMPARE(second.mailingAddress, u"1234 Oak Street\nSpringfield, IL 62704"_s);
    QCOMPARE(second.familyId, p.rivera.id);
    QCOMPARE(second.date, QDate(2026, 2, 28));
    QCOMPARE(second.number, 2);
    QCOMPARE(second.previousDate, QDate(2026, 1, 31));
    QCOMPARE(lines(second),
             QStringList(
                     {u"Rivera, Ana"_s, u"2026-02-05 D1206 Fluoride varnish 5.00"_s, u"2026-02-10 Discount -2.00"_s}));
    QCOMPARE(second.previousBalance, cents(2000));
    QCOMPARE(second.balanceDue, cents(2300));
    QCOMPARE(second.amountDue, cents(1000));
    QCOMPARE(second.planAmount, cents(1000));
    // Printed again after the plan's amount changed: the amount it was sent with.
    paydesk::core::PlanService(*db, u"setup"_s).changeAmount(p.rivera.id, cents(1500));
    QCOMPARE(builder.forFamily(p.rivera.id).planAmount, cents(1000));

    // The first of the day's: everything up to its date, guarantor first; nothing before it.
    QList<StatementContent> day;
    QCOMPARE(builder.forDay(QDate(2026, 1, 31), [&](const StatementContent &c) { day.append(c); }), qsizetype(2));
    QCOMPARE(day.size(), 2);
    const StatementContent &first = day.at(0);
    QCOMPARE(first.familyId, p.rivera.id);
    QCOMPARE(first.number, 1);
    QVERIFY(first.previousDate.isNull());
    QCOMPARE(lines(first),
             QStringList({u"Rivera, Ana"_s,
                          u"2026-01-15 D0274 Bitewings, four films 10.00"_s,
                          u"2026-01-20 Payment (Check CHK 1001) -15.00"_s,
                          u"Rivera, Luis"_s,
                          u"2026-01-10 D0120 Periodic exam 25.00"_s}));
    QCOMPARE(first.previousBalance, cents(0));
    QCOMPARE(first.balanceDue, cents(2000));
    QCOMPARE(first.amountDue, cents(2000));
    QCOMPARE(first.planAmount, cents(0));
    QCOMPARE(day.at(1).familyId, p.okafor.id);
    QCOMPARE(day.at(1).guarantor, u"Ana Okafor"_s);
    QCOMPARE(lines(day.at(1)), QStringList({u"Okafor, Ana"_s, u"2026-01-12 D1110 Prophylaxis 90.00"_s}));

    QVERIFY_THROWS_EXCEPTION(paydesk::core::Refusal, builder.forDay(QDate(2026, 2, 1), [](const StatementContent &) {}));
    QVERIFY_THROWS_EXCEPTION(paydesk::core::Refusal, builder.countDay(QDate(2026, 2, 1)));
    QCOMPARE(builder.countDay(QDate(2026, 2, 28)), qsizetype(1));
    QVERIFY_THROWS_EXCEPTION(paydesk::core::Refusal, builder.forFamily(p.okafor.id + 100));
}

void tst_Statements::currentAccount_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<qint64>("monthly"); // 0: no plan
    QTest::addColumn<qint64>("due");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("off a plan/%s", qPrintable(backend)) << backend << 0LL << 12500LL;
        QTest::addRow("plan below the balance/%s", qPrintable(backend)) << backend << 4000LL << 4000LL;
        QTest::addRow("plan above the balance/%s", qPrintable(backend)) << backend << 15000LL << 12500LL;
    }
}

void tst_Statements::currentAccount()
{
    QFETCH(QString, backend);
    QFETCH(qint64, monthly);
    QFETCH(qint64, due);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = addFamily(*db, u"Rivera"_s, u"1234 Oak Street"_s);
    charge(*db, family.luis, QDate(2026, 1, 10), u"D0120"_s, u"Periodic exam"_s, 2500);
    charge(*db, family.ana, QDate(2026, 1, 15), u"D2392"_s, u"Resin, two surfaces"_s, 15000);
    // A plan is enabled for at most the balance (175.00); the payment then takes the
    // balance below a plan of 150.00.
    if (monthly)
        enablePlan(*db, family.id, monthly, QDate(2026, 2, 1));
    pay(*db, family.ana, QDate(2026, 2, 1), 5000, u"CHK 7"_s);

    // None was sent: today's account, all of it, the balance now.
    const StatementContent content = StatementBuilder(*db, clerk).forFamily(family.id);
    QCOMPARE(content.number, 0);
    QVERIFY(content.isCurrentAccount());
    QCOMPARE(content.date, paydesk::core::LedgerCalendar(*db).today());
    QVERIFY(content.previousDate.isNull());
    QCOMPARE(content.previousBalance, cents(0));
    QCOMPARE(content.balanceDue, cents(12500));
    QCOMPARE(content.amountDue, cents(due));
    QCOMPARE(content.planAmount, cents(monthly));
    QCOMPARE(lines(content).size(), 5);
}

void tst_Statements::insuranceAndVoids_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Everything that moves the balance is on the statement, on the day it counts: insurance
// on a claim's procedure on the claim's date, an as-total claim payment, a payment and its
// void (dated today), so that the lines add up to the balance due.
void tst_Statements::insuranceAndVoids()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    paydesk::core::LedgerBatch batch;
    batch.families = {1};
    batch.providers = {{1, u"DR1"_s, u"Dr. One"_s}};
    batch.clinics = {{1, u"MAIN"_s, u"Main"_s}};
    batch.patients = {{2, 1, u"Haddad"_s, u"Gloria"_s, QDate(1980, 1, 1), true}};
    batch.charges = {{3, 2, 1, 1, QDate(2026, 1, 5), u"D1110"_s, u"Prophylaxis"_s, cents(10000)}};
    batch.claims = {{4, 2, QDate(2026, 1, 10), u"Delta"_s, u"received"_s, 1, 1}};
    batch.claimProcedures = {{5, 4, 3, cents(6000), cents(1000)}};
    batch.claimPayments = {{6, 4, QDate(2026, 1, 12), cents(500)}};
    paydesk::core::BatchWriter::write(*db, batch, u"setup"_s, u"test"_s);
    paydesk::core::PaymentDraft draft;
    draft.patientId = 2;
    draft.date = QDate(2026, 1, 15);
    draft.amount = cents(2000);
    draft.method = paydesk::core::PaymentMethod::Check;
    draft.reference = u"CHK 31"_s;
    paydesk::core::PaymentPoster poster(*db, u"setup"_s);
    poster.voidPayment(poster.post(draft).paymentId, u"bounced"_s);
    const QString today = paydesk::core::LedgerCalendar(*db).today().toString(Qt::ISODate);

    const StatementContent content = StatementBuilder(*db, clerk).forFamily(1);
    QCOMPARE(lines(content),
             QStringList({u"Haddad, Gloria"_s,
                          u"2026-01-05 D1110 Prophylaxis 100.00"_s,
                          u"2026-01-10 Insurance payment (Delta): D1110 Prophylaxis -60.00"_s,
                          u"2026-01-10 Insurance write-off: D1110 Prophylaxis -10.00"_s,
                          u"2026-01-12 Insurance payment (Delta) -5.00"_s,
                          u"2026-01-15 Payment (Check CHK 31) -20.00"_s,
                          today + u" Payment voided (Check CHK 31) 20.00"_s}));
    QCOMPARE(content.previousBalance, cents(0));
    QCOMPARE(content.balanceDue, cents(2500));
    QCOMPARE(content.amountDue, cents(2500));
    QCOMPARE(content.guarantor, u"Gloria Haddad"_s);
    QCOMPARE(content.mailingAddress, QString());
}

void tst_Statements::history_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Statements::history()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Practice p = practice(*db);
    const paydesk::core::StatementHistory history(*db);

    const auto sent = history.ofFamily(p.rivera.id);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).date, QDate(2026, 2, 28));
    QCOMPARE(sent.at(0).number, 2);
    QCOMPARE(sent.at(0).balance, cents(2300));
    QCOMPARE(sent.at(0).amountDue, cents(1000));
    QCOMPARE(sent.at(0).planId, p.plan);
    QCOMPARE(sent.at(1).date, QDate(2026, 1, 31));
    QCOMPARE(sent.at(1).planId, qint64(0));
    QCOMPARE(history.latest(p.rivera.id)->id, sent.at(0).id);
    QCOMPARE(history.previous(sent.at(0))->id, sent.at(1).id);
    QVERIFY(!history.previous(sent.at(1)));
    QVERIFY(!history.latest(p.okafor.id + 100));
    const auto day = history.ofDay(QDate(2026, 1, 31));
    QCOMPARE(day.size(), 2);
    QCOMPARE(day.at(0).familyId, p.rivera.id);
    QCOMPARE(day.at(1).familyId, p.okafor.id);
    QVERIFY(history.ofDay(QDate(2026, 2, 1)).isEmpty());
}

void tst_Statements::dayPdfOnePagePerStatement_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<int>("extraCharges"); // on the Okafors' first statement
    QTest::addColumn<int>("dayPages");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("a sheet each/%s", qPrintable(backend)) << backend << 0 << 2;
        // The long one goes on over a second sheet; the next statement still starts a sheet.
        QTest::addRow("one over two sheets/%s", qPrintable(backend)) << backend << 70 << 3;
    }
}

void tst_Statements::dayPdfOnePagePerStatement()
{
    QFETCH(QString, backend);
    QFETCH(int, extraCharges);
    QFETCH(int, dayPages);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    // Charges entered before the run that sent the statement: a reprint shows what it counted.
    const Practice p = practice(*db, extraCharges);
    QTemporaryDir dir;

    const QString day = dir.filePath(u"day.pdf"_s);
    QCOMPARE(paydesk::ui::StatementDocument::saveDay(*db, clerk, QDate(2026, 1, 31), day), qsizetype(2));
    QCOMPARE(pdfPages(day), dayPages);
    const QString single = dir.filePath(u"family.pdf"_s);
    paydesk::ui::StatementDocument::saveFamily(*db, clerk, p.rivera.id, single);
    QCOMPARE(pdfPages(single), 1);

    const QString html = paydesk::ui::StatementDocument::html(StatementBuilder(*db, clerk).forFamily(p.rivera.id));
    QVERIFY(html.contains(u"1234 Oak Street<br>Springfield, IL 62704"_s));
    QVERIFY(html.contains(u"12 Harbor Road<br>Springfield, IL 62704<br>(217) 555-0142"_s));
    QVERIFY(html.contains(u"<h1>Lakeside Dental</h1>"_s));
}

void tst_Statements::mailingAddress_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("two lines/%s", qPrintable(backend)) << backend << u"1234 Oak Street\nSpringfield, IL 62704"_s
                                                           << u"1234 Oak Street\nSpringfield, IL 62704"_s;
        QTest::addRow("Windows line ends and spaces/%s", qPrintable(backend))
                << backend << u"  1234 Oak Street\r\nSpringfield  "_s << u"1234 Oak Street\nSpringfield"_s;
        QTest::addRow("500 characters/%s", qPrintable(backend)) << backend << QString(500, u'a') << QString(500, u'a');
        QTest::addRow("cleared/%s", qPrintable(backend)) << backend << QString() << QString();
    }
}

void tst_Statements::mailingAddress()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = addFamily(*db, u"Rivera"_s, u"old street"_s);
    const qint64 auditBefore = count(*db, u"audit_log"_s);

    QCOMPARE(paydesk::core::FamilyAddress(*db, clerk).set(family.id, typed), stored);
    QCOMPARE(paydesk::core::FamilyAddress::read(*db, family.id), stored);
    QCOMPARE(count(*db, u"audit_log"_s), auditBefore + 1);
    auto q = db->query();
    q.prepare(u"SELECT user_name, action, entity, entity_id, before_data, after_data FROM audit_log ORDER BY id DESC"_s)
            .exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), clerk);
    QCOMPARE(q.text(1), u"mailing-address"_s);
    QCOMPARE(q.text(2), u"family"_s);
    QCOMPARE(q.id(3), family.id);
    QCOMPARE(QJsonDocument::fromJson(q.text(4).toUtf8()).object().value(u"mailing_address"_s).toString(),
             u"old street"_s);
    QCOMPARE(QJsonDocument::fromJson(q.text(5).toUtf8()).object().value(u"mailing_address"_s).toString(), stored);

    // The same address again changes nothing and writes no audit row.
    paydesk::core::FamilyAddress(*db, clerk).set(family.id, typed);
    QCOMPARE(count(*db, u"audit_log"_s), auditBefore + 1);
}

void tst_Statements::mailingAddressRefused_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("knownFamily");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("501 characters/%s", qPrintable(backend))
                << backend << QString(501, u'a') << true
                << u"Mailing address: the text has 501 characters; at most 500 are allowed."_s;
        QTest::addRow("a tab/%s", qPrintable(backend)) << backend << u"1234 Oak Street\tApt 2"_s << true
                                                       << u"Mailing address: the text holds a control character."_s;
        QTest::addRow("unknown family/%s", qPrintable(backend))
                << backend << u"1234 Oak Street"_s << false << u"There is no family with account number %1."_s;
    }
}

void tst_Statements::mailingAddressRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(bool, knownFamily);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = addFamily(*db, u"Rivera"_s, u"old street"_s);
    const qint64 familyId = knownFamily ? family.id : family.id + 100;
    const qint64 auditBefore = count(*db, u"audit_log"_s);
    try {
        paydesk::core::FamilyAddress(*db, clerk).set(familyId, typed);
        QFAIL("not refused");
    } catch (const paydesk::core::Refusal &refusal) {
        QCOMPARE(refusal.message(), message.contains(u"%1"_s) ? message.arg(familyId) : message);
    }
    QCOMPARE(paydesk::core::FamilyAddress::read(*db, family.id), u"old street"_s);
    QCOMPARE(count(*db, u"audit_log"_s), auditBefore);
}

void tst_Statements::demoFamiliesHaveAddresses()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const auto batch = paydesk::core::DemoPractice::generate(*db, 50, 1, QDate(2026, 6, 1));
    QCOMPARE(batch.mailingAddresses.size(), 50);
    static const QRegularExpression form(u"^\\d+ [A-Za-z ]+\\n[A-Za-z ]+, [A-Z]{2} \\d{5}$"_s);
    for (const qint64 family : batch.families)
        QVERIFY2(form.match(batch.mailingAddresses.value(family)).hasMatch(),
                 qPrintable(batch.mailingAddresses.value(family)));
}

void tst_Statements::cliStatements_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Statements::cliStatements()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto spec = m_dbs.freshSpec(backend);
    const QString url = TestDatabases::url(spec);
    Practice p;
    qint64 statements = 0;
    qint64 audit = 0;
    qint64 accounts = 0;
    {
        const Database db(spec);
        p = practice(db);
        statements = count(db, u"statements"_s);
        audit = count(db, u"audit_log"_s);
        accounts = count(db, u"billing_accounts"_s);
    }
    QTemporaryDir dir;

    const QString family = dir.filePath(u"rivera.pdf"_s);
    auto run = paydesk::test::runCli(
            url, clerk, {u"statement"_s, u"--family"_s, QString::number(p.rivera.id), u"--pdf"_s, family});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed(), u"Wrote the statement of family %1 to %2."_s.arg(p.rivera.id).arg(family));
    QCOMPARE(pdfPages(family), 1);

    const QString day = dir.filePath(u"day.pdf"_s);
    run = paydesk::test::runCli(
            url, clerk, {u"statements"_s, u"print"_s, u"--date"_s, u"2026-01-31"_s, u"--pdf"_s, day});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed(), u"Statements of 2026-01-31: 2, written to %1 one per page."_s.arg(day));
    QCOMPARE(pdfPages(day), 2);

    run = paydesk::test::runCli(
            url, clerk, {u"statements"_s, u"print"_s, u"--date"_s, u"2026-02-28"_s, u"--pdf"_s, day, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"date"_s).toString(), u"2026-02-28"_s);
    QCOMPARE(json.value(u"statements"_s).toInteger(), 1);
    QCOMPARE(pdfPages(day), 1);

    // Printing is not sending.
    const Database db(spec);
    QCOMPARE(count(db, u"statements"_s), statements);
    QCOMPARE(count(db, u"audit_log"_s), audit);
    QCOMPARE(count(db, u"billing_accounts"_s), accounts);
}

void tst_Statements::cliRefusals_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("no statement that day/%s", qPrintable(backend))
                << backend
                << QStringList{u"statements"_s, u"print"_s, u"--date"_s, u"2026-03-01"_s, u"--pdf"_s, u"{PDF}"_s}
                << u"paydesk-cli: No statements were sent on 2026-03-01."_s;
        QTest::addRow("not a date/%s", qPrintable(backend))
                << backend
                << QStringList{u"statements"_s, u"print"_s, u"--date"_s, u"2026-02-30"_s, u"--pdf"_s, u"{PDF}"_s}
                << u"paydesk-cli: --date: \"2026-02-30\" is not a date; write it as YYYY-MM-DD."_s;
        QTest::addRow("unknown family/%s", qPrintable(backend))
                << backend << QStringList{u"statement"_s, u"--family"_s, u"999"_s, u"--pdf"_s, u"{PDF}"_s}
                << u"paydesk-cli: There is no family with account number 999."_s;
        QTest::addRow("no file/%s", qPrintable(backend))
                << backend << QStringList{u"statement"_s, u"--family"_s, u"1"_s}
                << u"paydesk-cli: --pdf is required by statement."_s;
    }
}

void tst_Statements::cliRefusals()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto spec = m_dbs.freshSpec(backend);
    {
        const Database db(spec);
        practice(db);
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"none.pdf"_s);
    args.replaceInStrings(u"{PDF}"_s, pdf);
    const auto run = paydesk::test::runCli(TestDatabases::url(spec), clerk, args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(), QStringList{message});
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void tst_Statements::cliFamilyAddress_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Statements::cliFamilyAddress()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto spec = m_dbs.freshSpec(backend);
    qint64 familyId = 0;
    {
        const Database db(spec);
        familyId = addFamily(db, u"Rivera"_s, QString()).id;
    }
    const QString url = TestDatabases::url(spec);
    auto run = paydesk::test::runCli(url,
                                     clerk,
                                     {u"family"_s,
                                      u"address"_s,
                                      u"--family"_s,
                                      QString::number(familyId),
                                      u"--address"_s,
                                      u"1234 Oak Street\\nSpringfield, IL 62704"_s,
                                      u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"mailing_address"_s).toString(),
             u"1234 Oak Street\nSpringfield, IL 62704"_s);

    run = paydesk::test::runCli(
            url,
            clerk,
            {u"family"_s, u"address"_s, u"--family"_s, QString::number(familyId), u"--address"_s, QString(501, u'x')});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(),
             QStringList{u"paydesk-cli: Mailing address: the text has 501 characters; at most 500 are allowed."_s});
    {
        const Database db(spec);
        QCOMPARE(paydesk::core::FamilyAddress::read(db, familyId), u"1234 Oak Street\nSpringfield, IL 62704"_s);
    }

    // Neither or both of --address and --clear: refused; --clear empties it.
    const QString family = QString::number(familyId);
    run = paydesk::test::runCli(url, clerk, {u"family"_s, u"address"_s, u"--family"_s, family});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"--clear"_s), qPrintable(run.err));
    run = paydesk::test::runCli(url, clerk,
                                {u"family"_s, u"address"_s, u"--family"_s, family, u"--address"_s, u"x"_s, u"--clear"_s});
    QCOMPARE(run.exitCode, 1);
    run = paydesk::test::runCli(url, clerk, {u"family"_s, u"address"_s, u"--family"_s, family, u"--clear"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const Database db(spec);
    QCOMPARE(paydesk::core::FamilyAddress::read(db, familyId), QString());
}

QTEST_MAIN(tst_Statements)
#include "tst_statements.moc"
