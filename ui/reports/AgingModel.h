#pragma once

#include "models/FamilyLinesModel.h"
#include "reports/AgingReport.h"

namespace paydesk::ui {

// The families of the aging report, one row each with the balance by bucket.
class AgingModel : public FamilyLinesModel<core::AgingReport::Line>
{
    Q_OBJECT

public:
    enum Column { Family, Guarantor, Days0To30, Days31To60, Days61To90, Over90, Balance };

    explicit AgingModel(QObject *parent = nullptr);

protected:
    QVariant lineCell(const core::AgingReport::Line &line, int column, int role) const override;
};

} // namespace paydesk::ui
