#include "models/AdjustmentsModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

AdjustmentsModel::AdjustmentsModel(QObject *parent)
    : AccountTableModel({tr("Adjustment #"), tr("Date"), tr("Patient"), tr("Type"), tr("Provider"), tr("Clinic"),
                         tr("On charge #"), tr("Amount"), tr("Paid"), tr("Balance")},
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
    switch (Column(column)) {
    case Id: return CellData::id(adjustment.id, role);
    case Date: return CellData::date(adjustment.date, role);
    case Patient: return CellData::text(patientName(adjustment.patientId), role);
    case Type: return CellData::text(adjustment.type, role);
    case Provider: return CellData::text(providerCode(adjustment.providerId), role);
    case Clinic: return CellData::text(clinicCode(adjustment.clinicId), role);
    case Charge: return CellData::id(adjustment.chargeId, role);
    case Amount: return CellData::money(adjustment.amount, role);
    case Paid: return CellData::money(line.allocated, role);
    case Balance: return CellData::money(line.balance(), role);
    }
    return {};
}

} // namespace paydesk::ui
