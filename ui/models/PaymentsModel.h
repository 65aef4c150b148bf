#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// The family's payments, voids and refunds, each with the credit it still holds.
class PaymentsModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Patient, Method, Reference, Amount, Unallocated, Status, PostedBy };

    explicit PaymentsModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString status(const core::PaymentLine &line) const;
};

} // namespace paydesk::ui
