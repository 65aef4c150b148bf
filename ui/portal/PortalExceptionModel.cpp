#include "portal/PortalExceptionModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

PortalExceptionModel::PortalExceptionModel(QObject *parent)
    : TableModel({tr("#"),
                  tr("File"),
                  tr("Line"),
                  tr("Date"),
                  tr("Amount"),
                  tr("Patient"),
                  tr("Account #"),
                  tr("Reason"),
                  tr("Status")},
                 {Id, Line, Amount},
                 parent)
{}

void PortalExceptionModel::setRows(QList<core::portal::PortalException> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant PortalExceptionModel::cell(int row, int column, int role) const
{
    const core::portal::PortalException &e = m_rows.at(row);
    if (role == IdRole)
        return e.id;
    switch (Column(column)) {
    case Id:
        return CellData::id(e.id, role);
    case File:
        return CellData::text(e.file, role);
    case Line:
        return CellData::id(e.line, role); // 0: the whole file (an insurer's 835)
    case Date:
        return CellData::date(e.matchable ? e.date : QDate(), role);
    case Amount:
        // A refund takes money back: shown as the ledger shows it, below zero.
        if (!e.matchable)
            return CellData::text(QString(), role);
        return CellData::money(e.direction == core::portal::PortalDirection::Refund ? -e.amount : e.amount, role);
    case Patient:
        return CellData::text(e.patientName, role);
    case Account:
        return CellData::text(e.accountNumber, role);
    case Reason:
        if (role == Qt::ToolTipRole)
            return e.reason;
        return CellData::text(e.reason, role);
    case Status:
        return CellData::text(e.statusLabel(), role);
    }
    return {};
}

} // namespace paydesk::ui
