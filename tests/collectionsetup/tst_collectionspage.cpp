// Settings > Collections under the offscreen platform: the Collection Status Table, the
// Patient Collections Integration, billing groups and the webPAY lists typed into the real
// widgets, and what the core services then read back from a real SQLite file and a real
// PostgreSQL database.

#include "SetUpDesk.h"
#include "TestDatabases.h"

#include "ListTableView.h"
#include "collections/BillingGroups.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionsPolicy.h"
#include "collections/WebPayLists.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "models/CollectionCodesModel.h"
#include "settings/BillingGroupsPanel.h"
#include "settings/CollectionCodesPage.h"
#include "settings/CollectionsSettingsPage.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/WebPayListPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using test::TestDatabases;

namespace {

using test::setup::manager;

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Chooses the item of `combo` whose data is `code` ("" for "(none)") as the clerk does, with
// Home and the arrow keys.
void choose(QComboBox *combo, const QString &code)
{
    combo->setFocus();
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), code);
}

QString message(QWidget *page, const QString &name)
{
    const ui::ErrorLabel *label = child<ui::ErrorLabel>(page, name);
    return label && label->isVisibleTo(page) ? label->text() : QString();
}

// The table as JSON lines, comparable in one QCOMPARE.
QStringList table(const core::Database &db)
{
    QStringList rows;
    for (const core::CollectionCode &c : core::CollectionCodeTable(db, manager).list())
        rows << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
    return rows;
}

} // namespace

class tst_CollectionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusTableByKeyboard_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void statusTableByKeyboard();
    void codeRefusedBesideTheField_data();
    void codeRefusedBesideTheField();
    void integrationSaves_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void integrationSaves();
    void groupsAndWebPayLists_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void groupsAndWebPayLists();
    void frontDeskSeesItReadOnly();
    void fitsTheSmallestScreen();

private:
    std::unique_ptr<core::Database> defaults(const QString &backend);

    TestDatabases m_dbs;
};

void tst_CollectionsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<core::Database> tst_CollectionsPage::defaults(const QString &backend)
{
    auto db = m_dbs.fresh(backend);
    core::CollectionCodeTable(*db, manager).addDefaults();
    return db;
}

void tst_CollectionsPage::statusTableByKeyboard()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    ui::SettingsDialog dialog(*db, manager);
    ui::CollectionsSettingsPage *page = dialog.collectionsPage();
    dialog.tabs()->setCurrentWidget(page);
    dialog.show();
    ui::CollectionCodesPage *codes = page->codes();

    // New code, typed: AG first, then IC transferring to it after 30 days.
    QTest::mouseClick(child<QPushButton>(codes, u"new"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(codes, u"code"_s), u"ag"_s);
    retype(child<QLineEdit>(codes, u"description"_s), u"Agency"_s);
    QVERIFY(codes->save());
    QCOMPARE(codes->status(), u"Saved AG."_s);
    codes->startNew();
    QTest::keyClicks(child<QLineEdit>(codes, u"code"_s), u"IC"_s);
    retype(child<QLineEdit>(codes, u"description"_s), u"Initial collection"_s);
    auto *days = child<QSpinBox>(codes, u"days"_s);
    retype(days->findChild<QLineEdit *>(), u"30"_s);
    choose(child<QComboBox>(codes, u"next"_s), u"AG"_s);
    QVERIFY(codes->save());
    const std::optional<core::CollectionCode> ic = core::CollectionCodeTable(*db, manager).find(u"IC"_s);
    QVERIFY(ic.has_value());
    QCOMPARE(ic->daysToRemain, 30);
    QCOMPARE(ic->nextCode, u"AG"_s);
    QCOMPARE(codes->model()->rowCount(), 2);
    // The integration's lists have the new codes at once.
    auto *initial = child<QComboBox>(page, u"collections.initial_status"_s);
    QCOMPARE(initial->count(), 3);
    QCOMPARE(initial->itemData(2).toString(), u"IC"_s);

    // Editing the selected code: its code is read-only, its transfer cannot be itself.
    QCOMPARE(child<QLineEdit>(codes, u"code"_s)->text(), u"IC"_s);
    QVERIFY(child<QLineEdit>(codes, u"code"_s)->isReadOnly());
    QCOMPARE(child<QComboBox>(codes, u"next"_s)->findData(u"IC"_s), -1);
    // Deleting AG asks first, and is refused while IC transfers to it.
    const auto confirmDelete = [&] {
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->findChild<QPushButton *>(u"confirmRemove"_s)->click();
        });
        QTest::mouseClick(child<QPushButton>(codes, u"remove"_s), Qt::LeftButton);
    };
    codes->list()->setCurrentIndex(codes->list()->model()->index(0, 0));
    QCOMPARE(child<QLineEdit>(codes, u"code"_s)->text(), u"AG"_s);
    confirmDelete();
    QCOMPARE(codes->errors()->text(), u"Code AG is the Transfer to Next Status Code of IC."_s);
    QVERIFY(core::CollectionCodeTable::exists(*db, u"AG"_s));

    codes->list()->setCurrentIndex(codes->list()->model()->index(1, 0));
    choose(child<QComboBox>(codes, u"next"_s), QString());
    QVERIFY(codes->save());
    QCOMPARE(core::CollectionCodeTable(*db, manager).find(u"IC"_s)->nextCode, QString());
    codes->list()->setCurrentIndex(codes->list()->model()->index(0, 0));
    confirmDelete();
    QCOMPARE(codes->status(), u"Deleted AG."_s);
    QVERIFY(!core::CollectionCodeTable::exists(*db, u"AG"_s));
    QCOMPARE(initial->count(), 2);
}

void tst_CollectionsPage::codeRefusedBesideTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("code");        // empty: edit IC
    QTest::addColumn<QString>("description"); // typed over the form's
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("field");       // the message label
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("corrected");   // the description typed, or the transfer chosen
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        row("code with a dash") << u"A-1"_s << u"Dash"_s << QString() << u"codeMessage"_s
                                << u"Code: \"A-1\" is not a collection status code; write 1 to 3 letters or digits."_s
                                << QString();
        row("code there already") << u"ag"_s << u"Again"_s << QString() << u"codeMessage"_s
                                  << u"Code: AG is already in the Collection Status Table."_s << QString();
        row("empty description") << u"X"_s << QString() << QString() << u"descriptionMessage"_s
                                 << u"Description of X: the description is empty."_s << u"Extra"_s;
        row("transfer loop") << QString() << u"Initial collection"_s << u"NDF"_s << u"nextMessage"_s
                             << u"Transfer to Next Status Code of IC: NDF would make a transfer loop (IC -> NDF -> IC)."_s
                             << u"C2"_s;
    }
}

void tst_CollectionsPage::codeRefusedBesideTheField()
{
    QFETCH(QString, backend);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QString, next);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, corrected);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = defaults(backend);
    ui::CollectionCodesPage codes(*db, manager);
    codes.show();
    const QStringList before = table(*db);
    if (code.isEmpty()) {
        const QList<core::CollectionCode> &shown = codes.model()->codes();
        const auto ic = std::find_if(shown.begin(), shown.end(), [](const auto &c) { return c.code == u"IC"; });
        const int row = int(ic - shown.begin());
        codes.list()->setCurrentIndex(codes.list()->proxy()->mapFromSource(codes.model()->index(row, 0)));
    } else {
        codes.startNew();
        QTest::keyClicks(child<QLineEdit>(&codes, u"code"_s), code);
    }
    retype(child<QLineEdit>(&codes, u"description"_s), description);
    if (!next.isEmpty())
        choose(child<QComboBox>(&codes, u"next"_s), next);

    QVERIFY(!codes.save());
    QCOMPARE(::message(&codes, field), message);
    QCOMPARE(codes.status(), QString());
    QCOMPARE(table(*db), before);
    if (corrected.isEmpty())
        return;
    // Corrected, the message goes as the clerk types or chooses, before any save.
    if (field == u"nextMessage")
        choose(child<QComboBox>(&codes, u"next"_s), corrected);
    else
        QTest::keyClicks(child<QLineEdit>(&codes, u"description"_s), corrected);
    QCOMPARE(::message(&codes, field), QString());
    QVERIFY(codes.save());
}

void tst_CollectionsPage::integrationSaves()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = defaults(backend);
    core::PracticeSettings(*db).set(manager, u"collections.initial_status"_s, QString());
    ui::CollectionsSettingsPage page(*db, manager);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *minimum = child<ui::MoneyEdit>(&page, u"collections.min_amount"_s);
    QCOMPARE(minimum->text(), u"25.00"_s);
    QCOMPARE(child<QComboBox>(&page, u"collections.initial_status"_s)->currentData().toString(), QString());
    QCOMPARE(child<QComboBox>(&page, u"collections.nd_plan_code"_s)->currentData().toString(), u"ND"_s);

    // An amount with three decimals is refused beside its field, nothing stored.
    retype(minimum, u"12.345"_s);
    QVERIFY(!page.save());
    QVERIFY2(::message(&page, u"collections.min_amount.error"_s).startsWith(u"collections.min_amount: "_s),
             qPrintable(::message(&page, u"collections.min_amount.error"_s)));
    QCOMPARE(core::PracticeSettings(*db).value(u"collections.min_amount"_s), u"25.00"_s);
    retype(minimum, u"$1,234.5"_s);
    QCOMPARE(::message(&page, u"collections.min_amount.error"_s), QString());
    retype(child<QLineEdit>(&page, u"collections.delinquent_days"_s), u"60"_s);
    choose(child<QComboBox>(&page, u"collections.initial_status"_s), u"IC"_s);
    // Alt+V saves the integration (Alt+S is the status table's Save).
    QTest::keyClick(child<QComboBox>(&page, u"collections.initial_status"_s), Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(page.status(), u"The collections integration is saved."_s); // after the button's press animation
    const core::CollectionsPolicy policy = core::CollectionsPolicy::read(*db);
    QCOMPARE(policy.minAmount.toString(), u"1234.50"_s);
    QCOMPARE(policy.delinquentDays, 60);
    QCOMPARE(policy.initialStatus, u"IC"_s);
    QVERIFY(policy.enabled());
    QCOMPARE(minimum->text(), u"1,234.50"_s);

    // Days out of range: the core's message under the field.
    retype(child<QLineEdit>(&page, u"collections.delinquent_days"_s), u"1000"_s);
    QVERIFY(!page.save());
    QVERIFY(!::message(&page, u"collections.delinquent_days.error"_s).isEmpty());
    QCOMPARE(core::CollectionsPolicy::read(*db).delinquentDays, 60);
}

void tst_CollectionsPage::groupsAndWebPayLists()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    ui::CollectionsSettingsPage page(*db, manager);
    page.show();
    ui::BillingGroupsPanel *groups = page.billingGroups();
    QCOMPARE(groups->shown(), QStringList{u"Default"_s});
    QTest::keyClicks(child<QLineEdit>(groups, u"groupName"_s), u"Self-pay"_s);
    QTest::mouseClick(child<QCheckBox>(groups, u"groupSuppress"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(groups, u"groupAdd"_s), Qt::LeftButton);
    QCOMPARE(groups->shown(), (QStringList{u"Default"_s, u"Self-pay (suppressed)"_s}));
    // Checking a group's box stores it at once.
    auto *list = child<QListWidget>(groups, u"groups"_s);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(groups->shown(), (QStringList{u"Default (suppressed)"_s, u"Self-pay (suppressed)"_s}));
    QVERIFY(core::BillingGroups(*db, manager).list().at(0).suppressCollections);
    // A name there already explains itself under the field.
    retype(child<QLineEdit>(groups, u"groupName"_s), u"default"_s);
    QVERIFY(!groups->add());
    QCOMPARE(::message(groups, u"groupNameMessage"_s), u"Billing group: \"Default\" exists already."_s);

    ui::WebPayListPanel *merchants = page.merchants();
    QTest::keyClicks(child<QLineEdit>(merchants, u"merchantName"_s), u"Riverside Dental"_s);
    QTest::mouseClick(child<QPushButton>(merchants, u"merchantAdd"_s), Qt::LeftButton);
    QCOMPARE(merchants->names(), QStringList{u"Riverside Dental"_s});
    QTest::keyClicks(child<QLineEdit>(page.methods(), u"methodName"_s), u"Visa"_s);
    QVERIFY(page.methods()->add());
    retype(child<QLineEdit>(page.methods(), u"methodName"_s), u"VISA"_s);
    QVERIFY(!page.methods()->add());
    QCOMPARE(::message(page.methods(), u"methodNameMessage"_s), u"Payment Method: \"Visa\" is already in the list."_s);
    QCOMPARE(core::WebPayLists(*db, manager).names(core::WebPayLists::List::Methods), QStringList{u"Visa"_s});
}

void tst_CollectionsPage::frontDeskSeesItReadOnly()
{
    auto db = defaults(u"sqlite"_s);
    test::setup::addFrontDeskClerk(*db);
    ui::CollectionsSettingsPage page(*db, u"clerk"_s);
    page.show();
    QCOMPARE(page.codes()->model()->rowCount(), 7);
    QVERIFY(!child<QLineEdit>(page.codes(), u"description"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(page.codes(), u"save"_s)->isVisible());
    QVERIFY(page.codes()->status().contains(u"billing manager"_s));
    QVERIFY(!child<QComboBox>(&page, u"collections.initial_status"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(page.billingGroups(), u"groupName"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(page.merchants(), u"merchantName"_s)->isVisible());
    QCOMPARE(page.billingGroups()->shown(), QStringList{u"Default"_s});
}

// The Settings window on its Collections page at its own size and on a 1024x600 screen:
// the page scrolls rather than squeezing its lists to nothing. PAYDESK_SCREENSHOT_DIR keeps
// the pictures.
void tst_CollectionsPage::fitsTheSmallestScreen()
{
    auto db = defaults(u"sqlite"_s);
    core::WebPayLists(*db, manager).add(core::WebPayLists::List::Merchants, u"Riverside Dental"_s);
    core::WebPayLists(*db, manager).add(core::WebPayLists::List::Methods, u"Visa"_s);
    core::BillingGroups(*db, manager).add(u"Self-pay"_s, true);
    ui::SettingsDialog dialog(*db, manager);
    dialog.tabs()->setCurrentWidget(dialog.collectionsPage());
    QTemporaryDir scratch;
    const QDir target(qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR", scratch.path()));
    for (const QSize size : {dialog.size(), QSize(1024, 600)}) {
        dialog.resize(size);
        dialog.show();
        QCoreApplication::processEvents();
        ui::CollectionCodesPage *codes = dialog.collectionsPage()->codes();
        QVERIFY2(codes->list()->height() >= 4 * codes->list()->verticalHeader()->defaultSectionSize(),
                 qPrintable(u"the table is %1 high"_s.arg(codes->list()->height())));
        QVERIFY(dialog.grab().save(target.filePath(u"settings-collections-%1x%2.png"_s.arg(size.width()).arg(size.height()))));
    }
    // The whole page, as scrolling shows it.
    QVERIFY(child<QScrollArea>(&dialog, u"scroll"_s)->widget()->grab().save(target.filePath(u"settings-collections-page.png"_s)));
}

QTEST_MAIN(tst_CollectionsPage)
#include "tst_collectionspage.moc"
