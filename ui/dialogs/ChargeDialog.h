#pragma once

#include <QDialog>

class QLineEdit;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CodeCombo;
class DateEdit;
class ErrorLabel;
class FamilyMemberCombo;
class MoneyEdit;
class ProcedureCodesModel;

// Enters a charge by hand: who was seen, when, by which provider at which clinic, the
// procedure and its fee. The procedure code completes from the practice's table as it is
// typed, and a known code fills in its description and fee, which the clerk may change. A
// provider or clinic code typed for the first time is created with the charge, in the same
// transaction. Saved on OK; refusals stay in the dialog.
class ChargeDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws core::Refusal when the family does not exist.
    ChargeDialog(const core::Database &db,
                 const QString &user,
                 qint64 familyId,
                 qint64 patientId,
                 QWidget *parent = nullptr);

    // The new charge's id once accepted; 0 before.
    qint64 chargeId() const { return m_chargeId; }

    void accept() override;

private:
    // Fills description and fee from the code typed, where the clerk has not written their own.
    void codeChosen();

    const core::Database &m_db;
    QString m_user;
    qint64 m_chargeId = 0;

    FamilyMemberCombo *m_patient;
    DateEdit *m_date;
    CodeCombo *m_provider;
    CodeCombo *m_clinic;
    QLineEdit *m_code;
    QLineEdit *m_description;
    MoneyEdit *m_amount;
    ErrorLabel *m_errors;
    ProcedureCodesModel *m_codes;
    // What codeChosen() last filled in: a field still holding it may be filled again.
    QString m_filledDescription;
    QString m_filledAmount;
};

} // namespace paydesk::ui
