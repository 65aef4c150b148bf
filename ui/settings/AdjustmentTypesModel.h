#pragma once

#include "ledger/AdjustmentTypes.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// The practice's adjustment types as Settings lists them: code (first, as CodeTablePage
// expects), the name in the user's language (AdjustmentTypes::displayName) and which way
// the type moves a balance.
class AdjustmentTypesModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Sign };

    explicit AdjustmentTypesModel(QObject *parent = nullptr);

    void setTypes(const QList<core::AdjustmentType> &types);
    const core::AdjustmentType &type(int row) const { return m_types.at(row); }

    // "Lowers the balance", "Raises the balance", "Either way".
    static QString signText(core::AdjustmentSign sign);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::AdjustmentType> m_types;
};

} // namespace paydesk::ui
