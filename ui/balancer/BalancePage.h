#pragma once

#include "balancer/FamilyBalancer.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class DateEdit;
class ErrorLabel;
class ListTableView;
class OutcomesModel;
class PlanRowsModel;
class RunProgress;

// The balancer's options, its dry run and its run: what it would do (or did) to each
// family, and, for the family selected, the rows themselves. A real run over every family
// asks first; a run writes whole families in batches and can be cancelled between them.
class BalancePage : public QWidget
{
    Q_OBJECT

public:
    // `familyId` is the family open at the desk (0: none, so only "all families" applies).
    BalancePage(const core::Database &db,
                const QString &user,
                qint64 familyId,
                RunProgress *progress,
                QWidget *parent = nullptr);

    core::BalancerOptions options() const;
    // Families per transaction of a real run (the core's default unless set).
    void setBatchSize(int families) { m_batchSize = families; }
    bool hasSummary() const { return m_hasSummary; }
    const core::BalancerSummary &summary() const { return m_summary; }
    ListTableView *outcomes() const { return m_outcomes; }
    ListTableView *planRows() const { return m_planRows; }

public Q_SLOTS:
    void dryRun();
    // Asks first when the scope is every family.
    void run();

Q_SIGNALS:
    // A run wrote rows (or was cancelled after some): the account and the run list are stale.
    void ledgerChanged();

private:
    void execute(core::BalancerOptions options);
    void showSummary();
    void showFamily(qint64 familyId);
    void updateMethodHelp();
    bool confirmAllFamilies();

    const core::Database &m_db;
    QString m_user;
    qint64 m_familyId;
    RunProgress *m_progress;
    int m_batchSize = core::BalancerOptions().batchSize;

    core::BalancerOptions m_ranWith;
    QDate m_ranOn;
    core::BalancerSummary m_summary;
    bool m_hasSummary = false;

    QRadioButton *m_thisFamily;
    QRadioButton *m_allFamilies;
    QComboBox *m_method;
    QLabel *m_methodHelp;
    QCheckBox *m_asOfEnabled;
    DateEdit *m_asOf;
    QCheckBox *m_voidTransfers;
    QPushButton *m_dryRunButton;
    QPushButton *m_runButton;
    QLabel *m_headline;
    OutcomesModel *m_outcomesModel;
    ListTableView *m_outcomes;
    QLabel *m_details;
    PlanRowsModel *m_planModel;
    ListTableView *m_planRows;
    QPushButton *m_export;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
