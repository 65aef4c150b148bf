#pragma once

#include "billing/BillingStatus.h"
#include "money/Money.h"
#include "plans/PaymentPlan.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paydesk::core {

// A family as the Patient Billing page, `billing status` and `billing list` show it: its
// status as shown between runs (BillingStatuses::shown), and its plan. Build it with
// BillingAccountReader, the one place these fields are computed.
struct BillingAccount
{
    qint64 familyId = 0;
    QString guarantor;    // "Last, First"
    BillingStatus status = BillingStatus::NotBilled;
    Money balance;        // now, every entry whatever its date
    int statementsSent = 0;
    QDate lastStatement;  // null: none
    QDate nextStatement;  // null: none due (not in the statement cycle)
    QDate billingResumesOn; // "Suspended - Payment plan disabled" only
    QString suspensionReason; // "Payment plan disabled: no payment for 46 days"
    std::optional<PaymentPlan> plan; // the latest plan, whatever its status
    // As of the last run: its day minus the plan's last payment (or its start); nullopt
    // without a plan, or before a run has seen it.
    std::optional<int> daysSinceLastPayment;

    // The object: family, status, balance, statements_sent, last_statement,
    // next_statement, billing_resumes_on, plan (null, or status, amount, start,
    // last_payment_date, last_payment_amount, days_since_last_payment, disabled_on,
    // disabled_by). Money as two-decimal strings, dates YYYY-MM-DD or null. Also
    // guarantor and suspension_reason, which the lists show.
    QJsonObject toJson() const;
};

} // namespace paydesk::core
