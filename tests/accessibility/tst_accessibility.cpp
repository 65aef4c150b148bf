// Every window of the desk, opened on a demo practice as a clerk would see it, walked by Tab:
// each visible, enabled control is reached and has an accessible name (KeyboardWalk). One row
// per window and database.
#include "../dialogs/DialogHelpers.h"
#include "KeyboardWalk.h"

#include "AccountView.h"
#include "MainWindow.h"
#include "PatientSearchPanel.h"
#include "Resources.h"
#include "audit/AuditTrailDialog.h"
#include "balancer/FamilyBalancerDialog.h"
#include "balancer/NetUnearnedDialog.h"
#include "billing/BillingReviewDialog.h"
#include "billing/DashboardDialog.h"
#include "billing/PatientBillingDialog.h"
#include "billing/RunDailyBillingDialog.h"
#include "billing/StatementDayDialog.h"
#include "collections/CollectionPlanDialog.h"
#include "collections/CollectionStatusDialog.h"
#include "collections/CollectionsDialog.h"
#include "dialogs/AdjustmentDialog.h"
#include "dialogs/ChargeDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/DepositReportDialog.h"
#include "dialogs/ItemVoidDialog.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "dialogs/ReasonDialog.h"
#include "groups/AddGroupDialog.h"
#include "groups/PracticeGroupsDialog.h"
#include "help/UserGuide.h"
#include "import/DemoPractice.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "migration/MigrationsDialog.h"
#include "portal/OnlinePaymentsDialog.h"
#include "portal/PortalDismissDialog.h"
#include "portal/PortalMatchDialog.h"
#include "reports/AgingDialog.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "users/AddUserDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/SignInDialog.h"
#include "users/UsersDialog.h"

#include "TestDatabases.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;

namespace {

const QString manager = u"office.admin"_s;

// The desk on a demo practice, with the account of a family that has charges open.
struct Desk
{
    std::unique_ptr<ui::MainWindow> window;
    core::Patient guarantor;
    qint64 chargeId = 0;
    QDate today;
};

using Opener = std::function<std::unique_ptr<QWidget>(Desk &)>;

template<typename T, typename... Args>
Opener dialog(Args... args)
{
    return [=](Desk &desk) -> std::unique_ptr<QWidget> {
        return std::make_unique<T>(desk.window->database(), manager, args..., desk.window.get());
    };
}

// Each window a clerk, a billing manager or an administrator opens, by the row's name.
const std::map<QString, Opener> &windows()
{
    static const std::map<QString, Opener> openers = {
            {u"Main window"_s, [](Desk &) { return std::unique_ptr<QWidget>(); }},
            {u"Post payment"_s,
             [](Desk &d) {
                 return std::make_unique<ui::PostPaymentDialog>(
                         d.window->database(), manager, d.guarantor.familyId, d.guarantor.id, d.window.get());
             }},
            {u"Enter charge"_s,
             [](Desk &d) {
                 return std::make_unique<ui::ChargeDialog>(
                         d.window->database(), manager, d.guarantor.familyId, d.guarantor.id, d.window.get());
             }},
            {u"Adjustment"_s,
             [](Desk &d) {
                 return std::make_unique<ui::AdjustmentDialog>(d.window->database(),
                                                               manager,
                                                               d.guarantor.familyId,
                                                               d.guarantor.id,
                                                               d.chargeId,
                                                               d.window.get());
             }},
            {u"New patient"_s,
             [](Desk &d) {
                 return std::make_unique<ui::NewPatientDialog>(
                         d.window->database(), manager, d.guarantor.familyId, d.window.get());
             }},
            {u"Void charge"_s,
             [](Desk &d) {
                 return std::make_unique<ui::ItemVoidDialog>(
                         d.window->database(), manager, core::ItemVoid::Item::Charge, d.chargeId, d.window.get());
             }},
            {u"Void payment (reason)"_s,
             [](Desk &d) {
                 return std::make_unique<ui::ReasonDialog>(ui::ReasonDialog::Mode::Void,
                                                           u"Payment #1"_s,
                                                           core::Money(),
                                                           core::PaymentMethod::Cash,
                                                           d.window.get());
             }},
            {u"Refund"_s,
             [](Desk &d) {
                 return std::make_unique<ui::ReasonDialog>(ui::ReasonDialog::Mode::Refund,
                                                           u"Payment #1"_s,
                                                           core::Money::fromCents(2500),
                                                           core::PaymentMethod::Card,
                                                           d.window.get());
             }},
            {u"Daily deposit"_s, dialog<ui::DepositReportDialog>()},
            {u"Aging"_s,
             [](Desk &d) {
                 return std::make_unique<ui::AgingDialog>(d.window->database(), manager, d.today, d.window.get());
             }},
            {u"Net unearned income"_s, dialog<ui::NetUnearnedDialog>()},
            {u"Family Balancer"_s,
             [](Desk &d) {
                 return std::make_unique<ui::FamilyBalancerDialog>(
                         d.window->database(), manager, d.guarantor.familyId, d.window.get());
             }},
            {u"Settings"_s, dialog<ui::SettingsDialog>()},
            {u"Patient Billing"_s, dialog<ui::PatientBillingDialog>()},
            {u"Billing review"_s,
             [](Desk &d) {
                 return std::make_unique<ui::BillingReviewDialog>(
                         d.window->database(), manager, d.guarantor.familyId, d.window.get());
             }},
            {u"Run Daily Billing"_s, dialog<ui::RunDailyBillingDialog>()},
            {u"Dashboard"_s,
             [](Desk &d) { return std::make_unique<ui::DashboardDialog>(d.window->database(), d.window.get()); }},
            {u"Print the day's statements"_s,
             [](Desk &d) { return std::make_unique<ui::StatementDayDialog>(d.today, d.today, d.window.get()); }},
            {u"Collections"_s, dialog<ui::CollectionsDialog>()},
            {u"Collection payment plan"_s,
             [](Desk &d) {
                 return std::make_unique<ui::CollectionPlanDialog>(
                         d.window->database(), manager, d.guarantor.familyId, d.guarantor.displayName(), d.window.get());
             }},
            {u"Collection status"_s,
             [](Desk &d) {
                 return std::make_unique<ui::CollectionStatusDialog>(d.window->database(),
                                                                     manager,
                                                                     ui::CollectionStatusDialog::Mode::Set,
                                                                     d.guarantor.familyId,
                                                                     QString::number(d.guarantor.familyId),
                                                                     d.window.get());
             }},
            {u"Online Payments"_s, dialog<ui::OnlinePaymentsDialog>()},
            {u"Match an online payment"_s,
             [](Desk &d) {
                 core::portal::PortalException exception;
                 exception.id = 1;
                 exception.file = u"EOD_20261201.txt"_s;
                 exception.line = 3;
                 exception.matchable = true;
                 exception.amount = core::Money::fromCents(4000);
                 exception.date = d.today;
                 exception.patientName = d.guarantor.lastName + u", "_s + d.guarantor.firstName;
                 exception.accountNumber = QString::number(d.guarantor.familyId);
                 return std::make_unique<ui::PortalMatchDialog>(
                         d.window->database(), manager, exception, d.window.get());
             }},
            {u"Dismiss an online payment"_s,
             [](Desk &d) {
                 return std::make_unique<ui::PortalDismissDialog>(
                         d.window->database(), manager, 1, u"EOD_20261201.txt, line 3"_s, d.window.get());
             }},
            {u"Practice Groups"_s, dialog<ui::PracticeGroupsDialog>()},
            {u"Add group"_s, dialog<ui::AddGroupDialog>()},
            {u"Migrations"_s, dialog<ui::MigrationsDialog>()},
            {u"Connect to database"_s, [](Desk &d) { return std::make_unique<ui::ConnectionDialog>(d.window.get()); }},
            {u"Sign in"_s,
             [](Desk &d) {
                 return std::make_unique<ui::SignInDialog>(
                         d.window->database(), ui::SignInDialog::Mode::SignIn, QString(), d.window.get());
             }},
            {u"Change password"_s,
             [](Desk &d) {
                 return std::make_unique<ui::ChangePasswordDialog>(
                         d.window->database(), manager, manager, ui::ChangePasswordDialog::Mode::Own, d.window.get());
             }},
            {u"Users"_s, dialog<ui::UsersDialog>()},
            {u"Add user"_s, dialog<ui::AddUserDialog>()},
            {u"Audit trail"_s,
             [](Desk &d) { return std::make_unique<ui::AuditTrailDialog>(d.window->database(), d.window.get()); }},
            {u"User guide"_s, [](Desk &d) { return std::make_unique<ui::UserGuide>(d.window.get()); }},
    };
    return openers;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlReachedAndNamed_data();
    void everyControlReachedAndNamed();

private:
    Desk &desk(const QString &backend);

    test::TestDatabases m_dbs;
    QTemporaryDir m_settings;
    std::map<QString, Desk> m_desks;
};

void tst_Accessibility::initTestCase()
{
    ui::initResources();
    useTestSettings(m_settings, u"tst_accessibility"_s);
}

Desk &tst_Accessibility::desk(const QString &backend)
{
    Desk &desk = m_desks[backend];
    if (desk.window)
        return desk;
    auto db = m_dbs.fresh(backend);
    desk.today = core::LedgerCalendar(*db).today();
    core::DemoPractice::add(*db, manager, 12, 7, desk.today);
    // The first family with an open charge.
    const core::AccountReader reader(*db);
    for (qint64 family = 1; family < 100 && !desk.chargeId; ++family) {
        const core::FamilyAccount account = reader.load(family);
        for (const core::ChargeLine &line : account.charges) {
            if (line.balance().isPositive() && !line.isVoided()) {
                desk.chargeId = line.charge.id;
                for (const core::Patient &member : account.members) {
                    if (member.isGuarantor)
                        desk.guarantor = member;
                }
                break;
            }
        }
    }
    desk.window = std::make_unique<ui::MainWindow>(std::move(db), manager);
    desk.window->openPatient(desk.guarantor);
    return desk;
}

void tst_Accessibility::everyControlReachedAndNamed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("window");
    for (const QString &backend : test::TestDatabases::backends()) {
        for (const auto &[window, open] : windows())
            QTest::addRow("%s/%s", qPrintable(backend), qPrintable(window)) << backend << window;
    }
}

void tst_Accessibility::everyControlReachedAndNamed()
{
    QFETCH(QString, backend);
    QFETCH(QString, window);
    PAYDESK_REQUIRE_BACKEND(backend);
    Desk &d = desk(backend);
    QVERIFY2(d.chargeId, "the demo practice has a family that owes");
    std::unique_ptr<QWidget> opened = windows().at(window)(d);
    QWidget &walked = opened ? *opened : static_cast<QWidget &>(*d.window);
    QVERIFY(showActive(walked));
    const QStringList problems = test::keyboardProblems(walked);
    if (opened)
        opened->close();
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
