#include "ScreenshotTour.h"

#include "AccountView.h"
#include "dialogs/AdjustmentDialog.h"
#include "dialogs/ChargeDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/DepositReportDialog.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "balancer/BalancePage.h"
#include "balancer/FamilyBalancerDialog.h"
#include "balancer/NetUnearnedDialog.h"
#include "PatientSearchPanel.h"
#include "ledger/AccountReader.h"
#include "ledger/PatientSearch.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>

#include <optional>

namespace paydesk::ui {

namespace {

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

    // The clerk's path: type the name, Enter into the results, Enter on the patient.
    PatientSearchPanel *search = window.searchPanel();
    search->search(patient->lastName);
    if (!search->results()->selectId(patient->id))
        return tr("Patient #%1 is not among the search results.").arg(patient->id);
    window.openPatient(*patient);

    AccountView *account = window.accountView();
    const QList<std::pair<AccountView::List, QString>> lists = {
        {AccountView::List::Charges, QStringLiteral("main-window.png")},
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

    const core::Database &db = window.database();
    const QString user = window.user();
    const qint64 family = patient->familyId;
    QStringList errors;
    try {
        PostPaymentDialog payment(db, user, family, patient->id, &window);
        // A copay as the clerk would enter it: the amount, then Auto-allocate.
        if (auto *amount = payment.findChild<MoneyEdit *>())
            amount->setMoney(core::Money::fromCents(std::min<qint64>(account->account().outstanding().cents(), 7500)));
        if (auto *autoAllocate = payment.findChild<QPushButton *>(QStringLiteral("autoAllocate")))
            autoAllocate->click();
        errors << saveDialog(payment, folder, QStringLiteral("post-payment.png"));
        ChargeDialog charge(db, user, family, patient->id, &window);
        errors << saveDialog(charge, folder, QStringLiteral("charge.png"));
        AdjustmentDialog adjustment(db, user, family, patient->id, 0, &window);
        errors << saveDialog(adjustment, folder, QStringLiteral("adjustment.png"));
        NewPatientDialog newPatient(db, user, family, &window);
        errors << saveDialog(newPatient, folder, QStringLiteral("new-patient.png"));
        DepositReportDialog deposit(db, user, &window);
        if (!account->account().payments.isEmpty())
            deposit.setDate(account->account().payments.constLast().payment.date);
        errors << saveDialog(deposit, folder, QStringLiteral("deposit-report.png"));
        errors << saveBalancer(db, user, family, window, folder);
        NetUnearnedDialog netUnearned(db, &window);
        netUnearned.lines()->selectId(family);
        errors << saveDialog(netUnearned, folder, QStringLiteral("net-unearned.png"));
        ConnectionDialog connection(&window);
        connection.setConnectionText(db.spec().displayName());
        errors << saveDialog(connection, folder, QStringLiteral("connection.png"));
    } catch (const core::Refusal &e) {
        return e.message();
    } catch (const core::StorageError &e) {
        return e.message();
    }
    errors.removeAll(QString());
    return errors.join(u'\n');
}

} // namespace paydesk::ui
