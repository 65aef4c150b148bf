#pragma once

#include "models/TableModel.h"
#include "reports/AgingReport.h"

namespace paydesk::ui {

// The families of the aging report, one row each with the balance by bucket. IdRole is the
// family's account number.
class AgingModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Family, Guarantor, Days0To30, Days31To60, Days61To90, Over90, Balance };

    explicit AgingModel(QObject *parent = nullptr);

    void setLines(const QList<core::AgingReport::Line> &lines);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::AgingReport::Line> m_lines;
};

} // namespace paydesk::ui
