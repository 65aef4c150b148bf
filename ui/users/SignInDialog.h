#pragma once

#include "users/User.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;

// Signs a user in to a secured database through core::SignIn: a user name and a password
// that is never shown. Enter signs in; a refusal (a wrong name or password, a disabled user,
// the lock-out after too many failures) is said beside the password, which is cleared for the
// next try. The only thing remembered on this computer is the last name that signed in.
//
// SwitchUser (File > Switch user) starts from the name of who is signed in, selected, so
// that typing another replaces it; Tab goes on to the password.
//
// Unlock is the same window when the idle lock asks the signed-in user for the password
// again: the name is fixed, and the window cannot be closed without the password, so that
// whatever was open under it stays open.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, SwitchUser, Unlock };

    SignInDialog(const core::Database &db, Mode mode, const QString &userName = {}, QWidget *parent = nullptr);

    // Who to work as on `db`: `openModeUser` while the database is open; once secured, the
    // user who signs in here, or nothing when the clerk cancels.
    static std::optional<QString> userFor(const core::Database &db, const QString &openModeUser, QWidget *parent);

    // Valid once accepted.
    const core::User &user() const { return m_user; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }

    void accept() override;
    // Unlock: nothing, the password is the only way on.
    void reject() override;

private:
    const core::Database &m_db;
    Mode m_mode;
    core::User m_user;
    QLineEdit *m_name;
    QLineEdit *m_password;
    ErrorLabel *m_nameMessage;
    ErrorLabel *m_passwordMessage;
};

} // namespace paydesk::ui
