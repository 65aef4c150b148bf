#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class CollectionCodeCombo;
class ErrorLabel;

// A user's change of an account's collection status, with the note the history keeps:
// Set status (a code of the table) or Take out of collections. OK stays off until a note is
// typed; a refusal (core::CollectionStatusService) is said in the dialog, which stays open.
class CollectionStatusDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Set, Clear };

    CollectionStatusDialog(const core::Database &db,
                           const QString &user,
                           Mode mode,
                           qint64 familyId,
                           const QString &account,
                           QWidget *parent = nullptr);

    // Null in Mode::Clear.
    CollectionCodeCombo *codeCombo() const { return m_code; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    const core::Database &m_db;
    QString m_user;
    Mode m_mode;
    qint64 m_familyId;
    CollectionCodeCombo *m_code = nullptr;
    QLineEdit *m_note;
    ErrorLabel *m_errors;
    QPushButton *m_ok;
};

} // namespace paydesk::ui
