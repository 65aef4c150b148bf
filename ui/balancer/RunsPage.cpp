#include "balancer/RunsPage.h"

#include "ListTableView.h"
#include "balancer/BalancerRunLog.h"
#include "balancer/FamilyBalancer.h"
#include "balancer/RunProgress.h"
#include "balancer/RunsModel.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"
#include "print/LedgerText.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

RunsPage::RunsPage(const core::Database &db, const QString &user, RunProgress *progress, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_progress(progress)
    , m_model(new RunsModel(this))
    , m_runs(new ListTableView(m_model, this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo run…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_errors(new ErrorLabel(this))
{
    m_runs->setObjectName(QStringLiteral("runs"));
    m_runs->setAccessibleName(tr("Balancer runs"));
    m_undo->setObjectName(QStringLiteral("undoRun"));
    m_status->setObjectName(QStringLiteral("runsStatus"));
    m_runs->setStretchColumn(RunsModel::Method);
    // On a small screen what each run was and did stays in view; who, scope and options scroll.
    m_runs->setKeyColumns({RunsModel::Run, RunsModel::Started, RunsModel::Method, RunsModel::Status, RunsModel::Rows,
                           RunsModel::Moved});
    m_runs->setExportName(QStringLiteral("balancer-runs"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setToolTip(tr("Reverses every row the run wrote with new rows, as a run of its own."));
    for (QPushButton *button : {m_undo, m_refresh})
        button->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, this, &RunsPage::undoSelected);
    connect(m_refresh, &QPushButton::clicked, this, &RunsPage::reload);
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPage::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runs, 1);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    reload();
}

void RunsPage::reload()
{
    const qint64 selected = m_runs->currentId();
    m_errors->run([&] {
        m_model->setRuns(core::BalancerRunLog(m_db, m_user).all(), core::LedgerCalendar(m_db).timeZone());
    });
    if (!selected || !m_runs->selectId(selected)) {
        if (m_model->rowCount())
            m_runs->setCurrentIndex(m_runs->model()->index(0, 0));
    }
    updateActions();
}

qint64 RunsPage::undoableRunId() const
{
    const core::BalancerRun *run = m_model->run(m_runs->currentId());
    return run && !run->isUndo() && run->reversedByRunId == 0 ? run->id : 0;
}

void RunsPage::updateActions()
{
    m_undo->setEnabled(undoableRunId() != 0);
}

void RunsPage::undoSelected()
{
    const qint64 runId = undoableRunId();
    if (!runId || m_progress->isRunning())
        return;
    const core::BalancerRun run = *m_model->run(runId);
    QMessageBox box(QMessageBox::Question,
                    tr("Undo run"),
                    tr("Undo run #%1 (%2, %3, %4)?")
                            .arg(QString::number(run.id),
                                 RunsModel::methodText(run),
                                 RunsModel::scopeText(run),
                                 LedgerText::dateTime(run.createdAt, core::LedgerCalendar(m_db).timeZone())),
                    QMessageBox::Yes | QMessageBox::No,
                    this);
    box.setInformativeText(tr("Every row the run wrote (%n row(s), %1 moved) is reversed by a new row; nothing is "
                              "deleted. The undo is recorded as a run of its own.",
                              nullptr,
                              int(run.rowsWritten))
                                   .arg(LedgerText::money(run.amountMoved)));
    box.button(QMessageBox::Yes)->setText(tr("&Undo run #%1").arg(run.id));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;

    core::BalancerSummary summary;
    const bool done = m_errors->run([&] {
        m_progress->run(tr("Undoing…"), [&](const core::FamilyBalancer::Progress &progress) {
            summary = core::FamilyBalancer(m_db, m_user).undo(runId, progress);
        });
    });
    if (!done) {
        // The batches committed before a failure stay written; the failure stays in view.
        const QStringList problems = m_errors->text().split(u'\n');
        reload();
        m_errors->showMessages(problems);
        Q_EMIT ledgerChanged();
        return;
    }
    m_status->setText(
            summary.cancelled
                    ? tr("Undo of run #%1 (run #%2) cancelled after %n family(ies).",
                         nullptr,
                         int(summary.changed.size()))
                              .arg(QString::number(runId), QString::number(summary.runId))
                    : tr("Run #%1 undone by run #%2: %n family(ies), %3 rows.", nullptr, int(summary.changed.size()))
                              .arg(QString::number(runId),
                                   QString::number(summary.runId),
                                   QString::number(summary.rowsWritten)));
    reload();
    Q_EMIT ledgerChanged();
}

} // namespace paydesk::ui
