#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// Every allocation row of the family's payments, reversals included, with the income
// transfer and the balancer run that wrote it, if any.
class AllocationsModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Payment, Target, Patient, Provider, Clinic, Amount, Rule, Reverses, Transfer, Run };

    explicit AllocationsModel(QObject *parent = nullptr);

    // "Manual", "Transfer", "Reversal", ...: how a row came to be.
    static QString ruleText(core::AllocationRule rule);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString targetText(const core::AllocationTarget &target) const;
};

} // namespace paydesk::ui
