#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

class Database;

// A user's changes to a family's payment plan, and the requeue of a pending write-off.
// Each asks Permissions (ManagePaymentPlans) first, then checks, writes and audits in one
// transaction (audit entity "family", entity_id the family, before and after): all or
// nothing. A change takes effect for every day the daily run processes after it, whatever
// that day's date; only a plan's start is dated.
class PlanService
{
public:
    PlanService(const Database &db, QString user);

    // Refused (Refusal naming the field and value) when the family owes nothing now, the
    // amount is not more than zero or is more than the balance (Money refuses more than two
    // decimals before this), the start is after today (practice.time_zone), a plan is
    // already enabled, or a payment plan in collections is active (CollectionPlanService).
    // A null start is today. Enabling cancels a pending resume date. Returns the plan's id.
    qint64 enable(qint64 familyId, Money amount, QDate start = {});
    // The family returns to standard billing at once (BillingStatuses::standardBilling),
    // without a suspension. Refused when no plan is enabled.
    void disable(qint64 familyId, const QString &reason = {});
    // Same checks as enable() for the amount. Refused when no plan is enabled.
    void changeAmount(qint64 familyId, Money amount);
    // "Suspended - Pending write-off" to "Queued for Submission - Patient statement".
    // Refused for a family in any other status.
    void requeue(qint64 familyId);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
