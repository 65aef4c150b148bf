#include "balancer/OutcomesModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace paydesk::ui {

OutcomesModel::OutcomesModel(QObject *parent)
    : TableModel({tr("Account #"), tr("Outcome"), tr("Rows"), tr("Amount moved"), tr("Why refused")},
                 {Family, Rows, Moved},
                 parent)
{}

void OutcomesModel::setSummary(const core::BalancerSummary &summary)
{
    beginResetModel();
    m_dryRun = summary.dryRun;
    m_outcomes = summary.changed + summary.refused;
    std::stable_sort(m_outcomes.begin(),
                     m_outcomes.end(),
                     [](const core::FamilyOutcome &a, const core::FamilyOutcome &b) { return a.familyId < b.familyId; });
    endResetModel();
}

const core::FamilyOutcome *OutcomesModel::outcome(qint64 familyId) const
{
    const auto it = std::find_if(m_outcomes.cbegin(), m_outcomes.cend(), [familyId](const core::FamilyOutcome &o) {
        return o.familyId == familyId;
    });
    return it == m_outcomes.cend() ? nullptr : &*it;
}

int OutcomesModel::rows() const
{
    return int(m_outcomes.size());
}

QVariant OutcomesModel::cell(int row, int column, int role) const
{
    const core::FamilyOutcome &outcome = m_outcomes.at(row);
    if (role == IdRole)
        return outcome.familyId;
    const bool refused = !outcome.refusal.isEmpty();
    if (role == Qt::ForegroundRole && refused && column == Outcome)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    switch (Column(column)) {
    case Family:
        return CellData::id(outcome.familyId, role);
    case Outcome:
        return CellData::text(outcomeText(outcome), role);
    case Rows:
        return refused ? QVariant() : CellData::count(outcome.rows, role);
    case Moved:
        return refused ? QVariant() : CellData::money(outcome.moved, role);
    case Reason:
        return CellData::text(outcome.refusal, role);
    }
    return {};
}

QString OutcomesModel::outcomeText(const core::FamilyOutcome &outcome) const
{
    if (!outcome.refusal.isEmpty())
        return tr("Refused");
    return m_dryRun ? tr("Would change") : tr("Changed");
}

} // namespace paydesk::ui
