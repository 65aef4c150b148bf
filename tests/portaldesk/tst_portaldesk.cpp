// The online payments desk on real widgets driven from the keyboard at 1024x600, on both
// databases: Settings > Online patient services (the portal.* keys, each field's problem
// beside it, the Pay Now address or what is missing for it), and Billing > Online payments
// (the banner until the link is configured; the lazy balance-due list, its QR code, Copy
// link and the CLI's CSV).
#include "../dialogs/DialogHelpers.h"

#include "ListTableView.h"
#include "MainWindow.h"
#include "models/ItemRoles.h"
#include "portal/BalanceDueList.h"
#include "portal/BalanceDueModel.h"
#include "portal/BalanceDuePage.h"
#include "portal/OnlinePaymentsDialog.h"
#include "portal/QrCodeView.h"
#include "settings/OnlineServicesPage.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsDialog.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"

#include "TestDatabases.h"
#include "UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void frontDeskReadsOnly_data();
    void frontDeskReadsOnly();
    void openAccountFromTheMenu_data();
    void openAccountFromTheMenu();
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
