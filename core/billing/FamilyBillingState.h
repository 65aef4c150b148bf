#pragma once

#include "billing/BillingStatus.h"
#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace paydesk::core {

// A family's enabled payment plan as the daily run follows it.
struct PlanClock
{
    qint64 id = 0;
    Money amount;
    QDate start;
    // The latest patient payment from the start up to the last day processed; null: none.
    QDate lastPaymentDate;
    qint64 lastPaymentCents = 0;
    // Whether a run has looked for that payment yet (payment_plans.last_payment_cents is
    // set): a plan enabled since the last run is looked up once, then followed by its
    // family's payment changes.
    bool lastPaymentKnown = false;

    bool hasStarted(QDate day) const { return start <= day; }
    // The day the plan's clock counts from on `day`: the last payment, or the start.
    QDate clockStart() const { return lastPaymentDate.isValid() && lastPaymentDate >= start ? lastPaymentDate : start; }
};

// A family's place in the statement cycle (a row of billing_accounts, or the "Not billed"
// of a family without one), with its enabled plan. The transitions that both the daily run
// and a user's plan change make are here, one definition each.
struct FamilyBillingState
{
    qint64 familyId = 0;
    BillingStatus status = BillingStatus::NotBilled;
    int statementsSent = 0;
    QDate lastStatement;
    QDate resumeOn;
    QString suspensionReason;
    qint64 balanceCents = 0; // as of the marks (billing_accounts.balance_cents)
    QDate statusSince;
    std::optional<PlanClock> plan;

    // Sets the status; `on` becomes its "since" when it changes.
    void setStatus(BillingStatus to, QDate on);
    // Leaves "Suspended - Payment plan disabled" (or a plan) for standard billing
    // (BillingStatuses::standardBilling); the suspension ends.
    void returnToStandardBilling(int maxStatements, QDate on);
    // Owes nothing: "Not billed", and the statement count starts again from 0.
    void settle(QDate on);
    // A new balance (Queued, or Pending write-off under billing.default suspend), its
    // count from 0.
    void startNewBalance(bool suspendByDefault, QDate on);
};

} // namespace paydesk::core
