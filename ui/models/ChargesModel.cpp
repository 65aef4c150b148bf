#include "models/ChargesModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace paydesk::ui {

ChargesModel::ChargesModel(QObject *parent)
    : AccountTableModel({tr("Charge #"), tr("Date"), tr("Patient"), tr("Code"), tr("Description"), tr("Provider"),
                         tr("Clinic"), tr("Amount"), tr("Adjustments"), tr("Insurance"), tr("Paid"), tr("Balance"),
                         tr("Status")},
                        {Id, Amount, Adjustments, Insurance, Paid, Balance}, parent)
{
}

int ChargesModel::rows() const
{
    return int(account().charges.size());
}

QVariant ChargesModel::cell(int row, int column, int role) const
{
    const core::ChargeLine &line = account().charges.at(row);
    const core::Charge &charge = line.charge;
    if (role == IdRole)
        return charge.id;
    if (role == PatientIdRole)
        return charge.patientId;
    // As voided payments are: listed, greyed, the money columns as they are.
    if (role == Qt::ForegroundRole && line.isVoided() && column < Amount)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    switch (Column(column)) {
    case Id: return CellData::id(charge.id, role);
    case Date: return CellData::date(charge.date, role);
    case Patient: return CellData::text(patientName(charge.patientId), role);
    case Code: return CellData::text(charge.code, role);
    case Description: return CellData::text(charge.description, role);
    case Provider: return CellData::text(providerCode(charge.providerId), role);
    case Clinic: return CellData::text(clinicCode(charge.clinicId), role);
    case Amount: return CellData::money(charge.amount, role);
    case Adjustments: return CellData::money(line.adjusted, role);
    case Insurance:
        if (role == Qt::ToolTipRole)
            return insuranceToolTip(line);
        return CellData::money(line.insurancePaid + line.writtenOff, role);
    case Paid: return CellData::money(line.allocated, role);
    case Balance: return CellData::money(line.balance(), role);
    case Status:
        if (role == Qt::ToolTipRole && line.isVoided())
            return account().adjustment(line.voidedById)->adjustment.note;
        return CellData::text(line.isVoided() ? tr("Voided by #%1").arg(line.voidedById) : QString(), role);
    }
    return {};
}

QString ChargesModel::insuranceToolTip(const core::ChargeLine &line)
{
    if (line.insurancePaid.isZero() && line.writtenOff.isZero())
        return {};
    const QLocale locale;
    const QString paid = tr("Insurance paid %1, wrote off %2")
                             .arg(line.insurancePaid.toString(locale), line.writtenOff.toString(locale));
    const core::Money over = line.insuranceOverpaid();
    return over.isPositive() ? tr("%1; overpaid by %2, to review").arg(paid, over.toString(locale)) : paid;
}

} // namespace paydesk::ui

