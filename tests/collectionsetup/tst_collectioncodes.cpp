// The Collection Status Table (core::CollectionCodeTable) on a real SQLite file and a real
// PostgreSQL database: what it stores, every refusal naming its field with nothing written,
// the uses that keep a code from being deleted, and the CGM-like defaults.

#include "LedgerDesk.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "collections/CollectionAccountStore.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionsPolicy.h"
#include "settings/PracticeSettings.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/Role.h"
#include "users/UserDirectory.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace paydesk;
using core::CollectionCode;
using core::CollectionCodeTable;
using test::TestDatabases;

namespace {

const QString manager = u"manager"_s;

qint64 scalar(const core::Database &db, const QString &sql)
{
    core::SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

// "AG:Agency:0:" per code, in code order: what the table holds, comparable in one QCOMPARE.
QStringList rows(const core::Database &db)
{
    QStringList shown;
    for (const CollectionCode &code : CollectionCodeTable(db, manager).list())
        shown << u"%1:%2:%3:%4"_s.arg(code.code, code.description).arg(code.daysToRemain).arg(code.nextCode);
    return shown;
}

void add(const core::Database &db, const QString &code, const QString &description, int days = 0,
         const QString &next = {})
{
    CollectionCodeTable(db, manager).add({code, description, days, next});
}

// The family moved to `code` on `on`, as the services and the run do it.
void moveTo(const core::Database &db, qint64 family, const QString &code, QDate on)
{
    core::Transaction tx(db);
    core::AuditLog audit(db, manager);
    core::CollectionAccountStore(db).change(audit, u"collections-set"_s, family, code, on, false, manager, u"test"_s);
    audit.write();
    tx.commit();
}

} // namespace

class tst_CollectionCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addEditAndList_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void addEditAndList();
    void addRefused_data();
    void addRefused();
    void editRefused_data();
    void editRefused();
    void deleteRefusedWhileUsed_data();
    void deleteRefusedWhileUsed();
    void defaults_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void defaults();
    void defaultsOnlyIntoAnEmptyTable_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void defaultsOnlyIntoAnEmptyTable();
    void frontDeskReadsOnly_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void frontDeskReadsOnly();

private:
    TestDatabases m_dbs;
};

void tst_CollectionCodes::addEditAndList()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    add(*db, u"ag"_s, u"  Agency "_s);
    add(*db, u"C2"_s, u"Second notice"_s, 30, u"ag"_s);
    add(*db, u"1"_s, u"One"_s, 999);
    QCOMPARE(rows(*db), (QStringList{u"1:One:999:"_s, u"AG:Agency:0:"_s, u"C2:Second notice:30:AG"_s}));
    QVERIFY(CollectionCodeTable::exists(*db, u" c2"_s));
    QCOMPARE(QJsonDocument(CollectionCodeTable(*db, manager).find(u"c2"_s)->toJson()).toJson(QJsonDocument::Compact),
             R"({"code":"C2","days_to_remain":30,"description":"Second notice","next":"AG"})");

    CollectionCodeTable table(*db, manager);
    table.edit(u"c2"_s, {.description = u"Final notice"_s, .daysToRemain = 0, .nextCode = std::nullopt});
    table.edit(u"1"_s, {.description = std::nullopt, .daysToRemain = std::nullopt, .nextCode = u"C2"_s});
    QCOMPARE(rows(*db), (QStringList{u"1:One:999:C2"_s, u"AG:Agency:0:"_s, u"C2:Final notice:0:AG"_s}));
    table.edit(u"C2"_s, {.description = std::nullopt, .daysToRemain = std::nullopt, .nextCode = QString()});
    QCOMPARE(rows(*db).at(2), u"C2:Final notice:0:"_s);
    table.remove(u"ag"_s);
    QCOMPARE(rows(*db), (QStringList{u"1:One:999:C2"_s, u"C2:Final notice:0:"_s}));

    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'collection-code' AND action = 'create'"_s), 3);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'collection-code' AND action = 'edit'"_s), 3);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'collection-code' AND action = 'delete'"_s
                         u" AND before_data LIKE '%\"AG\"%' AND entity_id = 0"_s),
             1);
}

void tst_CollectionCodes::addRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("message");
    const QString fine = u"Initial collection"_s;
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        row("code of four letters") << u"ABCD"_s << fine << 0 << QString()
                                    << u"Code: \"ABCD\" is not a collection status code; write 1 to 3 letters or digits."_s;
        row("code with a dash") << u"A-1"_s << fine << 0 << QString() << u"Code: \"A-1\" is not a collection status code"_s;
        row("empty code") << u" "_s << fine << 0 << QString() << u"Code: \" \" is not a collection status code"_s;
        row("code there already") << u"ag"_s << fine << 0 << QString()
                                  << u"Code: AG is already in the Collection Status Table."_s;
        row("empty description") << u"IC"_s << u"  "_s << 0 << QString() << u"Description of IC: the description is empty."_s;
        row("description of 41 characters")
                << u"IC"_s << QString(41, u'x') << 0 << QString()
                << u"Description of IC: \"%1\" has 41 characters; at most 40 are allowed."_s.arg(QString(41, u'x'));
        row("description on two lines") << u"IC"_s << u"Initial\ncollection"_s << 0 << QString()
                                        << u"Description of IC: the text holds a line break"_s;
        row("days 1000") << u"IC"_s << fine << 1000 << QString()
                         << u"Days to Remain in Status of IC: 1000 is not a whole number from 0 to 999."_s;
        row("days -1") << u"IC"_s << fine << -1 << QString()
                       << u"Days to Remain in Status of IC: -1 is not a whole number from 0 to 999."_s;
        row("transfer to a missing code") << u"IC"_s << fine << 30 << u"zz"_s
                                          << u"Transfer to Next Status Code of IC: \"zz\" is not in the Collection Status Table."_s;
        row("transfer to itself") << u"IC"_s << fine << 30 << u"ic"_s
                                  << u"Transfer to Next Status Code of IC: a code cannot transfer to itself."_s;
        row("transfer that is no code") << u"IC"_s << fine << 30 << u"AGENCY"_s
                                        << u"Transfer to Next Status Code of IC: \"AGENCY\" is not a collection status code"_s;
    }
}

void tst_CollectionCodes::addRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(int, days);
    QFETCH(QString, next);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    add(*db, u"AG"_s, u"Agency"_s);
    const qint64 auditBefore = scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s);

    const QString refusal = test::refusalOf([&] { add(*db, code, description, days, next); });
    QVERIFY2(refusal.startsWith(message), qPrintable(refusal));
    QCOMPARE(refusal.count(u'\n'), 0); // one problem, one line
    QCOMPARE(rows(*db), QStringList{u"AG:Agency:0:"_s});
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s), auditBefore);
}

void tst_CollectionCodes::editRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("next");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        // The table: IC 30 -> C2, C2 30 -> AG, AG.
        row("loop of three") << u"AG"_s << u"IC"_s << 0
                             << u"Transfer to Next Status Code of AG: IC would make a transfer loop (AG -> IC -> C2 -> AG)."_s;
        row("loop of two") << u"c2"_s << u"ic"_s << 30
                           << u"Transfer to Next Status Code of C2: IC would make a transfer loop (C2 -> IC -> C2)."_s;
        row("to itself") << u"AG"_s << u"AG"_s << 0 << u"Transfer to Next Status Code of AG: a code cannot transfer to itself."_s;
        row("unknown code") << u"ZZ"_s << QString() << 0 << u"Code: ZZ is not in the Collection Status Table."_s;
        row("days and transfer both wrong")
                << u"IC"_s << u"XX"_s << 1000
                << u"Days to Remain in Status of IC: 1000 is not a whole number from 0 to 999.\n"
                   u"Transfer to Next Status Code of IC: \"XX\" is not in the Collection Status Table."_s;
    }
}

void tst_CollectionCodes::editRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, code);
    QFETCH(QString, next);
    QFETCH(int, days);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    add(*db, u"AG"_s, u"Agency"_s);
    add(*db, u"C2"_s, u"Second notice"_s, 30, u"AG"_s);
    add(*db, u"IC"_s, u"Initial collection"_s, 30, u"C2"_s);
    const QStringList before = rows(*db);
    const qint64 auditBefore = scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s);

    CollectionCodeTable::Edit edit;
    edit.nextCode = next;
    edit.daysToRemain = days;
    QCOMPARE(test::refusalOf([&] { CollectionCodeTable(*db, manager).edit(code, edit); }), message);
    QCOMPARE(rows(*db), before);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s), auditBefore);
}

void tst_CollectionCodes::deleteRefusedWhileUsed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("use");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        row("an account holds it") << u"account"_s
                                   << u"Code IC is the collection status of 1 account(s).\n"
                                      u"Code IC is in the collection history of 1 account(s)."_s;
        row("an account held it") << u"history"_s << u"Code IC is in the collection history of 1 account(s)."_s;
        row("a plan's Status for Default") << u"plan"_s << u"Code IC is the Status for Default of 1 payment plan(s)."_s;
        row("a setting names it") << u"setting"_s << u"Code IC is the setting collections.initial_status."_s;
        row("another code transfers to it") << u"transfer"_s
                                            << u"Code IC is the Transfer to Next Status Code of NDF."_s;
        row("unused") << u"none"_s << QString();
    }
}

void tst_CollectionCodes::deleteRefusedWhileUsed()
{
    QFETCH(QString, backend);
    QFETCH(QString, use);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    add(*db, u"IC"_s, u"Initial collection"_s);
    add(*db, u"AG"_s, u"Agency"_s);
    test::LedgerDesk ledger(*db, manager);
    const qint64 family = ledger.addPatient(0, u"Ana"_s).familyId;
    if (use == u"account") {
        moveTo(*db, family, u"IC"_s, QDate(2026, 3, 1));
    } else if (use == u"history") {
        moveTo(*db, family, u"IC"_s, QDate(2026, 3, 1));
        moveTo(*db, family, u"AG"_s, QDate(2026, 4, 1));
    } else if (use == u"plan") {
        core::SqlQuery q = db->query();
        q.prepare(u"INSERT INTO collection_plans (id, family_id, kind, status, start_date, amount_cents, payment_days,"
                  u" next_payment_date, paid_after, default_status, webpay, holder, zip, end_note, created_by, created_at)"
                  u" VALUES (1, :f, 'collection', 'Ended', '2026-03-01', 5000, 30, '2026-03-31', '2026-02-28', 'IC', 0,"
                  u" '', '', '', 'manager', '2026-03-01T12:00:00Z')"_s)
                .bind(u":f"_s, family)
                .exec();
    } else if (use == u"setting") {
        core::PracticeSettings(*db).set(manager, u"collections.initial_status"_s, u"ic"_s);
    } else if (use == u"transfer") {
        add(*db, u"NDF"_s, u"Non-Delinquent Pmt Plan Failed"_s, 30, u"IC"_s);
    }
    const QStringList before = rows(*db);

    const QString refusal = test::refusalOf([&] { CollectionCodeTable(*db, manager).remove(u"ic"_s); });
    QCOMPARE(refusal, message);
    if (message.isEmpty())
        QVERIFY(!CollectionCodeTable::exists(*db, u"IC"_s));
    else
        QCOMPARE(rows(*db), before);
}

void tst_CollectionCodes::defaults()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    QVERIFY(!core::CollectionsPolicy::read(*db).enabled());
    CollectionCodeTable(*db, manager).addDefaults();
    QCOMPARE(rows(*db), (QStringList{u"AG:Agency:0:"_s, u"C2:Second notice:30:AG"_s, u"CP:Collection Payment Plan:0:"_s,
                                     u"CPF:Collection Payment Plan Failed:15:AG"_s, u"IC:Initial collection:30:C2"_s,
                                     u"ND:Non-Delinquent Payment Plan:0:"_s,
                                     u"NDF:Non-Delinquent Pmt Plan Failed:30:IC"_s}));
    const core::CollectionsPolicy policy = core::CollectionsPolicy::read(*db);
    QVERIFY(policy.enabled());
    QCOMPARE(QStringList({policy.initialStatus, policy.planCode, policy.planFailedCode, policy.ndPlanCode,
                          policy.ndPlanFailedCode}),
             (QStringList{u"IC"_s, u"CP"_s, u"CPF"_s, u"ND"_s, u"NDF"_s}));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'collection-code' AND action = 'create'"_s), 7);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'setting' AND action = 'set'"_s), 5);
}

void tst_CollectionCodes::defaultsOnlyIntoAnEmptyTable()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    add(*db, u"X"_s, u"The practice's own"_s);
    QCOMPARE(test::refusalOf([&] { CollectionCodeTable(*db, manager).addDefaults(); }),
             u"The Collection Status Table has 1 code(s) already; the defaults go only into an empty table."_s);
    QCOMPARE(rows(*db), QStringList{u"X:The practice's own:0:"_s});
    QVERIFY(!core::CollectionsPolicy::read(*db).enabled());
}

void tst_CollectionCodes::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    add(*db, u"AG"_s, u"Agency"_s);
    core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, u"clerk"_s, core::Role::FrontDesk, u"clerk-password"_s);
    CollectionCodeTable table(*db, u"clerk"_s);
    QCOMPARE(table.list().size(), 1);
    for (const auto &change : std::initializer_list<std::function<void()>>{
                 [&] { table.add({u"IC"_s, u"Initial collection"_s, 0, {}}); },
                 [&] { table.edit(u"AG"_s, {.description = u"Agency 2"_s, .daysToRemain = {}, .nextCode = {}}); },
                 [&] { table.remove(u"AG"_s); },
                 [&] { table.addDefaults(); },
         }) {
        QVERIFY(test::refusalOf(change).contains(u"billing manager"_s));
    }
    QCOMPARE(rows(*db), QStringList{u"AG:Agency:0:"_s});
}

QTEST_GUILESS_MAIN(tst_CollectionCodes)
#include "tst_collectioncodes.moc"
