#pragma once

#include "balancer/FamilyBalancer.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// The families a balancer run (or dry run) changed or refused, in account order, each with
// its rows, the amount moved and why it was refused. IdRole is the family's account number.
class OutcomesModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Family, Outcome, Rows, Moved, Reason };

    explicit OutcomesModel(QObject *parent = nullptr);

    void setSummary(const core::BalancerSummary &summary);
    const core::FamilyOutcome *outcome(qint64 familyId) const;

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString outcomeText(const core::FamilyOutcome &outcome) const;

    QList<core::FamilyOutcome> m_outcomes;
    bool m_dryRun = false;
};

} // namespace paydesk::ui
