// The desk's side of users: the sign-in window, the idle lock over an open dialog, actions
// greyed out for a role with their tooltip, the Users window and the audit trail viewer, on
// real widgets and both databases.
#include "../dialogs/DialogHelpers.h"

#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "audit/AuditExport.h"
#include "audit/AuditTrailDialog.h"
#include "audit/AuditTrailModel.h"
#include "dialogs/DateEdit.h"
#include "dialogs/PostPaymentDialog.h"
#include "settings/PracticePage.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsDialog.h"
#include "users/AddUserDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/DeskSession.h"
#include "users/IdleLock.h"
#include "users/PasswordFields.h"
#include "users/SignIn.h"
#include "users/SignInDialog.h"
#include "users/UserDirectory.h"
#include "users/UsersDialog.h"
#include "users/UsersModel.h"
#include "util/Errors.h"

#include "TestDatabases.h"
#include "WindowAction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using core::Role;
using paydesk::test::TestDatabases;
using paydesk::test::action;

namespace {

const QString boss = u"boss"_s;
const QString manager = u"manager"_s;
// Each user's password is its name and "-password".
QString passwordOf(const QString &user)
{
    return user + u"-password"_s;
}

// The family of DialogHelpers, entered while the database is open, then the users: an
// administrator with a password secures it; `clerk` is front desk, `manager` billing manager.
std::unique_ptr<core::Database> securedPractice(TestDatabases &dbs, const QString &backend, Family *family = nullptr)
{
    auto db = dbs.fresh(backend);
    const Family seeded = seedFamily(*db);
    if (family)
        *family = seeded;
    core::UserDirectory users(*db);
    users.add(boss, boss, Role::Administrator, passwordOf(boss));
    users.add(boss, clerk, Role::FrontDesk, passwordOf(clerk));
    users.add(boss, manager, Role::BillingManager, passwordOf(manager));
    return db;
}

// Signs in at the next sign-in window with `user`'s password.
QPointer<QTimer> signInWhenAsked(const QString &user)
{
    return whenModal<ui::SignInDialog>([user](ui::SignInDialog *dialog) {
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), user);
        QTest::keyClicks(dialog->passwordEdit(), passwordOf(user));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    });
}

} // namespace

class tst_DeskUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInWindow_data();
    void signInWindow();
    void openModeHasNoSignIn_data() { TestDatabases::addBackendTable(); }
    void openModeHasNoSignIn();
    void idleLockKeepsTheOpenDialog_data() { TestDatabases::addBackendTable(); }
    void idleLockKeepsTheOpenDialog();
    void idleLockSetting_data() { TestDatabases::addBackendTable(); }
    void idleLockSetting();
    void roleGreysOutActions_data() { TestDatabases::addBackendTable(); }
    void roleGreysOutActions();
    void changeOwnPassword_data();
    void changeOwnPassword();
    void usersWindow_data();
    void usersWindow();
    void securingFromTheDesk_data() { TestDatabases::addBackendTable(); }
    void securingFromTheDesk();
    void lastAdministratorKept_data() { TestDatabases::addBackendTable(); }
    void lastAdministratorKept();
    void addUserByKeyboard_data() { TestDatabases::addBackendTable(); }
    void addUserByKeyboard();
    void switchUserTypesAnotherName_data() { TestDatabases::addBackendTable(); }
    void switchUserTypesAnotherName();
    void auditViewerFilters_data() { TestDatabases::addBackendTable(); }
    void auditViewerFilters();
    void auditViewerExportIsTheCliCsv_data() { TestDatabases::addBackendTable(); }
    void auditViewerExportIsTheCliCsv();
    void auditViewerRefusedSinceShowsNothing_data() { TestDatabases::addBackendTable(); }
    void auditViewerRefusedSinceShowsNothing();
    void auditTimeHasSeconds_data();
    void auditTimeHasSeconds();
    void screenshots_data() { paydesk::test::UiLanguage::addRows(); }
    void screenshots();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_DeskUsers::initTestCase()
{
    // The last user name signed in is kept in a folder of this test.
    useTestSettings(m_settings, u"tst_deskusers"_s);
}

void tst_DeskUsers::signInWindow_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("failuresBefore"); // wrong passwords typed just before, elsewhere
    QTest::addColumn<QString>("message");    // the start of what is said beside the field; empty: signed in
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag,
                             const QString &name,
                             const QString &password,
                             int failures,
                             const QString &message) {
            QTest::addRow("%s/%s", tag, qPrintable(backend)) << backend << name << password << failures << message;
        };
        row("right password", clerk, passwordOf(clerk), 0, {});
        row("wrong password", clerk, u"not-the-password"_s, 0, u"The user name or the password is wrong."_s);
        row("unknown name", u"nobody"_s, passwordOf(clerk), 0, u"The user name or the password is wrong."_s);
        row("no name", {}, passwordOf(clerk), 0, u"Type your user name."_s);
        row("after 4 failures", clerk, passwordOf(clerk), 4, {});
        // Even the right password, while the lock-out lasts.
        row("locked out",
            clerk,
            passwordOf(clerk),
            5,
            u"clerk is locked after 5 failed sign-ins; try again in 15 minute"_s);
    }
}

void tst_DeskUsers::signInWindow()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(int, failuresBefore);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    QSettings().remove(u"desk/lastUser"_s);
    for (int i = 0; i < failuresBefore; ++i)
        QVERIFY_THROWS_EXCEPTION(core::Refusal, core::SignIn(*db).signIn(clerk, u"guess"_s));

    ui::SignInDialog dialog(*db, ui::SignInDialog::Mode::SignIn);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(focused(), dialog.nameEdit()); // nobody signed in on this computer yet
    QTest::keyClicks(dialog.nameEdit(), name);
    QTest::keyClicks(dialog.passwordEdit(), password);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    if (message.isEmpty())
        QCOMPARE(errorsOf(dialog), QString());
    else
        QVERIFY2(errorsOf(dialog).startsWith(message), qPrintable(errorsOf(dialog)));
    QCOMPARE(dialog.isVisible(), !message.isEmpty());
    if (message.isEmpty()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().name, clerk);
        QCOMPARE(dialog.user().role, Role::FrontDesk);
        // The name is remembered, never the password.
        ui::SignInDialog next(*db, ui::SignInDialog::Mode::SignIn);
        QCOMPARE(next.nameEdit()->text(), clerk);
        QCOMPARE(next.passwordEdit()->text(), QString());
        return;
    }
    // The password goes for the next try (typed for nothing when the name is missing); the
    // message goes as the clerk types again.
    QCOMPARE(dialog.passwordEdit()->text(), name.isEmpty() ? password : QString());
    QCOMPARE(focused(), name.isEmpty() ? dialog.nameEdit() : dialog.passwordEdit());
    QTest::keyClicks(focused(), u"x"_s);
    QCOMPARE(errorsOf(dialog), QString());
}

void tst_DeskUsers::openModeHasNoSignIn()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    // No window is shown: the name given is the user, as before users existed.
    QCOMPARE(ui::SignInDialog::userFor(*db, u"reception"_s, nullptr), std::optional<QString>(u"reception"_s));
    ui::MainWindow window(std::move(db), u"reception"_s);
    QVERIFY(showActive(window));
    QVERIFY(!window.session()->isSecured());
    QVERIFY(!window.session()->idleLock()->isArmed());
    QVERIFY(!action(window, u"switchUser"_s)->isVisible());
    QVERIFY(action(window, u"aging"_s)->isEnabled());
    QVERIFY(action(window, u"users"_s)->isEnabled());
    QCOMPARE(window.session()->statusText(), u"User: reception"_s);
}

// A payment half typed when the desk locks is still there, typed, after the unlock; a wrong
// password keeps the lock.
void tst_DeskUsers::idleLockKeepsTheOpenDialog()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Family rivera;
    auto db = securedPractice(m_dbs, backend, &rivera);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    ui::IdleLock *lock = window.session()->idleLock();
    QVERIFY(lock->isArmed());
    QVERIFY(window.accountView()->openFamily(rivera.id, rivera.ana));

    QString lockMessage;
    QString amountAfterUnlock;
    bool lockedOverTheDialog = false;
    bool dialogOpenAfterUnlock = false;
    QPointer<QTimer> unlocking, checking;
    QPointer<QTimer> posting = whenModal<ui::PostPaymentDialog>([&](ui::PostPaymentDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amount"_s), u"$20.50"_s);
        unlocking = whenModal<ui::SignInDialog>([&, dialog](ui::SignInDialog *unlock) {
            lockedOverTheDialog = dialog->isVisible() && lock->isLocked();
            lock->setIdleTime(std::chrono::minutes(10)); // once is enough
            QCOMPARE(unlock->nameEdit()->text(), clerk);
            QVERIFY(unlock->nameEdit()->isReadOnly());
            // Escape does not take the lock away; a wrong password neither.
            QTest::keyClick(unlock->passwordEdit(), Qt::Key_Escape);
            QTest::keyClicks(unlock->passwordEdit(), u"guess-again"_s);
            QTest::keyClick(unlock->passwordEdit(), Qt::Key_Return);
            lockMessage = errorsOf(*unlock);
            QVERIFY(unlock->isVisible());
            QTest::keyClicks(unlock->passwordEdit(), passwordOf(clerk));
            QTest::keyClick(unlock->passwordEdit(), Qt::Key_Return);
            checking = whenModal<ui::PostPaymentDialog>([&, dialog](ui::PostPaymentDialog *again) {
                dialogOpenAfterUnlock = again == dialog && !lock->isLocked();
                amountAfterUnlock = again->findChild<QLineEdit *>(u"amount"_s)->text();
                again->reject();
            });
        });
        // No input from here on: the shortened wait runs out while the dialog is open.
        lock->setIdleTime(std::chrono::milliseconds(1));
    });
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    delete posting;
    delete unlocking;
    delete checking;

    QVERIFY(lockedOverTheDialog);
    QCOMPARE(lockMessage, u"The user name or the password is wrong."_s);
    QVERIFY(dialogOpenAfterUnlock);
    QCOMPARE(amountAfterUnlock, u"$20.50"_s);
    QVERIFY(!lock->isLocked());
}

// desk.idle_lock_minutes is a field of the Practice page, refused beside it out of 1 to 120.
void tst_DeskUsers::idleLockSetting()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    ui::SettingsDialog dialog(*db, boss);
    QVERIFY(showActive(dialog));
    ui::PracticePage *page = dialog.practicePage();
    auto *minutes = page->findChild<QLineEdit *>(u"desk.idle_lock_minutes"_s);
    QCOMPARE(minutes->text(), u"10"_s);
    minutes->selectAll();
    QTest::keyClicks(minutes, u"121"_s);
    QVERIFY(!page->save());
    QCOMPARE(errorsOf(dialog), u"desk.idle_lock_minutes: 121 is outside 1 to 120."_s);
    QCOMPARE(focused(), minutes);
    QTest::keyClick(minutes, Qt::Key_Backspace);
    QCOMPARE(errorsOf(dialog), QString()); // 12 is right: the message goes at once
    QVERIFY(page->save());
    QCOMPARE(core::PracticeSettings(*db).number(u"desk.idle_lock_minutes"_s), 12);
}

// A front desk user sees what it may not do greyed out, saying which role may; switching to
// a billing manager enables it.
void tst_DeskUsers::roleGreysOutActions()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    QCOMPARE(window.session()->statusText(), u"User: clerk (front desk)"_s);
    QVERIFY(action(window, u"switchUser"_s)->isVisible());

    const struct
    {
        const char *name;
        const char *tooltip; // empty: allowed
    } expected[] = {
            {"aging", "Needs the billing manager role"},
            {"netUnearned", "Needs the billing manager role"},
            {"balancer", "Needs the billing manager role"},
            {"exportList", "Needs the billing manager role"},
            {"settings", "Needs the billing manager role"},
            {"auditTrail", "Needs the billing manager role"},
            {"users", "Needs the administrator role"},
            {"deposit", ""},
            {"newFamily", ""},
            {"changePassword", ""},
    };
    for (const auto &row : expected) {
        QAction *gated = action(window, QLatin1String(row.name));
        QVERIFY(gated);
        const QString tooltip = QLatin1String(row.tooltip);
        QVERIFY2(gated->isEnabled() == tooltip.isEmpty(), row.name);
        if (!tooltip.isEmpty())
            QCOMPARE(gated->toolTip(), tooltip);
    }
    // The lists' own Export CSV too.
    for (ui::ListTableView *list : window.findChildren<ui::ListTableView *>()) {
        QVERIFY(!list->exportAction()->isEnabled());
        QCOMPARE(list->exportAction()->toolTip(), u"Needs the billing manager role"_s);
    }
    // A disabled menu item still shows its tooltip.
    for (const QAction *menu : window.menuBar()->actions())
        QVERIFY(menu->menu()->toolTipsVisible());
    // Greying out is not the check: an export that goes around the menu is refused by the core,
    // and nothing is written.
    const QTemporaryDir folder;
    const QString csv = folder.filePath(u"results.csv"_s);
    ui::ListTableView *results = window.findChild<ui::ListTableView *>(u"searchResults"_s);
    QVERIFY(results);
    QCOMPARE(results->exportTo(csv), u"Export: this needs the billing manager role; clerk has the front desk role."_s);
    QVERIFY(!QFile::exists(csv));

    QPointer<QTimer> signingIn = signInWhenAsked(manager);
    action(window, u"switchUser"_s)->trigger();
    delete signingIn;
    QCOMPARE(window.user(), manager);
    QCOMPARE(window.session()->statusText(), u"User: manager (billing manager)"_s);
    QVERIFY(action(window, u"aging"_s)->isEnabled());
    QVERIFY(!action(window, u"aging"_s)->toolTip().startsWith(u"Needs"_s));
    QVERIFY(!action(window, u"users"_s)->isEnabled());
    QCOMPARE(window.session()->idleLock()->isArmed(), true);
}

void tst_DeskUsers::changeOwnPassword_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("fields"); // current, new, repeated
    QTest::addColumn<QString>("message");    // beside a field; empty: changed
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QStringList &fields, const QString &message) {
            QTest::addRow("%s/%s", tag, qPrintable(backend)) << backend << fields << message;
        };
        row("changed", {passwordOf(clerk), u"brand-new-one"_s, u"brand-new-one"_s}, {});
        row("wrong current",
            {u"not-it-at-all"_s, u"brand-new-one"_s, u"brand-new-one"_s},
            u"The user name or the password is wrong."_s);
        row("short new",
            {passwordOf(clerk), u"seven77"_s, u"seven77"_s},
            u"The password has 7 characters; it needs at least 8."_s);
        row("repeated wrong",
            {passwordOf(clerk), u"brand-new-one"_s, u"brand-new-on"_s},
            u"The two passwords differ: type the new one again."_s);
    }
}

// File > Change password: the current password, then the new one twice.
void tst_DeskUsers::changeOwnPassword()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    QString shown;
    bool stillOpen = false;
    QPointer<QTimer> changing = whenModal<ui::ChangePasswordDialog>([&](ui::ChangePasswordDialog *dialog) {
        QCOMPARE(focused(), dialog->currentPassword());
        typeFields(fields);
        QTest::keyClick(focused(), Qt::Key_Return);
        shown = errorsOf(*dialog);
        stillOpen = dialog->isVisible();
        if (stillOpen)
            dialog->reject();
    });
    action(window, u"changePassword"_s)->trigger();
    delete changing;
    QCOMPARE(shown, message);
    QCOMPARE(stillOpen, !message.isEmpty());
    const QString now = message.isEmpty() ? fields.at(1) : passwordOf(clerk);
    QCOMPARE(core::SignIn(window.database()).signIn(clerk, now).name, clerk);
}

void tst_DeskUsers::usersWindow_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("fields"); // name, password, repeated
    QTest::addColumn<QString>("message");    // beside a field; empty: added
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QStringList &fields, const QString &message) {
            QTest::addRow("%s/%s", tag, qPrintable(backend)) << backend << fields << message;
        };
        row("added", {u"clerk2"_s, u"long-enough"_s, u"long-enough"_s}, {});
        row("short password",
            {u"clerk2"_s, u"short"_s, u"short"_s},
            u"The password has 5 characters; it needs at least 8."_s);
        row("passwords differ",
            {u"clerk2"_s, u"long-enough"_s, u"long-enougj"_s},
            u"The two passwords differ: type the new one again."_s);
        row("reserved name",
            {u"nightly-run"_s, u"long-enough"_s, u"long-enough"_s},
            u"The user name \"nightly-run\" is reserved for the scheduled jobs."_s);
        row("name in use", {clerk, u"long-enough"_s, u"long-enough"_s}, u"There is already a user \"clerk\"."_s);
    }
}

void tst_DeskUsers::usersWindow()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    ui::UsersDialog users(*db, boss);
    QAbstractItemModelTester tester(users.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showActive(users));
    QCOMPARE(users.model()->rowCount(), 3);

    QString shown;
    bool stillOpen = false;
    QPointer<QTimer> adding = whenModal<ui::AddUserDialog>([&](ui::AddUserDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), fields.at(0));
        auto *role = dialog->findChild<QComboBox *>(u"role"_s);
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down); // billing manager
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newPassword"_s), fields.at(1));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"repeatPassword"_s), fields.at(2));
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"repeatPassword"_s), Qt::Key_Return);
        shown = errorsOf(*dialog);
        stillOpen = dialog->isVisible();
        if (stillOpen)
            dialog->reject();
    });
    QTest::mouseClick(users.findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
    delete adding;

    QCOMPARE(shown, message);
    QCOMPARE(stillOpen, !message.isEmpty());
    const std::optional<core::User> added = core::UserDirectory(*db).find(u"clerk2"_s);
    QCOMPARE(added.has_value(), message.isEmpty());
    if (!added)
        return;
    QCOMPARE(added->role, Role::BillingManager);
    QCOMPARE(users.model()->rowCount(), 4);
    const int row = users.list()->currentSourceRow();
    QCOMPARE(users.model()->user(row).name, u"clerk2"_s);
    QCOMPARE(users.model()->index(row, ui::UsersModel::Role).data().toString(), u"billing manager"_s);
    QCOMPARE(users.model()->index(row, ui::UsersModel::LastSignIn).data().toString(), u"never"_s);
    // Disabled, then enabled again, from the buttons.
    QTest::mouseClick(users.findChild<QPushButton *>(u"disable"_s), Qt::LeftButton);
    QVERIFY(!core::UserDirectory(*db).find(u"clerk2"_s)->active);
    QVERIFY(users.findChild<QPushButton *>(u"enable"_s)->isEnabled());
    QTest::mouseClick(users.findChild<QPushButton *>(u"enable"_s), Qt::LeftButton);
    QVERIFY(core::UserDirectory(*db).find(u"clerk2"_s)->active);
}

// The keyboard's way through Add user: name, Tab, role, Tab, the password twice, Enter. The
// password fields were out of the Tab chain, and a password typed there went into the name.
void tst_DeskUsers::addUserByKeyboard()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    core::UserDirectory(*db).add(boss, u"temp"_s, Role::FrontDesk); // no password yet
    ui::UsersDialog users(*db, boss);
    QVERIFY(showActive(users));
    QStringList mnemonics;
    QPointer<QTimer> adding = whenModal<ui::AddUserDialog>([&](ui::AddUserDialog *dialog) {
        // A failed check returns early: the dialog closes rather than wait for the watchdog.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            const qsizetype amp = label->text().indexOf(u'&');
            if (amp >= 0)
                mnemonics << label->text().mid(amp + 1, 1).toLower();
        }
        QCOMPARE(focused(), dialog->findChild<QLineEdit *>(u"name"_s));
        typeText(u"clerk2"_s);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), dialog->findChild<QComboBox *>(u"role"_s));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), dialog->findChild<QLineEdit *>(u"newPassword"_s));
        typeFields({u"long-enough"_s, u"long-enough"_s});
        QCOMPARE(focused(), dialog->findChild<QLineEdit *>(u"repeatPassword"_s));
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    QTest::mouseClick(users.findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
    delete adding;

    // Each Alt+letter of the form leads to one field.
    QCOMPARE(mnemonics.size(), QSet<QString>(mnemonics.cbegin(), mnemonics.cend()).size());
    const std::optional<core::User> added = core::UserDirectory(*db).find(u"clerk2"_s);
    QVERIFY(added.has_value());
    QVERIFY(added->hasPassword);
    QVERIFY(core::SignIn(*db).signIn(u"clerk2"_s, u"long-enough"_s).name == u"clerk2"_s);
    // Who has no password, and so cannot sign in, shows in the list.
    const auto passwordOfRow = [&](const QString &name) {
        return users.model()->index(users.model()->rowOf(name), ui::UsersModel::Password).data().toString();
    };
    QCOMPARE(passwordOfRow(u"clerk2"_s), u"Yes"_s);
    QCOMPARE(passwordOfRow(u"temp"_s), u"None"_s);
    QCOMPARE(users.model()->headerData(ui::UsersModel::Password, Qt::Horizontal).toString(), u"Password"_s);
}

// File > Switch user is for someone else: the name is selected, typing replaces it, Tab goes
// to the password. The idle lock's name is fixed: no Alt+letter points at it.
void tst_DeskUsers::switchUserTypesAnotherName()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    ui::MainWindow window(std::move(db), boss);
    QVERIFY(showActive(window));
    QString selected;
    QString first, afterTab; // the fields' names: the dialog is gone afterwards
    QPointer<QTimer> switching = whenModal<ui::SignInDialog>([&](ui::SignInDialog *dialog) {
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        first = focused()->objectName();
        selected = dialog->nameEdit()->selectedText();
        typeText(manager);
        QTest::keyClick(focused(), Qt::Key_Tab);
        afterTab = focused()->objectName();
        typeText(passwordOf(manager));
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    action(window, u"switchUser"_s)->trigger();
    delete switching;
    QCOMPARE(selected, boss);
    QCOMPARE(first, u"userName"_s);
    QCOMPARE(afterTab, u"password"_s);
    QCOMPARE(window.user(), manager);

    ui::SignInDialog lock(window.database(), ui::SignInDialog::Mode::Unlock, manager);
    QVERIFY(showActive(lock));
    QCOMPARE(focused(), lock.passwordEdit());
    for (const QLabel *label : lock.findChildren<QLabel *>()) {
        if (label->text().contains(u"User name"_s))
            QCOMPARE(label->text(), u"User name:"_s);
    }
}

// On an open database anyone may add users; once an administrator gets a password the
// database is secured, and the desk asks who is working before it goes on.
void tst_DeskUsers::securingFromTheDesk()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    ui::MainWindow window(std::move(db), u"reception"_s);
    QVERIFY(showActive(window));
    QPointer<QTimer> adding, signingIn;
    QPointer<QTimer> managing = whenModal<ui::UsersDialog>([&](ui::UsersDialog *users) {
        adding = whenModal<ui::AddUserDialog>([&](ui::AddUserDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), boss);
            auto *role = dialog->findChild<QComboBox *>(u"role"_s);
            role->setCurrentIndex(int(Role::Administrator));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newPassword"_s), passwordOf(boss));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"repeatPassword"_s), passwordOf(boss));
            QTest::keyClick(dialog->findChild<QLineEdit *>(u"repeatPassword"_s), Qt::Key_Return);
            QTimer::singleShot(0, users, &QDialog::reject);
        });
        QTest::mouseClick(users->findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
        signingIn = signInWhenAsked(boss);
    });
    action(window, u"users"_s)->trigger();
    delete managing;
    delete adding;
    delete signingIn;
    QVERIFY(window.session()->isSecured());
    QCOMPARE(window.user(), boss);
    QCOMPARE(window.session()->statusText(), u"User: boss (administrator)"_s);
    QVERIFY(action(window, u"switchUser"_s)->isVisible());
    QVERIFY(window.session()->idleLock()->isArmed());
}

void tst_DeskUsers::lastAdministratorKept()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    ui::UsersDialog users(*db, boss);
    QVERIFY(showActive(users));
    QVERIFY(users.list()->selectId(core::UserDirectory(*db).find(boss)->id));
    QTest::mouseClick(users.findChild<QPushButton *>(u"disable"_s), Qt::LeftButton);
    QCOMPARE(users.errors(), u"boss is the last active administrator and cannot be disabled."_s);
    QVERIFY(core::UserDirectory(*db).find(boss)->active);
}

void tst_DeskUsers::auditViewerFilters()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    Family rivera;
    auto db = securedPractice(m_dbs, backend, &rivera);
    core::SignIn signIn(*db);
    signIn.signIn(clerk, passwordOf(clerk));
    try {
        signIn.signIn(manager, u"wrong-password"_s);
    } catch (const core::Refusal &) {
    }
    ui::AuditTrailDialog viewer(*db);
    ui::AuditTrailModel *model = viewer.model();
    QVERIFY(showActive(viewer));
    const int all = model->rowCount();
    QVERIFY(all >= 5);
    // Newest first.
    QCOMPARE(model->entry(0).action, u"sign-in-failed"_s);
    QCOMPARE(model->index(0, ui::AuditTrailModel::User).data().toString(), manager);

    const auto filtered = [&](const QString &field, const QString &text) {
        auto *edit = viewer.findChild<QLineEdit *>(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->entry(row).user + u' ' + model->entry(row).action;
        return rows;
    };
    QCOMPARE(filtered(u"user"_s, clerk), QStringList{u"clerk sign-in"_s});
    QCOMPARE(filtered(u"user"_s, {}).size(), all);
    QCOMPARE(filtered(u"action"_s, u"sign-in-failed"_s), QStringList{u"manager sign-in-failed"_s});
    filtered(u"action"_s, {});
    // The family: its own rows only (its patients and charges were created by the seed).
    const QStringList family = filtered(u"family"_s, QString::number(rivera.id));
    QVERIFY(!family.isEmpty() && family.size() < all);
    QVERIFY(!family.join(u',').contains(u"sign-in"_s));
    filtered(u"family"_s, u"12x"_s);
    QCOMPARE(errorsOf(viewer), u"The account # \"12x\" is not a number."_s);
    filtered(u"family"_s, {});
    QCOMPARE(errorsOf(viewer), QString());

    // Since yesterday: every row here is of today.
    viewer.findChild<QCheckBox *>(u"useSince"_s)->setChecked(true);
    typeDate(viewer, u"since"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    QTest::keyClick(viewer.findChild<ui::DateEdit *>(u"since"_s)->lineEdit(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), all);
    QCOMPARE(model->filter().since, QDate::currentDate().addDays(-1));

    // A page at a time: the rest is read as the list asks for it, newest first throughout.
    ui::AuditTrailModel paged(viewer.database());
    paged.setPageSize(2);
    paged.setFilter({});
    QCOMPARE(paged.rowCount(), 2);
    while (paged.canFetchMore({}))
        paged.fetchMore({});
    QCOMPARE(paged.rowCount(), all);
    for (int row = 1; row < all; ++row)
        QVERIFY(paged.entry(row).id < paged.entry(row - 1).id);
    // Qt 6.4's tester fetches more from its own signal handlers, inside the model's reset or
    // insertion, and then misreads its own nesting: it checks the list once it is all read.
    QAbstractItemModelTester tester(&paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// The viewer's Export CSV is `paydesk-cli audit --csv` for the filters shown (AuditExport):
// its header and UTC times, not the list's translated columns; refused for a front desk.
void tst_DeskUsers::auditViewerExportIsTheCliCsv()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    core::SignIn(*db).signIn(clerk, passwordOf(clerk));
    ui::AuditTrailDialog viewer(*db);
    viewer.setUser(manager);
    QVERIFY(showActive(viewer));
    auto *user = viewer.findChild<QLineEdit *>(u"user"_s);
    user->setFocus();
    QTest::keyClicks(user, clerk); // typed, not yet shown: the export applies it

    const QString path = m_settings.filePath(u"viewer-audit.csv"_s);
    QVERIFY(viewer.exportTo(path));
    QCOMPARE(viewer.model()->filter().user, clerk);
    const QString cliPath = m_settings.filePath(u"cli-audit.csv"_s);
    core::AuditFilter filter;
    filter.user = clerk;
    core::AuditExport(*db, manager).writeCsv(filter, cliPath);
    const auto read = [](const QString &name) {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts)
                                              : QStringList();
    };
    const QStringList lines = read(path);
    QCOMPARE(lines, read(cliPath));
    QCOMPARE(lines.size(), viewer.model()->rowCount() + 1);
    QCOMPARE(lines.at(0), u"at,user,action,entity,entity_id,before,after"_s);
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,clerk,sign-in,"_s)
                     .match(lines.at(1))
                     .hasMatch(),
             qPrintable(lines.at(1)));

    // A front desk may not export the trail: said under the list, nothing written.
    viewer.setUser(clerk);
    const QString refused = m_settings.filePath(u"refused-audit.csv"_s);
    QVERIFY(!viewer.exportTo(refused));
    QVERIFY2(errorsOf(viewer).contains(u"billing manager"_s), qPrintable(errorsOf(viewer)));
    QVERIFY(!QFile::exists(refused));
}

void tst_DeskUsers::auditViewerRefusedSinceShowsNothing()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = securedPractice(m_dbs, backend);
    ui::AuditTrailDialog viewer(*db);
    QVERIFY(showActive(viewer));
    QVERIFY(viewer.model()->rowCount() > 0);
    viewer.findChild<QCheckBox *>(u"useSince"_s)->setChecked(true);
    typeDate(viewer, u"since"_s, u"2026-13-45"_s);
    QTest::keyClick(viewer.findChild<ui::DateEdit *>(u"since"_s)->lineEdit(), Qt::Key_Return);
    QVERIFY(!errorsOf(viewer).isEmpty());
    // No rows of the previous filter under the message.
    QCOMPARE(viewer.model()->rowCount(), 0);
    QVERIFY(!viewer.model()->canFetchMore({}));
    typeDate(viewer, u"since"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    QTest::keyClick(viewer.findChild<ui::DateEdit *>(u"since"_s)->lineEdit(), Qt::Key_Return);
    QCOMPARE(errorsOf(viewer), QString());
    QVERIFY(viewer.model()->rowCount() > 0);
}

void tst_DeskUsers::auditTimeHasSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("time");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"4:26:07"_s;
    QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Spain) << u"4:26:07"_s;
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"04:26:07"_s;
}

// Entries a few seconds apart read apart in every language.
void tst_DeskUsers::auditTimeHasSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, time);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString text = ui::AuditTrailModel::timeText(QDateTime(QDate(2026, 7, 12), QTime(4, 26, 7)));
    QLocale::setDefault(before);
    QVERIFY2(text.contains(u"2026"_s) && text.contains(u' ' + time), qPrintable(text));
}

// The new windows at 1024x600 in English and Spanish, saved for a look when
// PAYDESK_SCREENSHOT_DIR names a folder.
void tst_DeskUsers::screenshots()
{
    QFETCH(QString, language);
    const paydesk::test::UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    auto db = securedPractice(m_dbs, u"sqlite"_s);
    core::SignIn(*db).signIn(clerk, passwordOf(clerk));
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1024, 600));
    // The desk behind, the window over it, as the clerk sees the screen.
    ui::MainWindow window(std::move(db), boss);
    QVERIFY(showActive(window));
    const auto save = [&](QWidget &shown, const QString &name) { saveOverDesk(window, shown, name, language); };
    {
        ui::SignInDialog signIn(window.database(), ui::SignInDialog::Mode::SignIn, {}, &window);
        save(signIn, u"sign-in"_s);
    }
    {
        ui::SignInDialog lock(window.database(), ui::SignInDialog::Mode::Unlock, boss, &window);
        lock.setGeometry(window.geometry());
        save(lock, u"idle-lock"_s);
    }
    {
        ui::UsersDialog users(window.database(), boss, &window);
        save(users, u"users"_s);
    }
    {
        ui::AddUserDialog add(window.database(), boss, &window);
        save(add, u"add-user"_s);
    }
    {
        ui::ChangePasswordDialog change(window.database(), boss, boss, ui::ChangePasswordDialog::Mode::Own, &window);
        QVERIFY(showActive(change));
        QTest::keyClicks(change.newPassword()->password(), u"short"_s);
        QTest::keyClick(change.newPassword()->password(), Qt::Key_Return);
        save(change, u"change-password"_s);
    }
    {
        ui::AuditTrailDialog audit(window.database(), &window);
        save(audit, u"audit-trail"_s);
    }
    {
        ui::SettingsDialog settings(window.database(), boss, &window);
        save(settings, u"settings"_s);
    }
}

int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_DeskUsers test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_deskusers.moc"
