#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// File > Back up now… and File > Restore… (core::DatabaseBackup): a file dialog, then the
// service; Restore first says which database is replaced by the state of which time, and what
// is lost, and asks again, explicitly, when the database holds later work. The window gates
// both actions for the administrator (ActionGate) and reopens the database on restored().
class BackupActions : public QObject
{
    Q_OBJECT

public:
    explicit BackupActions(QWidget *window);

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }
    void setSession(const core::Database *db, const QString &user);

Q_SIGNALS:
    // A line for the status bar.
    void notice(const QString &message);
    // The database was replaced: the window opens it again.
    void restored(const QString &summary);

private:
    void backUp();
    void restore();
    // The file Back up now offers: beside the daily run's backups, named by the minute (never
    // the daily run's own pattern, so its rotation leaves it alone).
    QString suggestedFile() const;

    QWidget *m_window;
    QAction *m_backUp;
    QAction *m_restore;
    const core::Database *m_db = nullptr;
    QString m_user;
};

} // namespace paydesk::ui
