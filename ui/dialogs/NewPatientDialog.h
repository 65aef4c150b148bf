#pragma once

#include "ledger/FamilyRegistry.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class ErrorLabel;

// Adds a patient to a family, or starts a new family whose first member is its guarantor.
// The patient is saved on OK; a refusal is shown in the dialog, which stays open.
class NewPatientDialog : public QDialog
{
    Q_OBJECT

public:
    // familyId 0 starts a new family. Throws core::Refusal when a given family does not exist.
    NewPatientDialog(const core::Database &db, const QString &user, qint64 familyId, QWidget *parent = nullptr);

    // The saved patient and its family once accepted; zeros before. (Hides QDialog::result():
    // ask QDialog::result() through a QDialog reference for the accept code.)
    core::NewPatient result() const { return m_result; }

    void accept() override;

private:
    const core::Database &m_db;
    QString m_user;
    qint64 m_familyId;
    core::NewPatient m_result;

    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    DateEdit *m_birthDate;
    QCheckBox *m_guarantor;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
