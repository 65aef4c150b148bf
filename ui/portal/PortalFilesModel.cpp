#include "portal/PortalFilesModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

PortalFilesModel::PortalFilesModel(QObject *parent)
    : TableModel({tr("File"),
                  tr("Fetched"),
                  tr("By"),
                  tr("Posted"),
                  tr("Total posted"),
                  tr("Refunds"),
                  tr("Duplicates"),
                  tr("Skipped"),
                  tr("Exceptions"),
                  tr("Bytes"),
                  tr("SHA-256")},
                 {Posted, PostedTotal, Refunds, Duplicates, Skipped, Exceptions, Size},
                 parent)
{}

void PortalFilesModel::setRows(QList<core::portal::PortalFileRecord> rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    endResetModel();
}

QVariant PortalFilesModel::cell(int row, int column, int role) const
{
    const core::portal::PortalFileRecord &file = m_rows.at(row);
    if (role == IdRole)
        return file.id;
    switch (Column(column)) {
    case Name:
        return CellData::text(file.name, role);
    case FetchedAt:
        return CellData::dateTime(file.fetchedAt, m_zone, role);
    case FetchedBy:
        return CellData::text(file.fetchedBy, role);
    case Posted:
        return CellData::count(file.counts.posted, role);
    case PostedTotal:
        return CellData::money(file.counts.postedTotal, role);
    case Refunds:
        return CellData::count(file.counts.refunds, role);
    case Duplicates:
        return CellData::count(file.counts.duplicates, role);
    case Skipped:
        return CellData::count(file.counts.skipped, role);
    case Exceptions:
        return CellData::count(file.counts.exceptions, role);
    case Size:
        return CellData::count(file.size, role);
    case Sha256:
        return CellData::text(file.sha256, role);
    }
    return {};
}

} // namespace paydesk::ui
