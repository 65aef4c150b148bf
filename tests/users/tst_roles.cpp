#include "RefusalOf.h"
#include "TestDatabases.h"

#include "audit/AuditExport.h"
#include "balancer/FamilyBalancer.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "ledger/ProcedureCodes.h"
#include "reports/AgingReport.h"
#include "reports/DepositReport.h"
#include "reports/ListExporter.h"
#include "reports/NetUnearnedReport.h"
#include "settings/PracticeSettings.h"
#include "storage/SqlQuery.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "verify/Verifier.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::refusalOf;
using paydesk::test::TestDatabases;

// Each service refuses what the role table denies a role, by the service call itself
// (not a greyed-out menu), with the one message and an audit row; the rules that depend on
// the entry (the sign of an adjustment or a payment, whose payment is voided and when it was
// entered, which setting is changed) are decided in one place each.
class tst_Roles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }
    void entryRules_data();
    void entryRules();
    void settingKeys_data();
    void settingKeys();
    void servicesRefuseByRole_data();
    void servicesRefuseByRole();
    void voidOfOwnPayment_data();
    void voidOfOwnPayment();
    void ownPasswordNeedsAnActiveUser_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void ownPasswordNeedsAnActiveUser();
    void openModeNeedsOnlyAName_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void openModeNeedsOnlyAName();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_files;
};

namespace {

using A = Permissions::Action;

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

qint64 scalar(const Database &db, const QString &sql)
{
    SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

// A secured practice: alice administrator (with a password), carol billing manager, bob front
// desk; one patient with a charge of 80.00 and an unallocated payment of 100.00 that
// alice posted.
struct Practice
{
    qint64 patient = 0;
    qint64 charge = 0;
    qint64 payment = 0;

    explicit Practice(const Database &db)
    {
        UserDirectory users(db);
        users.add(u"installer"_s, u"alice"_s, Role::Administrator, u"alices password"_s);
        users.add(u"alice"_s, u"carol"_s, Role::BillingManager);
        users.add(u"alice"_s, u"bob"_s, Role::FrontDesk);
        Patient p;
        p.lastName = u"Rivera"_s;
        p.firstName = u"Ana"_s;
        p.birthDate = QDate(1980, 1, 1);
        patient = FamilyRegistry(db, u"alice"_s).addPatient(p).patientId;
        Charge c;
        c.patientId = patient;
        c.date = QDate(2026, 12, 1);
        c.code = u"D0120"_s;
        c.description = u"Exam"_s;
        c.amount = money("80.00");
        charge = ChargeEntry(db, u"alice"_s).addCharge(c, u"DR"_s, u"MAIN"_s);
        payment = postPayment(db, u"alice"_s, money("100.00"));
    }

    qint64 postPayment(const Database &db, const QString &user, Money amount,
                       PaymentPoster::AutoAllocate allocate = PaymentPoster::AutoAllocate::No) const
    {
        PaymentDraft draft;
        draft.patientId = patient;
        draft.date = QDate(2026, 12, 2);
        draft.amount = amount;
        return PaymentPoster(db, user).post(draft, {}, allocate).paymentId;
    }

    void adjust(const Database &db, const QString &user, const QString &type, Money amount) const
    {
        Adjustment a;
        a.patientId = patient;
        a.chargeId = charge;
        a.date = QDate(2026, 12, 2);
        a.type = type;
        a.amount = amount;
        ChargeEntry(db, user).addAdjustment(a);
    }
};

using Operation = std::function<void(const Database &, const QString &user, const Practice &, const QString &folder)>;

// What each row does, by name; the minimum role is the row's.
const QList<std::tuple<const char *, Role, Operation>> &operations()
{
    static const QList<std::tuple<const char *, Role, Operation>> all = {
        {"add a patient", Role::FrontDesk,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             Patient p;
             p.lastName = u"Okafor"_s;
             p.firstName = u"Ben"_s;
             p.birthDate = QDate(1990, 5, 5);
             FamilyRegistry(db, user).addPatient(p);
         }},
        {"raise the balance (fee)", Role::FrontDesk,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             p.adjust(db, user, u"fee"_s, money("5.00"));
         }},
        {"lower the balance (discount)", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             p.adjust(db, user, u"discount"_s, money("-5.00"));
         }},
        {"post a payment", Role::FrontDesk,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             p.postPayment(db, user, money("10.00"));
         }},
        {"post a negative payment", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             p.postPayment(db, user, money("-10.00"));
         }},
        {"refund", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             PaymentPoster(db, user).refund(p.payment, money("5.00"), PaymentMethod::Cash, u"overpaid"_s);
         }},
        {"void someone else's payment", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             PaymentPoster(db, user).voidPayment(p.payment, u"wrong family"_s);
         }},
        {"void a charge", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &p, const QString &) {
             ItemVoider(db, user).voidCharge(p.charge, u"entered twice"_s);
         }},
        {"run the balancer", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             FamilyBalancer(db, user).run({});
         }},
        {"dry-run the balancer", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             BalancerOptions options;
             options.dryRun = true;
             FamilyBalancer(db, user).run(options);
         }},
        {"add an adjustment type", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             AdjustmentTypes(db).add(user, {u"courtesy"_s, u"Courtesy"_s, AdjustmentSign::Lowers});
         }},
        {"add a procedure code", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             ProcedureCodes(db).add(user, {u"D9999"_s, u"Consult"_s, money("40.00")});
         }},
        {"change a practice setting", Role::Administrator,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             PracticeSettings(db).set(user, u"practice.name"_s, u"Smile Dental"_s);
         }},
        {"aging report", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             AgingReport::build(db, user, QDate(2026, 12, 5));
         }},
        {"net unearned report", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             NetUnearnedReport::build(db, user, QDate(2026, 12, 5));
         }},
        {"deposit report", Role::FrontDesk,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             DepositReport::build(db, user, QDate(2026, 12, 2));
         }},
        {"verify", Role::FrontDesk,
         [](const Database &db, const QString &user, const Practice &, const QString &) { Verifier(db, user).run(); }},
        {"export a list", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &folder) {
             ListExporter(db, user).exportList(u"payments"_s, folder + u"/payments.csv"_s);
         }},
        {"export the audit trail", Role::BillingManager,
         [](const Database &db, const QString &user, const Practice &, const QString &folder) {
             AuditExport(db, user).writeCsv({}, folder + u"/audit.csv"_s);
         }},
        {"add a user", Role::Administrator,
         [](const Database &db, const QString &user, const Practice &, const QString &) {
             UserDirectory(db).add(user, u"dave"_s, Role::FrontDesk);
         }},
    };
    return all;
}

} // namespace

void tst_Roles::entryRules_data()
{
    QTest::addColumn<int>("adjustmentAction");
    QTest::addColumn<int>("paymentAction");
    QTest::addColumn<QString>("amount");
    QTest::newRow("positive") << int(A::RaiseBalance) << int(A::PostPayments) << u"0.01"_s;
    QTest::newRow("negative") << int(A::LowerBalance) << int(A::NegativePayments) << u"-0.01"_s;
}

void tst_Roles::entryRules()
{
    QFETCH(int, adjustmentAction);
    QFETCH(int, paymentAction);
    QFETCH(QString, amount);
    QCOMPARE(int(Permissions::forAdjustment(Money::parse(amount).value())), adjustmentAction);
    QCOMPARE(int(Permissions::forPayment(Money::parse(amount).value())), paymentAction);
}

void tst_Roles::settingKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("action");
    QTest::newRow("practice.name") << u"practice.name"_s << int(A::ChangePracticeSettings);
    QTest::newRow("practice.time_zone") << u"practice.time_zone"_s << int(A::ChangePracticeSettings);
    QTest::newRow("ledger.lock_date") << u"ledger.lock_date"_s << int(A::ChangePracticeSettings);
    QTest::newRow("desk.idle_lock_minutes") << u"desk.idle_lock_minutes"_s << int(A::ChangePracticeSettings);
    QTest::newRow("nightly.*") << u"nightly.time"_s << int(A::ChangePracticeSettings);
    QTest::newRow("backup.*") << u"backup.folder"_s << int(A::ChangePracticeSettings);
    QTest::newRow("another ledger key") << u"ledger.statement_footer"_s << int(A::ChangeSettings);
    QTest::newRow("a later feature's key") << u"statements.message"_s << int(A::ChangeSettings);
    QTest::newRow("a prefix alone is not the group") << u"practiceinfo"_s << int(A::ChangeSettings);
}

void tst_Roles::settingKeys()
{
    QFETCH(QString, key);
    QFETCH(int, action);
    QCOMPARE(int(PracticeSettings::actionFor(key)), action);
}

void tst_Roles::servicesRefuseByRole_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<QString, Role>> users = {
        {u"bob"_s, Role::FrontDesk}, {u"carol"_s, Role::BillingManager}, {u"alice"_s, Role::Administrator}};
    for (const QString &backend : TestDatabases::backends()) {
        for (qsizetype i = 0; i < operations().size(); ++i) {
            const auto &[name, minimum, work] = operations().at(i);
            for (const auto &[user, role] : users) {
                QTest::addRow("%s %s: %s", qPrintable(backend), qPrintable(roleCode(role)), name)
                    << backend << int(i) << user << (role >= minimum);
            }
        }
    }
}

void tst_Roles::servicesRefuseByRole()
{
    QFETCH(QString, backend);
    QFETCH(int, operation);
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Clock::Override now(QDateTime(QDate(2026, 12, 5), QTime(15, 0), Qt::UTC));
    const Practice practice(*db);
    const auto &[name, minimum, work] = operations().at(operation);
    const QString countRows = u"SELECT (SELECT COUNT(*) FROM patients) + (SELECT COUNT(*) FROM charges)"
                              " + (SELECT COUNT(*) FROM adjustments) + (SELECT COUNT(*) FROM payments)"
                              " + (SELECT COUNT(*) FROM allocations) + (SELECT COUNT(*) FROM users)"
                              " + (SELECT COUNT(*) FROM settings) + (SELECT COUNT(*) FROM adjustment_types)"
                              " + (SELECT COUNT(*) FROM procedure_codes)"_s;
    const qint64 rowsBefore = scalar(*db, countRows);
    const qint64 refusalsBefore = scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused'"_s);
    const QString folder = m_files.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    QDir().mkpath(folder);
    const QString refusal = refusalOf([&] { work(*db, user, practice, folder); });
    if (allowed) {
        QCOMPARE(refusal, QString());
        return;
    }
    const std::optional<User> who = UserDirectory(*db).find(user);
    const QString expected = u": this needs the %1 role; %2 has the %3 role."_s.arg(roleName(minimum), user, roleName(who->role));
    QVERIFY2(refusal.endsWith(expected), qPrintable(refusal));
    // Refused before anything was written, and the refusal is in the trail under the user.
    QCOMPARE(scalar(*db, countRows), rowsBefore);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused'"_s), refusalsBefore + 1);
    SqlQuery q = db->query();
    q.prepare(u"SELECT user_name FROM audit_log WHERE action = 'refused' ORDER BY id DESC"_s).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), user);
}

void tst_Roles::voidOfOwnPayment_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("poster");
    QTest::addColumn<QDateTime>("postedAt");
    QTest::addColumn<QString>("voider");
    QTest::addColumn<QDateTime>("voidedAt");
    QTest::addColumn<bool>("allowed");
    // The practice is in Chicago (UTC-6 in December).
    const QDateTime morning(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC); // 09:00 in Chicago
    const QDateTime lateEvening(QDate(2026, 12, 8), QTime(5, 0), Qt::UTC); // 23:00 on the 7th in Chicago
    const QDateTime afterMidnight(QDate(2026, 12, 8), QTime(6, 30), Qt::UTC); // 00:30 on the 8th in Chicago
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &poster, const QDateTime &posted, const QString &voider,
                             const QDateTime &voided, bool allowed) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << poster << posted << voider << voided << allowed;
        };
        row("own, the same hour", u"bob"_s, morning, u"bob"_s, morning.addSecs(3600), true);
        row("own, same local day though the next in UTC", u"bob"_s, morning, u"bob"_s, lateEvening, true);
        row("own, the next local day", u"bob"_s, morning, u"bob"_s, afterMidnight, false);
        row("own, a week later", u"bob"_s, morning, u"bob"_s, morning.addDays(7), false);
        row("someone else's, the same hour", u"dana"_s, morning, u"bob"_s, morning.addSecs(3600), false);
        row("billing manager, someone else's next day", u"bob"_s, morning, u"carol"_s, afterMidnight, true);
    }
}

// Front desk may void a payment it entered itself the same local day (entered: created_at,
// not the payment's date, which may be earlier); anything else needs a billing manager.
void tst_Roles::voidOfOwnPayment()
{
    QFETCH(QString, backend);
    QFETCH(QString, poster);
    QFETCH(QDateTime, postedAt);
    QFETCH(QString, voider);
    QFETCH(QDateTime, voidedAt);
    QFETCH(bool, allowed);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Clock::Override now(postedAt);
    const Practice practice(*db);
    UserDirectory(*db).add(u"alice"_s, u"dana"_s, Role::FrontDesk);
    PracticeSettings(*db).set(u"alice"_s, u"practice.time_zone"_s, u"America/Chicago"_s);
    // Dated the day before it is entered: the entry, not the date, decides.
    const qint64 payment = practice.postPayment(*db, poster, money("30.00"));
    now.set(voidedAt);
    const Permissions::Action action = Permissions::forVoidOfPayment(*db, voider, payment);
    QCOMPARE(Permissions::allows(*db, voider, action), allowed);
    // The desk asks before it asks for a reason; the same answer.
    const QString early = refusalOf([&] { PaymentPoster(*db, voider).checkReversal(payment, PaymentPoster::Reversal::Void); });
    const QString refusal = refusalOf([&] { PaymentPoster(*db, voider).voidPayment(payment, u"wrong amount"_s); });
    QCOMPARE(early, refusal);
    if (allowed) {
        QCOMPARE(refusal, QString());
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM payments WHERE kind = 'void' AND related_payment_id = %1"_s.arg(payment)),
                 qint64(1));
    } else {
        QCOMPARE(action, A::VoidOrRefund);
        QVERIFY2(refusal.startsWith(Permissions::actionName(A::VoidOrRefund) + u": this needs the billing manager role"_s),
                 qPrintable(refusal));
    }
}

// Any user may change its own password, but a disabled one may not: that goes through
// Permissions like everything else, not around it.
void tst_Roles::ownPasswordNeedsAnActiveUser()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Practice practice(*db);
    UserDirectory users(*db);
    users.setPassword(u"bob"_s, u"bob"_s, u"bobs new password"_s);
    QVERIFY(users.find(u"bob"_s)->hasPassword);
    QVERIFY(refusalOf([&] { users.setPassword(u"bob"_s, u"carol"_s, u"carols password"_s); })
                .startsWith(Permissions::actionName(A::ManageUsers)));
    users.setActive(u"alice"_s, u"bob"_s, false);
    QCOMPARE(refusalOf([&] { users.setPassword(u"bob"_s, u"bob"_s, u"bobs other password"_s); }),
             u"%1: bob is not an active user of this database."_s.arg(Permissions::actionName(A::ChangeOwnPassword)));
}

// A new database is open: roles are not enforced, a name is all a service needs.
void tst_Roles::openModeNeedsOnlyAName()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    QVERIFY(!UserDirectory(*db).isSecured());
    PracticeSettings(*db).set(u"anyone"_s, u"practice.name"_s, u"Smile Dental"_s);
    ProcedureCodes(*db).add(u"anyone"_s, {u"D9999"_s, u"Consult"_s, money("40.00")});
    QVERIFY(refusalOf([&] { PracticeSettings(*db).set(u"  "_s, u"practice.name"_s, u"X"_s); }).contains(u"No user"_s));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused'"_s), qint64(0));
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
