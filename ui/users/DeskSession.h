#pragma once

#include "users/ActionGate.h"

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
class QMainWindow;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class IdleLock;

// Who works at the desk, and what follows from it: the user and role in the status bar,
// File > Switch user and Change password (a secured database only: an open one works as
// before, under the name the desk was started with), Tools > Users and Audit trail, the
// idle lock, and the greying out of what the role may not do (ActionGate).
class DeskSession : public QObject
{
    Q_OBJECT

public:
    explicit DeskSession(QMainWindow *window);

    // A database was opened and `user` signed in to it (or is the open mode's name).
    void start(const core::Database *db, const QString &user);
    const QString &user() const { return m_user; }
    bool isSecured() const { return m_secured; }
    // "User: clerk1 (front desk)".
    QString statusText() const;

    ActionGate &gate() { return m_gate; }
    IdleLock *idleLock() const { return m_idleLock; }
    QAction *switchUserAction() const { return m_switchUser; }
    QAction *changePasswordAction() const { return m_changePassword; }
    QAction *usersAction() const { return m_users; }
    QAction *auditTrailAction() const { return m_auditTrail; }

    // The idle lock's wait, read again after the settings may have changed.
    void readSettings();

Q_SIGNALS:
    // Another user signed in, or the user's role changed: the window shows it and asks the
    // gate again.
    void userChanged(const QString &user);

private:
    void switchUser();
    void changePassword();
    void manageUsers();
    void showAuditTrail();
    // Reads the user's role and permissions again and tells the window.
    void refresh();

    QMainWindow *m_window;
    const core::Database *m_db = nullptr;
    QString m_user;
    bool m_secured = false;
    ActionGate m_gate;
    IdleLock *m_idleLock;
    QAction *m_switchUser;
    QAction *m_changePassword;
    QAction *m_users;
    QAction *m_auditTrail;
};

} // namespace paydesk::ui
