#include "collections/CollectionAccountPanel.h"

#include "ListTableView.h"
#include "collections/CollectionCodeCombo.h"
#include "collections/CollectionHistoryModel.h"
#include "print/LedgerText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace paydesk::ui {

CollectionAccountPanel::CollectionAccountPanel(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_history(new CollectionHistoryModel(this))
    , m_historyView(new ListTableView(m_history, this))
{
    m_code->setObjectName(QStringLiteral("collectionStatus"));
    m_plan->setObjectName(QStringLiteral("collectionPlan"));
    for (QLabel *label : {m_code, m_plan}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_historyView->setObjectName(QStringLiteral("collectionHistory"));
    m_historyView->setAccessibleName(tr("Collection status history"));
    m_historyView->setStretchColumn(CollectionHistoryModel::Note);
    m_historyView->setKeyColumns({CollectionHistoryModel::Code,
                                  CollectionHistoryModel::From,
                                  CollectionHistoryModel::By,
                                  CollectionHistoryModel::Note});

    auto *state = new QFormLayout;
    state->addRow(tr("Collection status:"), m_code);
    state->addRow(tr("Payment plan:"), m_plan);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(state, 2);
    layout->addWidget(m_historyView, 3);
    clear();
}

void CollectionAccountPanel::showStatus(const core::CollectionAccountStatus &status)
{
    m_status = status;
    m_code->setText(statusText(status));
    m_plan->setText(planText(status.plan));
    m_history->setHistory(status.history);
    m_historyView->setExportName(QStringLiteral("collections-history-%1").arg(status.familyId));
}

void CollectionAccountPanel::clear()
{
    m_status = {};
    m_code->setText(tr("Choose an account in the roster."));
    m_plan->clear();
    m_history->setHistory({});
}

QString CollectionAccountPanel::statusText(const core::CollectionAccountStatus &status)
{
    if (status.code.isEmpty())
        return tr("None");
    return tr("%1 since %2")
            .arg(CollectionCodeCombo::label(status.code, status.description), LedgerText::date(status.since));
}

QString CollectionAccountPanel::planText(const std::optional<core::CollectionPlan> &plan)
{
    if (!plan)
        return tr("None");
    using core::CollectionPlan;
    const QString kind = plan->kind == CollectionPlan::Kind::Collection ? tr("Collection payment plan")
                                                                        : tr("Non-delinquent payment plan");
    QString text = tr("%1, %2: %3 every %n day(s)", nullptr, plan->paymentDays)
                           .arg(kind, CollectionPlan::statusLabel(plan->status), LedgerText::money(plan->amount));
    if (plan->status == CollectionPlan::Status::Active)
        text += u", " + tr("next payment due %1").arg(LedgerText::date(plan->nextPaymentDate));
    else if (plan->endedOn.isValid())
        text += u", " + tr("ended %1 by %2").arg(LedgerText::date(plan->endedOn), plan->endedBy);
    if (plan->webpay)
        text += u", " + tr("CGM webPAY (%1, %2)").arg(plan->webpay->merchant, plan->webpay->method);
    return text;
}

} // namespace paydesk::ui
