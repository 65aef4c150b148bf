#pragma once

#include "money/Money.h"

#include <QString>

#include <optional>

namespace paydesk::core {

// Where a family (a billing account) stands in the statement cycle. The strings are those
// of the issue and of ZOLL's Patient Billing page, exactly, in the desk, the JSON, the CSV
// and the database (billing_accounts.status); they are not translated.
enum class BillingStatus {
    NotBilled,          // "Not billed": balance zero or a credit
    Queued,             // "Queued for Submission - Patient statement"
    Submitted,          // "Submitted - Patient statement"
    FinalStatementSent, // "Suspended - Final statement sent"
    PendingWriteOff,    // "Suspended - Pending write-off"
    PaymentPlan,        // "Payment plan"
    PlanDisabled,       // "Suspended - Payment plan disabled"
};

// The status rules that more than one place applies: the daily run, a user's change to a
// plan, and the lists that show a family between runs. One definition each.
class BillingStatuses
{
public:
    static QString text(BillingStatus status);
    // The status written as text() writes it; nullopt for anything else.
    static std::optional<BillingStatus> parse(const QString &text);

    // Standard billing for a family that leaves "Suspended - Payment plan disabled" (on its
    // resume date, or at once when a user disables the plan): "Suspended - Final statement
    // sent" when `statementsSent` reaches `maxStatements`, else "Submitted - Patient
    // statement" when one was sent, else "Queued for Submission - Patient statement".
    static BillingStatus standardBilling(int statementsSent, int maxStatements);
    // A new balance: Queued, or Pending write-off when billing.default is suspend.
    static BillingStatus newBalance(bool suspendByDefault);

    // What the lists show for a family between runs: its status as of the last run
    // (`stored`, NotBilled for a family the run has not seen), except that a family whose
    // balance (`currentBalance`, every entry whatever its date) has fallen to zero or a
    // credit shows "Not billed", one with an enabled plan shows "Payment plan", and a
    // "Not billed" one that now owes shows as a new balance would.
    static BillingStatus shown(BillingStatus stored, Money currentBalance, bool planEnabled, bool suspendByDefault);

    // Why the daily run disabled a plan after `days` without a payment, as stored and exported:
    // English, like the statuses ("Payment plan disabled: no payment for 46 days").
    static QString planDisabledReason(qint64 days);
    // The same sentence in the user's language, for the desk; `stored` when it is not the
    // run's reason for `days` (a reason written otherwise is shown as written).
    static QString planDisabledReasonText(const QString &stored, qint64 days);
};

} // namespace paydesk::core
