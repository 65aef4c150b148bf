#pragma once

#include "models/TableModel.h"
#include "reports/NetUnearnedReport.h"

namespace paydesk::ui {

// The lines of the Net Unearned Income report. IdRole is the family's account number.
class NetUnearnedModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Family, Guarantor, Unearned, Oldest, DaysHeld, ChargesOwe };

    explicit NetUnearnedModel(QObject *parent = nullptr);

    void setLines(const QList<core::NetUnearnedReport::Line> &lines);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::NetUnearnedReport::Line> m_lines;
};

} // namespace paydesk::ui
