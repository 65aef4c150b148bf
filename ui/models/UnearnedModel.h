#pragma once

#include "models/AccountTableModel.h"

namespace paydesk::ui {

// Unearned income (prepayments) the family holds, apart from its charges: per payment and
// the patient, provider and clinic it is kept for, netted. Offset pairs (a negative payment
// matched with a positive one) cancel out and are left out, as in the Net Unearned Income
// report.
class UnearnedModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Payment, Date, Patient, Provider, Clinic, Held };

    explicit UnearnedModel(QObject *parent = nullptr);

protected:
    void accountChanged() override;
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Line
    {
        qint64 paymentId = 0;
        QDate date;
        qint64 patientId = 0;
        qint64 providerId = 0;
        qint64 clinicId = 0;
        core::Money held;
    };

    QList<Line> m_lines;
};

} // namespace paydesk::ui
