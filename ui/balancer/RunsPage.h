#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class RunProgress;
class RunsModel;

// Every balancer run with who ran it, when, how and on what, and what it did. "Undo run…"
// reverses a whole run, after asking, as a run of its own: nothing is deleted.
class RunsPage : public QWidget
{
    Q_OBJECT

public:
    RunsPage(const core::Database &db, const QString &user, RunProgress *progress, QWidget *parent = nullptr);

    ListTableView *runs() const { return m_runs; }
    // The run the undo would reverse, 0 when the selected one cannot be undone.
    qint64 undoableRunId() const;

public Q_SLOTS:
    // Reads the run log again, keeping the selected run.
    void reload();
    void undoSelected();

Q_SIGNALS:
    void ledgerChanged();

private:
    void updateActions();

    const core::Database &m_db;
    QString m_user;
    RunProgress *m_progress;
    RunsModel *m_model;
    ListTableView *m_runs;
    QLabel *m_status;
    QPushButton *m_undo;
    QPushButton *m_refresh;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
