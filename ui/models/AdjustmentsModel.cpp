#include "models/AdjustmentsModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <QBrush>
#include <QPalette>

namespace paydesk::ui {

AdjustmentsModel::AdjustmentsModel(QObject *parent)
    : AccountTableModel({tr("Adjustment #"), tr("Date"), tr("Patient"), tr("Type"), tr("Provider"), tr("Clinic"),
                         tr("On charge #"), tr("Amount"), tr("Paid"), tr("Balance"), tr("Status")},
                        {Id, Charge, Amount, Paid, Balance}, parent)
{
}

int AdjustmentsModel::rows() const
{
    return int(account().adjustments.size());
}

QVariant AdjustmentsModel::cell(int row, int column, int role) const
{
    const core::AdjustmentLine &line = account().adjustments.at(row);
    const core::Adjustment &adjustment = line.adjustment;
    if (role == IdRole)
        return adjustment.id;
    if (role == PatientIdRole)
        return adjustment.patientId;
    if (role == Qt::ForegroundRole && column < Amount && (line.isVoided() || adjustment.isVoid() || onVoidedCharge(line)))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    switch (Column(column)) {
    case Id: return CellData::id(adjustment.id, role);
    case Date: return CellData::date(adjustment.date, role);
    case Patient: return CellData::text(patientName(adjustment.patientId), role);
    case Type: return CellData::text(account().adjustmentTypeName(adjustment), role);
    case Provider: return CellData::text(providerCode(adjustment.providerId), role);
    case Clinic: return CellData::text(clinicCode(adjustment.clinicId), role);
    case Charge: return CellData::id(adjustment.chargeId, role);
    case Amount: return CellData::money(adjustment.amount, role);
    case Paid: return CellData::money(line.allocated, role);
    case Balance: return CellData::money(line.balance(), role);
    case Status:
        if (role == Qt::ToolTipRole)
            return adjustment.note;
        return CellData::text(status(line), role);
    }
    return {};
}

QString AdjustmentsModel::status(const core::AdjustmentLine &line) const
{
    const core::Adjustment &adjustment = line.adjustment;
    if (adjustment.reversesAdjustmentId)
        return tr("Void of #%1").arg(adjustment.reversesAdjustmentId);
    if (adjustment.voidsCharge())
        return tr("Void of charge #%1").arg(adjustment.chargeId);
    if (line.isVoided())
        return tr("Voided by #%1").arg(line.voidedById);
    if (onVoidedCharge(line))
        return tr("Charge #%1 voided").arg(adjustment.chargeId);
    return {};
}

// Its charge's void took it back with the charge.
bool AdjustmentsModel::onVoidedCharge(const core::AdjustmentLine &line) const
{
    const core::ChargeLine *charge = line.adjustment.chargeId ? account().charge(line.adjustment.chargeId) : nullptr;
    return charge && charge->isVoided() && !line.adjustment.isVoid();
}

} // namespace paydesk::ui
