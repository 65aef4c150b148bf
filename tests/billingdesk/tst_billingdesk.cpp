// The desk's side of patient billing, on real widgets under the offscreen platform (a
// 1024x600 screen) and real SQLite and PostgreSQL databases: Settings > Patient billing, the
// Billing menu's Run daily billing against `paydesk-cli run-daily`, the menu's roles, and the
// Dashboard against core::BillingDashboard.
#include "../dialogs/DialogHelpers.h"

#include "CliRun.h"
#include "AccountView.h"
#include "MainWindow.h"
#include "TestDatabases.h"
#include "UiLanguage.h"
#include "balancer/RunProgress.h"
#include "billing/BillingAccountReader.h"
#include "billing/BillingDashboard.h"
#include "billing/BillingRunLock.h"
#include "billing/DashboardDialog.h"
#include "billing/RunDailyBillingDialog.h"
#include "billing/StatementDayDialog.h"
#include "dialogs/DateEdit.h"
#include "ledger/LedgerCalendar.h"
#include "settings/BillingSettingsPage.h"
#include "settings/PracticePage.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/SqlQuery.h"
#include "users/UserDirectory.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using paydesk::test::CliRun;
using paydesk::test::TestDatabases;

namespace {

const QString manager = u"manager"_s;
const QString boss = u"boss"_s;

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

qint64 settingAuditRows(const core::Database &db)
{
    core::SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE entity = :entity"_s).bind(u":entity"_s, u"setting"_s).exec();
    return q.next() ? q.id(0) : -1;
}

// Replaces what the focused line edit holds with `text`, typed.
void retype(const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(focused());
    QVERIFY2(edit, "the cursor is not in a line edit");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// The administrator `boss`, a front desk `clerk` and a billing `manager` secure the database.
void addUsers(const core::Database &db)
{
    core::UserDirectory users(db);
    users.add(boss, boss, core::Role::Administrator, u"boss-password"_s);
    users.add(boss, clerk, core::Role::FrontDesk, u"clerk-password"_s);
    users.add(boss, manager, core::Role::BillingManager, u"manager-password"_s);
}

// Shows the run dialog and runs the first run ever, on 2026-01-05, from it.
bool firstRunOn5January(ui::RunDailyBillingDialog &dialog)
{
    if (!showActive(dialog))
        return false;
    typeDate(dialog, u"date"_s, u"2026-01-05"_s);
    return dialog.run() && dialog.lines().size() == 1;
}

// The Settings window on its Patient billing page, shown and active.
std::unique_ptr<ui::SettingsDialog> billingSettings(const core::Database &db, const QString &user)
{
    auto dialog = std::make_unique<ui::SettingsDialog>(db, user);
    dialog->tabs()->setCurrentWidget(dialog->billingPage());
    if (!showActive(*dialog))
        qWarning("the settings window did not become active");
    dialog->billingPage()->firstField()->setFocus();
    return dialog;
}

bool fitsTheScreen(const QWidget &window)
{
    return window.screen()->availableGeometry().contains(window.frameGeometry());
}

// The values of a chart's one bar set, in the order drawn.
QList<qreal> barValues(const QChartView *view)
{
    const auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QList<qreal> values;
    if (!series || series->barSets().isEmpty())
        return values;
    const QBarSet *set = series->barSets().first();
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QStringList categories(const QChartView *view, Qt::Orientation orientation)
{
    for (QAbstractAxis *axis : view->chart()->axes(orientation)) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            return bars->categories();
    }
    return {};
}

// The files the desk hands the desktop to open (QDesktopServices), kept instead of opened.
class OpenedFiles : public QObject
{
    Q_OBJECT

public:
    OpenedFiles() { QDesktopServices::setUrlHandler(u"file"_s, this, "open"); }
    ~OpenedFiles() override { QDesktopServices::unsetUrlHandler(u"file"_s); }

    QStringList paths;

public Q_SLOTS:
    void open(const QUrl &url) { paths << url.toLocalFile(); }
};

// Saves under the name the next save dialog suggests, and keeps where. (Naming another file
// races with the dialog's own loading of its folder, which may put the suggestion back.)
QPointer<QTimer> saveWhenAsked(QString &saved)
{
    return whenModal<QFileDialog>([&saved](QFileDialog *dialog) {
        saved = dialog->selectedFiles().value(0);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, which checks the name
    });
}

} // namespace

class tst_BillingDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void settingsTypedAndSaved_data() { TestDatabases::addBackendTable(); }
    void settingsTypedAndSaved();
    void settingRefusedBesideTheField_data();
    void settingRefusedBesideTheField();
    void automatedPlansEnableTheirDays_data() { TestDatabases::addBackendTable(); }
    void automatedPlansEnableTheirDays();
    void settingsReadOnlyWithoutTheRole_data() { TestDatabases::addBackendTable(); }
    void settingsReadOnlyWithoutTheRole();

    void runShowsTheCliLines_data() { TestDatabases::addBackendTable(); }
    void runShowsTheCliLines();
    void runRefusalsBesideTheDate_data() { TestDatabases::addBackendTable(); }
    void runRefusalsBesideTheDate();
    void cancelStopsBetweenDays_data() { TestDatabases::addBackendTable(); }
    void cancelStopsBetweenDays();
    void billingMenuFollowsTheRole_data() { TestDatabases::addBackendTable(); }
    void billingMenuFollowsTheRole();
    void runFromTheBillingMenu_data();
    void runFromTheBillingMenu();

    void statementDayAsked();
    void printFromTheBillingMenu_data() { TestDatabases::addBackendTable(); }
    void printFromTheBillingMenu();

    void dashboardDrawsTheCoreFigures_data() { TestDatabases::addBackendTable(); }
    void dashboardDrawsTheCoreFigures();

    void screenshotsWithDemoData();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_settings; // the desk's remembered choices, this test's own
};

void tst_BillingDesk::initTestCase()
{
    useTestSettings(m_settings, u"tst_billingdesk"_s);
}

// Every field by keyboard, Alt+S saves: the values PracticeSettings reads, one audit row each.
void tst_BillingDesk::settingsTypedAndSaved()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const auto dialog = billingSettings(*db, manager);
    QVERIFY(fitsTheScreen(*dialog));
    ui::BillingSettingsPage *page = dialog->billingPage();
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty() && backend == u"sqlite")
        QVERIFY(dialog->grab().save(QDir(folder).filePath(u"settings-patient-billing-1024x600.png"_s)));

    QCOMPARE(focused(), child<QLineEdit>(page, u"statements.interval_days"_s));
    retype(u"45"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(page, u"statements.max"_s));
    retype(u"5"_s);
    QTest::keyClick(focused(), Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(page, u"suspend"_s)->isChecked());
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>(page, u"plans.automated"_s)->isChecked());
    QTest::keyClick(focused(), Qt::Key_B, Qt::AltModifier);
    QCOMPARE(focused(), child<QLineEdit>(page, u"plans.days_between_payments"_s));
    retype(u"20"_s);
    QTest::keyClick(focused(), Qt::Key_F, Qt::AltModifier);
    QCOMPARE(focused(), child<QLineEdit>(page, u"plans.suspended_days"_s));
    retype(u"10"_s);
    // Enter saves nothing; Alt+S does.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(settingAuditRows(*db), qint64(0));
    QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(page->status(), u"The patient billing settings are saved."_s);

    const core::PracticeSettings settings(*db);
    QCOMPARE(settings.value(u"statements.interval_days"_s), u"45"_s);
    QCOMPARE(settings.value(u"statements.max"_s), u"5"_s);
    QCOMPARE(settings.value(u"billing.default"_s), u"suspend"_s);
    QCOMPARE(settings.value(u"plans.automated"_s), u"true"_s);
    QCOMPARE(settings.value(u"plans.days_between_payments"_s), u"20"_s);
    QCOMPARE(settings.value(u"plans.suspended_days"_s), u"10"_s);
    QCOMPARE(settingAuditRows(*db), qint64(6));

    // Saving again stores nothing; a new window shows what is stored.
    QVERIFY(page->save());
    QCOMPARE(page->status(), u"Nothing has changed."_s);
    QCOMPARE(settingAuditRows(*db), qint64(6));
    ui::BillingSettingsPage again(*db, manager);
    QCOMPARE(child<QLineEdit>(&again, u"statements.interval_days"_s)->text(), u"45"_s);
    QVERIFY(child<QRadioButton>(&again, u"suspend"_s)->isChecked());
    QVERIFY(child<QCheckBox>(&again, u"plans.automated"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(&again, u"plans.suspended_days"_s)->text(), u"10"_s);
}

void tst_BillingDesk::settingRefusedBesideTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("corrected");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("interval zero/%s", b.constData())
            << backend << u"statements.interval_days"_s << u"0"_s << u"statements.interval_days: 0 is outside 1 to 365."_s
            << u"1"_s;
        QTest::addRow("interval over a year/%s", b.constData())
            << backend << u"statements.interval_days"_s << u"366"_s
            << u"statements.interval_days: 366 is outside 1 to 365."_s << u"365"_s;
        QTest::addRow("maximum 100/%s", b.constData())
            << backend << u"statements.max"_s << u"100"_s << u"statements.max: 100 is outside 1 to 99."_s << u"99"_s;
        QTest::addRow("maximum not a number/%s", b.constData())
            << backend << u"statements.max"_s << u"3.5"_s
            << u"statements.max: \"3.5\" is not a whole number; write one from 1 to 99."_s << u"4"_s;
        QTest::addRow("days between payments zero/%s", b.constData())
            << backend << u"plans.days_between_payments"_s << u"0"_s
            << u"plans.days_between_payments: 0 is outside 1 to 365."_s << u"60"_s;
        QTest::addRow("suspended days blank/%s", b.constData())
            << backend << u"plans.suspended_days"_s << QString()
            << u"plans.suspended_days: \"\" is not a whole number; write one from 1 to 365."_s << u"7"_s;
    }
}

// A bad value is refused under its field with the cursor back in it and nothing stored, not
// even the good values beside it; the message goes as soon as the field is right.
void tst_BillingDesk::settingRefusedBesideTheField()
{
    QFETCH(QString, backend);
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(QString, corrected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const auto dialog = billingSettings(*db, manager);
    ui::BillingSettingsPage *page = dialog->billingPage();
    auto *interval = child<QLineEdit>(page, u"statements.interval_days"_s);
    if (key != interval->objectName())
        retype(u"60"_s); // a good value, not stored with the bad one
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier); // automated: the plans' days open
    QTRY_VERIFY(child<QCheckBox>(page, u"plans.automated"_s)->isChecked());
    auto *field = child<QLineEdit>(page, key);
    field->setFocus();
    retype(typed);

    QVERIFY(!page->save());
    auto *error = child<QLabel>(page, key + u".error"_s);
    QCOMPARE(error->text(), message);
    QVERIFY(error->isVisible());
    QCOMPARE(errorsOf(*dialog), message); // nowhere else
    QCOMPARE(focused(), field);
    QCOMPARE(page->status(), QString());
    QCOMPARE(settingAuditRows(*db), qint64(0));
    QCOMPARE(core::PracticeSettings(*db).value(u"statements.interval_days"_s), u"30"_s);
    QCOMPARE(core::PracticeSettings(*db).value(u"plans.automated"_s), u"false"_s);

    retype(corrected);
    QVERIFY(error->isHidden());
    QVERIFY(page->save());
    QCOMPARE(core::PracticeSettings(*db).value(key), corrected);
}

// The plans' days are editable only while plans are automated; manual plans are held to the
// rule the page states, and unchecking puts back the stored days.
void tst_BillingDesk::automatedPlansEnableTheirDays()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const auto dialog = billingSettings(*db, manager);
    ui::BillingSettingsPage *page = dialog->billingPage();
    auto *automated = child<QCheckBox>(page, u"plans.automated"_s);
    auto *days = child<QLineEdit>(page, u"plans.days_between_payments"_s);
    auto *suspended = child<QLineEdit>(page, u"plans.suspended_days"_s);
    auto *manualRule = child<QLabel>(page, u"manualRule"_s);

    QVERIFY(!automated->isChecked());
    QVERIFY(!days->isEnabled());
    QVERIFY(!suspended->isEnabled());
    QVERIFY(manualRule->isVisible());
    QVERIFY2(manualRule->text().contains(u"more than 45 days"_s) && manualRule->text().contains(u"for 15 days"_s),
             qPrintable(manualRule->text()));
    // The page says how PayDesk departs from the reference: only a payment resets the clock.
    bool saysClock = false;
    for (const QLabel *label : page->findChildren<QLabel *>())
        saysClock = saysClock || label->text().startsWith(u"Only a payment restarts a plan's clock, never a statement"_s);
    QVERIFY(saysClock);

    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(automated->isChecked());
    QVERIFY(days->isEnabled());
    QVERIFY(suspended->isEnabled());
    QVERIFY(!manualRule->isVisible());
    QTest::keyClick(focused(), Qt::Key_B, Qt::AltModifier);
    retype(u"400"_s);

    // Back to manual: the days typed go, and so does the refusal they would have met.
    automated->setFocus();
    QTest::keyClick(automated, Qt::Key_Space);
    QVERIFY(!automated->isChecked());
    QVERIFY(!days->isEnabled());
    QCOMPARE(days->text(), u"30"_s);
    QVERIFY(manualRule->isVisible());
    QVERIFY(page->save());
    QCOMPARE(page->status(), u"Nothing has changed."_s);
    QCOMPARE(settingAuditRows(*db), qint64(0));
}

// Who may not change a page sees it read-only, saying which role may: the billing settings
// are the billing manager's, the practice's the administrator's.
void tst_BillingDesk::settingsReadOnlyWithoutTheRole()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    addUsers(*db);

    const auto asClerk = billingSettings(*db, clerk);
    ui::BillingSettingsPage *page = asClerk->billingPage();
    QVERIFY(!child<QLineEdit>(page, u"statements.interval_days"_s)->isEnabled());
    QVERIFY(!child<QRadioButton>(page, u"suspend"_s)->isEnabled());
    QVERIFY(!child<QCheckBox>(page, u"plans.automated"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(page, u"save"_s)->isVisible());
    QCOMPARE(page->status(), u"Shown read-only: changing these settings needs the billing manager role."_s);
    asClerk->close();

    const auto asManager = billingSettings(*db, manager);
    QVERIFY(child<QLineEdit>(asManager->billingPage(), u"statements.interval_days"_s)->isEnabled());
    QVERIFY(child<QPushButton>(asManager->billingPage(), u"save"_s)->isVisible());
    ui::PracticePage *practice = asManager->practicePage();
    QVERIFY(!child<QLineEdit>(practice, u"practice.name"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(practice, u"save"_s)->isVisible());
    QCOMPARE(practice->status(), u"Shown read-only: changing these settings needs the administrator role."_s);
}

// The dialog's lines are the CLI's for the same days on a twin database: the first run ever
// (one day), then a catch-up of 36 days, the bar reaching its end.
void tst_BillingDesk::runShowsTheCliLines()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    const core::ConnectionSpec twinSpec = m_dbs.freshSpec(backend);
    {
        const core::Database twin(twinSpec);
        seedFamily(twin);
    }
    const QString twin = TestDatabases::url(twinSpec);

    ui::RunDailyBillingDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    QVERIFY(fitsTheScreen(dialog));
    QCOMPARE(dialog.dateEdit()->date(), core::LedgerCalendar(*db).today());
    QCOMPARE(child<QLabel>(&dialog, u"lastRun"_s)->text(), u"No run yet: the first run processes this date alone."_s);

    for (const QString &date : {u"2026-01-05"_s, u"2026-02-10"_s}) {
        typeDate(dialog, u"date"_s, date);
        QTest::keyClick(focused(), Qt::Key_Return);
        const CliRun cli = paydesk::test::runCli(twin, manager, {u"run-daily"_s, u"--date"_s, date});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        QStringList cliLines = cli.out.split(u'\n', Qt::SkipEmptyParts);
        // The window shows the days; run-daily's backup line before them is the CLI's alone.
        QVERIFY2(cliLines.takeFirst().startsWith(u"backup: "_s), qPrintable(cli.out));
        QCOMPARE(dialog.lines(), cliLines);
        QCOMPARE(errorsOf(dialog), QString());
    }
    QCOMPARE(dialog.lines().size(), 36);
    QCOMPARE(dialog.lines().first(), u"2026-01-06: statements 0, plans disabled 0, completed 0, billing resumed 0"_s);
    QVERIFY(dialog.lines().contains(u"2026-02-04: statements 1, plans disabled 0, completed 0, billing resumed 0"_s));
    auto *bar = child<QProgressBar>(&dialog, u"progress"_s);
    QCOMPARE(bar->maximum(), 36);
    QCOMPARE(bar->value(), 36);
    QCOMPARE(dialog.status(), u"Days processed: 36."_s);
    QCOMPARE(core::BillingAccountReader(*db).lastRunDate(), QDate(2026, 2, 10));
    QCOMPARE(child<QLabel>(&dialog, u"lastRun"_s)->text(), u"Last run: Tuesday, February 10, 2026"_s);

    // The last run's date again does nothing, and says so.
    QVERIFY(dialog.run());
    QCOMPARE(dialog.lines(), QStringList());
    QCOMPARE(dialog.status(), u"Billing has already run for 2/10/26: nothing to do."_s);
}

// A date before the last run or after today, or another run in progress, is refused under the
// date; nothing runs.
void tst_BillingDesk::runRefusalsBesideTheDate()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    ui::RunDailyBillingDialog dialog(*db, manager);
    QVERIFY(firstRunOn5January(dialog));

    typeDate(dialog, u"date"_s, u"2026-01-04"_s);
    QVERIFY(!dialog.run());
    QVERIFY2(errorsOf(dialog).contains(u"2026-01-05"_s), qPrintable(errorsOf(dialog)));
    QCOMPARE(dialog.lines(), QStringList());
    QCOMPARE(focused(), dialog.dateEdit()->lineEdit());
    QCOMPARE(core::BillingAccountReader(*db).lastRunDate(), QDate(2026, 1, 5));
    // Editing the date takes the message away.
    QTest::keyClick(focused(), Qt::Key_End);
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QTest::keyClicks(focused(), u"6"_s);
    QCOMPARE(errorsOf(dialog), QString());

    const QDate tomorrow = core::LedgerCalendar(*db).today().addDays(1);
    typeDate(dialog, u"date"_s, tomorrow.toString(Qt::ISODate));
    QVERIFY(!dialog.run());
    QVERIFY(!errorsOf(dialog).isEmpty());
    QCOMPARE(core::BillingAccountReader(*db).lastRunDate(), QDate(2026, 1, 5));

    // Another run in progress: said under the date, when and by whom.
    const core::BillingRunLock other(*db, boss);
    typeDate(dialog, u"date"_s, u"2026-01-10"_s);
    QVERIFY(!dialog.run());
    QVERIFY2(errorsOf(dialog).startsWith(u"A daily billing run is in progress since "_s)
                     && errorsOf(dialog).endsWith(u" by boss."_s),
             qPrintable(errorsOf(dialog)));
    QCOMPARE(dialog.lines(), QStringList());
    QCOMPARE(core::BillingAccountReader(*db).lastRunDate(), QDate(2026, 1, 5));
}

// Cancel is honoured between two days: the days done stay, the next run goes on from there.
void tst_BillingDesk::cancelStopsBetweenDays()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    ui::RunDailyBillingDialog dialog(*db, manager);
    QVERIFY(firstRunOn5January(dialog));

    // Escape as the second day's line comes: the run stops before the third day.
    auto *days = child<QListWidget>(&dialog, u"days"_s);
    connect(days->model(), &QAbstractItemModel::rowsInserted, &dialog, [&] {
        if (days->count() == 2)
            QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    typeDate(dialog, u"date"_s, u"2026-01-20"_s);
    QVERIFY(dialog.run());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.lines().size(), 2);
    QCOMPARE(dialog.status(), u"Cancelled after 2 of 15 days; the next run goes on from the day after the last run."_s);
    QCOMPARE(core::BillingAccountReader(*db).lastRunDate(), QDate(2026, 1, 7));
}

// A front desk user sees Run daily billing greyed out, saying which role may; the Dashboard is
// for every signed-in user.
void tst_BillingDesk::billingMenuFollowsTheRole()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    addUsers(*db);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    auto *run = child<QAction>(&window, u"runDailyBilling"_s);
    QVERIFY(!run->isEnabled());
    QCOMPARE(run->toolTip(), u"Needs the billing manager role"_s);
    QVERIFY(child<QAction>(&window, u"dashboard"_s)->isEnabled());
    QCOMPARE(run->text(), u"&Run Daily Billing…"_s);
}

void tst_BillingDesk::runFromTheBillingMenu_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed"); // 2026-01-20 as a clerk of that language types it
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("English/%s", b.constData()) << backend << u"en"_s << u"1/20/2026"_s;
        QTest::addRow("Spanish/%s", b.constData()) << backend << u"es"_s << u"20/1/2026"_s;
    }
}

// Billing > Run daily billing from the desk, in English and Spanish, by keyboard: the date in
// the clerk's own order, Enter runs, Escape closes; the open account is read again.
void tst_BillingDesk::runFromTheBillingMenu()
{
    QFETCH(QString, backend);
    QFETCH(QString, language);
    QFETCH(QString, typed);
    PAYDESK_REQUIRE_BACKEND(backend);
    const test::UiLanguage shown(language);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    QVERIFY(paydesk::test::runCli(TestDatabases::url(db->spec()), manager,
                                  {u"run-daily"_s, u"--date"_s, u"2026-01-05"_s})
                    .exitCode
            == 0);
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    QVERIFY(window.accountView()->openFamily(family.id, family.ana));

    QStringList lines;
    QDate understood;
    bool fits = false;
    bool dateFirst = false;
    // No QCOMPARE in here: a failure would return with the dialog still open.
    const QPointer<QTimer> running = whenModal<ui::RunDailyBillingDialog>([&](ui::RunDailyBillingDialog *dialog) {
        fits = fitsTheScreen(*dialog);
        QLineEdit *date = dialog->dateEdit()->lineEdit();
        // The cursor is in the date once the window system has activated the dialog.
        dateFirst = QTest::qWaitFor([date] { return focused() == date; });
        QTest::keyClicks(date, typed);
        understood = dialog->dateEdit()->date();
        QTest::keyClick(date, Qt::Key_Return);
        lines = dialog->lines();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QSignalSpy reread(window.accountView(), &ui::AccountView::accountChanged);
    child<QAction>(&window, u"runDailyBilling"_s)->trigger();
    delete running;

    QVERIFY(fits);
    QVERIFY(dateFirst);
    QCOMPARE(understood, QDate(2026, 1, 20));
    QCOMPARE(lines.size(), 15);
    QVERIFY2(lines.first().startsWith(u"2026-01-06: "_s), qPrintable(lines.first()));
    QVERIFY2(lines.last().startsWith(u"2026-01-20: "_s), qPrintable(lines.last()));
    QCOMPARE(core::BillingAccountReader(window.database()).lastRunDate(), QDate(2026, 1, 20));
    QVERIFY(!reread.isEmpty());
}

// Print the day's statements asks which day: the last run's at first (today before any run),
// typed; a day after today is refused under the field and the window stays.
void tst_BillingDesk::statementDayAsked()
{
    const QDate today(2026, 12, 7);
    ui::StatementDayDialog first(today, QDate(), nullptr);
    QCOMPARE(first.dateEdit()->date(), today);

    ui::StatementDayDialog dialog(today, QDate(2026, 12, 4), nullptr);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 12, 4));
    QCOMPARE(focused(), dialog.dateEdit()->lineEdit());
    QTest::keyClicks(focused(), u"12/8/2026"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!errorsOf(dialog).isEmpty());
    typeDate(dialog, u"date"_s, u"12/7/2026"_s); // today is allowed
    QCOMPARE(errorsOf(dialog), QString());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.date(), today);
}

// Billing > Print statement (the open family's) and Print the day's statements (the last
// run's day at first) for a front desk user: each saves the PDF the clerk names and opens it.
void tst_BillingDesk::printFromTheBillingMenu()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    QVERIFY(paydesk::test::runCli(TestDatabases::url(db->spec()), manager,
                                  {u"run-daily"_s, u"--date"_s, u"2026-01-05"_s})
                    .exitCode
            == 0);
    addUsers(*db);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    auto *printStatement = child<QAction>(&window, u"printStatement"_s);
    auto *printDay = child<QAction>(&window, u"printDayStatements"_s);
    QVERIFY(!printStatement->isEnabled()); // no account open
    QVERIFY(printDay->isEnabled());
    QVERIFY(window.accountView()->openFamily(family.id, family.ana));
    QVERIFY(printStatement->isEnabled());

    // The save dialog suggests a file in the home folder: this test's own.
    const QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", realHome); });
    const OpenedFiles opened;
    QString statement;
    QPointer<QTimer> saving = saveWhenAsked(statement);
    printStatement->trigger();
    delete saving;
    QCOMPARE(statement, home.filePath(u"statement-%1-2026-01-05.pdf"_s.arg(family.id)));
    QVERIFY(QFileInfo(statement).size() > 0);

    QString day;
    QDate offered;
    const QPointer<QTimer> asking = whenModal<ui::StatementDayDialog>([&](ui::StatementDayDialog *dialog) {
        offered = dialog->dateEdit()->date();
        saving = saveWhenAsked(day);
        QTest::keyClick(dialog->dateEdit()->lineEdit(), Qt::Key_Return);
    });
    printDay->trigger();
    delete asking;
    delete saving;
    QCOMPARE(offered, QDate(2026, 1, 5));
    QCOMPARE(day, home.filePath(u"statements-2026-01-05.pdf"_s));
    QVERIFY(QFileInfo(day).size() > 0);
    QCOMPARE(opened.paths, (QStringList{statement, day}));
}

// The Dashboard draws the core's figures: each status's families (under its exact string),
// the plans disabled per day, and the plan payments per month in cents.
void tst_BillingDesk::dashboardDrawsTheCoreFigures()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    QCOMPARE(paydesk::test::runCli(TestDatabases::url(db->spec()), manager,
                                   {u"run-daily"_s, u"--date"_s, u"2026-01-05"_s})
                     .exitCode,
             0);
    ui::DashboardDialog dialog(*db);
    QVERIFY(showActive(dialog));
    QVERIFY(fitsTheScreen(dialog));

    const core::BillingDashboard dashboard(*db);
    const QDate today = core::LedgerCalendar(*db).today();
    QStringList statuses;
    QList<qreal> counts;
    for (const auto &[status, count] : dashboard.familiesByStatus()) {
        statuses.prepend(core::BillingStatuses::text(status)); // drawn bottom up
        counts.prepend(qreal(count));
    }
    QCOMPARE(categories(dialog.statusChart(), Qt::Vertical), statuses);
    QCOMPARE(barValues(dialog.statusChart()), counts);
    QVERIFY(counts.contains(1.0));

    QList<qreal> disabled;
    for (const auto &[day, count] : dashboard.plansDisabledLast30Days(today))
        disabled << qreal(count);
    QCOMPARE(disabled.size(), 30);
    QCOMPARE(barValues(dialog.disabledChart()), disabled);

    QList<qreal> cents;
    for (const core::BillingDashboard::Month &month : dashboard.planPaymentsByMonth(today))
        cents << qreal(month.received.cents());
    QCOMPARE(cents.size(), 12);
    QCOMPARE(barValues(dialog.paymentsChart()), cents);
}

// With PAYDESK_SCREENSHOT_DIR set, the Dashboard and Run daily billing over a demo practice
// (paydesk-cli demo) with plans paid for a few months, then left unpaid, and a year of runs:
// PNGs to look at, in English and Spanish. Without it, nothing.
void tst_BillingDesk::screenshotsWithDemoData()
{
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    const core::ConnectionSpec spec = m_dbs.freshSpec(u"sqlite"_s);
    const QString url = TestDatabases::url(spec);
    const auto cli = [&](const QStringList &args) { return paydesk::test::runCli(url, manager, args).exitCode == 0; };
    QVERIFY(cli({u"demo"_s, u"--families"_s, u"40"_s}));
    QVERIFY(cli({u"run-daily"_s, u"--date"_s, u"2026-01-05"_s}));
    const core::Database db(spec);
    core::SqlQuery families = db.query();
    families.prepare(u"SELECT family_id, MIN(id) FROM patients GROUP BY family_id ORDER BY family_id"_s).exec();
    int index = 0;
    while (families.next()) {
        const QString family = QString::number(families.id(0));
        const QString patient = QString::number(families.id(1));
        ++index;
        if (index % 3 == 0) {
            // Paid monthly for a while from January, then no more: disabled 46 days later.
            if (!cli({u"plan"_s, u"enable"_s, u"--family"_s, family, u"--amount"_s, u"20.00"_s, u"--start"_s,
                      u"2026-01-10"_s}))
                continue;
            for (int month = 2; month <= 2 + index % 10; ++month)
                cli({u"post-payment"_s, u"--patient"_s, patient, u"--amount"_s, u"20.00"_s, u"--method"_s, u"cash"_s,
                     u"--date"_s, QDate(2026, month, 12 + index % 9).toString(Qt::ISODate), u"--auto-allocate"_s});
        } else if (index % 3 == 1) {
            // Never paid: started in the autumn, disabled in the last 30 days.
            cli({u"plan"_s, u"enable"_s, u"--family"_s, family, u"--amount"_s, u"15.00"_s, u"--start"_s,
                 QDate(2026, 9, 22).addDays(index).toString(Qt::ISODate)});
        }
    }
    for (const QString &date : {u"2026-04-30"_s, u"2026-08-31"_s, u"2026-11-30"_s})
        QVERIFY(cli({u"run-daily"_s, u"--date"_s, date}));

    {
        ui::RunDailyBillingDialog dialog(db, manager);
        QVERIFY(showActive(dialog));
        QVERIFY(dialog.run()); // up to today
        QVERIFY(dialog.grab().save(QDir(folder).filePath(u"run-daily-billing-1024x600.png"_s)));
    }
    for (const QString &language : {u"en"_s, u"es"_s}) {
        const test::UiLanguage shown(language);
        ui::DashboardDialog dashboard(db);
        QVERIFY(showActive(dashboard));
        QVERIFY(dashboard.grab().save(QDir(folder).filePath(u"dashboard-%1-1024x600.png"_s.arg(language))));
    }
}

// On a 1024x600 screen, the smallest the desk supports.
int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_BillingDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_billingdesk.moc"
