#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// The family's charges with what has been applied to each and what is left to pay.
// Insurance is what claims paid plus what they wrote off, apart from the patient's money.
// A voided charge stays listed, greyed, with the void that took it back.
class ChargesModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Date,
        Patient,
        Code,
        Description,
        Provider,
        Clinic,
        Amount,
        Adjustments,
        Insurance,
        Paid,
        Balance,
        Status
    };

    explicit ChargesModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    static QString insuranceToolTip(const core::ChargeLine &line);
};

} // namespace paydesk::ui
