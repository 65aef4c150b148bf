#include "balancer/NetUnearnedModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

NetUnearnedModel::NetUnearnedModel(QObject *parent)
    : TableModel({tr("Account #"), tr("Guarantor"), tr("Unearned"), tr("Oldest"), tr("Days held"), tr("Charges owe")},
                 {Family, Unearned, DaysHeld, ChargesOwe},
                 parent)
{}

void NetUnearnedModel::setLines(const QList<core::NetUnearnedReport::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int NetUnearnedModel::rows() const
{
    return int(m_lines.size());
}

QVariant NetUnearnedModel::cell(int row, int column, int role) const
{
    const core::NetUnearnedReport::Line &line = m_lines.at(row);
    if (role == IdRole)
        return line.familyId;
    switch (Column(column)) {
    case Family:
        return CellData::id(line.familyId, role);
    case Guarantor:
        return CellData::text(line.guarantor, role);
    case Unearned:
        return CellData::money(line.unearned, role);
    case Oldest:
        return CellData::date(line.oldest, role);
    case DaysHeld:
        return CellData::count(line.daysHeld, role);
    case ChargesOwe:
        return CellData::money(line.chargesOwe, role);
    }
    return {};
}

} // namespace paydesk::ui
