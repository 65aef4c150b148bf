#include "portal/BalanceDueModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

BalanceDueModel::BalanceDueModel(QObject *parent)
    : TableModel({tr("Account #"), tr("Guarantor"), tr("Balance"), tr("Pay Now address")}, {Account, Balance}, parent)
{}

void BalanceDueModel::setRows(QList<core::BalanceDue> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_shown = int(qMin<qsizetype>(m_pageSize, m_rows.size()));
    endResetModel();
}

void BalanceDueModel::fetchAll()
{
    show(m_rows.size() - m_shown);
}

bool BalanceDueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void BalanceDueModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        show(qMin<qsizetype>(m_pageSize, m_rows.size() - m_shown));
}

void BalanceDueModel::show(qsizetype count)
{
    if (count <= 0)
        return;
    beginInsertRows({}, m_shown, int(m_shown + count) - 1);
    m_shown += int(count);
    endInsertRows();
}

QVariant BalanceDueModel::cell(int row, int column, int role) const
{
    const core::BalanceDue &due = m_rows.at(row);
    if (role == IdRole)
        return due.familyId;
    switch (Column(column)) {
    case Account:
        return CellData::id(due.familyId, role);
    case Guarantor:
        return CellData::text(due.guarantor, role);
    case Balance:
        return CellData::money(due.balance, role);
    case PayUrl:
        return CellData::text(due.payUrl, role);
    }
    return {};
}

} // namespace paydesk::ui
