#include "settings/AdjustmentTypesModel.h"

#include "models/CellData.h"

namespace paydesk::ui {

AdjustmentTypesModel::AdjustmentTypesModel(QObject *parent)
    : TableModel({tr("Code"), tr("Name"), tr("Sign")}, {}, parent)
{}

void AdjustmentTypesModel::setTypes(const QList<core::AdjustmentType> &types)
{
    beginResetModel();
    m_types = types;
    endResetModel();
}

QString AdjustmentTypesModel::signText(core::AdjustmentSign sign)
{
    switch (sign) {
    case core::AdjustmentSign::Lowers: return tr("Lowers the balance");
    case core::AdjustmentSign::Raises: return tr("Raises the balance");
    case core::AdjustmentSign::Either: return tr("Either way");
    }
    return {};
}

int AdjustmentTypesModel::rows() const
{
    return int(m_types.size());
}

QVariant AdjustmentTypesModel::cell(int row, int column, int role) const
{
    const core::AdjustmentType &type = m_types.at(row);
    switch (Column(column)) {
    case Code: return CellData::text(type.code, role);
    case Name: return CellData::text(core::AdjustmentTypes::displayName(type), role);
    case Sign: return CellData::text(signText(type.sign), role);
    }
    return {};
}

} // namespace paydesk::ui
