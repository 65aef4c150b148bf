#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// Discounts, write-offs and fees: attached ones change their charge's balance, stand-alone
// ones are items of their own that payments can be allocated to.
class AdjustmentsModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Patient, Type, Provider, Clinic, Charge, Amount, Paid, Balance };

    explicit AdjustmentsModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace paydesk::ui
