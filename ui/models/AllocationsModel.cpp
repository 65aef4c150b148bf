#include "models/AllocationsModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

AllocationsModel::AllocationsModel(QObject *parent)
    : AccountTableModel({tr("Allocation #"), tr("Payment #"), tr("Paid to"), tr("Patient"), tr("Provider"),
                         tr("Clinic"), tr("Amount"), tr("Rule"), tr("Reverses #"), tr("Txfr #"), tr("Run #")},
                        {Id, Payment, Amount, Reverses, Transfer, Run}, parent)
{
}

int AllocationsModel::rows() const
{
    return int(account().allocations.size());
}

QVariant AllocationsModel::cell(int row, int column, int role) const
{
    const core::Allocation &allocation = account().allocations.at(row);
    if (role == IdRole)
        return allocation.id;
    if (role == PatientIdRole)
        return allocation.patientId;
    switch (Column(column)) {
    case Id: return CellData::id(allocation.id, role);
    case Payment: return CellData::id(allocation.paymentId, role);
    case Target:
        if (role == SortRole)
            return QStringLiteral("%1:%2").arg(int(allocation.target.kind)).arg(allocation.target.id, 19, 10, QLatin1Char('0'));
        return CellData::text(targetText(allocation.target), role);
    case Patient: return CellData::text(patientName(allocation.patientId), role);
    case Provider: return CellData::text(providerCode(allocation.providerId), role);
    case Clinic: return CellData::text(clinicCode(allocation.clinicId), role);
    case Amount: return CellData::money(allocation.amount, role);
    case Rule: return CellData::text(ruleText(allocation.rule), role);
    case Reverses: return CellData::id(allocation.reversesAllocationId, role);
    case Transfer: return CellData::id(allocation.transferId, role);
    case Run: return CellData::id(allocation.runId, role);
    }
    return {};
}

QString AllocationsModel::targetText(const core::AllocationTarget &target) const
{
    switch (target.kind) {
    case core::AllocationTarget::Kind::Charge: {
        const core::ChargeLine *line = account().charge(target.id);
        return line ? tr("Charge #%1 (%2)").arg(QString::number(target.id), line->charge.code) : tr("Charge #%1").arg(target.id);
    }
    case core::AllocationTarget::Kind::Adjustment: return tr("Adjustment #%1").arg(target.id);
    case core::AllocationTarget::Kind::Unearned: return tr("Unearned income");
    }
    return {};
}

QString AllocationsModel::ruleText(core::AllocationRule rule)
{
    switch (rule) {
    case core::AllocationRule::Manual: return tr("Manual");
    case core::AllocationRule::Auto: return tr("Auto");
    case core::AllocationRule::Import: return tr("Import");
    case core::AllocationRule::Unallocate: return tr("Unallocate");
    case core::AllocationRule::Void: return tr("Void");
    case core::AllocationRule::Transfer: return tr("Transfer");
    case core::AllocationRule::Recreate: return tr("Recreated split");
    case core::AllocationRule::Offset: return tr("Offset");
    case core::AllocationRule::Reverse: return tr("Reversal");
    case core::AllocationRule::Migration: return tr("Migration");
    }
    return {};
}

} // namespace paydesk::ui
