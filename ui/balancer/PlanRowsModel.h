#pragma once

#include "balancer/FamilyPlan.h"
#include "models/AccountTableModel.h"

namespace paydesk::ui {

// The rows the Family Balancer plans (or wrote) for one family, named as a clerk knows
// them: whose payment the money comes from, what it pays, for which patient, provider and
// clinic, under which rule and transfer. Allocation rows first, then claim spreads.
class PlanRowsModel : public AccountTableModel
{
    Q_OBJECT

public:
    enum Column { Payment, PaidTo, Patient, Provider, Clinic, Amount, Rule, Transfer };

    explicit PlanRowsModel(QObject *parent = nullptr);

    // `plan`'s rows, named from `account` (the family as it was planned).
    void setPlan(const core::FamilyAccount &account, const core::FamilyPlan &plan);
    void clear();

protected:
    void accountChanged() override;
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Row
    {
        qint64 id = 0; // the payment, or the claim payment of a spread
        QString payment;
        QString paidTo;
        qint64 patientId = 0;
        qint64 providerId = 0;
        qint64 clinicId = 0;
        core::Money amount;
        QString rule;
        qint64 transferId = 0;
    };

    QString paymentText(qint64 paymentId) const;
    QString claimPaymentText(qint64 claimPaymentId) const;
    QString chargeText(qint64 chargeId) const;
    QString targetText(const core::AllocationTarget &target) const;

    core::FamilyPlan m_plan;
    QList<Row> m_rows;
};

} // namespace paydesk::ui
