#pragma once

#include "models/FamilyLinesModel.h"
#include "reports/NetUnearnedReport.h"

namespace paydesk::ui {

// The lines of the Net Unearned Income report.
class NetUnearnedModel : public FamilyLinesModel<core::NetUnearnedReport::Line>
{
    Q_OBJECT

public:
    enum Column { Family, Guarantor, Unearned, Oldest, DaysHeld, ChargesOwe };

    explicit NetUnearnedModel(QObject *parent = nullptr);

protected:
    QVariant lineCell(const core::NetUnearnedReport::Line &line, int column, int role) const override;
};

} // namespace paydesk::ui
