#pragma once

#include "balancer/TransferLines.h"
#include "models/AccountTableModel.h"

namespace paydesk::ui {

// The family's $0 income transfers (Txfr) as the reference shows them: per transfer, the
// net amount that left each patient/provider/clinic (negative) and arrived at each
// (positive). The rows behind them are on the Allocations list.
class TransfersModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Transfer, Date, Direction, Patient, Provider, Clinic, Amount };

    explicit TransfersModel(QObject *parent = nullptr);

protected:
    void accountChanged() override;
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::TransferLines::Line> m_lines;
};

} // namespace paydesk::ui
