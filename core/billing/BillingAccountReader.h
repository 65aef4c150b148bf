#pragma once

#include "billing/BillingAccount.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// The Patient Billing page's tabs and `billing list`'s names.
enum class BillingList {
    Queued,           // queued: "Queued for Submission - Patient statement"
    Submitted,        // submitted: "Submitted - Patient statement"
    Final,            // final: "Suspended - Final statement sent"
    PendingWriteOff,  // pending-writeoff: "Suspended - Pending write-off"
    Plans,            // plans: every Enabled plan
    OtherSuspensions, // other-suspensions: "Suspended - Payment plan disabled"
};

// Reads families as the lists show them: the daily run's state (billing_accounts, the
// latest payment_plans row) with each family's balance now and BillingStatuses::shown.
// The one place BillingAccount's fields are computed, for `billing status`, `billing list`,
// the desk's tabs, its review dialog and the Dashboard.
class BillingAccountReader
{
public:
    explicit BillingAccountReader(const Database &db);

    // The list's name in the CLI ("pending-writeoff"); nullopt for an unknown one.
    static std::optional<BillingList> listNamed(const QString &name);
    static QString listName(BillingList list);

    // The day of the last run; null before the first.
    QDate lastRunDate() const;
    // Throws Refusal naming the family when there is none.
    BillingAccount account(qint64 familyId) const;
    // The list's families in account (family id) order. `filter`, when not empty, keeps
    // those whose guarantor's name or account number matches it (the terms the patient
    // search uses). Keyset pages for a lazy model: the families after `afterFamilyId`, at
    // most `limit` of them (-1: all).
    QList<BillingAccount> list(BillingList list, const QString &filter = {}, qint64 afterFamilyId = 0,
                               int limit = -1) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
