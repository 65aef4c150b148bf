#include "users/DeskSession.h"

#include "DeskCommands.h"
#include "audit/AuditTrailDialog.h"
#include "settings/PracticeSettings.h"
#include "users/ChangePasswordDialog.h"
#include "users/IdleLock.h"
#include "users/SignInDialog.h"
#include "users/UserDirectory.h"
#include "users/UsersDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

#include <chrono>

namespace paydesk::ui {

namespace {

const QString idleKey = QStringLiteral("desk.idle_lock_minutes");

} // namespace

DeskSession::DeskSession(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_idleLock(new IdleLock(window))
    , m_switchUser(new QAction(tr("S&witch user…"), this))
    , m_changePassword(new QAction(tr("C&hange password…"), this))
    , m_users(new QAction(tr("&Users…"), this))
    , m_auditTrail(new QAction(tr("Audit &trail…"), this))
{
    m_switchUser->setObjectName(QStringLiteral("switchUser"));
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    m_users->setObjectName(QStringLiteral("users"));
    m_auditTrail->setObjectName(QStringLiteral("auditTrail"));
    m_switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_switchUser, &QAction::triggered, this, &DeskSession::switchUser);
    connect(m_changePassword, &QAction::triggered, this, &DeskSession::changePassword);
    connect(m_users, &QAction::triggered, this, &DeskSession::manageUsers);
    connect(m_auditTrail, &QAction::triggered, this, &DeskSession::showAuditTrail);
    using Action = core::Permissions::Action;
    m_gate.add(m_changePassword, Action::ChangeOwnPassword);
    m_gate.add(m_users, Action::ManageUsers);
    m_gate.add(m_auditTrail, Action::ReadAudit);
}

void DeskSession::start(const core::Database *db, const QString &user)
{
    m_db = db;
    m_user = user;
    // Whoever opened it signed in already (SignInDialog::userFor).
    m_secured = db && core::UserDirectory(*db).isSecured();
    refresh();
    readSettings();
}

QString DeskSession::statusText() const
{
    if (!m_secured)
        return tr("User: %1").arg(m_user);
    const std::optional<core::User> user = m_db ? core::UserDirectory(*m_db).find(m_user) : std::nullopt;
    if (!user)
        return tr("User: %1 (not a user of this database)").arg(m_user);
    return tr("User: %1 (%2)").arg(user->name, core::roleName(user->role));
}

void DeskSession::readSettings()
{
    if (!m_db || !m_secured) {
        m_idleLock->disarm();
        return;
    }
    const int minutes = core::PracticeSettings(*m_db).number(idleKey);
    m_idleLock->arm(m_db, m_user, std::chrono::minutes(minutes));
}

void DeskSession::refresh()
{
    const bool wasSecured = m_secured;
    m_secured = m_db && core::UserDirectory(*m_db).isSecured();
    // Who worked under the open mode's name signs in once the database becomes secured.
    if (m_secured && !wasSecured && m_db && m_window->isVisible()) {
        SignInDialog dialog(*m_db, SignInDialog::Mode::SignIn, m_user, m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_user = dialog.user().name;
        readSettings();
    }
    // Switching and one's own password only mean something once there are passwords.
    m_switchUser->setVisible(m_secured);
    m_changePassword->setVisible(m_secured);
    m_gate.refresh(m_db, m_user);
    Q_EMIT userChanged(m_user);
}

void DeskSession::switchUser()
{
    SignInDialog dialog(*m_db, SignInDialog::Mode::SwitchUser, m_user, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_user = dialog.user().name;
    readSettings();
    refresh();
    m_window->statusBar()->showMessage(tr("%1 signed in").arg(m_user), 8000);
}

void DeskSession::changePassword()
{
    DeskCommands::run(m_window, tr("Change password"), [this] {
        ChangePasswordDialog dialog(*m_db, m_user, m_user, ChangePasswordDialog::Mode::Own, m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_window->statusBar()->showMessage(tr("The password of %1 is changed").arg(m_user), 8000);
    });
}

void DeskSession::manageUsers()
{
    DeskCommands::run(m_window, tr("Users"), [this] {
        UsersDialog dialog(*m_db, m_user, m_window);
        dialog.exec();
    });
    // The user's own role may have changed, or the database become secured.
    refresh();
}

void DeskSession::showAuditTrail()
{
    DeskCommands::run(m_window, tr("Audit trail"), [this] {
        AuditTrailDialog dialog(*m_db, m_window);
        dialog.setUser(m_user);
        dialog.exec();
    });
}

} // namespace paydesk::ui
