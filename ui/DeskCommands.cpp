#include "DeskCommands.h"

#include "balancer/FamilyBalancerDialog.h"
#include "balancer/NetUnearnedDialog.h"
#include "billing/BillingAccountReader.h"
#include "billing/DashboardDialog.h"
#include "billing/PatientBillingDialog.h"
#include "billing/RunDailyBillingDialog.h"
#include "billing/StatementDayDialog.h"
#include "billing/StatementPrinting.h"
#include "collections/CollectionsDialog.h"
#include "dialogs/AdjustmentDialog.h"
#include "dialogs/ChargeDialog.h"
#include "dialogs/DepositReportDialog.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/ItemVoidDialog.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "dialogs/ReceiptOffer.h"
#include "dialogs/VoidRefundFlow.h"
#include "groups/PracticeGroupsDialog.h"
#include "migration/MigrationsDialog.h"
#include "portal/OnlinePaymentsDialog.h"
#include "settings/SettingsDialog.h"
#include "ledger/LedgerCalendar.h"
#include "reports/AgingDialog.h"

#include <QMessageBox>
#include <QTimer>

namespace paydesk::ui {

DeskCommands::DeskCommands(QWidget *window) : QObject(window), m_window(window) {}

void DeskCommands::setSession(const core::Database *db, const QString &user)
{
    m_db = db;
    m_user = user;
}

core::NewPatient DeskCommands::newPatient(qint64 familyId)
{
    core::NewPatient added;
    run(tr("New patient"), [&] {
        NewPatientDialog dialog(*m_db, m_user, familyId, m_window);
        if (dialog.exec() == QDialog::Accepted)
            added = dialog.result();
    });
    return added;
}

qint64 DeskCommands::enterCharge(qint64 familyId, qint64 patientId)
{
    qint64 id = 0;
    run(tr("Enter charge"), [&] {
        ChargeDialog dialog(*m_db, m_user, familyId, patientId, m_window);
        if (dialog.exec() == QDialog::Accepted)
            id = dialog.chargeId();
    });
    return id;
}

qint64 DeskCommands::adjustment(qint64 familyId, qint64 patientId, qint64 chargeId)
{
    qint64 id = 0;
    run(tr("Adjustment"), [&] {
        AdjustmentDialog dialog(*m_db, m_user, familyId, patientId, chargeId, m_window);
        if (dialog.exec() == QDialog::Accepted)
            id = dialog.adjustmentId();
    });
    return id;
}

qint64 DeskCommands::postPayment(qint64 familyId, qint64 patientId)
{
    qint64 id = 0;
    run(tr("Post payment"), [&] {
        PostPaymentDialog dialog(*m_db, m_user, familyId, patientId, m_window);
        if (dialog.exec() == QDialog::Accepted) {
            id = dialog.postedPaymentId();
            Q_EMIT paymentPosted(id);
            if (dialog.printReceipt())
                printReceipt(id);
        }
    });
    return id;
}

bool DeskCommands::voidPayment(qint64 paymentId)
{
    return VoidRefundFlow::voidPayment(*m_db, m_user, paymentId, m_window);
}

qint64 DeskCommands::voidCharge(qint64 chargeId)
{
    qint64 id = 0;
    run(tr("Void charge"), [&] {
        ItemVoidDialog dialog(*m_db, m_user, core::ItemVoid::Item::Charge, chargeId, m_window);
        if (dialog.exec() == QDialog::Accepted)
            id = dialog.written().voidRow.id;
    });
    return id;
}

qint64 DeskCommands::voidAdjustment(qint64 adjustmentId)
{
    qint64 id = 0;
    run(tr("Void adjustment"), [&] {
        ItemVoidDialog dialog(*m_db, m_user, core::ItemVoid::Item::Adjustment, adjustmentId, m_window);
        if (dialog.exec() == QDialog::Accepted)
            id = dialog.written().voidRow.id;
    });
    return id;
}

bool DeskCommands::refundPayment(qint64 paymentId)
{
    return VoidRefundFlow::refundPayment(*m_db, m_user, paymentId, m_window);
}

void DeskCommands::printReceipt(qint64 paymentId)
{
    ReceiptOffer::offer(*m_db, paymentId, m_window);
}

void DeskCommands::depositReport()
{
    run(tr("Daily deposit"), [&] {
        DepositReportDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
    });
}

void DeskCommands::familyBalancer(qint64 familyId)
{
    run(tr("Family Balancer"), [&] {
        FamilyBalancerDialog dialog(*m_db, m_user, familyId, m_window);
        connect(&dialog, &FamilyBalancerDialog::ledgerChanged, this, &DeskCommands::ledgerChanged);
        dialog.exec();
    });
}

qint64 DeskCommands::netUnearnedReport()
{
    qint64 familyId = 0;
    run(tr("Net unearned income"), [&] {
        NetUnearnedDialog dialog(*m_db, m_user, m_window);
        if (dialog.exec() == QDialog::Accepted)
            familyId = dialog.chosenFamilyId();
    });
    return familyId;
}

void DeskCommands::settings()
{
    run(tr("Settings"), [&] {
        SettingsDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
    });
}

qint64 DeskCommands::agingReport()
{
    qint64 familyId = 0;
    run(tr("Aging"), [&] {
        AgingDialog dialog(*m_db, m_user, core::LedgerCalendar(*m_db).today(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            familyId = dialog.chosenFamilyId();
    });
    return familyId;
}

void DeskCommands::patientBilling()
{
    run(tr("Patient Billing"), [&] {
        PatientBillingDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
        if (dialog.changedPlans())
            Q_EMIT ledgerChanged();
    });
}

void DeskCommands::runDailyBilling()
{
    run(tr("Run daily billing"), [&] {
        RunDailyBillingDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
        if (dialog.processedDays())
            Q_EMIT ledgerChanged();
    });
}

void DeskCommands::printStatement(qint64 familyId)
{
    // It shows its own refusals.
    StatementPrinting::printFamily(m_window, *m_db, m_user, familyId);
}

void DeskCommands::printDayStatements()
{
    run(tr("Print the day's statements"), [&] {
        const QDate day = StatementDayDialog::ask(core::LedgerCalendar(*m_db).today(),
                                                  core::BillingAccountReader(*m_db).lastRunDate(), m_window);
        if (day.isValid())
            StatementPrinting::printDay(m_window, *m_db, m_user, day);
    });
}

void DeskCommands::dashboard()
{
    run(tr("Dashboard"), [&] {
        DashboardDialog dialog(*m_db, m_window);
        dialog.exec();
    });
}

qint64 DeskCommands::collections()
{
    qint64 familyId = 0;
    run(tr("Collections"), [&] {
        CollectionsDialog dialog(*m_db, m_user, m_window);
        if (dialog.exec() == QDialog::Accepted)
            familyId = dialog.chosenFamilyId();
        if (dialog.changed())
            Q_EMIT ledgerChanged();
    });
    return familyId;
}

qint64 DeskCommands::onlinePayments(bool fetchFirst)
{
    qint64 familyId = 0;
    run(tr("Online payments"), [&] {
        OnlinePaymentsDialog dialog(*m_db, m_user, m_window);
        connect(&dialog, &OnlinePaymentsDialog::notified, this, &DeskCommands::notice);
        // Once the page shows, so that the progress and then the summary appear over it.
        if (fetchFirst)
            QTimer::singleShot(0, &dialog, &OnlinePaymentsDialog::fetch);
        if (dialog.exec() == QDialog::Accepted)
            familyId = dialog.chosenFamilyId();
        if (dialog.changed())
            Q_EMIT ledgerChanged();
    });
    return familyId;
}

void DeskCommands::practiceGroups()
{
    run(tr("Practice Groups"), [&] {
        PracticeGroupsDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
        if (dialog.changed())
            Q_EMIT ledgerChanged();
    });
}

void DeskCommands::migrations()
{
    run(tr("Migrations"), [&] {
        MigrationsDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
        // The nightly job may have moved a status on while it was open.
        Q_EMIT ledgerChanged();
    });
}

void DeskCommands::run(QWidget *window, const QString &title, const std::function<void()> &work)
{
    try {
        work();
    } catch (const std::exception &) {
        QMessageBox::warning(window, title, ErrorLabel::explainCurrentException().join(u'\n'));
    }
}

} // namespace paydesk::ui
