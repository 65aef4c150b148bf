#include "models/TransfersModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

TransfersModel::TransfersModel(QObject *parent)
    : AccountTableModel(
            {tr("Txfr #"), tr("Date"), tr("Direction"), tr("Patient"), tr("Provider"), tr("Clinic"), tr("Amount")},
            {Transfer, Amount},
            parent)
{}

void TransfersModel::accountChanged()
{
    m_lines = core::TransferLines::of(account());
}

int TransfersModel::rows() const
{
    return int(m_lines.size());
}

QVariant TransfersModel::cell(int row, int column, int role) const
{
    const core::TransferLines::Line &line = m_lines.at(row);
    if (role == IdRole)
        return line.transferId;
    if (role == PatientIdRole)
        return line.patientId;
    switch (Column(column)) {
    case Transfer:
        if (role == Qt::ToolTipRole) {
            const core::PaymentLine *transfer = account().payment(line.transferId);
            return transfer ? transfer->payment.note : QString();
        }
        return CellData::id(line.transferId, role);
    case Date:
        return CellData::date(line.date, role);
    case Patient:
        return CellData::text(patientName(line.patientId), role);
    case Provider:
        return CellData::text(providerCode(line.providerId), role);
    case Clinic:
        return CellData::text(clinicCode(line.clinicId), role);
    case Amount:
        return CellData::money(line.amount, role);
    case Direction:
        return CellData::text(line.amount.isNegative() ? tr("From") : tr("To"), role);
    }
    return {};
}

} // namespace paydesk::ui
