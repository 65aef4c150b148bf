#include "models/MembersModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <QFont>

namespace paydesk::ui {

MembersModel::MembersModel(QObject *parent)
    : AccountTableModel({tr("Patient #"), tr("Name"), tr("Birth date"), tr("Guarantor"), tr("Outstanding"),
                         tr("Unallocated credit")},
                        {Id, Outstanding, Unallocated}, parent)
{
}

int MembersModel::rowOf(qint64 patientId) const
{
    const QList<core::Patient> &members = account().members;
    for (qsizetype row = 0; row < members.size(); ++row) {
        if (members.at(row).id == patientId)
            return int(row);
    }
    return -1;
}

void MembersModel::accountChanged()
{
    // The same parts as FamilyAccount::outstanding() and unallocated(), per patient, so the
    // members' figures add up to the family's.
    m_outstanding.clear();
    m_unallocated.clear();
    for (const core::ChargeLine &line : account().charges)
        m_outstanding[line.charge.patientId] += core::Money::max(line.balance(), {});
    for (const core::AdjustmentLine &line : account().adjustments)
        m_outstanding[line.adjustment.patientId] += core::Money::max(line.balance(), {});
    for (const core::PaymentLine &line : account().payments)
        m_unallocated[line.payment.patientId] += line.unallocated();
}

int MembersModel::rows() const
{
    return int(account().members.size());
}

QVariant MembersModel::cell(int row, int column, int role) const
{
    const core::Patient &patient = account().members.at(row);
    if (role == IdRole || role == PatientIdRole)
        return patient.id;
    if (role == Qt::FontRole && patient.isGuarantor && column == Name) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    switch (Column(column)) {
    case Id: return CellData::id(patient.id, role);
    case Name: return CellData::text(patient.displayName(), role);
    case BirthDate: return CellData::date(patient.birthDate, role);
    case Guarantor: return CellData::text(patient.isGuarantor ? tr("Yes") : QString(), role);
    case Outstanding: return CellData::money(m_outstanding.value(patient.id), role);
    case Unallocated: return CellData::money(m_unallocated.value(patient.id), role);
    }
    return {};
}

} // namespace paydesk::ui
