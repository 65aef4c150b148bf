#include "ScreenshotTour.h"

#include "AccountView.h"
#include "dialogs/AdjustmentDialog.h"
#include "dialogs/BackDating.h"
#include "dialogs/ChargeDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/DateEdit.h"
#include "dialogs/DepositReportDialog.h"
#include "dialogs/ItemVoidDialog.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "balancer/BalancePage.h"
#include "balancer/FamilyBalancerDialog.h"
#include "balancer/NetUnearnedDialog.h"
#include "billing/BillingReviewDialog.h"
#include "billing/DashboardDialog.h"
#include "billing/PatientBillingDialog.h"
#include "billing/RunDailyBillingDialog.h"
#include "collections/CollectionPlanDialog.h"
#include "collections/CollectionsDialog.h"
#include "portal/BalanceDuePage.h"
#include "portal/OnlinePaymentsDialog.h"
#include "portal/PortalExceptionsPage.h"
#include "portal/PortalFilesPage.h"
#include "portal/PortalMatchDialog.h"
#include "PatientSearchPanel.h"
#include "groups/PracticeGroups.h"
#include "groups/PracticeGroupsDialog.h"
#include "groups/PracticeGroupsModel.h"
#include "migration/MigrationLogDialog.h"
#include "migration/MigrationStore.h"
#include "migration/MigrationsDialog.h"
#include "migration/MigrationsModel.h"
#include "reports/AgingDialog.h"
#include "settings/SettingsDialog.h"
#include "audit/AuditTrailDialog.h"
#include "users/SignInDialog.h"
#include "users/UsersDialog.h"
#include "billing/BillingAccountReader.h"
#include "collections/CollectionRoster.h"
#include "collections/CollectionsPolicy.h"
#include "portal/PortalExceptionQueue.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PatientSearch.h"
#include "storage/Database.h"
#include "util/DateText.h"
#include "util/Errors.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTimer>

#include <functional>

#include <optional>

namespace paydesk::ui {

namespace {

// The first guarantor among the first patients found whose family `fits`.
std::optional<core::Patient> guarantorWhere(const core::Database &db, const std::function<bool(qint64)> &fits)
{
    const core::PatientSearch::Page page = core::PatientSearch(db).find(QStringLiteral(""), nullptr, 300);
    for (const core::Patient &patient : page.patients) {
        if (patient.isGuarantor && fits(patient.familyId))
            return patient;
    }
    return std::nullopt;
}

// A family that shows every part of the account: members, open charges, payments with
// credit left and allocations.
std::optional<core::Patient> showcasePatient(const core::Database &db, qint64 familyId)
{
    const core::AccountReader reader(db);
    if (familyId) {
        const core::FamilyAccount account = reader.load(familyId);
        return account.guarantor() ? std::optional(*account.guarantor()) : std::nullopt;
    }
    std::optional<core::Patient> best;
    qsizetype bestScore = -1;
    const core::PatientSearch::Page page = core::PatientSearch(db).find(QStringLiteral(""), nullptr, 300);
    for (const core::Patient &patient : page.patients) {
        if (!patient.isGuarantor)
            continue;
        const core::FamilyAccount account = reader.load(patient.familyId);
        const bool complete = account.members.size() > 1 && account.unallocated().isPositive()
            && account.outstanding().isPositive() && !account.adjustments.isEmpty();
        const qsizetype score = (complete ? 1000 : 0) + qMin<qsizetype>(account.charges.size(), 30);
        if (score > bestScore) {
            bestScore = score;
            best = patient;
        }
    }
    return best;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString save(QWidget &widget, const QString &folder, const QString &name)
{
    settle();
    const QString path = QDir(folder).filePath(name);
    return widget.grab().save(path) ? QString() : ScreenshotTour::tr("Cannot write %1.").arg(path);
}

// Shows a dialog without running it, so nothing is posted.
QString saveDialog(QDialog &dialog, const QString &folder, const QString &name)
{
    dialog.show();
    QString error = save(dialog, folder, name);
    dialog.close();
    return error;
}

// Types into a field the way the clerk does, key by key, so that completion, hints and
// messages react as they would.
void typeInto(QWidget *field, const QString &text)
{
    if (!field)
        return;
    field->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
    }
}

void typeInto(QWidget &dialog, const QString &field, const QString &text)
{
    if (auto *date = dialog.findChild<DateEdit *>(field))
        typeInto(date->lineEdit(), text);
    else
        typeInto(dialog.findChild<QWidget *>(field), text);
}

// The confirmation a modal call shows, grabbed and answered with its Escape button.
QString saveModal(const std::function<void()> &ask, const QString &folder, const QString &name)
{
    QString error = ScreenshotTour::tr("No confirmation was shown for %1.").arg(name);
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            error = save(*box, folder, name);
            box->reject();
        }
    });
    ask();
    return error;
}

// The balancer after a dry run over every family (it writes nothing), on the family shown
// when it would change, then its Runs tab.
QString saveBalancer(const core::Database &db, const QString &user, qint64 familyId, QWidget &window,
                     const QString &folder)
{
    FamilyBalancerDialog dialog(db, user, familyId, &window);
    dialog.show();
    if (auto *all = dialog.findChild<QRadioButton *>(QStringLiteral("scopeAll")))
        all->setChecked(true);
    BalancePage *page = dialog.balancePage();
    page->dryRun();
    page->outcomes()->selectId(familyId);
    QStringList errors{save(dialog, folder, QStringLiteral("family-balancer.png"))};
    dialog.showRuns();
    errors << save(dialog, folder, QStringLiteral("family-balancer-runs.png"));
    dialog.close();
    errors.removeAll(QString());
    return errors.join(u'\n');
}

// Billing: the Patient Billing page on the tabs a billing manager watches, the review of a
// family on a plan, the daily run's window (nothing is run) and the Dashboard.
QStringList saveBilling(const core::Database &db, const QString &user, QWidget &window, const QString &folder)
{
    QStringList errors;
    PatientBillingDialog billing(db, user, &window);
    billing.show();
    const QList<std::pair<core::BillingList, QString>> tabs = {
        {core::BillingList::Submitted, QStringLiteral("patient-billing.png")},
        {core::BillingList::Plans, QStringLiteral("patient-billing-plans.png")},
        {core::BillingList::OtherSuspensions, QStringLiteral("patient-billing-other-suspensions.png")},
    };
    for (const auto &[list, name] : tabs) {
        billing.showList(list);
        errors << save(billing, folder, name);
    }
    billing.close();

    const QList<core::BillingAccount> plans = core::BillingAccountReader(db).list(core::BillingList::Plans, {}, 0, 1);
    if (!plans.isEmpty()) {
        BillingReviewDialog review(db, user, plans.constFirst().familyId, &window);
        errors << saveDialog(review, folder, QStringLiteral("billing-review.png"));
    }
    RunDailyBillingDialog run(db, user, &window);
    errors << saveDialog(run, folder, QStringLiteral("run-daily-billing.png"));
    DashboardDialog dashboard(db, &window);
    errors << saveDialog(dashboard, folder, QStringLiteral("dashboard.png"));
    return errors;
}

// Collections: the roster of every account with a status, the plan screen of an account on a
// collection plan collected by webPAY, and a non-delinquent plan being entered.
QStringList saveCollections(const core::Database &db, const QString &user, QWidget &window, const QString &folder)
{
    QStringList errors;
    const core::CollectionRoster roster(db);
    const core::CollectionsPolicy policy = core::CollectionsPolicy::read(db);
    CollectionsDialog page(db, user, &window);
    page.show();
    const QList<core::CollectionRosterRow> onPlan = roster.rows(policy.planCode);
    if (!onPlan.isEmpty())
        page.view()->selectId(onPlan.constFirst().familyId);
    errors << save(page, folder, QStringLiteral("collections.png"));
    page.close();

    for (const core::CollectionRosterRow &row : onPlan) {
        if (!row.nextPaymentDate.isValid())
            continue;
        CollectionPlanDialog plan(db, user, row.familyId, row.guarantor, &window);
        errors << saveDialog(plan, folder, QStringLiteral("collections-plan.png"));
        break;
    }
    const QList<core::CollectionRosterRow> nonDelinquent = roster.rows(policy.ndPlanCode);
    if (!nonDelinquent.isEmpty()) {
        const core::CollectionRosterRow &row = nonDelinquent.constFirst();
        CollectionPlanDialog plan(db, user, row.familyId, row.guarantor, &window);
        errors << saveDialog(plan, folder, QStringLiteral("collections-plan-non-delinquent.png"));
    }
    return errors;
}

// Online payments: the balance-due list with the showcase family's Pay Now QR code, the
// exceptions queue and the files the demo fetched, and a match being searched. Nothing is
// fetched or posted here.
QStringList saveOnlinePayments(const core::Database &db, const QString &user, qint64 family, QWidget &window,
                               const QString &folder)
{
    QStringList errors;
    // The last matchable exception: in the demo, a name that is not its account's, which the
    // match window's search (started at the account number) finds.
    const QList<core::portal::PortalException> open = core::portal::PortalExceptionQueue(db, user).list();
    const auto matchable = std::find_if(open.crbegin(), open.crend(),
                                        [](const core::portal::PortalException &e) { return e.matchable; });
    OnlinePaymentsDialog page(db, user, &window);
    page.show();
    page.balanceDuePage()->view()->selectId(family);
    errors << save(page, folder, QStringLiteral("online-payments.png"));
    page.tabs()->setCurrentWidget(page.exceptionsPage());
    if (matchable != open.crend())
        page.exceptionsPage()->view()->selectId(matchable->id);
    errors << save(page, folder, QStringLiteral("online-payments-exceptions.png"));
    page.tabs()->setCurrentWidget(page.filesPage());
    errors << save(page, folder, QStringLiteral("online-payments-files.png"));
    page.close();

    if (matchable != open.crend()) {
        PortalMatchDialog match(db, user, *matchable, &window);
        errors << saveDialog(match, folder, QStringLiteral("portal-match.png"));
    }
    return errors;
}

// Issue 14's screens: Tools > Practice Groups on a legacy group and the two warnings Migrate
// shows (answered Cancel: nothing is queued), Tools > Migrations and the newest one's log, the
// Post Payment dialog of a legacy family (no grid), and the banner of a family whose group is
// being migrated. Each is shown when the database has what it needs.
QStringList saveMigrations(MainWindow &window, const QString &folder)
{
    const core::Database &db = window.database();
    const QString user = window.user();
    QStringList errors;

    PracticeGroupsDialog groups(db, user, &window);
    groups.show();
    groups.load();
    const PracticeGroupsModel *model = groups.model();
    int migratable = -1;
    for (int row = 0; row < model->rowCount() && migratable < 0; ++row) {
        if (model->mayMigrate(row))
            migratable = row;
    }
    if (migratable >= 0)
        groups.view()->selectId(model->group(migratable).id);
    errors << save(groups, folder, QStringLiteral("practice-groups.png"));
    if (migratable >= 0 && groups.migrateButton()->isEnabled())
        errors << saveModal([&] { groups.migrate(); }, folder, QStringLiteral("migrate-warning.png"));
    groups.close();

    MigrationsDialog migrations(db, user, &window);
    migrations.show();
    errors << save(migrations, folder, QStringLiteral("migrations.png"));
    // The log of the newest migration that ran (its steps, families and rows), else the newest.
    const int rows = migrations.model()->rowCount();
    qint64 shown = rows > 0 ? migrations.model()->migration(0).id : 0;
    for (int row = 0; row < rows; ++row) {
        const core::Migration &m = migrations.model()->migration(row);
        if (m.status == core::Migration::Status::Active || m.status == core::Migration::Status::Error) {
            shown = m.id;
            break;
        }
    }
    migrations.close();
    if (shown) {
        MigrationLogDialog log(db, user, shown, &window);
        errors << saveDialog(log, folder, QStringLiteral("migration-log.png"));
    }

    if (const std::optional<core::Patient> legacy = guarantorWhere(
                db, [&](qint64 family) { return core::PracticeGroups::isLegacy(db, family); })) {
        PostPaymentDialog payment(db, user, legacy->familyId, legacy->id, &window);
        typeInto(payment, QStringLiteral("amount"), core::Money::fromCents(4000).toString(QLocale()));
        errors << saveDialog(payment, folder, QStringLiteral("post-payment-legacy.png"));
    }

    const QList<core::Migration> running = core::MigrationStore::withStatus(db, core::Migration::Status::InProgress);
    if (!running.isEmpty()) {
        const qint64 group = running.constFirst().groupId;
        if (const std::optional<core::Patient> locked = guarantorWhere(
                    db, [&](qint64 family) { return core::PracticeGroups::groupOf(db, family).id == group; })) {
            window.searchPanel()->search(locked->firstName + u' ' + locked->lastName.left(4));
            window.searchPanel()->results()->selectId(locked->id);
            window.openPatient(*locked);
            // On the small screen, where the banner takes room from the ledger.
            window.resize(1024, 600);
            errors << save(window, folder, QStringLiteral("account-migration-in-progress.png"));
            window.resize(1280, 800);
        }
    }
    return errors;
}

// The family's account on each of its lists, at the size of a desk's screen and at the
// 1024x600 of a small one.
QString saveAccount(MainWindow &window, const QString &folder)
{
    AccountView *account = window.accountView();
    const QList<std::pair<AccountView::List, QString>> lists = {
        {AccountView::List::Ledger, QStringLiteral("main-window.png")},
        {AccountView::List::Charges, QStringLiteral("account-charges.png")},
        {AccountView::List::Payments, QStringLiteral("account.png")},
        {AccountView::List::Members, QStringLiteral("account-members.png")},
        {AccountView::List::Adjustments, QStringLiteral("account-adjustments.png")},
        {AccountView::List::Allocations, QStringLiteral("account-allocations.png")},
        {AccountView::List::Transfers, QStringLiteral("account-transfers.png")},
        {AccountView::List::Unearned, QStringLiteral("account-unearned.png")},
    };
    for (const auto &[list, name] : lists) {
        account->showList(list);
        account->list(list)->setFocus();
        if (QString error = save(window, folder, name); !error.isEmpty())
            return error;
    }
    account->showResponsibility();
    if (QString error = save(window, folder, QStringLiteral("account-patient-responsibility.png")); !error.isEmpty())
        return error;
    window.resize(1024, 600);
    account->showList(AccountView::List::Ledger);
    QString error = save(window, folder, QStringLiteral("main-window-small.png"));
    window.resize(1280, 800);
    return error;
}

// A charge of the family that payments were allocated to, for the void's preview.
qint64 paidCharge(const core::FamilyAccount &account)
{
    for (auto it = account.charges.crbegin(); it != account.charges.crend(); ++it) {
        if (it->allocated.isPositive() && !it->isVoided() && it->insurancePaid.isZero() && it->writtenOff.isZero())
            return it->charge.id;
    }
    return account.charges.isEmpty() ? 0 : account.charges.constLast().charge.id;
}

// Every window a clerk or a billing manager opens, filled in as they would; nothing is saved.
QStringList saveDialogs(MainWindow &window, const core::Patient &patient, const QString &folder)
{
    const core::Database &db = window.database();
    const QString user = window.user();
    const qint64 family = patient.familyId;
    const core::FamilyAccount &account = window.accountView()->account();
    const QDate today = core::LedgerCalendar(db).today();
    QStringList errors;

    PostPaymentDialog payment(db, user, family, patient.id, &window);
    // A copay as the clerk would enter it: the amount, then Auto-allocate.
    typeInto(payment, QStringLiteral("amount"),
             core::Money::fromCents(std::min<qint64>(account.outstanding().cents(), 7500)).toString(QLocale()));
    if (auto *autoAllocate = payment.findChild<QPushButton *>(QStringLiteral("autoAllocate")))
        autoAllocate->click();
    errors << saveDialog(payment, folder, QStringLiteral("post-payment.png"));

    ChargeDialog charge(db, user, family, patient.id, &window);
    typeInto(charge, QStringLiteral("code"), QStringLiteral("D1110"));
    errors << saveDialog(charge, folder, QStringLiteral("charge.png"));

    AdjustmentDialog adjustment(db, user, family, patient.id, 0, &window);
    if (auto *type = adjustment.findChild<QComboBox *>(QStringLiteral("type")))
        type->setCurrentIndex(type->findData(QStringLiteral("discount")));
    typeInto(adjustment, QStringLiteral("amount"), QStringLiteral("11"));
    errors << saveDialog(adjustment, folder, QStringLiteral("adjustment.png"));

    NewPatientDialog newPatient(db, user, family, &window);
    typeInto(newPatient, QStringLiteral("lastName"), patient.lastName);
    typeInto(newPatient, QStringLiteral("firstName"), QStringLiteral("Maria"));
    typeInto(newPatient, QStringLiteral("birthDate"), core::DateText::format(QDate(1990, 5, 17), QLocale()));
    errors << saveDialog(newPatient, folder, QStringLiteral("new-patient.png"));
    NewPatientDialog refused(db, user, family, &window);
    typeInto(refused, QStringLiteral("birthDate"), QStringLiteral("2030-01-01"));
    errors << saveDialog(refused, folder, QStringLiteral("new-patient-refused.png"));

    errors << saveModal([&] { BackDating::confirm(&window, BackDating::Entry::Payment, today.addDays(-365), today); },
                        folder, QStringLiteral("back-dating.png"));

    if (const qint64 chargeId = paidCharge(account)) {
        ItemVoidDialog voidCharge(db, user, core::ItemVoid::Item::Charge, chargeId, &window);
        typeInto(voidCharge, QStringLiteral("reason"), ScreenshotTour::tr("Entered on the wrong patient"));
        errors << saveDialog(voidCharge, folder, QStringLiteral("void-charge.png"));
    }

    DepositReportDialog deposit(db, user, &window);
    if (!account.payments.isEmpty())
        deposit.setDate(account.payments.constLast().payment.date);
    errors << saveDialog(deposit, folder, QStringLiteral("deposit-report.png"));

    AgingDialog aging(db, user, today, &window);
    aging.lines()->selectId(family);
    errors << saveDialog(aging, folder, QStringLiteral("aging.png"));

    errors << saveBalancer(db, user, family, window, folder);
    NetUnearnedDialog netUnearned(db, user, &window);
    netUnearned.lines()->selectId(family);
    errors << saveDialog(netUnearned, folder, QStringLiteral("net-unearned.png"));

    SettingsDialog settings(db, user, &window);
    typeInto(settings, QStringLiteral("practice.name"), QStringLiteral("Riverside Family Dental"));
    typeInto(settings, QStringLiteral("practice.phone"), QStringLiteral("(555) 010-2030"));
    settings.show();
    const QStringList pages = {QStringLiteral("settings-practice.png"), QStringLiteral("settings-adjustment-types.png"),
                               QStringLiteral("settings-procedure-codes.png"),
                               QStringLiteral("settings-patient-billing.png"),
                               QStringLiteral("settings-collections.png"),
                               QStringLiteral("settings-online-services.png")};
    for (int i = 0; i < pages.size(); ++i) {
        settings.tabs()->setCurrentIndex(i);
        errors << save(settings, folder, pages[i]);
    }
    settings.close();

    errors << saveBilling(db, user, window, folder);
    errors << saveCollections(db, user, window, folder);
    errors << saveOnlinePayments(db, user, family, window, folder);

    ConnectionDialog connection(&window);
    connection.setConnectionText(db.spec().displayName());
    errors << saveDialog(connection, folder, QStringLiteral("connection.png"));

    // What a secured database shows first, with the name typed; nothing is signed in.
    SignInDialog signIn(db, SignInDialog::Mode::SignIn, {}, &window);
    typeInto(signIn, QStringLiteral("userName"), QStringLiteral("maria.lopez"));
    errors << saveDialog(signIn, folder, QStringLiteral("sign-in.png"));
    UsersDialog users(db, user, &window);
    errors << saveDialog(users, folder, QStringLiteral("users.png"));
    AuditTrailDialog audit(db, &window);
    errors << saveDialog(audit, folder, QStringLiteral("audit-trail.png"));
    return errors;
}

} // namespace

QString ScreenshotTour::run(MainWindow &window, const QString &folder, qint64 familyId)
{
    std::optional<core::Patient> patient;
    try {
        patient = showcasePatient(window.database(), familyId);
    } catch (const core::Refusal &e) {
        return e.message();
    } catch (const core::StorageError &e) {
        return e.message();
    }
    if (!patient)
        return tr("The database has no family to show.");
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1.").arg(folder);

    window.resize(1280, 800);
    window.show();

    // The clerk's path: the first name and the start of the last, in that order, then Enter.
    PatientSearchPanel *search = window.searchPanel();
    search->search(patient->firstName + u' ' + patient->lastName.left(4));
    if (!search->results()->selectId(patient->id))
        return tr("Patient #%1 is not among the search results.").arg(patient->id);
    window.openPatient(*patient);

    QStringList errors{saveAccount(window, folder)};
    try {
        errors << saveDialogs(window, *patient, folder);
        // Last: the banner's step opens another family.
        errors << saveMigrations(window, folder);
    } catch (const core::Refusal &e) {
        return e.message();
    } catch (const core::StorageError &e) {
        return e.message();
    }
    errors.removeAll(QString());
    return errors.join(u'\n');
}

} // namespace paydesk::ui
