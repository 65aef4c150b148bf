#include "balancer/BalancePage.h"

#include "ListTableView.h"
#include "balancer/BalancerMethod.h"
#include "balancer/OutcomesModel.h"
#include "balancer/PlanRowsModel.h"
#include "balancer/RunProgress.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "groups/PracticeGroups.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "models/ItemRoles.h"
#include "print/LedgerText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

QString methodHelp(core::BalancerMethod method)
{
    switch (method) {
    case core::BalancerMethod::TransferRigorous:
        return BalancePage::tr("A $0 income transfer (Txfr) per family moves credit to what is owed within the same "
                               "patient, provider and clinic first, then ever wider.");
    case core::BalancerMethod::TransferFifo:
        return BalancePage::tr("A $0 income transfer (Txfr) per family: the oldest charges take the oldest credit "
                               "first, whoever they belong to.");
    case core::BalancerMethod::Recreate:
        return BalancePage::tr("Takes back unallocated and overpaying splits and splits each payment again, oldest "
                               "charges first; no transfer. What is left becomes unearned income.");
    }
    return {};
}

// The rows a real run wrote to one family, as a plan, so they show like the dry run's.
core::FamilyPlan writtenBy(const core::FamilyAccount &account, qint64 runId)
{
    core::FamilyPlan plan;
    plan.familyId = account.familyId;
    for (const core::Allocation &a : account.allocations) {
        if (a.runId == runId)
            plan.allocations.append(a);
    }
    for (const core::ClaimSpread &s : account.claimSpreads) {
        if (s.runId == runId)
            plan.spreads.append(s);
    }
    return plan;
}

} // namespace

BalancePage::BalancePage(
        const core::Database &db, const QString &user, qint64 familyId, RunProgress *progress, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_familyId(familyId)
    , m_progress(progress)
    , m_thisFamily(new QRadioButton(this))
    , m_allFamilies(new QRadioButton(tr("A&ll families"), this))
    , m_method(new QComboBox(this))
    , m_methodHelp(new QLabel(this))
    , m_asOfEnabled(new QCheckBox(tr("Lea&ve alone what is dated after"), this))
    , m_asOf(new DateEdit(this))
    , m_voidTransfers(new QCheckBox(tr("V&oid earlier transfers first"), this))
    , m_dryRunButton(new QPushButton(tr("&Dry run"), this))
    , m_runButton(new QPushButton(tr("&Run…"), this))
    , m_headline(new QLabel(this))
    , m_outcomesModel(new OutcomesModel(this))
    , m_outcomes(new ListTableView(m_outcomesModel, this))
    , m_details(new QLabel(this))
    , m_planModel(new PlanRowsModel(this))
    , m_planRows(new ListTableView(m_planModel, this))
    , m_export(new QPushButton(tr("&Export summary CSV…"), this))
    , m_errors(new ErrorLabel(this))
{
    m_thisFamily->setObjectName(QStringLiteral("scopeFamily"));
    m_allFamilies->setObjectName(QStringLiteral("scopeAll"));
    m_method->setObjectName(QStringLiteral("method"));
    m_asOfEnabled->setObjectName(QStringLiteral("asOfEnabled"));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_voidTransfers->setObjectName(QStringLiteral("voidTransfers"));
    m_dryRunButton->setObjectName(QStringLiteral("dryRun"));
    m_runButton->setObjectName(QStringLiteral("run"));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_outcomes->setObjectName(QStringLiteral("outcomes"));
    m_outcomes->setAccessibleName(tr("Families and what the run does to each"));
    m_details->setObjectName(QStringLiteral("details"));
    m_planRows->setObjectName(QStringLiteral("planRows"));
    m_planRows->setAccessibleName(tr("Rows the run writes for the chosen family"));
    m_export->setObjectName(QStringLiteral("exportSummary"));

    m_thisFamily->setText(m_familyId ? tr("&This family: account #%1").arg(m_familyId) : tr("&This family"));
    if (m_familyId) {
        m_errors->run([&] {
            const core::FamilyAccount account = core::AccountReader(m_db).load(m_familyId);
            if (const core::Patient *guarantor = account.guarantor())
                m_thisFamily->setText(
                        tr("&This family: account #%1, %2").arg(QString::number(m_familyId), guarantor->displayName()));
        });
    }
    // A family of a legacy group is never allocated: its scope is greyed out with the core's
    // reason, which every run over it would give.
    const QString legacy = m_familyId ? ErrorLabel::refusalOf([this] {
        core::PracticeGroups::requireTracked(m_db, m_familyId);
    })
                                      : QString();
    m_thisFamily->setEnabled(m_familyId != 0 && legacy.isEmpty());
    m_thisFamily->setToolTip(legacy);
    (m_thisFamily->isEnabled() ? m_thisFamily : m_allFamilies)->setChecked(true);
    if (!legacy.isEmpty())
        m_errors->showMessages({legacy});
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_thisFamily);
    scope->addButton(m_allFamilies);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_thisFamily);
    scopeRow->addSpacing(16);
    scopeRow->addWidget(m_allFamilies);
    scopeRow->addStretch();

    for (core::BalancerMethod method : core::allBalancerMethods())
        m_method->addItem(core::balancerMethodLabel(method), int(method));
    m_methodHelp->setWordWrap(true);
    m_methodHelp->setForegroundRole(QPalette::PlaceholderText);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_method, &QComboBox::currentIndexChanged, this, &BalancePage::updateMethodHelp);
    updateMethodHelp();

    m_asOf->useReportRange(core::LedgerCalendar(m_db).today());
    m_asOf->enableWith(m_asOfEnabled);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOfEnabled, 0, Qt::AlignTop);
    asOfRow->addWidget(m_asOf, 1);
    m_voidTransfers->setToolTip(tr("Takes back the rows of every earlier income transfer with reversing rows "
                                   "(nothing is deleted) before balancing again."));

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method);
    methodRow->addWidget(m_methodHelp, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Families:"), scopeRow);
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, methodRow);
    form->addRow(tr("As of:"), asOfRow);
    form->addRow(QString(), m_voidTransfers);

    m_dryRunButton->setToolTip(tr("Shows what a run would do to each family and writes nothing."));
    m_runButton->setToolTip(tr("Writes the rows, family by family; the run can be undone from the Runs tab."));
    for (QPushButton *button : {m_dryRunButton, m_runButton, m_export})
        button->setAutoDefault(false);
    connect(m_dryRunButton, &QPushButton::clicked, this, &BalancePage::dryRun);
    connect(m_runButton, &QPushButton::clicked, this, &BalancePage::run);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_dryRunButton);
    actions->addWidget(m_runButton);

    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setText(tr("Choose the families and the method, then preview with Dry run."));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomes->setStretchColumn(OutcomesModel::Reason);
    m_outcomes->setExportName(QStringLiteral("family-balancer"));
    m_planRows->setStretchColumn(PlanRowsModel::PaidTo);
    m_planRows->setExportName(QStringLiteral("family-balancer-rows"));
    connect(m_outcomes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showFamily(m_outcomes->currentId());
    });
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, m_outcomes, &ListTableView::exportCsv);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_planRows, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_outcomes);
    splitter->addWidget(detailsPane);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({220, 220});

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_errors, 1);
    bottom->addStretch();
    bottom->addWidget(m_export, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
}

core::BalancerOptions BalancePage::options() const
{
    core::BalancerOptions options;
    options.method = core::BalancerMethod(m_method->currentData().toInt());
    options.familyId = m_thisFamily->isChecked() ? m_familyId : 0;
    options.asOf = m_asOfEnabled->isChecked() ? m_asOf->date() : QDate();
    options.voidTransfers = m_voidTransfers->isChecked();
    options.batchSize = m_batchSize;
    return options;
}

void BalancePage::dryRun()
{
    if (m_asOfEnabled->isChecked() && !m_asOf->takeDate())
        return; // a refused as-of date is explained under it, never run as "no date"
    core::BalancerOptions preview = options();
    preview.dryRun = true;
    execute(preview);
}

void BalancePage::run()
{
    if (m_asOfEnabled->isChecked() && !m_asOf->takeDate())
        return;
    const core::BalancerOptions real = options();
    if (real.familyId == 0 && !confirmAllFamilies())
        return;
    execute(real);
}

bool BalancePage::confirmAllFamilies()
{
    QMessageBox box(QMessageBox::Question,
                    tr("Family Balancer"),
                    tr("Balance every family with “%1”?").arg(m_method->currentText()),
                    QMessageBox::Yes | QMessageBox::No,
                    this);
    box.setInformativeText(tr("Rows are written family by family, %1 families to a transaction; a cancel keeps the "
                              "families already balanced. The run can be undone as a whole from the Runs tab.")
                                   .arg(m_batchSize));
    box.button(QMessageBox::Yes)->setText(tr("&Balance all families"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void BalancePage::execute(core::BalancerOptions options)
{
    if (m_progress->isRunning())
        return;
    core::BalancerSummary summary;
    const QDate today = core::LedgerCalendar(m_db).today();
    const QString action = options.dryRun ? tr("Previewing…") : tr("Balancing…");
    const bool done = m_errors->run([&] {
        m_progress->run(action, [&](const core::FamilyBalancer::Progress &progress) {
            summary = core::FamilyBalancer(m_db, m_user).run(options, progress);
        });
    });
    if (!done) {
        // The batches committed before a failure stay written.
        if (!options.dryRun)
            Q_EMIT ledgerChanged();
        return;
    }
    m_ranWith = options;
    m_ranOn = today;
    m_summary = summary;
    m_hasSummary = true;
    showSummary();
    if (!summary.dryRun)
        Q_EMIT ledgerChanged();
}

void BalancePage::showSummary()
{
    const core::BalancerSummary &s = m_summary;
    const QString moved = LedgerText::money(s.amountMoved);
    const int changed = int(s.changed.size());
    QString headline = s.dryRun ? tr("Dry run, nothing written: %n family(ies) would change, %1 rows, %2 moved.",
                                     nullptr,
                                     changed)
                                          .arg(QString::number(s.rowsWritten), moved)
                                : tr("Run #%1: %n family(ies) changed, %2 rows written, %3 moved.", nullptr, changed)
                                          .arg(QString::number(s.runId), QString::number(s.rowsWritten), moved);
    QStringList notes;
    notes << tr("%n family(ies) looked at.", nullptr, int(s.familiesSeen));
    if (!s.refused.isEmpty())
        notes << tr("%n family(ies) refused and left untouched (see why below).", nullptr, int(s.refused.size()));
    if (s.cancelled)
        notes << tr("Cancelled: only whole families were done.");
    m_headline->setText(tr("%1 %2").arg(headline, notes.join(u' ')));

    m_outcomesModel->setSummary(s);
    m_outcomes->setExportName(s.dryRun ? QStringLiteral("family-balancer-dry-run")
                                       : QStringLiteral("family-balancer-run-%1").arg(s.runId));
    m_export->setEnabled(true);
    m_planModel->clear();
    m_details->setText(m_outcomesModel->rowCount() ? tr("Select a family to see its rows.")
                                                   : tr("No family needs a change."));
    if (m_outcomesModel->rowCount())
        m_outcomes->setCurrentIndex(m_outcomes->model()->index(0, 0));
}

void BalancePage::showFamily(qint64 familyId)
{
    const core::FamilyOutcome *outcome = m_outcomesModel->outcome(familyId);
    if (!outcome) {
        m_planModel->clear();
        return;
    }
    m_errors->run([&] {
        const core::FamilyAccount account = core::AccountReader(m_db).load(familyId);
        const core::Patient *guarantor = account.guarantor();
        const QString family = guarantor
                                       ? tr("Account #%1, %2").arg(QString::number(familyId), guarantor->displayName())
                                       : tr("Account #%1").arg(familyId);
        if (!outcome->refusal.isEmpty()) {
            m_planModel->clear();
            m_details->setText(tr("%1 is left untouched: %2").arg(family, outcome->refusal));
            return;
        }
        if (m_summary.dryRun) {
            const core::FamilyPlan plan = core::FamilyBalancer::plan(account, m_ranWith, m_ranOn);
            m_planModel->setPlan(account, plan);
            m_details->setText(
                    plan.needsTransfer()
                            ? tr("%1: the rows a run would write, grouped by a new $0 income transfer (Txfr) "
                                 "dated %2.")
                                      .arg(family, LedgerText::date(plan.transferDate))
                            : tr("%1: the rows a run would write.").arg(family));
        } else {
            m_planModel->setPlan(account, writtenBy(account, m_summary.runId));
            m_details->setText(tr("%1: the rows run #%2 wrote.").arg(family, QString::number(m_summary.runId)));
        }
    });
}

void BalancePage::updateMethodHelp()
{
    m_methodHelp->setText(methodHelp(core::BalancerMethod(m_method->currentData().toInt())));
}

} // namespace paydesk::ui
