#include "TestDatabases.h"

#include "audit/AuditTrail.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/PaymentPoster.h"
#include "settings/PracticeSettings.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/PasswordHash.h"
#include "users/SignIn.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

// Users, roles and sign-in on both databases: open mode as before, secured once an
// administrator has a password, the lock-out after failed sign-ins, the last administrator
// kept, and permission refusals in the audit trail.
class tst_Users : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameRules_data();
    void nameRules();
    void passwordHash();
    void openUntilAnAdministratorHasAPassword_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void openUntilAnAdministratorHasAPassword();
    void signIn_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void signIn();
    void lockOutAfterFiveFailures_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void lockOutAfterFiveFailures();
    void lastAdministratorIsKept_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void lastAdministratorIsKept();
    void rolesAreEnforcedOnceSecured_data();
    void rolesAreEnforcedOnceSecured();
    void permissionCheckInsideATransactionIsAnError();
    void auditTrailFilters_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void auditTrailFilters();
    void upgradeKeepsUsersAsFrontDesk_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void upgradeKeepsUsersAsFrontDesk();

private:
    TestDatabases m_dbs;
};

namespace {

const QString adminPassword = u"correct horse"_s;

qint64 scalar(const Database &db, const QString &sql)
{
    SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

QString refusalOf(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Refusal &refusal) {
        return refusal.message();
    }
    return {};
}

// An administrator with a password: the database is secured from then on.
void secure(const Database &db)
{
    UserDirectory(db).add(u"installer"_s, u"alice"_s, Role::Administrator, adminPassword);
}

} // namespace

void tst_Users::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); // empty: taken
    QTest::newRow("plain") << u"maria.lopez"_s << QString();
    QTest::newRow("spaces around are trimmed") << u"  bob "_s << QString();
    QTest::newRow("64 characters") << QString(64, u'a') << QString();
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
    QTest::newRow("65 characters") << QString(65, u'a') << u"longer than 64"_s;
    QTest::newRow("control character") << u"bo\u0007b"_s << u"control character"_s;
    QTest::newRow("reserved daily-run") << u"daily-run"_s << u"reserved"_s;
    QTest::newRow("reserved nightly-run, any case") << u"Nightly-Run"_s << u"reserved"_s;
}

void tst_Users::nameRules()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QStringList problems = UserDirectory::nameProblems(name);
    QCOMPARE(problems.isEmpty(), problem.isEmpty());
    if (!problem.isEmpty())
        QVERIFY2(problems.join(u' ').contains(problem), qPrintable(problems.join(u' ')));
}

void tst_Users::passwordHash()
{
    const QString hash = PasswordHash::of(u"s3cret pässword"_s);
    QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
    QVERIFY(!hash.contains(u"s3cret"_s));
    QVERIFY(PasswordHash::matches(hash, u"s3cret pässword"_s));
    QVERIFY(!PasswordHash::matches(hash, u"s3cret password"_s));
    QVERIFY(!PasswordHash::matches(QString(), u"anything"_s));
    QVERIFY(PasswordHash::of(u"s3cret pässword"_s) != hash); // salted
}

void tst_Users::openUntilAnAdministratorHasAPassword()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    UserDirectory users(*db);
    QVERIFY(!users.isSecured());
    // Open: any named user may do anything, known or not.
    Permissions::require(*db, u"whoever"_s, Permissions::Action::ManageUsers);
    users.add(u"whoever"_s, u"bob"_s, Role::FrontDesk, u"bobs password"_s);
    users.add(u"whoever"_s, u"alice"_s, Role::Administrator);
    QVERIFY(!users.isSecured()); // an administrator without a password secures nothing
    QVERIFY_THROWS_EXCEPTION(Refusal, users.add(u"whoever"_s, u"carol"_s, Role::FrontDesk, u"short"_s));
    QVERIFY_THROWS_EXCEPTION(Refusal, users.add(u"whoever"_s, u"bob"_s, Role::FrontDesk));
    users.setPassword(u"whoever"_s, u"alice"_s, adminPassword);
    QVERIFY(users.isSecured());
    // Secured for good: disabling her (there is no other administrator) is refused anyway,
    // and the flag is not a setting anyone can change.
    QVERIFY(!refusalOf([&] { users.setActive(u"alice"_s, u"alice"_s, false); }).isEmpty());
    QVERIFY(users.isSecured());
    // The trail names each change, never a password or its hash.
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND action IN ('create', 'password')"_s),
             qint64(3));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE after_data LIKE '%argon%' OR after_data LIKE '%bobs password%' OR after_data LIKE '%correct horse%'"_s),
             qint64(0));
    const std::optional<User> bob = users.find(u"bob"_s);
    QVERIFY(bob && bob->hasPassword && bob->role == Role::FrontDesk && bob->active);
}

void tst_Users::signIn()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    secure(*db);
    UserDirectory users(*db);
    users.add(u"alice"_s, u"bob"_s, Role::FrontDesk, u"bobs password"_s);
    users.add(u"alice"_s, u"carol"_s, Role::BillingManager); // no password yet

    const Clock::Override now(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    SignIn signIn(*db);
    const User bob = signIn.signIn(u"bob"_s, u"bobs password"_s);
    QCOMPARE(bob.name, u"bob"_s);
    QCOMPARE(bob.role, Role::FrontDesk);
    QCOMPARE(users.find(u"bob"_s)->lastSignIn, QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));

    const QString wrong = refusalOf([&] { signIn.signIn(u"bob"_s, u"bobs passwort"_s); });
    QCOMPARE(refusalOf([&] { signIn.signIn(u"mallory"_s, u"whatever1"_s); }), wrong); // names are not told apart
    QVERIFY(wrong.contains(u"wrong"_s));
    QCOMPARE(refusalOf([&] { signIn.signIn(u"carol"_s, QString()); }), wrong); // no password: no sign-in
    users.setActive(u"alice"_s, u"bob"_s, false);
    QVERIFY(refusalOf([&] { signIn.signIn(u"bob"_s, u"bobs password"_s); }).contains(u"disabled"_s));

    SqlQuery q = db->query();
    q.prepare(u"SELECT action, user_name FROM audit_log WHERE action LIKE 'sign-in%' ORDER BY id"_s).exec();
    QStringList trail;
    while (q.next())
        trail << q.text(0) + u' ' + q.text(1);
    QCOMPARE(trail, (QStringList{u"sign-in bob"_s, u"sign-in-failed bob"_s, u"sign-in-failed mallory"_s,
                                 u"sign-in-failed carol"_s, u"sign-in-failed bob"_s}));
}

void tst_Users::lockOutAfterFiveFailures()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    secure(*db);
    UserDirectory(*db).add(u"alice"_s, u"bob"_s, Role::FrontDesk, u"bobs password"_s);
    const QDateTime start(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
    Clock::Override now(start);
    SignIn signIn(*db);
    // Five failures two minutes apart: 09:00 ... 09:08.
    for (int i = 0; i < SignIn::maxFailures; ++i) {
        now.set(start.addSecs(120 * i));
        QVERIFY(refusalOf([&] { signIn.signIn(u"bob"_s, u"guess"_s + QString::number(i)); }).contains(u"wrong"_s));
    }
    // Locked, even with the right password, until 09:23; alice is not.
    now.set(start.addSecs(8 * 60 + 60));
    QVERIFY(refusalOf([&] { signIn.signIn(u"bob"_s, u"bobs password"_s); }).contains(u"locked"_s));
    // The refused attempt is audited against bob's row, as the failures were.
    const AuditEntry locked = AuditTrail(*db).find({0, u"bob"_s, u"sign-in-failed"_s, {}}).constFirst();
    QCOMPARE(locked.entityId, UserDirectory(*db).find(u"bob"_s)->id);
    QVERIFY(locked.after.contains(u"locked"_s));
    QCOMPARE(signIn.signIn(u"alice"_s, adminPassword).name, u"alice"_s);
    now.set(start.addSecs(23 * 60 - 1));
    QVERIFY(refusalOf([&] { signIn.signIn(u"bob"_s, u"bobs password"_s); }).contains(u"locked"_s));
    now.set(start.addSecs(23 * 60));
    QCOMPARE(signIn.signIn(u"bob"_s, u"bobs password"_s).name, u"bob"_s);
    // Failures spread over more than 15 minutes never lock.
    for (int i = 0; i < SignIn::maxFailures; ++i) {
        now.set(start.addSecs(3600 + 240 * i));
        QVERIFY(refusalOf([&] { signIn.signIn(u"bob"_s, u"guess"_s); }).contains(u"wrong"_s));
    }
    now.set(start.addSecs(3600 + 240 * 4 + 1));
    QCOMPARE(signIn.signIn(u"bob"_s, u"bobs password"_s).name, u"bob"_s);
}

void tst_Users::lastAdministratorIsKept()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    secure(*db);
    UserDirectory users(*db);
    QVERIFY(refusalOf([&] { users.setRole(u"alice"_s, u"alice"_s, Role::BillingManager); }).contains(u"last active administrator"_s));
    QVERIFY(refusalOf([&] { users.setActive(u"alice"_s, u"alice"_s, false); }).contains(u"last active administrator"_s));
    users.add(u"alice"_s, u"dave"_s, Role::Administrator, u"daves password"_s);
    users.setActive(u"alice"_s, u"alice"_s, false);
    QVERIFY(refusalOf([&] { users.setRole(u"dave"_s, u"dave"_s, Role::FrontDesk); }).contains(u"last active administrator"_s));
    users.setActive(u"dave"_s, u"alice"_s, true);
    users.setRole(u"dave"_s, u"dave"_s, Role::FrontDesk);
    QCOMPARE(users.find(u"dave"_s)->role, Role::FrontDesk);
    // An administrator without a password cannot sign in once secured: it does not count.
    users.add(u"alice"_s, u"erin"_s, Role::Administrator);
    QVERIFY(refusalOf([&] { users.setRole(u"alice"_s, u"alice"_s, Role::FrontDesk); }).contains(u"last active administrator"_s));
    QVERIFY(refusalOf([&] { users.setActive(u"alice"_s, u"alice"_s, false); }).contains(u"last active administrator"_s));
    users.setActive(u"alice"_s, u"erin"_s, false);
    QCOMPARE(users.find(u"erin"_s)->active, false);
    // Disabling again changes nothing and writes no audit row.
    const auto disables = [&] { return AuditTrail(*db).find({0, {}, u"disable"_s, {}}).size(); };
    const qsizetype before = disables();
    users.setActive(u"alice"_s, u"erin"_s, false);
    QCOMPARE(disables(), before);
}

void tst_Users::rolesAreEnforcedOnceSecured_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    using A = Permissions::Action;
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &user, A action, const QString &refusal) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << user << int(action) << refusal;
        };
        row("front desk posts", u"bob"_s, A::PostPayments, QString());
        row("front desk imports", u"bob"_s, A::Import,
            u"Import: this needs the billing manager role; bob has the front desk role."_s);
        row("billing manager imports", u"carol"_s, A::Import, QString());
        row("billing manager changes users", u"carol"_s, A::ManageUsers,
            u"Change users: this needs the administrator role; carol has the billing manager role."_s);
        row("administrator changes users", u"alice"_s, A::ManageUsers, QString());
        row("unknown user", u"mallory"_s, A::PostPayments, u"mallory is not an active user"_s);
        row("disabled user", u"erin"_s, A::PostPayments, u"erin is not an active user"_s);
    }
}

void tst_Users::rolesAreEnforcedOnceSecured()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(int, action);
    QFETCH(QString, refusal);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    secure(*db);
    UserDirectory users(*db);
    users.add(u"alice"_s, u"bob"_s, Role::FrontDesk, u"bobs password"_s);
    users.add(u"alice"_s, u"carol"_s, Role::BillingManager, u"carols password"_s);
    users.add(u"alice"_s, u"erin"_s, Role::Administrator, u"erins password"_s);
    users.setActive(u"alice"_s, u"erin"_s, false);
    const qint64 refusalsBefore = scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused'"_s);
    const QString got = refusalOf([&] { Permissions::require(*db, user, Permissions::Action(action)); });
    if (refusal.isEmpty()) {
        QCOMPARE(got, QString());
    } else {
        QVERIFY2(got.contains(refusal), qPrintable(got));
        // The refusal is in the trail under the user who was refused.
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND user_name = '%1'"_s.arg(user)),
                 refusalsBefore + 1);
    }
    // What the desk greys out agrees with what the services refuse, and writes nothing.
    QCOMPARE(Permissions::allows(*db, user, Permissions::Action(action)), refusal.isEmpty());
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused'"_s),
             refusalsBefore + (refusal.isEmpty() ? 0 : 1));
}

// Two families worked on by two users on two days: each filter of the audit viewer and of
// `paydesk-cli audit` picks exactly its rows, newest first, a page at a time.
void tst_Users::auditTrailFilters()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Clock::Override now(QDateTime(QDate(2026, 12, 5), QTime(15, 0), Qt::UTC));
    const auto addFamily = [&](const QString &user, const QString &last) {
        Patient patient;
        patient.lastName = last;
        patient.firstName = u"Ana"_s;
        patient.birthDate = QDate(1980, 1, 1);
        const NewPatient added = FamilyRegistry(*db, user).addPatient(patient);
        Charge charge;
        charge.patientId = added.patientId;
        charge.date = QDate(2026, 12, 1);
        charge.code = u"D0120"_s;
        charge.description = u"Exam"_s;
        charge.amount = Money::parse(u"65.00"_s).value();
        ChargeEntry(*db, user).addCharge(charge, u"DR"_s, u"MAIN"_s);
        PaymentDraft draft;
        draft.patientId = added.patientId;
        draft.date = QDate(2026, 12, 5);
        draft.amount = Money::parse(u"20.00"_s).value();
        PaymentPoster(*db, user).post(draft, {}, PaymentPoster::AutoAllocate::Family);
        return added.familyId;
    };
    const qint64 first = addFamily(u"bob"_s, u"Rivera"_s);
    now.set(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    const qint64 second = addFamily(u"carol"_s, u"Okafor"_s);

    const AuditTrail trail(*db);
    const auto describe = [](const QList<AuditEntry> &entries) {
        QStringList rows;
        for (const AuditEntry &e : entries)
            rows << e.user + u' ' + e.action + u' ' + e.entity;
        return rows;
    };
    // The provider and clinic a charge creates belong to no family.
    const QStringList secondFamily{u"carol post payment"_s, u"carol allocate allocation"_s,
                                   u"carol create charge"_s, u"carol create patient"_s};
    QCOMPARE(describe(trail.find({second, {}, {}, {}})), secondFamily);
    const QList<AuditEntry> firstFamily = trail.find({first, {}, {}, {}});
    QCOMPARE(firstFamily.size(), secondFamily.size());
    QVERIFY(std::all_of(firstFamily.begin(), firstFamily.end(), [](const AuditEntry &e) { return e.user == u"bob"; }));
    QCOMPARE(describe(trail.find({0, u"carol"_s, u"post"_s, {}})), QStringList{u"carol post payment"_s});
    const QList<AuditEntry> today = trail.find({0, {}, {}, QDate(2026, 12, 6)});
    QVERIFY(!today.isEmpty() && std::all_of(today.begin(), today.end(), [](const AuditEntry &e) { return e.user == u"carol"; }));
    QCOMPARE(today.constFirst().at, QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    // "Since" is a day of the practice: in Chicago, 03:00 UTC on the 7th is still the evening of the 6th.
    PracticeSettings(*db).set(u"admin"_s, u"practice.time_zone"_s, u"America/Chicago"_s);
    now.set(QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC));
    addFamily(u"dave"_s, u"Nakamura"_s);
    now.set(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC)); // 06:00 in Chicago
    const auto users = [&](const QDate &since) {
        QStringList names;
        for (const AuditEntry &e : trail.find({0, {}, {}, since}))
            names << e.user;
        names.removeDuplicates();
        return names;
    };
    QCOMPARE(users(QDate(2026, 12, 7)), QStringList());
    QCOMPARE(users(QDate(2026, 12, 6)), (QStringList{u"dave"_s, u"admin"_s, u"carol"_s}));

    // Pages follow on without a gap or a repeat.
    const QList<AuditEntry> all = trail.find({});
    QList<AuditEntry> paged;
    for (qint64 before = 0;;) {
        const QList<AuditEntry> page = trail.find({}, before, 3);
        if (page.isEmpty())
            break;
        paged += page;
        before = page.constLast().id;
    }
    QCOMPARE(describe(paged), describe(all));
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.id > b.id; }));
}

void tst_Users::permissionCheckInsideATransactionIsAnError()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    Transaction tx(*db);
    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             Permissions::require(*db, u"bob"_s, Permissions::Action::PostPayments));
}

void tst_Users::upgradeKeepsUsersAsFrontDesk()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        Database older(spec, Database::SchemaPolicy::Leave);
        Schema::migrateTo(older, 4);
        older.execute(u"INSERT INTO users (id, name, created_at) VALUES (1, 'legacy', 'then')"_s);
    }
    Database upgraded(spec);
    const std::optional<User> legacy = UserDirectory(upgraded).find(u"legacy"_s);
    QVERIFY(legacy);
    QCOMPARE(legacy->role, Role::FrontDesk);
    QVERIFY(legacy->active);
    QVERIFY(!legacy->hasPassword);
    QVERIFY(!UserDirectory(upgraded).isSecured());
}

QTEST_GUILESS_MAIN(tst_Users)
#include "tst_users.moc"
