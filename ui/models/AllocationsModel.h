#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// Every allocation row of the family's payments, reversals included.
class AllocationsModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Payment, Target, Patient, Provider, Clinic, Amount, Rule, Reverses };

    explicit AllocationsModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString targetText(const core::AllocationTarget &target) const;
    static QString ruleText(core::AllocationRule rule);
};

} // namespace paydesk::ui
