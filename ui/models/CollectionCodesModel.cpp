#include "models/CollectionCodesModel.h"

#include "models/CellData.h"

namespace paydesk::ui {

CollectionCodesModel::CollectionCodesModel(QObject *parent)
    : TableModel({tr("Code"), tr("Description"), tr("Days to Remain"), tr("Next Status")}, {Days}, parent)
{}

void CollectionCodesModel::setCodes(const QList<core::CollectionCode> &codes)
{
    beginResetModel();
    m_codes = codes;
    endResetModel();
}

int CollectionCodesModel::rows() const
{
    return int(m_codes.size());
}

QVariant CollectionCodesModel::cell(int row, int column, int role) const
{
    const core::CollectionCode &code = m_codes.at(row);
    switch (Column(column)) {
    case Code:
        return CellData::text(code.code, role);
    case Description:
        return CellData::text(code.description, role);
    case Days:
        return CellData::count(code.daysToRemain, role);
    case Next:
        return CellData::text(code.nextCode, role);
    }
    return {};
}

} // namespace paydesk::ui
