#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// Discounts, write-offs and fees: attached ones change their charge's balance, stand-alone
// ones are items of their own that payments can be allocated to. Voids of charges and
// adjustments are listed here too, beside what they took back, both greyed as voided
// payments are.
class AdjustmentsModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Patient, Type, Provider, Clinic, Charge, Amount, Paid, Balance, Status };

    explicit AdjustmentsModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString status(const core::AdjustmentLine &line) const;
    bool onVoidedCharge(const core::AdjustmentLine &line) const;
};

} // namespace paydesk::ui
