// Practice groups (core::PracticeGroups) and the legacy ledger's first rule, on a real SQLite
// file and a real PostgreSQL database: groups added, listed and assigned, every refusal naming
// the field and the value with nothing written; a family of a legacy group never allocates
// (the desk's and the CLI's posting, Allocator) while a plain payment and a portal payment
// post unallocated; a database of schema 9 upgrades with every family in group 1, tracked.

#include "BillingDesk.h"
#include "LedgerDesk.h"
#include "PortalFiles.h"
#include "GroupPlacement.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "groups/PracticeGroups.h"
#include "ledger/Allocator.h"
#include "ledger/PaymentPoster.h"
#include "portal/PortalFetch.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "users/UserDirectory.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace paydesk;
using core::PracticeGroup;
using core::PracticeGroups;
using test::refusalOf;
using test::TestDatabases;

namespace {

const QString manager = u"manager"_s;

// "1 Default tracked 2" per group, by id.
QStringList groups(const core::Database &db)
{
    QStringList shown;
    for (const PracticeGroup &group : PracticeGroups(db, manager).list())
        shown << u"%1 %2 %3 %4"_s.arg(group.id)
                         .arg(group.name, PracticeGroup::ledgerCode(group.ledger))
                         .arg(group.families);
    return shown;
}

qint64 scalar(const core::Database &db, const QString &sql)
{
    core::SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

// The Rivera family (guarantor Ana) owing 100.00 in group "Old ledger" (legacy, id 2), with
// a plain payment of 30.00 posted.
struct LegacyFamily
{
    explicit LegacyFamily(const core::Database &db)
        : desk(db, manager)
    {
        const core::NewPatient ana = desk.addPatient(0, u"Ana"_s);
        family = ana.familyId;
        patient = ana.patientId;
        charge = desk.addCharge(patient, u"2024-01-10"_s, u"100.00"_s);
        desk.name(u"c1"_s, core::AllocationTarget::charge(charge));
        group = PracticeGroups(db, manager).add(u"Old ledger"_s, PracticeGroup::Ledger::Legacy);
        test::placeInGroup(db, family, group);
        payment = desk.pay(patient, u"30.00"_s).paymentId;
    }

    test::LedgerDesk desk;
    qint64 family = 0;
    qint64 patient = 0;
    qint64 charge = 0;
    qint64 group = 0;
    qint64 payment = 0;
};

QString legacyRefusal(qint64 family, qint64 group)
{
    return u"Family %1 is in practice group \"Old ledger\" (id %2), which keeps the legacy ledger: payments only lower "
           u"the balance there. Allocation starts once the group is migrated (migrations queue --group %2)."_s
                   .arg(family)
                   .arg(group);
}

} // namespace

class tst_PracticeGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListAssign_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void addListAssign();
    void addRefused_data();
    void addRefused();
    void assignRefused_data();
    void assignRefused();
    void frontDeskReadsOnly_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void frontDeskReadsOnly();
    void jsonKeys();
    void upgradeFromSchema9_data();
    void upgradeFromSchema9();
    void legacyAllocationRefused_data();
    void legacyAllocationRefused();
    void legacyPlainPaymentPosts_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void legacyPlainPaymentPosts();
    void portalPaymentPostsUnallocated_data();
    void portalPaymentPostsUnallocated();

private:
    TestDatabases m_dbs;
};

void tst_PracticeGroups::addListAssign()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    test::LedgerDesk desk(*db, manager);
    const qint64 ana = desk.addPatient(0, u"Ana"_s).familyId;
    const qint64 ben = desk.addPatient(0, u"Ben"_s, u"Ortiz"_s).familyId;
    PracticeGroups groupsOf(*db, manager);
    // Every family starts in group 1, tracked.
    QCOMPARE(groups(*db), QStringList{u"1 Default tracked 2"_s});
    QCOMPARE(PracticeGroups::groupOf(*db, ana).id, 1);
    QVERIFY(!PracticeGroups::isLegacy(*db, ana));

    const qint64 north = groupsOf.add(u"  North clinic "_s, PracticeGroup::Ledger::Tracked);
    const qint64 old = groupsOf.add(u"Old ledger"_s, PracticeGroup::Ledger::Legacy);
    QCOMPARE(groups(*db),
             (QStringList{u"1 Default tracked 2"_s,
                          u"%1 North clinic tracked 0"_s.arg(north),
                          u"%1 Old ledger legacy 0"_s.arg(old)}));

    groupsOf.assign(ben, north);
    QCOMPARE(PracticeGroups::groupOf(*db, ben).name, u"North clinic"_s);
    QCOMPARE(groups(*db).value(1), u"%1 North clinic tracked 1"_s.arg(north));
    // Assigning a family to its own group changes nothing and writes nothing.
    groupsOf.assign(ben, north);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'practice-group-assign'"_s), 1);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'practice-group' AND action = 'create'"_s), 2);
    // And back to the default group, on the same ledger.
    groupsOf.assign(ben, 1);
    QCOMPARE(groups(*db).value(0), u"1 Default tracked 2"_s);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'practice-group-assign'"_s), 2);
    QVERIFY(!PracticeGroups::isLegacy(*db, ana));
}

void tst_PracticeGroups::addRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, b.constData()) << backend;
        };
        row("empty") << u"  "_s << u"Practice group: the name is empty."_s;
        row("41 characters") << QString(41, u'g')
                             << u"Practice group: \"%1\" has 41 characters; at most 40 are allowed."_s.arg(
                                        QString(41, u'g'));
        row("the default in lower case") << u" default "_s << u"Practice group: \"Default\" exists already (id 1)."_s;
        row("two lines") << u"Old\nledger"_s
                         << u"Practice group: the text holds a line break or another control character."_s;
    }
}

void tst_PracticeGroups::addRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    QCOMPARE(refusalOf([&] { PracticeGroups(*db, manager).add(name, PracticeGroup::Ledger::Legacy); }), message);
    QCOMPARE(groups(*db), QStringList{u"1 Default tracked 0"_s});
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s), 0);
}

void tst_PracticeGroups::assignRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("fromLedger"); // the family's group, besides Default
    QTest::addColumn<QString>("to");         // "unknown family", "unknown group", "both", "other ledger"
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, b.constData()) << backend;
        };
        row("unknown family") << u"tracked"_s << u"unknown family"_s
                              << u"There is no family with account number 999."_s;
        row("unknown group") << u"tracked"_s << u"unknown group"_s
                             << u"Practice group: there is no group with id 77."_s;
        row("both unknown") << u"tracked"_s << u"both"_s
                            << u"There is no family with account number 999.\n"
                               u"Practice group: there is no group with id 77."_s;
        // The rule: a family never crosses ledgers.
        row("tracked to legacy")
                << u"tracked"_s << u"other ledger"_s
                << u"Practice group: family {F} is in \"Default\" (id 1), which keeps tracked "
                   u"allocations; \"Other\" (id 2) keeps the legacy ledger. A family moves only between "
                   u"groups on the same ledger; a legacy group becomes tracked by its migration, the "
                   u"whole group at once."_s;
        row("legacy to tracked")
                << u"legacy"_s << u"other ledger"_s
                << u"Practice group: family {F} is in \"Other\" (id 2), which keeps the legacy ledger; "
                   u"\"Default\" (id 1) keeps tracked allocations. A family moves only between "
                   u"groups on the same ledger; a legacy group becomes tracked by its migration, the "
                   u"whole group at once."_s;
    }
}

void tst_PracticeGroups::assignRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, fromLedger);
    QFETCH(QString, to);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 family = test::LedgerDesk(*db, manager).addPatient(0, u"Ana"_s).familyId;
    PracticeGroups groupsOf(*db, manager);
    const bool legacyFamily = fromLedger == u"legacy"_s;
    const qint64 other = groupsOf.add(u"Other"_s, PracticeGroup::Ledger::Legacy);
    if (legacyFamily)
        test::placeInGroup(*db, family, other);
    const qint64 familyId = (to == u"unknown family"_s || to == u"both"_s) ? 999 : family;
    const qint64 groupId = (to == u"unknown group"_s || to == u"both"_s) ? 77 : (legacyFamily ? 1 : other);
    const QString before = groups(*db).join(u", "_s);
    QCOMPARE(refusalOf([&] { groupsOf.assign(familyId, groupId); }),
             QString(message).replace(u"{F}"_s, QString::number(family)));
    QCOMPARE(groups(*db).join(u", "_s), before);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'practice-group-assign'"_s), 0);
}

// Reading the groups is anyone's; changing them is the billing manager's.
void tst_PracticeGroups::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 family = test::LedgerDesk(*db, manager).addPatient(0, u"Ana"_s).familyId;
    core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, u"clerk"_s, core::Role::FrontDesk, u"clerk-password"_s);
    users.add(u"boss"_s, manager, core::Role::BillingManager, u"manager-password"_s);
    PracticeGroups asClerk(*db, u"clerk"_s);
    QCOMPARE(asClerk.list().size(), 1);
    const QString refused = refusalOf([&] { asClerk.add(u"North"_s, PracticeGroup::Ledger::Tracked); });
    QVERIFY2(refused.contains(u"billing manager"_s), qPrintable(refused));
    QVERIFY(refusalOf([&] { asClerk.assign(family, 1); }).contains(u"billing manager"_s));
    QCOMPARE(groups(*db), QStringList{u"1 Default tracked 1"_s});
    // The billing manager may.
    QVERIFY(PracticeGroups(*db, manager).add(u"North"_s, PracticeGroup::Ledger::Tracked) > 1);
}

void tst_PracticeGroups::jsonKeys()
{
    PracticeGroup group;
    group.id = 3;
    group.name = u"Old ledger"_s;
    group.ledger = PracticeGroup::Ledger::Legacy;
    group.families = 12;
    QCOMPARE(group.toJson(),
             (QJsonObject{{u"id"_s, 3},
                          {u"name"_s, u"Old ledger"_s},
                          {u"ledger"_s, u"legacy"_s},
                          {u"families"_s, 12},
                          {u"migration"_s, QJsonValue::Null}}));
}

void tst_PracticeGroups::upgradeFromSchema9_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("groupOne"); // a practice_groups row 1 written before the upgrade, or empty
    QTest::addColumn<QString>("expected");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, b.constData()) << backend;
        };
        row("no groups") << QString() << u"1 Default tracked 2"_s;
        row("group 1 kept") << u"Main office"_s << u"1 Main office tracked 2"_s;
    }
}

void tst_PracticeGroups::upgradeFromSchema9()
{
    QFETCH(QString, backend);
    QFETCH(QString, groupOne);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        core::Database older(spec, core::Database::SchemaPolicy::Leave);
        core::Schema::migrateTo(older, 9);
        older.execute(u"INSERT INTO families (id, created_at) VALUES (41, 'then'), (42, 'then')"_s);
        if (!groupOne.isEmpty())
            older.query()
                    .prepare(u"INSERT INTO practice_groups (id, name) VALUES (1, :n)"_s)
                    .bind(u":n"_s, groupOne)
                    .exec();
    }
    core::Database upgraded(spec);
    QCOMPARE(core::Schema::storedVersion(upgraded), core::Schema::currentVersion());
    QCOMPARE(groups(upgraded), QStringList{expected});
    QVERIFY(!PracticeGroups::isLegacy(upgraded, 41));
    // The ledger column allows the two codes only.
    const QString constraint = refusalOf([&] {
        try {
            upgraded.execute(u"UPDATE practice_groups SET ledger = 'other' WHERE id = 1"_s);
        } catch (const core::StorageError &) {
            throw core::Refusal(u"refused"_s);
        }
    });
    QCOMPARE(constraint, u"refused"_s);
    // New groups count from 2 after the upgrade.
    QCOMPARE(PracticeGroups(upgraded, manager).add(u"North"_s, PracticeGroup::Ledger::Tracked), 2);
}

void tst_PracticeGroups::legacyAllocationRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("how");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        for (const char *how : {"allocate",
                                "auto-allocate",
                                "to unearned",
                                "post with splits",
                                "post auto-allocated",
                                "post auto-allocated patient first"})
            QTest::addRow("%s/%s", how, b.constData()) << backend << QString::fromLatin1(how);
    }
}

void tst_PracticeGroups::legacyAllocationRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, how);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    LegacyFamily f(*db);
    const qint64 payments = scalar(*db, u"SELECT COUNT(*) FROM payments"_s);
    const qint64 audit = scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s);
    core::Allocator allocator(*db, manager);
    using Auto = core::PaymentPoster::AutoAllocate;
    const std::map<QString, std::function<void()>> attempts = {
            {u"allocate"_s, [&] { allocator.allocate(f.payment, f.desk.splits(u"c1:10.00"_s)); }},
            {u"auto-allocate"_s, [&] { allocator.autoAllocate(f.payment, false); }},
            {u"to unearned"_s, [&] { allocator.toUnearned(f.payment, core::Money::fromCents(1000)); }},
            {u"post with splits"_s, [&] { f.desk.pay(f.patient, u"20.00"_s, u"c1:20.00"_s); }},
            {u"post auto-allocated"_s, [&] { f.desk.pay(f.patient, u"20.00"_s, {}, Auto::Family); }},
            {u"post auto-allocated patient first"_s, [&] { f.desk.pay(f.patient, u"20.00"_s, {}, Auto::PatientFirst); }},
    };
    QCOMPARE(refusalOf(attempts.at(how)), legacyRefusal(f.family, f.group));
    // Nothing written.
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM allocations"_s), 0);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM payments"_s), payments);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s), audit);
    QCOMPARE(f.desk.account(f.family).balance().toString(), u"70.00"_s);
}

void tst_PracticeGroups::legacyPlainPaymentPosts()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    LegacyFamily f(*db);
    // The payment only lowers the balance: nothing of it is allocated.
    f.desk.pay(f.patient, u"20.00"_s);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM payments"_s), 2);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM allocations"_s), 0);
    QCOMPARE(f.desk.account(f.family).balance().toString(), u"50.00"_s);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND action = 'post'"_s), 2);
    // A tracked family still allocates as before.
    const qint64 ben = f.desk.addPatient(0, u"Ben"_s, u"Ortiz"_s).patientId;
    f.desk.addCharge(ben, u"2024-01-10"_s, u"40.00"_s);
    f.desk.pay(ben, u"40.00"_s, {}, core::PaymentPoster::AutoAllocate::Family);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM allocations"_s), 1);
}

void tst_PracticeGroups::portalPaymentPostsUnallocated_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<qint64>("allocatedCents");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("legacy posts unallocated/%s", b.constData()) << backend << true << qint64(0);
        QTest::addRow("tracked allocates/%s", b.constData()) << backend << false << qint64(4000);
    }
}

void tst_PracticeGroups::portalPaymentPostsUnallocated()
{
    QFETCH(QString, backend);
    QFETCH(bool, legacy);
    QFETCH(qint64, allocatedCents);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    test::BillingDesk desk(*db);
    qint64 ana = 0;
    const qint64 rivera = desk.family(&ana, u"Rivera"_s);
    desk.charge(ana, QDate(2026, 1, 2), u"40.00"_s);
    desk.at(QDate(2026, 1, 6));
    const qint64 group = PracticeGroups(*db, manager)
                                 .add(u"Old ledger"_s,
                                      legacy ? PracticeGroup::Ledger::Legacy : PracticeGroup::Ledger::Tracked);
    test::placeInGroup(*db, rivera, group);
    QTemporaryDir folder;
    QFile file(folder.filePath(u"eod_20260105.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::eodFile({test::eodRecord({{16, QString::number(rivera)}})}));
    file.close();

    const core::portal::FetchSummary summary = core::portal::PortalFetch(*db, manager).run(folder.path());
    QCOMPARE(summary.posted, 1);
    QCOMPARE(summary.exceptions, 0);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM payments WHERE method = 'portal'"_s), 1);
    QCOMPARE(scalar(*db, u"SELECT COALESCE(SUM(amount_cents), 0) FROM allocations"_s), allocatedCents);
    // 40.00 owed, 60.00 paid: the balance is the same either way.
    QCOMPARE(desk.ledger().account(rivera).balance().toString(), u"-20.00"_s);
}

QTEST_GUILESS_MAIN(tst_PracticeGroups)
#include "tst_practicegroups.moc"
