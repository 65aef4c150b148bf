#include "groups/PracticeGroupsModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <QLocale>

namespace paydesk::ui {

using core::Migration;
using core::PracticeGroup;

PracticeGroupsModel::PracticeGroupsModel(QObject *parent)
    : TableModel({tr("ID"), tr("Name"), tr("Ledger"), tr("Families"), tr("Patient Payment")}, {Id, Families}, parent)
{}

void PracticeGroupsModel::setGroups(QList<PracticeGroup> groups, QHash<qint64, Migration> latest)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_latest = std::move(latest);
    endResetModel();
}

const Migration *PracticeGroupsModel::migration(qint64 groupId) const
{
    const auto it = m_latest.constFind(groupId);
    return it == m_latest.cend() ? nullptr : &*it;
}

bool PracticeGroupsModel::mayMigrate(int row) const
{
    if (row < 0 || row >= rows())
        return false;
    const PracticeGroup &g = m_groups.at(row);
    const Migration *latest = migration(g.id);
    return g.ledger == PracticeGroup::Ledger::Legacy && (!latest || !latest->isLive());
}

int PracticeGroupsModel::rowOf(qint64 groupId) const
{
    for (int row = 0; row < rows(); ++row) {
        if (m_groups.at(row).id == groupId)
            return row;
    }
    return -1;
}

QString PracticeGroupsModel::ledgerText(PracticeGroup::Ledger ledger)
{
    return ledger == PracticeGroup::Ledger::Legacy ? tr("Legacy ledger") : tr("Tracked allocations");
}

QString PracticeGroupsModel::statusText(const PracticeGroup &group, const Migration *migration)
{
    if (!migration || migration->status == Migration::Status::Error) {
        // A group created tracked has PayDesk's payments from its first day: Active, no date.
        if (group.ledger == PracticeGroup::Ledger::Tracked)
            return Migration::statusName(Migration::Status::Active);
        return migration ? Migration::statusName(Migration::Status::Error) : tr("Migrate");
    }
    if (migration->status == Migration::Status::Active && migration->completedOn.isValid())
        return tr("%1 [%2]").arg(Migration::statusName(migration->status),
                                 QLocale().toString(migration->completedOn,
                                                    tr("MMM d, yyyy", "the completion date of Active [Jan 24, 2018]")));
    return Migration::statusName(migration->status);
}

QVariant PracticeGroupsModel::cell(int row, int column, int role) const
{
    const PracticeGroup &g = m_groups.at(row);
    if (role == IdRole)
        return g.id;
    switch (Column(column)) {
    case Id:
        return CellData::id(g.id, role);
    case Name:
        return CellData::text(g.name, role);
    case Ledger:
        return CellData::text(ledgerText(g.ledger), role);
    case Families:
        return CellData::count(g.families, role);
    case PatientPayment: {
        const Migration *latest = migration(g.id);
        if (role == Qt::ToolTipRole && latest && latest->status == Migration::Status::Error)
            return tr("Error: %1").arg(latest->reason);
        return CellData::text(statusText(g, latest), role);
    }
    }
    return {};
}

} // namespace paydesk::ui
