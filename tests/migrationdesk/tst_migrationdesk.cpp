// Issue 14's desk on real widgets driven from the keyboard, on both databases: Tools > Practice
// Groups with each group's Patient Payment status, Add Group… with its refusal beside the
// name, Migrate… showing both warnings (Cancel the default and changing nothing, OK queueing)
// and greyed out for whoever is not an administrator; Tools > Migrations with its columns,
// search, paging past 50 and each migration's log; the Post Payment dialog of a legacy family
// (no grid, posted unallocated); the account's banner and the posting actions disabled while
// the family's group is In Progress; nightly.time refused beside its field when not HH:MM.
#include "../dialogs/DialogHelpers.h"

#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "balancer/FamilyBalancerDialog.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/PostPaymentDialog.h"
#include "groups/AddGroupDialog.h"
#include "groups/FamilyGroupPicker.h"
#include "groups/PracticeGroups.h"
#include "groups/PracticeGroupsDialog.h"
#include "groups/PracticeGroupsModel.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "migration/MigrationLogDialog.h"
#include "migration/MigrationLogModel.h"
#include "migration/MigrationStore.h"
#include "migration/MigrationsDialog.h"
#include "migration/MigrationsModel.h"
#include "migration/PostingLock.h"
#include "print/LedgerText.h"
#include "settings/PracticePage.h"
#include "settings/PracticeSettings.h"
#include "storage/SqlQuery.h"
#include "users/UserDirectory.h"

#include "GroupPlacement.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using core::Migration;
using core::PracticeGroup;
using paydesk::test::TestDatabases;

namespace {

const QString boss = u"boss"_s;

qint64 legacyGroup(const core::Database &db, const QString &name)
{
    return core::PracticeGroups(db, boss).add(name, PracticeGroup::Ledger::Legacy);
}

// Queues the group's migration and moves it to `status`, as the nightly job would.
Migration migrationIn(const core::Database &db, qint64 groupId, Migration::Status status)
{
    const qint64 id = core::MigrationStore(db, boss).queue(groupId);
    Migration m = *core::MigrationStore(db, boss).find(id);
    if (status == Migration::Status::Queued)
        return m;
    m.status = status;
    m.startedAt = QDateTime::currentDateTimeUtc();
    if (status == Migration::Status::Active)
        m.completedOn = QDate(2018, 1, 24);
    if (status == Migration::Status::Error)
        m.reason = u"charge 7 has no date"_s;
    core::MigrationStore::setStatus(db, m);
    return m;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data(role).toString();
    return texts;
}

QStringList headers(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.headerData(c, Qt::Horizontal).toString();
    return texts;
}

// Presses a button from the keyboard: the focus, then Space.
void press(QPushButton *button)
{
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

} // namespace

class tst_MigrationDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsShowTheirStatus_data() { TestDatabases::addBackendTable(); }
    void groupsShowTheirStatus();
    void addGroup_data() { TestDatabases::addBackendTable(); }
    void addGroup();
    void migrateWarnsFirst_data() { addBackendAndChoiceRows("ok", "cancel", "ok"); }
    void migrateWarnsFirst();
    void migrateRefusedByTheCore_data() { TestDatabases::addBackendTable(); }
    void migrateRefusedByTheCore();
    void onlyAnAdministratorMigrates_data() { TestDatabases::addBackendTable(); }
    void onlyAnAdministratorMigrates();
    void quickViewColumnsSearchAndPages_data() { TestDatabases::addBackendTable(); }
    void quickViewColumnsSearchAndPages();
    void quickViewOpensTheLog_data() { TestDatabases::addBackendTable(); }
    void quickViewOpensTheLog();
    void quickViewRefreshesWhileInProgress_data() { TestDatabases::addBackendTable(); }
    void quickViewRefreshesWhileInProgress();
    void legacyPaymentHasNoGrid_data() { TestDatabases::addBackendTable(); }
    void legacyPaymentHasNoGrid();
    void inProgressLocksTheAccount_data() { TestDatabases::addBackendTable(); }
    void inProgressLocksTheAccount();
    void postingThatRacesTheLock_data() { TestDatabases::addBackendTable(); }
    void postingThatRacesTheLock();
    void familyMovesBetweenGroups_data() { TestDatabases::addBackendTable(); }
    void familyMovesBetweenGroups();
    void runNightlyJobNow_data() { TestDatabases::addBackendTable(); }
    void runNightlyJobNow();
    void nightlyTime_data();
    void nightlyTime();
    void screenshots();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_MigrationDesk::initTestCase()
{
    useTestSettings(m_settings, u"tst_migrationdesk"_s);
}

void tst_MigrationDesk::groupsShowTheirStatus()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 migrate = legacyGroup(*db, u"Old ledger"_s);
    const qint64 queued = legacyGroup(*db, u"Queued group"_s);
    const qint64 running = legacyGroup(*db, u"Running group"_s);
    const qint64 active = legacyGroup(*db, u"Active group"_s);
    const qint64 failed = legacyGroup(*db, u"Failed group"_s);
    const qint64 tracked = core::PracticeGroups(*db, boss).add(u"New office"_s, PracticeGroup::Ledger::Tracked);
    const Family family = seedFamily(*db);
    test::placeInGroup(*db, family.id, migrate);
    migrationIn(*db, queued, Migration::Status::Queued);
    migrationIn(*db, running, Migration::Status::InProgress);
    migrationIn(*db, active, Migration::Status::Active);
    migrationIn(*db, failed, Migration::Status::Error);

    ui::PracticeGroupsDialog dialog(*db, boss);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(dialog));
    const QAbstractItemModel &model = *dialog.model();
    QCOMPARE(headers(model), (QStringList{u"ID"_s, u"Name"_s, u"Ledger"_s, u"Families"_s, u"Patient Payment"_s}));
    QCOMPARE(column(model, ui::PracticeGroupsModel::Id),
             (QStringList{u"1"_s,
                          QString::number(migrate),
                          QString::number(queued),
                          QString::number(running),
                          QString::number(active),
                          QString::number(failed),
                          QString::number(tracked)}));
    QCOMPARE(column(model, ui::PracticeGroupsModel::Families),
             (QStringList{u"0"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s}));
    QCOMPARE(column(model, ui::PracticeGroupsModel::Ledger),
             (QStringList{u"Tracked allocations"_s,
                          u"Legacy ledger"_s,
                          u"Legacy ledger"_s,
                          u"Legacy ledger"_s,
                          u"Legacy ledger"_s,
                          u"Legacy ledger"_s,
                          u"Tracked allocations"_s}));
    QCOMPARE(column(model, ui::PracticeGroupsModel::PatientPayment),
             (QStringList{u"Active"_s,
                          u"Migrate"_s,
                          u"Queued"_s,
                          u"In Progress"_s,
                          u"Active [Jan 24, 2018]"_s,
                          u"Error"_s,
                          u"Active"_s}));
    const int failedRow = dialog.model()->rowOf(failed);
    QCOMPARE(model.index(failedRow, ui::PracticeGroupsModel::PatientPayment).data(Qt::ToolTipRole).toString(),
             u"Error: charge 7 has no date"_s);

    // Migrate is offered for the legacy group with no migration, and again after Error only.
    const struct
    {
        qint64 group;
        bool offered;
        const char *text;
    } expected[] = {{1, false, "&Migrate…"},
                    {migrate, true, "&Migrate…"},
                    {queued, false, "&Migrate…"},
                    {running, false, "&Migrate…"},
                    {active, false, "&Migrate…"},
                    {failed, true, "&Migrate again…"},
                    {tracked, false, "&Migrate…"}};
    for (const auto &e : expected) {
        QVERIFY(dialog.view()->selectId(e.group));
        QCOMPARE(dialog.migrateButton()->isEnabled(), e.offered);
        QCOMPARE(dialog.migrateButton()->text(), QString::fromUtf8(e.text));
    }
}

void tst_MigrationDesk::addGroup()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    ui::PracticeGroupsDialog groups(*db, boss);
    QVERIFY(showActive(groups));

    // A name that exists: refused beside the name, the dialog stays open.
    auto add = whenModal<ui::AddGroupDialog>([](ui::AddGroupDialog *dialog) {
        QCOMPARE(focused(), dialog->nameEdit());
        QTest::keyClicks(dialog->nameEdit(), u"default"_s);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        const auto *message = dialog->findChild<ui::ErrorLabel *>(u"nameMessage"_s);
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(u"Default"_s, Qt::CaseInsensitive), qPrintable(message->text()));
        // The name typed again, the ledger chosen from the keyboard: added.
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), u"Old ledger"_s);
        QVERIFY(message->isHidden());
        dialog->ledgerCombo()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog->ledgerCombo(), u"L"_s);
        QCOMPARE(dialog->ledgerCombo()->currentText(), u"Legacy ledger"_s);
        QTest::keyClick(dialog->ledgerCombo(), Qt::Key_Return);
    });
    press(groups.addButton());
    delete add;
    QVERIFY(groups.changed());
    const QList<PracticeGroup> stored = core::PracticeGroups::stored(*db);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).name, u"Old ledger"_s);
    QCOMPARE(stored.at(1).ledger, PracticeGroup::Ledger::Legacy);
    QCOMPARE(groups.view()->currentId(), stored.at(1).id);
    QVERIFY(groups.migrateButton()->isEnabled());
}

void tst_MigrationDesk::migrateWarnsFirst()
{
    QFETCH(QString, backend);
    QFETCH(bool, ok);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    core::PracticeSettings(*db).set(boss,
                                    {{u"practice.time_zone"_s, u"America/Chicago"_s}, {u"nightly.time"_s, u"21:30"_s}});
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    test::placeInGroup(*db, seedFamily(*db).id, group);

    ui::PracticeGroupsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.view()->selectId(group));
    QString shown;
    bool cancelIsDefault = false;
    auto warning = whenModal<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        if (ok)
            press(qobject_cast<QPushButton *>(box->button(QMessageBox::Ok)));
        else
            QTest::keyClick(box, Qt::Key_Return); // the default: Cancel
    });
    press(dialog.migrateButton());
    delete warning;

    QVERIFY(cancelIsDefault);
    // The reference's two warnings, in PayDesk's words: the whole group, for good; the
    // nightly time with its zone, and the lock while it runs.
    QVERIFY2(shown.contains(u"whole practice group \"Old ledger\" (id %1, 1 families)"_s.arg(group)), qPrintable(shown));
    QVERIFY2(shown.contains(u"cannot be undone"_s), qPrintable(shown));
    const QString at = u"21:30 (America/Chicago)"_s;
    QVERIFY2(shown.contains(at), qPrintable(shown));
    QVERIFY2(shown.contains(u"postings to the group's families are locked"_s), qPrintable(shown));

    const std::optional<Migration> queued = core::MigrationStore(*db, boss).latestOf(group);
    QCOMPARE(queued.has_value(), ok);
    QCOMPARE(dialog.changed(), ok);
    const int row = dialog.model()->rowOf(group);
    QCOMPARE(dialog.model()->index(row, ui::PracticeGroupsModel::PatientPayment).data().toString(),
             ok ? u"Queued"_s : u"Migrate"_s);
    QCOMPARE(dialog.migrateButton()->isEnabled(), !ok);
    if (ok) {
        QCOMPARE(queued->status, Migration::Status::Queued);
        QCOMPARE(queued->createdBy, boss);
    }
}

void tst_MigrationDesk::migrateRefusedByTheCore()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    ui::PracticeGroupsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.view()->selectId(group));
    // Another desk queues it while this one shows Migrate.
    const qint64 other = core::MigrationStore(*db, u"other"_s).queue(group);
    const QString refusal = test::refusalOf([&] { core::MigrationStore(*db, boss).queue(group); });
    QVERIFY(!refusal.isEmpty());
    // The refusal comes before any warning: there is nothing to warn about.
    press(dialog.migrateButton());
    QCOMPARE(errorsOf(dialog), refusal);
    QVERIFY(!dialog.changed());
    QCOMPARE(core::MigrationStore(*db, boss).latestOf(group)->id, other);
    QCOMPARE(core::MigrationStore(*db, boss).page({}, 1).total, 1);
}

void tst_MigrationDesk::onlyAnAdministratorMigrates()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    core::UserDirectory users(*db);
    users.add(boss, boss, core::Role::Administrator, u"boss-password"_s);
    users.add(boss, u"manager"_s, core::Role::BillingManager, u"manager-password"_s);
    users.add(boss, clerk, core::Role::FrontDesk, u"clerk-password"_s);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);

    for (const QString &user : {u"manager"_s, clerk}) {
        ui::PracticeGroupsDialog dialog(*db, user);
        QVERIFY(showActive(dialog));
        QVERIFY(dialog.view()->selectId(group));
        QVERIFY(!dialog.migrateButton()->isEnabled());
        QCOMPARE(dialog.migrateButton()->toolTip(), u"Needs the administrator role"_s);
        QCOMPARE(dialog.addButton()->isEnabled(), user == u"manager"_s);
        QCOMPARE(dialog.addButton()->toolTip(), user == clerk ? u"Needs the billing manager role"_s : QString());
        // The button cannot be reached around: migrate() does nothing when it is greyed out.
        dialog.migrate();
        QVERIFY(!core::MigrationStore(*db, boss).latestOf(group));
    }
    ui::PracticeGroupsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.view()->selectId(group));
    QVERIFY(dialog.migrateButton()->isEnabled());
}

void tst_MigrationDesk::quickViewColumnsSearchAndPages()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    QList<qint64> ids;
    QList<qint64> groups;
    for (int i = 1; i <= 61; ++i) {
        groups << legacyGroup(*db, u"Legacy %1"_s.arg(i, 2, 10, QChar(u'0')));
        ids << core::MigrationStore(*db, boss).queue(groups.constLast());
    }
    Migration done = *core::MigrationStore(*db, boss).find(ids.at(6));
    done.status = Migration::Status::Active;
    done.completedOn = QDate(2018, 1, 24);
    core::MigrationStore::setStatus(*db, done);

    ui::MigrationsDialog dialog(*db, boss);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(dialog));
    const QAbstractItemModel &model = *dialog.model();
    QCOMPARE(headers(model),
             (QStringList{u"ID"_s,
                          u"Name"_s,
                          u"Practice Group"_s,
                          u"Created at"_s,
                          u"Created by"_s,
                          u"Status"_s,
                          u"Completed On"_s}));
    // Newest first, 50 a page.
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(dialog.pageLabel()->text(), u"Page 1 of 2"_s);
    QVERIFY(!dialog.previousButton()->isEnabled());
    QVERIFY(dialog.nextButton()->isEnabled());
    QCOMPARE(model.index(0, ui::MigrationsModel::Id).data().toString(), QString::number(ids.constLast()));
    QCOMPARE(model.index(0, ui::MigrationsModel::Name).data().toString(), u"patient_payment"_s);
    QCOMPARE(model.index(0, ui::MigrationsModel::Group).data().toString(), u"Legacy 61 (%1)"_s.arg(groups.constLast()));
    QCOMPARE(model.index(0, ui::MigrationsModel::CreatedBy).data().toString(), boss);
    QCOMPARE(model.index(0, ui::MigrationsModel::Status).data().toString(), u"Queued"_s);
    QCOMPARE(model.index(0, ui::MigrationsModel::CompletedOn).data().toString(), QString());
    QVERIFY(!model.index(0, ui::MigrationsModel::CreatedAt).data().toString().isEmpty());

    // PgDn from the list: the second page, the oldest eleven.
    dialog.view()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog.view(), Qt::Key_PageDown);
    QCOMPARE(dialog.pageLabel()->text(), u"Page 2 of 2"_s);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(10, ui::MigrationsModel::Id).data().toString(), QString::number(ids.constFirst()));
    QCOMPARE(model.index(4, ui::MigrationsModel::Status).data().toString(), u"Active"_s);
    QCOMPARE(model.index(4, ui::MigrationsModel::CompletedOn).data().toString(),
             ui::LedgerText::date(QDate(2018, 1, 24)));
    QVERIFY(dialog.previousButton()->isEnabled());
    QVERIFY(!dialog.nextButton()->isEnabled());
    QTest::keyClick(dialog.view(), Qt::Key_PageDown);
    QCOMPARE(dialog.pageLabel()->text(), u"Page 2 of 2"_s);
    QTest::keyClick(dialog.view(), Qt::Key_PageUp);
    QCOMPARE(dialog.pageLabel()->text(), u"Page 1 of 2"_s);
    press(dialog.nextButton());
    QCOMPARE(dialog.pageLabel()->text(), u"Page 2 of 2"_s);

    // Typing searches from the first page; Enter goes to the list.
    dialog.searchEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(dialog.searchEdit(), u"legacy 07"_s);
    QCOMPARE(dialog.pageLabel()->text(), u"Page 1 of 1"_s);
    QCOMPARE(column(model, ui::MigrationsModel::Id), QStringList{QString::number(ids.at(6))});
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    QCOMPARE(focused(), dialog.view());
    dialog.searchEdit()->clear();
    QTest::keyClicks(dialog.searchEdit(), u"active"_s);
    QCOMPARE(column(model, ui::MigrationsModel::Id), QStringList{QString::number(ids.at(6))});
    dialog.searchEdit()->clear();
    QTest::keyClicks(dialog.searchEdit(), u"nobody"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(dialog.pageLabel()->text(), u"Page 1 of 1"_s);
}

void tst_MigrationDesk::quickViewOpensTheLog()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    const Migration failed = migrationIn(*db, group, Migration::Status::Error);
    core::MigrationLogEntry step;
    step.at = QDateTime::currentDateTimeUtc();
    step.step = u"error"_s;
    step.families = 3;
    step.rows = 12;
    step.message = u"charge 7 has no date"_s;
    core::MigrationStore::appendLog(*db, failed.id, step);

    ui::MigrationsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.model()->index(0, ui::MigrationsModel::Status).data(Qt::ToolTipRole).toString(),
             u"charge 7 has no date (0 family(ies), 0 row(s) written)"_s);
    QStringList steps, families, rows, messages;
    QString reason;
    auto log = whenModal<ui::MigrationLogDialog>([&](ui::MigrationLogDialog *shown) {
        const QAbstractItemModel &model = *shown->model();
        steps = column(model, ui::MigrationLogModel::Step);
        families = column(model, ui::MigrationLogModel::Families);
        rows = column(model, ui::MigrationLogModel::Rows);
        messages = column(model, ui::MigrationLogModel::Message);
        reason = shown->findChild<QLabel *>(u"reason"_s)->text();
        QTest::keyClick(shown, Qt::Key_Escape);
    });
    dialog.view()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog.view(), Qt::Key_Return);
    delete log;
    QCOMPARE(steps, (QStringList{u"Queued"_s, u"Error"_s}));
    QCOMPARE(families.constLast(), u"3"_s);
    QCOMPARE(rows.constLast(), u"12"_s);
    QCOMPARE(messages.constLast(), u"charge 7 has no date"_s);
    QCOMPARE(reason, u"Why it failed: charge 7 has no date"_s);
}

void tst_MigrationDesk::quickViewRefreshesWhileInProgress()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    Migration m = migrationIn(*db, group, Migration::Status::Queued);
    ui::MigrationsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    QVERIFY(!dialog.refreshTimer()->isActive());

    m.status = Migration::Status::InProgress;
    m.startedAt = QDateTime::currentDateTimeUtc();
    core::MigrationStore::setStatus(*db, m);
    dialog.reload();
    QCOMPARE(dialog.model()->index(0, ui::MigrationsModel::Status).data().toString(), u"In Progress"_s);
    QVERIFY(dialog.refreshTimer()->isActive());
    QCOMPARE(dialog.model()->index(0, ui::MigrationsModel::Status).data(Qt::ToolTipRole).toString(),
             u"The nightly job is converting the group; its counts appear when it ends."_s);
    QCOMPARE(dialog.refreshTimer()->interval(), ui::MigrationsDialog::refreshMs);

    // The timer's read shows what the nightly job wrote meanwhile, and stops once none runs.
    m.status = Migration::Status::Active;
    m.completedOn = QDate(2026, 6, 1);
    m.families = 3;
    m.rows = 214;
    core::MigrationStore::setStatus(*db, m);
    Q_EMIT dialog.refreshTimer()->timeout({});
    QCOMPARE(dialog.model()->index(0, ui::MigrationsModel::Status).data().toString(), u"Active"_s);
    QCOMPARE(dialog.model()->index(0, ui::MigrationsModel::Status).data(Qt::ToolTipRole).toString(),
             u"3 family(ies), 214 row(s) written"_s);
    QVERIFY(!dialog.refreshTimer()->isActive());
}

// Tools > Migrations > Run Nightly Job Now: the administrator's button runs the one nightly
// job with its progress on the dialog's bar, and says what it did; others see it greyed out.
void tst_MigrationDesk::runNightlyJobNow()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    // Seeded before the users make the database secured.
    const Family family = seedFamily(*db);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    test::placeInGroup(*db, family.id, group);
    core::PaymentDraft draft;
    draft.patientId = family.ana;
    draft.date = core::LedgerCalendar(*db).today();
    draft.amount = core::Money::fromCents(3000);
    const qint64 payment = core::PaymentPoster(*db, boss).post(draft).paymentId;
    const Migration queued = migrationIn(*db, group, Migration::Status::Queued);
    core::UserDirectory users(*db);
    users.add(boss, boss, core::Role::Administrator, u"boss-password"_s);
    users.add(boss, clerk, core::Role::FrontDesk, u"clerk-password"_s);
    {
        ui::MigrationsDialog dialog(*db, clerk);
        QVERIFY(showActive(dialog));
        QVERIFY(!dialog.runNightlyButton()->isEnabled());
        QCOMPARE(dialog.runNightlyButton()->toolTip(), u"Needs the administrator role"_s);
    }
    // Whatever the hour of the test, the nightly time has come.
    core::PracticeSettings(*db).set(boss, {{u"nightly.time"_s, u"00:00"_s}});
    ui::MigrationsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.runNightlyButton()->isEnabled());
    press(dialog.runNightlyButton());
    const Migration ended = *core::MigrationStore(*db, boss).find(queued.id);
    QCOMPARE(ended.status, Migration::Status::Active);
    QCOMPARE(dialog.resultLabel()->text(), ended.outcome());
    QVERIFY(dialog.resultLabel()->isVisible());
    QCOMPARE(dialog.model()->index(0, ui::MigrationsModel::Status).data().toString(), u"Active"_s);
    QVERIFY(core::AccountReader(*db).load(family.id).payment(payment)->availableCredit().isZero());
}

void tst_MigrationDesk::legacyPaymentHasNoGrid()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    test::placeInGroup(*db, family.id, group);
    const QString why = test::refusalOf([&] { core::PracticeGroups::requireTracked(*db, family.id); });
    QVERIFY(!why.isEmpty());

    ui::PostPaymentDialog dialog(*db, boss, family.id, family.ana);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.legacyLedger());
    for (const QString &name : {u"grid"_s, u"autoAllocate"_s, u"patientFirst"_s, u"clear"_s, u"remaining"_s})
        QVERIFY2(dialog.findChild<QWidget *>(name)->isHidden(), qPrintable(name));
    // The core's reason, never a second wording.
    QCOMPARE(dialog.findChild<QLabel *>(u"legacyNote"_s)->text(), why);
    QCOMPARE(focused(), dialog.findChild<QWidget *>(u"amount"_s));
    typeText(u"30.00"_s);
    // Alt+A allocates nothing here, and types nothing either.
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"amount"_s)->text(), u"30.00"_s);
    const QString summary = dialog.findChild<QLabel *>(u"summary"_s)->text();
    QVERIFY2(summary.contains(u"not allocated (legacy ledger)"_s), qPrintable(summary));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(errorsOf(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const core::FamilyAccount account = core::AccountReader(*db).load(family.id);
    QCOMPARE(account.unallocated(), core::Money::fromCents(3000));
    QCOMPARE(account.balance(), core::Money::fromCents(1000));
    for (const qint64 charge : family.charges)
        QCOMPARE(allocatedTo(account, charge), 0);

    // The Family Balancer offers no run over the family, for the same reason.
    ui::FamilyBalancerDialog balancer(*db, boss, family.id);
    auto *scopeFamily = balancer.findChild<QWidget *>(u"scopeFamily"_s);
    QVERIFY(!scopeFamily->isEnabled());
    QCOMPARE(scopeFamily->toolTip(), why);

    // A tracked family's dialog keeps its grid.
    const Family tracked = seedFamily(*db);
    ui::PostPaymentDialog trackedDialog(*db, boss, tracked.id, tracked.ana);
    QVERIFY(!trackedDialog.legacyLedger());
    QVERIFY(!trackedDialog.findChild<QWidget *>(u"grid"_s)->isHidden());
    QVERIFY(!trackedDialog.findChild<QLabel *>(u"legacyNote"_s));
}

void tst_MigrationDesk::inProgressLocksTheAccount()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto owned = m_dbs.fresh(backend);
    const Family family = seedFamily(*owned);
    const qint64 group = legacyGroup(*owned, u"Old ledger"_s);
    test::placeInGroup(*owned, family.id, group);
    const qint64 payment = core::PaymentPoster(*owned, boss).post(paymentDraft(family.ana, 2000)).paymentId;

    ui::MainWindow window(std::move(owned), boss);
    const core::Database &db = window.database();
    QVERIFY(showActive(window));
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(family.id));
    account->showList(ui::AccountView::List::Payments);
    QVERIFY(account->list(ui::AccountView::List::Payments)->selectId(payment));
    const QStringList posting = {u"charge"_s, u"adjustment"_s, u"postPayment"_s, u"voidPayment"_s, u"refund"_s};
    const auto enabled = [&] {
        QStringList names;
        for (const QString &name : posting) {
            if (window.findChild<QAction *>(name)->isEnabled())
                names << name;
        }
        return names;
    };
    QVERIFY(account->lockBanner()->isHidden());
    QCOMPARE(enabled(), posting);

    Migration m = migrationIn(db, group, Migration::Status::InProgress);
    account->refresh();
    QVERIFY(!account->lockBanner()->isHidden());
    QCOMPARE(account->lockBanner()->text(), core::PostingLock::message(m));
    QCOMPARE(enabled(), QStringList());
    // The receipt is no posting.
    QVERIFY(window.findChild<QAction *>(u"receipt"_s)->isEnabled());
    // Ctrl+P, F5 and the menus do nothing while it runs.
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    m.status = Migration::Status::Active;
    m.completedOn = core::LedgerCalendar(db).today();
    core::MigrationStore::setStatus(db, m);
    account->refresh();
    QVERIFY(account->lockBanner()->isHidden());
    QCOMPARE(enabled(), posting);
}

void tst_MigrationDesk::postingThatRacesTheLock()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const qint64 group = legacyGroup(*db, u"Old ledger"_s);
    test::placeInGroup(*db, family.id, group);

    // The dialog opened before the nightly job started: the core's refusal, in its words.
    ui::PostPaymentDialog dialog(*db, boss, family.id, family.ana);
    QVERIFY(showActive(dialog));
    const Migration m = migrationIn(*db, group, Migration::Status::InProgress);
    typeText(u"30.00"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(errorsOf(dialog), core::PostingLock::message(m));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.postedPaymentId(), 0);
    QVERIFY(core::AccountReader(*db).load(family.id).payments.isEmpty());
}

void tst_MigrationDesk::familyMovesBetweenGroups()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto owned = m_dbs.fresh(backend);
    const Family family = seedFamily(*owned);
    core::UserDirectory users(*owned);
    users.add(boss, boss, core::Role::Administrator, u"boss-password"_s);
    users.add(boss, clerk, core::Role::FrontDesk, u"clerk-password"_s);
    const qint64 north = core::PracticeGroups(*owned, boss).add(u"North clinic"_s, PracticeGroup::Ledger::Tracked);
    legacyGroup(*owned, u"Old ledger"_s);

    ui::MainWindow window(std::move(owned), boss);
    const core::Database &db = window.database();
    QVERIFY(showActive(window));
    QVERIFY(window.accountView()->openFamily(family.id));
    ui::FamilyGroupPicker *picker = window.accountView()->groupPicker();
    QComboBox *combo = picker->combo();
    // The groups on the family's ledger only: assign refuses a move to a legacy group.
    QStringList choices;
    for (int i = 0; i < combo->count(); ++i)
        choices << combo->itemText(i);
    QCOMPARE(choices, (QStringList{u"Default (Tracked allocations)"_s, u"North clinic (Tracked allocations)"_s}));
    QCOMPARE(combo->currentText(), u"Default (Tracked allocations)"_s);
    QVERIFY(!picker->moveButton()->isEnabled());
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(picker->moveButton()->isEnabled());
    // Choosing moves nothing: Move does.
    QCOMPARE(core::PracticeGroups::groupOf(db, family.id).id, PracticeGroup::defaultId);
    press(picker->moveButton());
    QCOMPARE(core::PracticeGroups::groupOf(db, family.id).id, north);
    QCOMPARE(window.accountView()->practiceGroup().id, north);
    QCOMPARE(combo->currentText(), u"North clinic (Tracked allocations)"_s);
    QVERIFY(!picker->moveButton()->isEnabled());

    // Front desk reads the group and cannot move it.
    picker->showFamily(db, clerk, family.id, core::PracticeGroups::groupOf(db, family.id));
    QVERIFY(!combo->isEnabled());
    QCOMPARE(combo->toolTip(), u"Needs the billing manager role"_s);
    QVERIFY(!picker->moveButton()->isEnabled());
}

void tst_MigrationDesk::nightlyTime_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("stored");
    QTest::newRow("21:30") << u"21:30"_s << true;
    QTest::newRow("trimmed") << u" 06:05 "_s << true;
    QTest::newRow("hour 25") << u"25:00"_s << false;
    QTest::newRow("8 pm") << u"8 pm"_s << false;
    QTest::newRow("one digit minutes") << u"20:5"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_MigrationDesk::nightlyTime()
{
    QFETCH(QString, typed);
    QFETCH(bool, stored);
    auto db = m_dbs.fresh(u"sqlite"_s);
    ui::PracticePage page(*db, boss);
    QVERIFY(showActive(page));
    auto *field = page.findChild<QLineEdit *>(u"nightly.time"_s);
    QCOMPARE(field->text(), u"20:00"_s);
    field->setFocus(Qt::TabFocusReason);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, typed);
    QCOMPARE(page.save(), stored);
    const auto *message = page.findChild<ui::ErrorLabel *>(u"nightly.time.error"_s);
    QVERIFY(message);
    QCOMPARE(message->isHidden(), stored);
    if (stored) {
        QCOMPARE(core::PracticeSettings(*db).value(u"nightly.time"_s), typed.trimmed());
        QCOMPARE(field->text(), typed.trimmed());
    } else {
        QVERIFY2(message->text().contains(u"nightly.time"_s), qPrintable(message->text()));
        QCOMPARE(core::PracticeSettings(*db).value(u"nightly.time"_s), u"20:00"_s);
    }
}

void tst_MigrationDesk::screenshots()
{
    auto owned = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*owned);
    const qint64 group = legacyGroup(*owned, u"Old ledger"_s);
    test::placeInGroup(*owned, family.id, group);
    const qint64 other = legacyGroup(*owned, u"North clinic"_s);
    migrationIn(*owned, legacyGroup(*owned, u"East clinic"_s), Migration::Status::Active);
    migrationIn(*owned, legacyGroup(*owned, u"West clinic"_s), Migration::Status::Error);
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1024, 600));
    ui::MainWindow window(std::move(owned), boss);
    const core::Database &db = window.database();
    QVERIFY(showActive(window));
    QVERIFY(window.accountView()->openFamily(family.id));
    const auto save = [&](QWidget &shown, const QString &name) { saveOverDesk(window, shown, name, u"en"_s); };

    ui::PracticeGroupsDialog groups(db, boss, &window);
    QVERIFY(showActive(groups));
    QVERIFY(groups.view()->selectId(group));
    save(groups, u"practice-groups"_s);
    auto warning = whenModal<QMessageBox>([&](QMessageBox *box) {
        save(*box, u"migrate-warning"_s);
        box->reject();
    });
    groups.migrate();
    delete warning;
    groups.close();

    ui::PostPaymentDialog payment(db, boss, family.id, family.ana, &window);
    QVERIFY(showActive(payment));
    typeText(u"30.00"_s);
    save(payment, u"post-payment-legacy"_s);
    payment.close();

    migrationIn(db, other, Migration::Status::Queued);
    migrationIn(db, group, Migration::Status::InProgress);
    ui::MigrationsDialog migrations(db, boss, &window);
    QVERIFY(showActive(migrations));
    save(migrations, u"migrations"_s);
    ui::MigrationLogDialog log(db, boss, migrations.model()->migration(0).id, &migrations);
    save(log, u"migration-log"_s);
    log.close();
    migrations.close();
    window.accountView()->refresh();
    save(window, u"account-migration-in-progress"_s);
}

int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_MigrationDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_migrationdesk.moc"
