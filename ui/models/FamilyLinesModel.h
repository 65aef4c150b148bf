#pragma once

#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "models/TableModel.h"

#include <QList>

namespace paydesk::ui {

// A report's lines, one per family, replaced whole each time the report is built. The
// first two columns are the family's account number and its guarantor's name; IdRole is
// the account number, for opening the account. `Line` has familyId and guarantor.
template<typename Line>
class FamilyLinesModel : public TableModel
{
public:
    enum FamilyColumn { Family, Guarantor };

    void setLines(const QList<Line> &lines)
    {
        beginResetModel();
        m_lines = lines;
        endResetModel();
    }

protected:
    using TableModel::TableModel;

    // The report's own columns, from column 2 on.
    virtual QVariant lineCell(const Line &line, int column, int role) const = 0;

private:
    int rows() const override { return int(m_lines.size()); }
    QVariant cell(int row, int column, int role) const override
    {
        const Line &line = m_lines.at(row);
        if (role == IdRole)
            return line.familyId;
        switch (column) {
        case Family:
            return CellData::id(line.familyId, role);
        case Guarantor:
            return CellData::text(line.guarantor, role);
        default:
            return lineCell(line, column, role);
        }
    }

    QList<Line> m_lines;
};

} // namespace paydesk::ui
