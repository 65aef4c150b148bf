#pragma once

#include "ledger/AdjustmentTypes.h"
#include "ledger/FamilyAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CodeCombo;
class DateEdit;
class ErrorLabel;
class FamilyMemberCombo;
class MoneyEdit;

// Enters an adjustment of one of the practice's types (core::AdjustmentTypes). The clerk
// types a positive amount; the type gives the sign (a discount lowers the balance, a fee
// raises it; for a type that can go either way the clerk says which), and the dialog says
// what it will do ("Lowers the balance by 11.00") before it is saved. It is attached to the
// charge the clerk had selected, whose patient, provider and clinic it takes, or stands
// alone with a provider and clinic of its own. Saved on OK; refusals stay in the dialog.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT

public:
    // chargeId 0 (or a charge not of this family): not attached at first. Throws
    // core::Refusal when the family does not exist.
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
    void typeChosen();
    void updateEffect();
    const core::AdjustmentType &type() const;
    // Lowers or Raises, as the type or (for a type that goes either way) the clerk says.
    core::AdjustmentSign direction() const;

    const core::Database &m_db;
    QString m_user;
    core::FamilyAccount m_account;
    QList<core::AdjustmentType> m_types;
    qint64 m_adjustmentId = 0;

    QComboBox *m_charge;
    FamilyMemberCombo *m_patient;
    DateEdit *m_date;
    QComboBox *m_type;
    QRadioButton *m_lowers;
    QRadioButton *m_raises;
    ErrorLabel *m_directionMessage = nullptr;
    MoneyEdit *m_amount;
    QLabel *m_effect;
    CodeCombo *m_provider;
    CodeCombo *m_clinic;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
