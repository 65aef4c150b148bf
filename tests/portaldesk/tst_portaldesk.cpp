// The online payments desk on real widgets driven from the keyboard at 1024x600, on both
// databases: Settings > Online patient services (the portal.* keys, each field's problem
// beside it, the Pay Now address or what is missing for it), and Billing > Online payments
// (the banner until the link is configured; the lazy balance-due list, its QR code, Copy
// link and the CLI's CSV; Fetch and Process Reports with its summary in the desk's status bar;
// the exceptions queue matched from a patient search in one click, or dismissed for a
// reason; the files processed).
#include "../dialogs/DialogHelpers.h"
#include "../portalfetch/PortalFiles.h"

#include "ListTableView.h"
#include "MainWindow.h"
#include "PatientSearchPanel.h"
#include "ledger/AccountReader.h"
#include "models/ItemRoles.h"
#include "portal/BalanceDueList.h"
#include "portal/BalanceDueModel.h"
#include "portal/BalanceDuePage.h"
#include "portal/FetchSummary.h"
#include "portal/OnlinePaymentsDialog.h"
#include "portal/PortalDismissDialog.h"
#include "portal/PortalExceptionModel.h"
#include "portal/PortalExceptionQueue.h"
#include "portal/PortalExceptionsPage.h"
#include "portal/PortalFilesModel.h"
#include "portal/PortalFilesPage.h"
#include "portal/PortalMatchDialog.h"
#include "portal/QrCodeView.h"
#include "settings/OnlineServicesPage.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsDialog.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"

#include "TestDatabases.h"
#include "UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using paydesk::test::TestDatabases;
using paydesk::test::UiLanguage;

namespace {

const QString manager = u"manager"_s;
const QDateTime now(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC);
const QString url = u"https://pay.instamed.com/lakeside.dental"_s;

void configure(const core::Database &db)
{
    core::PracticeSettings(db).set(
            manager, {{u"portal.clearinghouse"_s, u"instamed"_s}, {u"portal.instamed_alias"_s, u"lakeside.dental"_s}});
}

// The report folder `folder` set, and one EOD file in it: Rivera's 60.00 (TX1) posts; TX2 is
// for an account that does not exist and TX3's patient is not a member of Rivera's family:
// two exceptions.
void reportFolder(const core::Database &db, const QString &folder, qint64 rivera)
{
    core::PracticeSettings(db).set(manager, u"portal.report_folder"_s, folder);
    const QString account = QString::number(rivera);
    QFile file(QDir(folder).filePath(u"eod_20260105.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::eodFile(
            {test::eodRecord({{16, account}}),
             test::eodRecord({{9, u"TX2"_s}, {10, u"AUTH2"_s}, {7, u"25.00"_s}, {16, u"999"_s}}),
             test::eodRecord({{9, u"TX3"_s}, {10, u"AUTH3"_s}, {7, u"40.00"_s}, {13, u"Smith"_s}, {16, account}})}));
}

core::portal::FetchSummary expectedSummary()
{
    core::portal::FetchSummary summary;
    summary.files = 1;
    summary.posted = 1;
    summary.postedTotal = core::Money::fromCents(6000);
    summary.exceptions = 2;
    return summary;
}

QString messageOf(const QWidget &widget, const QString &name)
{
    const auto *label = widget.findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

class tst_PortalDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preferencesPage_data();
    void preferencesPage();
    void balanceDueUntilConfigured_data();
    void balanceDueUntilConfigured();
    void balanceDuePage_data();
    void balanceDuePage();
    void qrOnScreenScans();
    void frontDeskReadsOnly_data();
    void frontDeskReadsOnly();
    void openAccountFromTheMenu_data();
    void openAccountFromTheMenu();
    void fetchFromTheDesk_data();
    void fetchFromTheDesk();
    void matchAndDismiss_data();
    void matchAndDismiss();
    void screenshots_data();
    void screenshots();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_PortalDesk::initTestCase()
{
    useTestSettings(m_settings, u"tst_portaldesk"_s);
}

void tst_PortalDesk::preferencesPage_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// The four keys, typed: a bad alias is refused beside its field and nothing is stored; once
// right, Save stores the page and the Pay Now address shows instead of what was missing.
void tst_PortalDesk::preferencesPage()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    core::PracticeSettings(*db).set(manager, u"practice.time_zone"_s, u"America/Chicago"_s);
    ui::SettingsDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    ui::OnlineServicesPage *page = dialog.onlineServicesPage();
    // Alt+V (the tab's mnemonic) shows the page; the cursor starts in the clearinghouse.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
    QCOMPARE(dialog.tabs()->currentWidget(), page);
    page->firstField()->setFocus();
    QVERIFY(page->linkText().contains(u"portal.clearinghouse is not set"_s));
    // Until its zone is set, the report's zone is the practice's.
    QCOMPARE(page->findChild<QComboBox *>(u"portal.time_zone"_s)->currentText(), u"America/Chicago"_s);

    auto *clearinghouse = page->findChild<QComboBox *>(u"portal.clearinghouse"_s);
    QCOMPARE(focused(), clearinghouse);
    QTest::keyClick(clearinghouse, Qt::Key_Down);
    QCOMPARE(clearinghouse->currentData().toString(), u"instamed"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    auto *alias = page->findChild<QLineEdit *>(u"portal.instamed_alias"_s);
    QCOMPARE(focused(), alias);
    typeText(u"lakeside dental"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    // A mnemonic clicks its button after a moment.
    QTRY_VERIFY2(messageOf(*page, u"portal.instamed_alias.error"_s).contains(u"portal.instamed_alias"_s),
                 qPrintable(errorsOf(dialog)));
    QCOMPARE(focused(), alias);
    QCOMPARE(core::PracticeSettings(*db).value(u"portal.clearinghouse"_s), QString());
    QVERIFY(!page->linkText().contains(url));

    // Corrected: the message goes as the field is right, and Save stores the page.
    alias->selectAll();
    typeText(u"lakeside.dental"_s);
    QCOMPARE(messageOf(*page, u"portal.instamed_alias.error"_s), QString());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), page->findChild<QLineEdit *>(u"portal.report_folder"_s));
    typeText(u"/srv/instamed"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(page->status(), u"The online patient services are saved."_s);
    QCOMPARE(errorsOf(dialog), QString());
    const core::PracticeSettings stored(*db);
    QCOMPARE(stored.value(u"portal.clearinghouse"_s), u"instamed"_s);
    QCOMPARE(stored.value(u"portal.instamed_alias"_s), u"lakeside.dental"_s);
    QCOMPARE(stored.value(u"portal.report_folder"_s), u"/srv/instamed"_s);
    QCOMPARE(page->linkText(), url);
    // The zone shown was the practice's default: saving the page did not store it.
    for (const core::Setting &setting : stored.list()) {
        if (QLatin1String(setting.spec->key) == u"portal.time_zone")
            QVERIFY(setting.isDefault);
    }
}

void tst_PortalDesk::balanceDueUntilConfigured_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Before the link is configured the families owing still list, but the page says what is
// missing, and there is no address, QR code, link to copy or CSV.
void tst_PortalDesk::balanceDueUntilConfigured()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    core::PracticeSettings(*db).set(manager, u"portal.clearinghouse"_s, u"instamed"_s);
    const qint64 family = addOwingFamily(*db, u"Moreau"_s, u"Ana"_s, 12000, QDate(2026, 5, 2));
    ui::OnlinePaymentsDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    ui::BalanceDuePage *page = dialog.balanceDuePage();
    QVERIFY(page->banner()->isVisible());
    QVERIFY2(page->banner()->text().contains(u"portal.instamed_alias is not set"_s), qPrintable(page->banner()->text()));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->row(0).familyId, family);
    QVERIFY(page->view()->isColumnHidden(ui::BalanceDueModel::PayUrl));
    QVERIFY(!page->qrCode()->isVisible());
    QVERIFY(!page->findChild<QPushButton *>(u"copyLink"_s)->isVisible());
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"due.csv"_s);
    QVERIFY(!page->exportTo(csv));
    QVERIFY2(errorsOf(dialog).contains(u"portal.instamed_alias is not set"_s), qPrintable(errorsOf(dialog)));
    QVERIFY(!QFile::exists(csv));
}

void tst_PortalDesk::balanceDuePage_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Configured: the list a page at a time, its QR code scans to the address with the chosen
// family's account number beside it, Copy link, Export CSV writes the CLI's file.
void tst_PortalDesk::balanceDuePage()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    configure(*db);
    QList<qint64> families;
    for (int i = 0; i < 5; ++i)
        families << addOwingFamily(*db, u"Family%1"_s.arg(i), u"Ana"_s, 1000 * (i + 1), QDate(2026, 5, 2));
    addOwingFamily(*db, u"Paid"_s, u"Tom"_s, 0, QDate(2026, 5, 2)); // owes nothing: not listed

    // A page at a time, as the view scrolls (the page's own model fills a whole view at once).
    ui::BalanceDueModel checked;
    checked.setPageSize(2);
    checked.setRows(core::BalanceDueList(*db).read(manager));
    QCOMPARE(checked.total(), 5);
    QCOMPARE(checked.rowCount(), 2);
    QVERIFY(checked.canFetchMore({}));
    checked.fetchMore({});
    QCOMPARE(checked.rowCount(), 4);
    checked.fetchMore({});
    QCOMPARE(checked.rowCount(), 5);
    QVERIFY(!checked.canFetchMore({}));
    checked.setRows(core::BalanceDueList(*db).read(manager));
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.fetchAll();
    QCOMPARE(checked.rowCount(), 5);

    ui::OnlinePaymentsDialog dialog(*db, manager);
    ui::BalanceDuePage *page = dialog.balanceDuePage();
    QVERIFY(showActive(dialog));
    QVERIFY(!page->banner()->isVisible());
    QCOMPARE(page->model()->rowCount(), 5);
    const QModelIndex balance = page->model()->index(1, ui::BalanceDueModel::Balance);
    QCOMPARE(balance.data(ui::ExportRole).toString(), u"20.00"_s);
    QCOMPARE(page->model()->index(1, ui::BalanceDueModel::PayUrl).data().toString(), url);
    QCOMPARE(focused(), page->view());

    // The list from the keyboard: Down chooses a family, whose account number shows by the code.
    QTest::keyClick(page->view(), Qt::Key_Home);
    QTest::keyClick(page->view(), Qt::Key_Down);
    QCOMPARE(page->view()->currentId(), families[1]);
    QVERIFY(page->qrCode()->isVisible());
    QVERIFY(page->qrCode()->hasCode());
    QCOMPARE(page->qrCode()->text(), url);
    QCOMPARE(messageOf(*page, u"accountToEnter"_s), u"Account number to enter: %1"_s.arg(families[1]));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), url); // a mnemonic clicks its button after a moment

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"due.csv"_s);
    QVERIFY(page->exportTo(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first().trimmed(), u"family,guarantor,balance,pay_url"_s);
    QCOMPARE(lines.at(2).trimmed(), u"%1,\"Family1, Ana\",20.00,%2"_s.arg(families[1]).arg(url));
}

// The code as the screen shows it, at the size the page gives it at 1024x600, scans to the
// address (zbarimg reads it from the widget's own pixels).
void tst_PortalDesk::qrOnScreenScans()
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QSKIP("zbarimg is missing: installer/deps.sh installs zbar-tools");
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(u"sqlite"_s);
    configure(*db);
    addOwingFamily(*db, u"Moreau"_s, u"Ana"_s, 12000, QDate(2026, 5, 2));
    ui::OnlinePaymentsDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    QTemporaryDir dir;
    const QString png = dir.filePath(u"screen.png"_s);
    QVERIFY(dialog.balanceDuePage()->qrCode()->grab().save(png));
    QProcess scan;
    scan.start(zbarimg, {u"--raw"_s, u"-q"_s, png});
    QVERIFY(scan.waitForFinished());
    QCOMPARE(QString::fromUtf8(scan.readAllStandardOutput()).trimmed(), url);
}

void tst_PortalDesk::frontDeskReadsOnly_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Front desk sees the list and the page's settings, but may neither export the list nor
// change the settings (a billing manager's keys).
void tst_PortalDesk::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    configure(*db);
    addOwingFamily(*db, u"Moreau"_s, u"Ana"_s, 12000, QDate(2026, 5, 2));
    core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, u"desk"_s, core::Role::FrontDesk, u"desk-password"_s);

    ui::OnlinePaymentsDialog dialog(*db, u"desk"_s);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.balanceDuePage()->model()->rowCount(), 1);
    QTemporaryDir dir;
    QVERIFY(!dialog.balanceDuePage()->exportTo(dir.filePath(u"due.csv"_s)));
    QVERIFY2(errorsOf(dialog).contains(u"billing manager"_s), qPrintable(errorsOf(dialog)));

    // Fetching, matching and dismissing are a billing manager's work.
    for (QPushButton *button :
         {dialog.fetchButton(), dialog.exceptionsPage()->matchButton(), dialog.exceptionsPage()->dismissButton()}) {
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(u"billing manager"_s));
    }

    ui::OnlineServicesPage page(*db, u"desk"_s);
    QVERIFY(page.status().contains(u"billing manager"_s));
    QVERIFY(!page.findChild<QLineEdit *>(u"portal.instamed_alias"_s)->isEnabled());
}

void tst_PortalDesk::openAccountFromTheMenu_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Billing > Online Payments is on the desk's menu; Enter on a family opens it on the desk.
void tst_PortalDesk::openAccountFromTheMenu()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    configure(*db);
    addOwingFamily(*db, u"Moreau"_s, u"Ana"_s, 12000, QDate(2026, 5, 2));
    const qint64 baker = addOwingFamily(*db, u"Baker"_s, u"Tom"_s, 3000, QDate(2026, 5, 2));
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    QAction *action = window.findChild<QAction *>(u"onlinePayments"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QPointer<QTimer> answer = whenModal<ui::OnlinePaymentsDialog>([&](ui::OnlinePaymentsDialog *dialog) {
        QTest::keyClick(dialog->balanceDuePage()->view(), Qt::Key_Home);
        QTest::keyClick(dialog->balanceDuePage()->view(), Qt::Key_Down);
        QTest::keyClick(dialog->balanceDuePage()->view(), Qt::Key_Return);
        if (dialog->isVisible())
            dialog->reject();
    });
    action->trigger();
    delete answer;
    QCOMPARE(window.accountView()->familyId(), baker);
}

void tst_PortalDesk::fetchFromTheDesk_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// Fetch and Process Reports from Billing > Online Payments: the summary in the page and in the
// desk's status bar, the exceptions' tab counting the open ones, the file listed; the account
// on the desk shows the payment. Fetching again reads nothing new.
void tst_PortalDesk::fetchFromTheDesk()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    configure(*db);
    const qint64 rivera = addOwingFamily(*db, u"Rivera"_s, u"Ana"_s, 10000, QDate(2026, 1, 2));
    QTemporaryDir folder;
    reportFolder(*db, folder.path(), rivera);
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    QVERIFY(window.accountView()->openFamily(rivera));

    QString status;
    QString exceptionsTab;
    qint64 files = 0;
    qint64 fileExceptions = 0;
    bool enabled = false;
    QPointer<QTimer> answer = whenModal<ui::OnlinePaymentsDialog>([&](ui::OnlinePaymentsDialog *dialog) {
        // Clicked, not Alt+P: the window may not be active yet; the fetch runs to its end.
        enabled = dialog->fetchButton()->isEnabled();
        QTest::mouseClick(dialog->fetchButton(), Qt::LeftButton);
        status = dialog->fetchStatus();
        exceptionsTab = dialog->tabs()->tabText(dialog->tabs()->indexOf(dialog->exceptionsPage()));
        files = dialog->filesPage()->model()->rowCount();
        if (files)
            fileExceptions = dialog->filesPage()->model()->row(0).counts.exceptions;
        dialog->reject();
    });
    window.findChild<QAction *>(u"onlinePayments"_s)->trigger();
    delete answer;
    QVERIFY(enabled);
    const QString line = expectedSummary().line();
    QCOMPARE(status, line);
    QCOMPARE(window.statusBar()->currentMessage(), line);
    QCOMPARE(exceptionsTab, u"E&xceptions (2)"_s);
    QCOMPARE(files, 1);
    QCOMPARE(fileExceptions, 2);
    // The desk read the account again: 100.00 owed, 60.00 paid online.
    QCOMPARE(core::AccountReader(window.database()).load(rivera).balance(), core::Money::fromCents(4000));

    // Billing > Fetch and Process Reports opens the page fetching: the next day's file posts,
    // the one read before is skipped whole.
    QFile next(QDir(folder.path()).filePath(u"eod_20260106.txt"_s));
    QVERIFY(next.open(QIODevice::WriteOnly));
    next.write(test::eodFile({test::eodRecord({{9, u"TX4"_s},
                                               {10, u"AUTH4"_s},
                                               {7, u"10.00"_s},
                                               {11, u"20260106101500"_s},
                                               {16, QString::number(rivera)}})}));
    next.close();
    answer = whenModal<ui::OnlinePaymentsDialog>([](ui::OnlinePaymentsDialog *dialog) { dialog->reject(); });
    window.findChild<QAction *>(u"fetchReports"_s)->trigger();
    delete answer;
    core::portal::FetchSummary nextDay;
    nextDay.files = 1;
    nextDay.filesSkipped = 1;
    nextDay.posted = 1;
    nextDay.postedTotal = core::Money::fromCents(1000);
    QCOMPARE(window.statusBar()->currentMessage(), nextDay.line());
    QCOMPARE(core::AccountReader(window.database()).load(rivera).balance(), core::Money::fromCents(3000));

    ui::OnlinePaymentsDialog again(window.database(), manager);
    QVERIFY(showActive(again));
    QVERIFY(again.fetch());
    core::portal::FetchSummary nothing;
    nothing.filesSkipped = 2;
    QCOMPARE(again.fetchStatus(), nothing.line());
}

void tst_PortalDesk::matchAndDismiss_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

// The exceptions queue: Match… searches from the record's account number, and Enter on the
// family's patient posts it in one click; Dismiss… needs a reason and closes the other.
// Resolved ones show only with Show resolved.
void tst_PortalDesk::matchAndDismiss()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    configure(*db);
    const qint64 rivera = addOwingFamily(*db, u"Rivera"_s, u"Ana"_s, 10000, QDate(2026, 1, 2));
    const qint64 smith = addOwingFamily(*db, u"Smith"_s, u"Joe"_s, 5000, QDate(2026, 1, 2));
    QTemporaryDir folder;
    reportFolder(*db, folder.path(), rivera);
    ui::OnlinePaymentsDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.fetch());
    ui::PortalExceptionsPage *page = dialog.exceptionsPage();
    QCOMPARE(dialog.tabs()->currentWidget(), page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 2);
    // The record as the file has it, under the list.
    QVERIFY(page->view()->selectId(page->model()->row(1).id));
    QVERIFY(page->findChild<QPlainTextEdit *>(u"raw"_s)->toPlainText().contains(u"|TX3|"_s));
    const qint64 mismatch = page->model()->row(1).id;

    // TX3 (Smith's 40.00 on Rivera's account) belongs to the Smiths: matched from a search.
    QString searched;
    QPointer<QTimer> answer = whenModal<ui::PortalMatchDialog>([&](ui::PortalMatchDialog *match) {
        searched = match->search()->searchEdit()->text();
        match->search()->searchEdit()->selectAll();
        QTest::keyClicks(match->search()->searchEdit(), u"Smith"_s);
        QTest::keyClick(match->search()->searchEdit(), Qt::Key_Return);
        if (match->isVisible())
            match->reject();
    });
    QTest::keyClick(page->view(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(answer.isNull());
    delete answer;
    QCOMPARE(searched, QString::number(rivera)); // where the record points
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(core::portal::PortalExceptionQueue(*db, manager).find(mismatch)->familyId, smith);
    QCOMPARE(core::AccountReader(*db).load(smith).balance(), core::Money::fromCents(1000));
    QVERIFY(dialog.changed());
    QCOMPARE(dialog.fetchStatus(), u"Exception #%1 posted on account %2."_s.arg(mismatch).arg(smith));

    // The unknown account: dismissed, with a reason typed.
    const qint64 unknown = page->model()->row(0).id;
    QVERIFY(page->view()->selectId(unknown));
    bool enabledWithoutReason = true;
    answer = whenModal<ui::PortalDismissDialog>([&](ui::PortalDismissDialog *dismiss) {
        enabledWithoutReason = dismiss->findChild<QPushButton *>(u"dismiss"_s)->isEnabled();
        QTest::keyClicks(dismiss->reasonEdit(), u"Paid at another practice"_s);
        QTest::keyClick(dismiss->reasonEdit(), Qt::Key_Return);
        if (dismiss->isVisible())
            dismiss->reject();
    });
    QVERIFY(showActive(dialog)); // the window the match dialog left, as the window system gives it back
    QTest::keyClick(page->view(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(page->model()->rowCount(), 0);
    delete answer;
    QVERIFY(!enabledWithoutReason);
    const auto dismissed = core::portal::PortalExceptionQueue(*db, manager).find(unknown);
    QCOMPARE(dismissed->status, core::portal::PortalException::Status::Dismissed);
    QCOMPARE(dismissed->resolution, u"Paid at another practice"_s);
    QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(page)), u"E&xceptions (0)"_s);

    page->showAllBox()->setChecked(true);
    QCOMPARE(page->model()->rowCount(), 2);
}

void tst_PortalDesk::screenshots_data()
{
    UiLanguage::addRows();
}

// The pages over the desk, with PAYDESK_SCREENSHOT_DIR set (the screenshot tour's names):
// each must fit the 1024x600 screen, in English and in Spanish.
void tst_PortalDesk::screenshots()
{
    QFETCH(QString, language);
    const UiLanguage ui(language);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(u"sqlite"_s);
    const QStringList names = {u"Moreau"_s, u"Baker"_s, u"Okafor"_s, u"Diaz"_s, u"Lindqvist"_s, u"Nguyen"_s};
    for (int i = 0; i < names.size(); ++i)
        addOwingFamily(*db, names[i], u"Ana"_s, 4500 + 1250 * i, QDate(2026, 5, 2));
    const qint64 rivera = addOwingFamily(*db, u"Rivera"_s, u"Ana"_s, 10000, QDate(2026, 1, 2));
    core::PracticeSettings(*db).set(manager, u"portal.clearinghouse"_s, u"instamed"_s);
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1024, 600));
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    const auto save = [&](QWidget &shown, const QString &name) { saveOverDesk(window, shown, name, language); };

    {
        ui::OnlinePaymentsDialog missing(window.database(), manager, &window);
        save(missing, u"online-payments-missing"_s);
    }
    ui::SettingsDialog settings(window.database(), manager, &window);
    settings.tabs()->setCurrentWidget(settings.onlineServicesPage());
    save(settings, u"settings-online-services-missing"_s);
    configure(window.database());
    settings.onlineServicesPage()->reload();
    save(settings, u"settings-online-services"_s);
    settings.close();

    ui::OnlinePaymentsDialog page(window.database(), manager, &window);
    QVERIFY(showActive(page));
    QTest::keyClick(page.balanceDuePage()->view(), Qt::Key_Home);
    QTest::keyClick(page.balanceDuePage()->view(), Qt::Key_Down);
    save(page, u"online-payments"_s);

    QTemporaryDir folder;
    reportFolder(window.database(), folder.path(), rivera);
    QVERIFY(page.fetch());
    ui::PortalExceptionsPage *exceptions = page.exceptionsPage();
    QVERIFY(exceptions->view()->selectId(exceptions->model()->row(1).id));
    save(page, u"online-payments-exceptions"_s);
    ui::PortalMatchDialog match(window.database(), manager, exceptions->model()->row(1), &page);
    save(match, u"portal-match"_s);
    match.close();
    ui::PortalDismissDialog dismiss(
            window.database(), manager, exceptions->model()->row(0).id, exceptions->model()->row(0).reason, &page);
    save(dismiss, u"portal-dismiss"_s);
    dismiss.close();
    page.tabs()->setCurrentWidget(page.filesPage());
    save(page, u"online-payments-files"_s);
}

int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_PortalDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_portaldesk.moc"
