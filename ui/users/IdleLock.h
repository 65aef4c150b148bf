#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QTimer;
class QWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Locks the desk after a time without keyboard or mouse input (desk.idle_lock_minutes), on
// a secured database only: a window over the desk asks the signed-in user's password again
// (SignInDialog::Mode::Unlock). It opens above whatever dialog is open, and closes nothing:
// a payment half typed is still there after the unlock. Input anywhere in the program
// restarts the wait (an application-wide event filter).
class IdleLock : public QObject
{
    Q_OBJECT

public:
    // `window` is the desk the lock covers.
    explicit IdleLock(QWidget *window);

    // Locks for `user` after `idle` without input, from now on.
    void arm(const core::Database *db, const QString &user, std::chrono::milliseconds idle);
    // Never locks (an open database).
    void disarm();
    // A new wait, counted from now; tests shorten it instead of waiting.
    void setIdleTime(std::chrono::milliseconds idle);
    bool isArmed() const { return m_db != nullptr; }
    bool isLocked() const { return m_locked; }

public Q_SLOTS:
    // Shows the lock until the user's password is typed.
    void lock();

Q_SIGNALS:
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QTimer *m_timer;
    const core::Database *m_db = nullptr;
    QString m_user;
    bool m_locked = false;
};

} // namespace paydesk::ui
