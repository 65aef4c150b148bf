#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QTabWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class BalancePage;
class RunProgress;
class RunsPage;

// Tools > Family Balancer: attributes each family's patient money to the production it
// paid (after a conversion), previews it, runs it with a progress bar and Cancel, and
// keeps the history of runs, each of which can be undone. While a run is on, the rest of
// the dialog is locked and Escape cancels the run instead of closing.
class FamilyBalancerDialog : public QDialog
{
    Q_OBJECT

public:
    // `familyId`: the family open at the desk, offered as the scope (0: none).
    FamilyBalancerDialog(const core::Database &db, const QString &user, qint64 familyId, QWidget *parent = nullptr);

    BalancePage *balancePage() const { return m_balance; }
    RunsPage *runsPage() const { return m_runsPage; }
    RunProgress *progress() const { return m_progress; }
    void showRuns();

Q_SIGNALS:
    // Rows were written or reversed: the desk reads its account again.
    void ledgerChanged();

private:
    void setLocked(bool locked);

    QTabWidget *m_tabs;
    RunProgress *m_progress;
    BalancePage *m_balance;
    RunsPage *m_runsPage;
    QDialogButtonBox *m_buttons;
};

} // namespace paydesk::ui
