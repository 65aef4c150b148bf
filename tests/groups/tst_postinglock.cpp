// The posting lock of issue 14, on a real SQLite file and a real PostgreSQL database: while a
// practice group's migration is In Progress, every kind of posting to its families is refused
// with the lock's message and writes nothing (charges, adjustments, payments, allocations,
// voids, refunds, imports, portal matches, the Family Balancer), families of other groups post
// as usual, and the lock ends with the migration. The state is the one a job killed while In
// Progress leaves; tests/migration holds a running job inside its transaction.

#include "LedgerDesk.h"
#include "GroupPlacement.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "groups/PracticeGroups.h"
#include "import/Importer.h"
#include "ledger/Allocator.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "migration/MigrationStore.h"
#include "migration/PostingLock.h"
#include "portal/PortalExceptionQueue.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace paydesk;
using core::Migration;
using core::MigrationStore;
using core::PracticeGroup;
using core::PracticeGroups;
using test::refusalOf;
using test::TestDatabases;

namespace {

const QString manager = u"manager"_s;

// Two families: the Riveras in "Old ledger" (legacy, migrating) and the Kims in Default, each
// owing 100.00 with 30.00 paid.
struct Practice
{
    explicit Practice(const core::Database &db)
        : desk(db, manager)
    {
        group = PracticeGroups(db, manager).add(u"Old ledger"_s, PracticeGroup::Ledger::Legacy);
        const core::NewPatient ana = desk.addPatient(0, u"Ana"_s);
        family = ana.familyId;
        patient = ana.patientId;
        test::placeInGroup(db, family, group);
        charge = desk.addCharge(patient, u"2024-01-10"_s, u"100.00"_s);
        payment = desk.pay(patient, u"30.00"_s).paymentId;
        const core::NewPatient min = desk.addPatient(0, u"Min"_s, u"Kim"_s);
        otherPatient = min.patientId;
        otherCharge = desk.addCharge(otherPatient, u"2024-01-10"_s, u"100.00"_s);
        otherPayment = desk.pay(otherPatient, u"30.00"_s).paymentId;
        migration = MigrationStore(db, manager).queue(group);
    }

    // As the nightly job leaves it after its first commit.
    void setStatus(Migration::Status status) const
    {
        Migration m = *MigrationStore(desk.db(), manager).find(migration);
        m.status = status;
        MigrationStore::setStatus(desk.db(), m);
    }

    // Every financial row there is.
    qint64 rows() const
    {
        return desk.scalar(u"SELECT (SELECT COUNT(*) FROM charges) + (SELECT COUNT(*) FROM adjustments)"
                           " + (SELECT COUNT(*) FROM payments) + (SELECT COUNT(*) FROM allocations)"_s);
    }

    mutable test::LedgerDesk desk;
    qint64 group = 0, family = 0, patient = 0, charge = 0, payment = 0;
    qint64 otherPatient = 0, otherCharge = 0, otherPayment = 0;
    qint64 migration = 0;
};

// A posting to the patient, charge and payment it is given.
using Posting = std::function<void(const Practice &, qint64 patient, qint64 charge, qint64 payment)>;

void importFolder(const core::Database &db, const QMap<QString, QByteArray> &files)
{
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    core::Importer(db, manager).importFolder(dir.path());
}

const QByteArray patientsHeader = "patient_id,family_id,last_name,first_name,birth_date,guarantor,practice_group\n";
const QByteArray chargesHeader = "charge_id,patient_id,date,code,description,provider,clinic,amount\n";
const QByteArray adjustmentsHeader = "adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id\n";
const QByteArray paymentsHeader = "payment_id,patient_id,date,amount,method,reference\n";

} // namespace

class tst_PostingLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWhileInProgress_data();
    void refusedWhileInProgress();
    void newFamilyImportedIntoTheGroupRefused_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void newFamilyImportedIntoTheGroupRefused();
    void balancerLeavesLegacyAndLockedFamilies_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void balancerLeavesLegacyAndLockedFamilies();
    void noFamilyJoinsOrLeavesWhileInProgress_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void noFamilyJoinsOrLeavesWhileInProgress();

private:
    TestDatabases m_databases;
};

void tst_PostingLock::refusedWhileInProgress_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Posting>("posting");
    const auto pay = [](const Practice &p, qint64 patient, qint64, qint64) { p.desk.pay(patient, u"10.00"_s); };
    const auto charge = [](const Practice &p, qint64 patient, qint64, qint64) {
        p.desk.addCharge(patient, u"2024-03-01"_s, u"50.00"_s);
    };
    const auto adjust = [](const Practice &p, qint64 patient, qint64 chargeId, qint64) {
        p.desk.addAdjustment(patient, u"2024-03-01"_s, u"-5.00"_s, chargeId);
    };
    const auto voidPayment = [](const Practice &p, qint64, qint64, qint64 payment) {
        core::PaymentPoster(p.desk.db(), manager).voidPayment(payment, u"Posted twice"_s);
    };
    const auto refund = [](const Practice &p, qint64, qint64, qint64 payment) {
        core::PaymentPoster(p.desk.db(), manager)
                .refund(payment, test::money(u"5.00"_s), core::PaymentMethod::Cash, u"Overpaid"_s);
    };
    const auto voidCharge = [](const Practice &p, qint64, qint64 chargeId, qint64) {
        core::ItemVoider(p.desk.db(), manager).voidCharge(chargeId, u"Wrong patient"_s);
    };
    const auto allocate = [](const Practice &p, qint64, qint64, qint64 payment) {
        core::Allocator(p.desk.db(), manager).autoAllocate(payment, false);
    };
    const auto balance = [](const Practice &p, qint64 patient, qint64, qint64) {
        core::BalancerOptions options;
        options.familyId = p.desk.scalar(u"SELECT family_id FROM patients WHERE id = %1"_s.arg(patient));
        core::FamilyBalancer(p.desk.db(), manager).run(options);
    };
    const auto match = [](const Practice &p, qint64 patient, qint64, qint64) {
        // The lock is asked before the exception is even looked up.
        core::portal::PortalExceptionQueue(p.desk.db(), manager)
                .match(999, p.desk.scalar(u"SELECT family_id FROM patients WHERE id = %1"_s.arg(patient)));
    };
    const auto import = [](const Practice &p, qint64 patient, qint64, qint64) {
        importFolder(p.desk.db(),
                     {{u"patients.csv"_s, patientsHeader},
                      {u"charges.csv"_s, chargesHeader + "90001," + QByteArray::number(patient)
                                                 + ",2024-03-01,D1110,Prophylaxis,DDS1,MAIN,80.00\n"},
                      {u"adjustments.csv"_s, adjustmentsHeader},
                      {u"payments.csv"_s, paymentsHeader}});
    };
    const struct
    {
        const char *tag;
        Posting posting;
    } rows[] = {{"payment", pay},           {"charge", charge},        {"adjustment", adjust},
                {"void of a payment", voidPayment}, {"refund", refund}, {"void of a charge", voidCharge},
                {"allocation", allocate},   {"family balancer", balance}, {"portal match", match},
                {"import", import}};
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.posting;
    }
}

void tst_PostingLock::refusedWhileInProgress()
{
    QFETCH(QString, backend);
    QFETCH(Posting, posting);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases.fresh(backend);
    const Practice practice(*db);
    practice.setStatus(Migration::Status::InProgress);
    const core::Migration migration = *MigrationStore(*db, manager).find(practice.migration);
    QCOMPARE(core::PostingLock::lockingMigration(*db, {practice.family})->id, practice.migration);
    QVERIFY(!core::PostingLock::lockingMigration(*db, {practice.desk.scalar(
                                                               u"SELECT family_id FROM patients WHERE id = %1"_s.arg(
                                                                       practice.otherPatient))}));

    const qint64 before = practice.rows();
    const QString refused = refusalOf([&] { posting(practice, practice.patient, practice.charge, practice.payment); });
    QCOMPARE(refused,
             u"Postings to practice group \"Old ledger\" (id %1) are locked while migration %2 (patient_payment) is "
             u"In Progress: the nightly job is converting the group's payments to tracked allocations. Post again "
             u"once it is Active (Tools > Migrations)."_s.arg(practice.group)
                     .arg(practice.migration));
    QCOMPARE(refused, core::PostingLock::message(migration));
    QCOMPARE(practice.rows(), before);

    // The family of another group is not locked: the same posting goes through (or is refused
    // for its own reason, never the lock's).
    const QString other = refusalOf(
            [&] { posting(practice, practice.otherPatient, practice.otherCharge, practice.otherPayment); });
    QVERIFY2(!other.contains(u"are locked"_s), qPrintable(other));

    // An Error ends the lock: the group is legacy and open again.
    practice.setStatus(Migration::Status::Error);
    const QString after = refusalOf([&] { posting(practice, practice.patient, practice.charge, practice.payment); });
    QVERIFY2(!after.contains(u"are locked"_s), qPrintable(after));
}

void tst_PostingLock::newFamilyImportedIntoTheGroupRefused()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases.fresh(backend);
    const Practice practice(*db);
    practice.setStatus(Migration::Status::InProgress);
    const qint64 families = practice.desk.scalar(u"SELECT COUNT(*) FROM families"_s);
    const auto folder = [&](qint64 group) {
        return QMap<QString, QByteArray>{
                {u"patients.csv"_s, patientsHeader + "90001,9001,Lopez,Eva,1980-04-02,1," + QByteArray::number(group) + '\n'},
                {u"charges.csv"_s, chargesHeader},
                {u"adjustments.csv"_s, adjustmentsHeader},
                {u"payments.csv"_s, paymentsHeader + "95001,90001,2024-02-01,20.00,cash,\n"}};
    };
    QCOMPARE(refusalOf([&] { importFolder(*db, folder(practice.group)); }),
             core::PostingLock::message(*MigrationStore(*db, manager).find(practice.migration)));
    QCOMPARE(practice.desk.scalar(u"SELECT COUNT(*) FROM families"_s), families);
    // The same family placed in Default is imported while the group migrates.
    QCOMPARE(refusalOf([&] { importFolder(*db, folder(PracticeGroup::defaultId)); }), QString());
    QCOMPARE(practice.desk.scalar(u"SELECT COUNT(*) FROM families"_s), families + 1);
}

void tst_PostingLock::balancerLeavesLegacyAndLockedFamilies()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases.fresh(backend);
    const Practice practice(*db);
    const auto refusedFamilies = [&] {
        QStringList refused;
        for (const core::FamilyOutcome &outcome : core::FamilyBalancer(*db, manager).run({}).refused)
            refused << u"%1: %2"_s.arg(outcome.familyId).arg(outcome.refusal);
        return refused;
    };
    // Queued: the family keeps the legacy ledger, and the practice-wide run says so for it.
    const PracticeGroup group = PracticeGroups::groupOf(*db, practice.family);
    QCOMPARE(refusedFamilies(),
             QStringList(u"%1: %2"_s.arg(practice.family).arg(PracticeGroups::legacyProblem(practice.family, group))));
    QCOMPARE(refusalOf([&] {
                 core::BalancerOptions options;
                 options.familyId = practice.family;
                 core::FamilyBalancer(*db, manager).run(options);
             }),
             PracticeGroups::legacyProblem(practice.family, group));
    // In Progress: the lock's reason.
    practice.setStatus(Migration::Status::InProgress);
    QCOMPARE(refusedFamilies(),
             QStringList(u"%1: %2"_s.arg(practice.family).arg(
                     core::PostingLock::message(*MigrationStore(*db, manager).find(practice.migration)))));
    QCOMPARE(practice.desk.scalar(u"SELECT COUNT(*) FROM allocations WHERE payment_id = %1"_s.arg(practice.payment)), 0);
}

// "The whole practice group or nobody": a family moved into the group while it converts would
// never be converted, and one moved out would be half converted.
void tst_PostingLock::noFamilyJoinsOrLeavesWhileInProgress()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_databases.fresh(backend);
    const Practice practice(*db);
    PracticeGroups groups(*db, manager);
    const qint64 spare = groups.add(u"Spare"_s, PracticeGroup::Ledger::Legacy);
    const qint64 newcomer = practice.desk.addPatient(0, u"Eva"_s, u"Lopez"_s).familyId;
    test::placeInGroup(*db, newcomer, spare);
    practice.setStatus(Migration::Status::InProgress);
    const QString locked = core::PostingLock::message(*MigrationStore(*db, manager).find(practice.migration));
    QCOMPARE(refusalOf([&] { groups.assign(newcomer, practice.group); }), locked);
    QCOMPARE(refusalOf([&] { groups.assign(practice.family, spare); }), locked);
    QCOMPARE(PracticeGroups::groupOf(*db, newcomer).id, spare);
    QCOMPARE(PracticeGroups::groupOf(*db, practice.family).id, practice.group);

    practice.setStatus(Migration::Status::Error);
    QCOMPARE(refusalOf([&] { groups.assign(newcomer, practice.group); }), QString());
    QCOMPARE(PracticeGroups::groupOf(*db, newcomer).id, practice.group);
}

QTEST_GUILESS_MAIN(tst_PostingLock)
#include "tst_postinglock.moc"
