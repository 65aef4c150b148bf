#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class PasswordFields;

// A user's new password, typed twice (PasswordFields). Own: File > Change password, the
// signed-in user's own, after its current password signs it in once more (core::SignIn, so
// a wrong one counts towards the lock-out like any sign-in). Reset: an administrator sets
// another user's from the Users window. Core's refusals are said beside the field they are
// about; the dialog stays open until the password is stored.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Own, Reset };

    ChangePasswordDialog(const core::Database &db,
                         const QString &actor,
                         const QString &userName,
                         Mode mode,
                         QWidget *parent = nullptr);

    QLineEdit *currentPassword() const { return m_current; }
    PasswordFields *newPassword() const { return m_new; }

    void accept() override;

private:
    const core::Database &m_db;
    QString m_actor;
    QString m_userName;
    QLineEdit *m_current = nullptr;
    ErrorLabel *m_currentMessage = nullptr;
    PasswordFields *m_new;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
