#pragma once

#include "ledger/FamilyAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CodeCombo;
class DateEdit;
class ErrorLabel;
class FamilyMemberCombo;
class MoneyEdit;

// Enters a signed adjustment: a discount or write-off (negative), a fee (positive). It is
// either attached to one of the family's charges, whose patient, provider and clinic it
// takes, or stands alone with a provider and clinic of its own. Saved on OK; refusals
// stay in the dialog.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT

public:
    // chargeId 0: not attached at first. Throws core::Refusal when the family does not exist.
    AdjustmentDialog(const core::Database &db,
                     const QString &user,
                     qint64 familyId,
                     qint64 patientId,
                     qint64 chargeId,
                     QWidget *parent = nullptr);

    // The new adjustment's id once accepted; 0 before.
    qint64 adjustmentId() const { return m_adjustmentId; }

    void accept() override;

private:
    void chargeChosen();
    QString typeCode() const;

    const core::Database &m_db;
    QString m_user;
    core::FamilyAccount m_account;
    qint64 m_adjustmentId = 0;

    QComboBox *m_charge;
    FamilyMemberCombo *m_patient;
    DateEdit *m_date;
    QComboBox *m_type;
    MoneyEdit *m_amount;
    CodeCombo *m_provider;
    CodeCombo *m_clinic;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
