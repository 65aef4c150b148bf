#include "users/IdleLock.h"

#include "users/SignInDialog.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace paydesk::ui {

IdleLock::IdleLock(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
}

void IdleLock::arm(const core::Database *db, const QString &user, std::chrono::milliseconds idle)
{
    m_db = db;
    m_user = user;
    setIdleTime(idle);
}

void IdleLock::disarm()
{
    m_db = nullptr;
    m_timer->stop();
}

void IdleLock::setIdleTime(std::chrono::milliseconds idle)
{
    m_timer->setInterval(idle);
    if (m_db && !m_locked)
        m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_db && !m_locked)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (!m_db || m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    // Above the dialog that is open, if any, so that it stays open (and modal) under the
    // lock; as large as the desk, so that the desk's rows cannot be read past it.
    QWidget *above = QApplication::activeModalWidget();
    SignInDialog dialog(*m_db, SignInDialog::Mode::Unlock, m_user, above ? above : m_window);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setGeometry(m_window->geometry());
    dialog.exec();
    m_locked = false;
    m_timer->start();
    Q_EMIT unlocked();
}

} // namespace paydesk::ui
