// The Patient Billing page, its review dialog and the Account view's Patient responsibility
// tab, on real widgets driven from the keyboard, on both databases: a plan enabled by typing
// into the Account view shows on the Payment plans tab; that tab's CSV is the CLI's, with
// ZOLL's header; the lists filter and sort; the review's toggle off returns the family to
// standard billing; a refused plan says why next to the field.
#include "../dialogs/DialogHelpers.h"

#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "TabStrip.h"
#include "UiLanguage.h"
#include "audit/AuditTrail.h"
#include "audit/AuditTrailModel.h"
#include "billing/BillingAccountReader.h"
#include "billing/BillingListModel.h"
#include "billing/BillingListPage.h"
#include "billing/BillingReviewDialog.h"
#include "billing/DailyBillingRun.h"
#include "billing/PatientBillingDialog.h"
#include "billing/PatientResponsibilityPanel.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "print/LedgerText.h"
#include "dialogs/MoneyEdit.h"
#include "models/ItemRoles.h"
#include "import/DemoPractice.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyAddress.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/LedgerCalendar.h"
#include "plans/PlanService.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"

#include "CliRun.h"
#include "TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using core::BillingList;
using paydesk::test::TestDatabases;

namespace {

const QString manager = u"manager"_s;
// The practice's today in every test: the seeded charges and the plans are before it.
const QDateTime now(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC);
const QString plansHeader = u"Account,Guarantor,MontlyPaymentPlanAmount,PlanStart,LastPaymentDate,"
                            u"LastPaymentAmount,DaysSinceLastPayment,LastStatement,Balance,Status"_s;

// A family of one who owes `cents` from a charge of `date`; returns the family.
qint64 addFamily(const core::Database &db, const QString &last, const QString &first, qint64 cents,
                 QDate date = QDate(2026, 3, 2))
{
    return addOwingFamily(db, last, first, cents, date);
}

QList<qint64> familiesShown(const ui::BillingListPage &page)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ui::IdRole).toLongLong();
    return ids;
}

QString firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString messageOf(const QWidget &widget, const QString &name)
{
    const auto *label = widget.findChild<ui::ErrorLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

class tst_BillingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enablePlanFromAccountView_data() { TestDatabases::addBackendTable(); }
    void enablePlanFromAccountView();
    void plansCsvIsTheClis_data() { TestDatabases::addBackendTable(); }
    void plansCsvIsTheClis();
    void frontDeskReadsOnly_data() { TestDatabases::addBackendTable(); }
    void frontDeskReadsOnly();
    void filter_data();
    void filter();
    void sortLoadsTheRest_data() { TestDatabases::addBackendTable(); }
    void sortLoadsTheRest();
    void listModelPages_data() { TestDatabases::addBackendTable(); }
    void listModelPages();
    void reviewToggleOffReturnsToStandardBilling_data() { TestDatabases::addBackendTable(); }
    void reviewToggleOffReturnsToStandardBilling();
    void refusalsNextToTheField_data();
    void refusalsNextToTheField();
    void mailingAddress_data();
    void mailingAddress();
    void screenshots_data() { paydesk::test::UiLanguage::addRows(); }
    void screenshots();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_BillingPage::initTestCase()
{
    useTestSettings(m_settings, u"tst_billingpage"_s);
}

void tst_BillingPage::enablePlanFromAccountView()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db); // owes 40.00
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(family.id));

    // The tab, the toggle, the amount, the start, Save: all from the keyboard.
    account->tabs()->button(account->tabs()->count() - 1)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Space);
    ui::PatientResponsibilityPanel *panel = account->responsibility();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->amountEdit()->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), panel->planToggle());
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(panel->planToggle()->isChecked());
    QCOMPARE(focused(), panel->amountEdit());
    typeText(u"15.00"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), panel->startEdit()->lineEdit());
    typeDate(window, u"planStart"_s, u"2026-05-20"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), panel->saveButton());
    QTest::keyClick(focused(), Qt::Key_Space);
    QCOMPARE(errorsOf(window), QString());

    const core::BillingAccount saved = core::BillingAccountReader(window.database()).account(family.id);
    QVERIFY(saved.plan);
    QCOMPARE(saved.plan->status, core::PaymentPlan::Status::Enabled);
    QCOMPARE(saved.plan->amount, core::Money::fromCents(1500));
    QCOMPARE(saved.plan->start, QDate(2026, 5, 20));
    QCOMPARE(saved.status, core::BillingStatus::PaymentPlan);
    QCOMPARE(panel->startEdit()->isEnabled(), false); // a plan's start is given once

    // Billing > Patient Billing > Payment plans shows it.
    QStringList row;
    QPointer<QTimer> answer = whenModal<ui::PatientBillingDialog>([&](ui::PatientBillingDialog *dialog) {
        dialog->showList(BillingList::Plans);
        ui::BillingListPage *plans = dialog->page(BillingList::Plans);
        const QAbstractItemModel *model = plans->view()->model();
        for (int column = 0; model->rowCount() == 1 && column < model->columnCount(); ++column)
            row << model->index(0, column).data().toString();
        dialog->reject();
    });
    window.findChild<QAction *>(u"patientBilling"_s)->trigger();
    delete answer;
    QCOMPARE(row,
             (QStringList{u"Rivera, Ana"_s, QString::number(family.id), u"15.00"_s, ui::LedgerText::date(QDate(2026, 5, 20)), QString(),
                          QString(), QString(), QString(), u"40.00"_s, u"Payment plan"_s}));
}

void tst_BillingPage::plansCsvIsTheClis()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    auto db = std::make_unique<core::Database>(spec);
    const Family family = seedFamily(*db);
    const qint64 baker = addFamily(*db, u"Baker"_s, u"Tom"_s, 12000);
    core::PlanService(*db, manager).enable(family.id, core::Money::fromCents(1000), QDate(2026, 5, 1));
    core::PlanService(*db, manager).enable(baker, core::Money::fromCents(2500), QDate(2026, 5, 15));

    ui::PatientBillingDialog dialog(*db, manager);
    dialog.showList(BillingList::Plans);
    QVERIFY(showActive(dialog));
    ui::BillingListPage *plans = dialog.page(BillingList::Plans);
    QCOMPARE(plans->model()->rowCount(), 2);
    QTemporaryDir folder;
    const QString desk = folder.filePath(u"desk.csv"_s);
    QVERIFY2(plans->exportTo(desk), qPrintable(errorsOf(dialog)));
    QCOMPARE(firstLine(desk), plansHeader);

    const QString cli = folder.filePath(u"cli.csv"_s);
    const test::CliRun run = test::runCli(TestDatabases::url(spec), manager,
                                          {u"billing"_s, u"list"_s, u"plans"_s, u"--csv"_s, cli});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(contents(desk), contents(cli));
}

void tst_BillingPage::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    core::PlanService(*db, manager).enable(family.id, core::Money::fromCents(1000), QDate(2026, 5, 1));
    // Secured: the front desk reads the lists, but writing a CSV file is the billing manager's.
    core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, clerk, core::Role::FrontDesk, u"clerk-password"_s);

    ui::PatientBillingDialog dialog(*db, clerk);
    dialog.showList(BillingList::Plans);
    QVERIFY(showActive(dialog));
    ui::BillingListPage *plans = dialog.page(BillingList::Plans);
    QCOMPARE(familiesShown(*plans), QList<qint64>{family.id});
    QTemporaryDir folder;
    const QString path = folder.filePath(u"plans.csv"_s);
    QVERIFY(!plans->exportTo(path));
    QVERIFY2(errorsOf(dialog).contains(u"billing manager"_s), qPrintable(errorsOf(dialog)));
    QVERIFY(!QFile::exists(path));

    // The review shows the plan; its toggle says whose it is to change.
    ui::BillingReviewDialog review(*db, clerk, family.id);
    ui::PatientResponsibilityPanel *panel = review.responsibility();
    QVERIFY(panel->planToggle()->isChecked());
    QVERIFY(!panel->planToggle()->isEnabled());
    QVERIFY(!panel->amountEdit()->isEnabled());
    QCOMPARE(panel->planToggle()->toolTip(), u"Needs the billing manager role"_s);
}

void tst_BillingPage::filter_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown"); // last names, in account order
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &typed, const QStringList &shown) {
            QTest::addRow("%s/%s", tag, qPrintable(backend)) << backend << typed << shown;
        };
        row("nothing typed", {}, {u"Rivera"_s, u"Baker"_s, u"Chen"_s, u"Adams"_s});
        row("a last name", u"baker"_s, {u"Baker"_s});
        row("a first name", u"Li"_s, {u"Chen"_s});
        // "#" is replaced by the account of Chen in the test.
        row("an account", u"#"_s, {u"Chen"_s});
        row("nobody", u"Zuckerman"_s, {});
    }
}

void tst_BillingPage::filter()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    addFamily(*db, u"Baker"_s, u"Tom"_s, 12000);
    const qint64 chen = addFamily(*db, u"Chen"_s, u"Li"_s, 7500);
    addFamily(*db, u"Adams"_s, u"Jo"_s, 1000);
    if (typed == u"#"_s)
        typed = QString::number(chen);

    // Not billed yet with a balance: shown as a new balance would be, Queued.
    ui::PatientBillingDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    ui::BillingListPage *queued = dialog.page(BillingList::Queued);
    QCOMPARE(focused(), queued->filterEdit());
    typeText(typed);
    QStringList names;
    for (int row = 0; row < queued->model()->rowCount(); ++row)
        names << queued->model()->account(row).guarantor.section(u',', 0, 0);
    QCOMPARE(names, shown);
    QCOMPARE(errorsOf(dialog), QString());
}

void tst_BillingPage::sortLoadsTheRest()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    const Family rivera = seedFamily(*db); // 40.00
    const qint64 baker = addFamily(*db, u"Baker"_s, u"Tom"_s, 12000);
    const qint64 chen = addFamily(*db, u"Chen"_s, u"Li"_s, 7500);
    const qint64 adams = addFamily(*db, u"Adams"_s, u"Jo"_s, 1000);

    ui::PatientBillingDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    ui::BillingListPage *queued = dialog.page(BillingList::Queued);
    queued->model()->setPageSize(1);
    queued->model()->reload();
    QCOMPARE(queued->model()->rowCount(), 1);
    const int balance = queued->model()->column(ui::BillingListModel::Field::Balance);
    queued->view()->sortByColumn(balance, Qt::DescendingOrder);
    QCOMPARE(familiesShown(*queued), (QList<qint64>{baker, chen, rivera.id, adams}));
    queued->view()->sortByColumn(queued->model()->column(ui::BillingListModel::Field::Guarantor), Qt::AscendingOrder);
    QCOMPARE(familiesShown(*queued), (QList<qint64>{adams, baker, chen, rivera.id}));
}

void tst_BillingPage::listModelPages()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    QList<qint64> families;
    for (int i = 0; i < 5; ++i)
        families << addFamily(*db, u"Family%1"_s.arg(i), u"Pat"_s, 1000 + i);
    ui::BillingListModel model(*db, BillingList::Queued);
    model.setPageSize(2);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    // After the first page: the tester fetches more from inside the reset's signal, which
    // it then takes for an insertion during the reset. It fetches the next page itself.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchAll();
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.account(row).familyId, families[row]);
}

void tst_BillingPage::reviewToggleOffReturnsToStandardBilling()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    core::PlanService(*db, manager).enable(family.id, core::Money::fromCents(1000), QDate(2026, 5, 1));

    ui::PatientBillingDialog dialog(*db, manager);
    QVERIFY(showActive(dialog));
    // Alt+P: the Payment plans tab; Enter in the filter: down to the list; Enter: review.
    QTest::keyClick(focused(), Qt::Key_P, Qt::AltModifier);
    ui::BillingListPage *plans = dialog.page(BillingList::Plans);
    QTRY_VERIFY(plans->isVisible()); // a mnemonic clicks its button after a moment
    QCOMPARE(familiesShown(*plans), QList<qint64>{family.id});
    QCOMPARE(focused(), plans->filterEdit());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), plans->view());
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(plans->view()->currentId(), family.id);

    QString statusShown;
    QStringList auditActions;
    QPointer<QTimer> reason;
    QPointer<QTimer> answer = whenModal<ui::BillingReviewDialog>([&](ui::BillingReviewDialog *review) {
        const auto close = qScopeGuard([review] { review->reject(); }); // also when a check fails
        ui::PatientResponsibilityPanel *panel = review->responsibility();
        QVERIFY(QTest::qWaitForWindowActive(review));
        QTRY_COMPARE(focused(), panel->planToggle());
        QVERIFY(panel->planToggle()->isChecked());
        reason = whenModal<QInputDialog>([](QInputDialog *ask) {
            typeText(u"Paid in full by insurance"_s);
            QTest::keyClick(ask, Qt::Key_Return);
        });
        QTest::keyClick(focused(), Qt::Key_Space); // the toggle off
        statusShown = panel->findChild<QLabel *>(u"billingStatus"_s)->text();
        QVERIFY(!panel->planToggle()->isChecked());
        if (review->auditModel()) {
            // The family's entries, newest first: its plan's among its patients' and charges'.
            for (int row = 0; row < review->auditModel()->rowCount(); ++row) {
                if (const QString action = review->auditModel()->entry(row).action; action.startsWith(u"plan-"_s))
                    auditActions << action;
            }
        }
    });
    QTest::keyClick(focused(), Qt::Key_Return);
    delete answer;
    delete reason;

    // Standard billing at once, without a suspension: no statement was sent yet, so Queued.
    QCOMPARE(statusShown, u"Queued for Submission - Patient statement"_s);
    QCOMPARE(auditActions, (QStringList{u"plan-disable"_s, u"plan-enable"_s}));
    const core::BillingAccount after = core::BillingAccountReader(*db).account(family.id);
    QCOMPARE(after.status, core::BillingStatus::Queued);
    QVERIFY(after.plan);
    QCOMPARE(after.plan->status, core::PaymentPlan::Status::Disabled);
    QCOMPARE(after.plan->endReason, u"Paid in full by insurance"_s);
    QVERIFY(dialog.changedPlans());
    QCOMPARE(familiesShown(*plans), QList<qint64>{});
    dialog.showList(BillingList::Queued);
    QCOMPARE(familiesShown(*dialog.page(BillingList::Queued)), QList<qint64>{family.id});
}

void tst_BillingPage::refusalsNextToTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("label"); // the message beside the field that says why
    QTest::addColumn<QString>("says");  // part of what it says
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &amount, const QString &start, const QString &label,
                             const QString &says) {
            QTest::addRow("%s/%s", tag, qPrintable(backend)) << backend << amount << start << label << says;
        };
        // The family owes 40.00. The plan's rules (core) under the amount; what the field
        // itself cannot read in its own label; the start's range in the date field.
        row("zero", u"0.00"_s, u"2026-05-20"_s, u"planMessage"_s, u"0.00"_s);
        row("negative", u"-5.00"_s, u"2026-05-20"_s, u"planMessage"_s, u"-5.00"_s);
        row("more than the balance", u"40.01"_s, u"2026-05-20"_s, u"planMessage"_s, u"40.00"_s);
        row("three decimals", u"12.345"_s, u"2026-05-20"_s, u"planAmountMessage"_s, u"12.345"_s);
        row("empty", {}, u"2026-05-20"_s, u"planAmountMessage"_s, {});
        row("start after today", u"10.00"_s, u"2026-06-02"_s, u"planStart"_s, {});
        row("start unreadable", u"10.00"_s, u"2026-13-40"_s, u"planStart"_s, {});
    }
}

void tst_BillingPage::refusalsNextToTheField()
{
    QFETCH(QString, backend);
    QFETCH(QString, amount);
    QFETCH(QString, start);
    QFETCH(QString, label);
    QFETCH(QString, says);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    ui::BillingReviewDialog review(*db, manager, family.id);
    QVERIFY(showActive(review));
    ui::PatientResponsibilityPanel *panel = review.responsibility();
    QCOMPARE(focused(), panel->planToggle());
    QTest::keyClick(focused(), Qt::Key_Space);
    typeText(amount);
    typeDate(review, u"planStart"_s, start);
    panel->amountEdit()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Return); // Enter in the amount saves

    const QString message = label == u"planStart"_s ? panel->startEdit()->message() : messageOf(*panel, label);
    QVERIFY2(!message.isEmpty(), qPrintable(errorsOf(review)));
    QVERIFY2(message.contains(says), qPrintable(message));
    // Nothing saved, nothing audited.
    QVERIFY(!core::BillingAccountReader(*db).account(family.id).plan);
    core::AuditFilter plans;
    plans.familyId = family.id;
    plans.action = u"plan-enable"_s;
    QCOMPARE(core::AuditTrail(*db).find(plans, 0, 10).size(), 0);
    QVERIFY(review.isVisible());
}

void tst_BillingPage::mailingAddress_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // null: refused, with a message beside the field
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("two lines/%s", qPrintable(backend))
                << backend << u"12 Oak Street\nSpringfield, IL 62701"_s << u"12 Oak Street\nSpringfield, IL 62701"_s;
        QTest::addRow("too long/%s", qPrintable(backend)) << backend << QString(501, u'x') << QString();
    }
}

void tst_BillingPage::mailingAddress()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(family.id));
    account->showResponsibility();
    ui::PatientResponsibilityPanel *panel = account->responsibility();

    panel->addressEdit()->setFocus();
    for (const QString &line : typed.split(u'\n')) {
        if (!panel->addressEdit()->toPlainText().isEmpty())
            QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClicks(focused(), line);
    }
    QTest::keyClick(focused(), Qt::Key_Tab); // out of the field, onto Save address
    QCOMPARE(focused()->objectName(), u"saveAddress"_s);
    QTest::keyClick(focused(), Qt::Key_Space);

    const QString message = messageOf(*panel, u"mailingAddressMessage"_s);
    QCOMPARE(message.isEmpty(), !stored.isNull());
    QCOMPARE(core::FamilyAddress::read(window.database(), family.id), stored.isNull() ? QString() : stored);
}

void tst_BillingPage::screenshots()
{
    QFETCH(QString, language);
    const paydesk::test::UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    const core::Clock::Override clock(now);
    auto db = m_dbs.fresh(u"sqlite"_s);
    const QDate today = core::LedgerCalendar(*db).today();
    core::DemoPractice::add(*db, manager, 40, 7, today);
    // A family that never pays its plan: the run disables it, Other suspensions shows it.
    const qint64 moreau = addFamily(*db, u"Moreau"_s, u"Claire"_s, 32000, QDate(2026, 2, 20));
    // Statements go out on the first run; families go on plans after it, one of them since
    // April without a payment, whose plan the run to today disables.
    core::DailyBillingRun(*db, manager).run(QDate(2026, 3, 2));
    const QList<core::BillingAccount> submitted = core::BillingAccountReader(*db).list(BillingList::Submitted, {}, 0, 9);
    for (int i = 0; i < submitted.size(); ++i) {
        const core::Money amount = core::Money::fromCents(qMin<qint64>(2500 + 500 * i, submitted[i].balance.cents()));
        const QDate start = QDate(2026, 5, 1).addDays(3 * i);
        core::PlanService(*db, manager).enable(submitted[i].familyId, amount, start);
    }
    core::PlanService(*db, manager).enable(moreau, core::Money::fromCents(4000), QDate(2026, 4, 10));
    core::DailyBillingRun(*db, manager).run(today);

    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1024, 600));
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    const auto save = [&](QWidget &shown, const QString &name) { saveOverDesk(window, shown, name, language); };
    ui::PatientBillingDialog page(window.database(), manager, &window);
    for (BillingList list : {BillingList::Queued, BillingList::Submitted, BillingList::Final,
                             BillingList::PendingWriteOff, BillingList::Plans, BillingList::OtherSuspensions}) {
        page.showList(list);
        save(page, u"billing-%1"_s.arg(core::BillingAccountReader::listName(list)));
    }
    // The run's reason is stored in English, and shown in the desk's language.
    const ui::BillingListModel *suspended = page.page(BillingList::OtherSuspensions)->model();
    QVERIFY(suspended->rowCount() > 0);
    const QString reason =
            suspended->index(0, suspended->column(ui::BillingListModel::Field::SuspensionReason)).data().toString();
    QVERIFY2(reason.startsWith(language == u"es" ? u"Plan de pagos desactivado: ningún pago en "_s
                                                 : u"Payment plan disabled: no payment for "_s),
             qPrintable(reason));
    const QList<core::BillingAccount> plans = core::BillingAccountReader(window.database()).list(BillingList::Plans, {}, 0, 1);
    QVERIFY(!plans.isEmpty());
    ui::BillingReviewDialog review(window.database(), manager, plans.first().familyId, &window);
    save(review, u"billing-review"_s);
    // The statements the runs sent, newest first.
    const auto *history = review.findChild<ui::ListTableView *>(u"statementHistory"_s);
    QVERIFY(history->model()->rowCount() > 0);
    QCOMPARE(history->model()->index(0, 0).data(ui::ExportRole).toString(),
             plans.first().lastStatement.toString(Qt::ISODate));
    review.tabs()->setCurrentIndex(1);
    save(review, u"billing-review-statements"_s);
    if (review.auditModel()) {
        review.tabs()->setCurrentIndex(review.tabs()->count() - 1);
        save(review, u"billing-review-audit"_s);
    }
    QVERIFY(window.accountView()->openFamily(plans.first().familyId));
    window.accountView()->showResponsibility();
    save(window, u"account-responsibility"_s);
}

int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_BillingPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_billingpage.moc"
