#pragma once

#include "ledger/ProcedureCodes.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// The practice's procedure codes as Settings lists them: code (first, as CodeTablePage
// expects), description and default fee (blank when the clerk types the amount).
class ProcedureCodesModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Code, Description, Fee };

    explicit ProcedureCodesModel(QObject *parent = nullptr);

    void setCodes(const QList<core::ProcedureCode> &codes);
    const core::ProcedureCode &code(int row) const { return m_codes.at(row); }

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::ProcedureCode> m_codes;
};

} // namespace paydesk::ui
