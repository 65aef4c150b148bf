#pragma once

#include "billing/FamilyBillingState.h"
#include "plans/PaymentPlan.h"

#include <QHash>

#include <optional>

namespace paydesk::core {

class Database;
class SqlQuery;

// The billing state's rows: billing_accounts (a family without one is "Not billed", count
// 0, balance 0) and payment_plans. The daily run and PlanService read and write them here,
// inside their own transactions.
class BillingStateStore
{
public:
    explicit BillingStateStore(const Database &db);

    // Every family with a billing row or an enabled plan, each with its enabled plan.
    QHash<qint64, FamilyBillingState> readAll() const;
    FamilyBillingState read(qint64 familyId) const;
    // Inserts or replaces the family's billing row; the families' rows.
    void write(const FamilyBillingState &state) const;
    void write(const QList<FamilyBillingState> &states) const;

    // The family's latest plan, whatever its status.
    std::optional<PaymentPlan> latestPlan(qint64 familyId) const;

    // A plan's columns, in the order planAt() reads them, with `alias.` before each; for a
    // query that reads plans beside other rows (the lists).
    static QString planColumns(const QString &alias);
    // The plan whose planColumns() begin at `column` of the current row.
    static PaymentPlan planAt(const SqlQuery &q, int column, qint64 familyId);
    qint64 insertPlan(qint64 familyId, Money amount, QDate start, const QString &user) const;
    void setPlanAmount(qint64 planId, Money amount) const;
    // The plan's last payment as the run found it.
    void writeLastPayment(const PlanClock &plan) const;
    // Ends the plan (Disabled or Completed) on `on` by `by`, with its last payment.
    void endPlan(const PlanClock &plan,
                 PaymentPlan::Status status,
                 QDate on,
                 const QString &by,
                 const QString &reason) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
