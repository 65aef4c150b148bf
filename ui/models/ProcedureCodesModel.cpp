#include "models/ProcedureCodesModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

namespace paydesk::ui {

ProcedureCodesModel::ProcedureCodesModel(QObject *parent)
    : TableModel({tr("Code"), tr("Description"), tr("Default fee")}, {Fee}, parent)
{}

void ProcedureCodesModel::setCodes(const QList<core::ProcedureCode> &codes)
{
    beginResetModel();
    m_codes = codes;
    endResetModel();
}

int ProcedureCodesModel::rows() const
{
    return int(m_codes.size());
}

QVariant ProcedureCodesModel::cell(int row, int column, int role) const
{
    const core::ProcedureCode &code = m_codes.at(row);
    switch (Column(column)) {
    case Code: return CellData::text(code.code, role);
    case Description: return CellData::text(code.description, role);
    case Fee:
        if (code.fee)
            return CellData::money(*code.fee, role);
        // No fee sorts before every fee and exports as an empty field, as the import reads it.
        return role == SortRole ? QVariant(qint64(-1)) : CellData::text(QString(), role);
    }
    return {};
}

} // namespace paydesk::ui
