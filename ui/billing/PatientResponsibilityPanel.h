#pragma once

#include "billing/BillingAccount.h"
#include "collections/CollectionStatusService.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class ErrorLabel;
class MoneyEdit;

// A family's patient statements and payment plan, as the Account view's "Patient
// responsibility" tab and the Patient Billing page's review dialog both show it (ZOLL's
// Patient responsibility tab): the billing status, balance and statements, and the payment
// plan toggle. Turning it on enables "Monthly payment plan amount" and Start (typed dates,
// not after today); Save enables the plan through core::PlanService, or changes the amount
// of the plan already on. Turning it off asks for an optional reason and disables the plan
// at once. Refusals show next to the field they are about. Beside the billing status, the
// family's collection status, kept apart from it (core::CollectionStatusService); Collections
// plan… opens the collections payment plan screen. Below, the guarantor's mailing address,
// where the statements go (core::FamilyAddress), saved on its own.
class PatientResponsibilityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PatientResponsibilityPanel(QWidget *parent = nullptr);

    // Who changes the plan (the service asks Permissions for ManagePaymentPlans).
    void setSession(const core::Database *db, const QString &user);
    // Reads the family's billing account and shows it; 0 clears the panel. False, with the
    // reason shown, when it cannot be read.
    bool showFamily(qint64 familyId);
    qint64 familyId() const { return m_familyId; }
    const core::BillingAccount &account() const { return m_account; }

    QCheckBox *planToggle() const { return m_plan; }
    MoneyEdit *amountEdit() const { return m_amount; }
    DateEdit *startEdit() const { return m_start; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *collectionStatusLabel() const { return m_collection; }
    QPushButton *collectionPlanButton() const { return m_collectionPlan; }
    QPlainTextEdit *addressEdit() const { return m_address; }

public Q_SLOTS:
    // Enables the plan, or changes its amount; false (the reason beside the field) when
    // refused.
    bool save();
    // Stores the mailing address as typed; false (the reason under the field) when refused.
    bool saveAddress();
    // The collections payment plan screen (CollectionPlanDialog) for the family.
    void openCollectionPlan();

Q_SIGNALS:
    // A plan was enabled, disabled or changed: the lists and the account show it again.
    void planChanged(qint64 familyId);

private:
    bool planEnabled() const;
    void toggled(bool on);
    // Asks for the reason, then disables; the toggle goes back on when cancelled or refused.
    void disablePlan();
    void showAccount();
    void updateFields();
    // The panel's state read again after a change, and planChanged().
    void changed();

    const core::Database *m_db = nullptr;
    QString m_user;
    bool m_mayManagePlans = false;
    bool m_mayManageCollections = false;
    qint64 m_familyId = 0;
    core::BillingAccount m_account;
    core::CollectionAccountStatus m_collectionStatus;

    QLabel *m_status;
    QLabel *m_collection;
    QLabel *m_balance;
    QLabel *m_statements;
    QLabel *m_lastStatement;
    QLabel *m_nextStatement;
    QLabel *m_resumes;
    QLabel *m_lastPayment;
    QCheckBox *m_plan;
    MoneyEdit *m_amount;
    ErrorLabel *m_amountMessage;
    DateEdit *m_start;
    QPushButton *m_save;
    QPushButton *m_collectionPlan;
    ErrorLabel *m_planMessage;
    QPlainTextEdit *m_address;
    ErrorLabel *m_addressMessage;
    QPushButton *m_saveAddress;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
