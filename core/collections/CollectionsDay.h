#pragma once

#include "collections/CollectionAccount.h"
#include "collections/CollectionPlan.h"
#include "collections/CollectionsPolicy.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace paydesk::core {

class CollectionMoves;
class Database;
struct BillingDay;
struct FamilyBillingState;

// The collections step of the daily run: the three steps for one day, after the five
// billing steps and in the same transaction. The status table and the suppressed families
// are read once per run; the accounts and Active plans at the start of each day, since a
// payment may take an account out of collections while a catch-up runs.
// 1. Plans: on the day after a Next Payment Date, the period's patient payments (after
//    paid_after up to the due date, PatientPayments, counted up to the run's marks) add up
//    to the Payment Amount (the next period begins) or the plan fails.
// 2. Delinquency: a family with a collection status and a balance of zero or less leaves
//    collections (its plan Completed); a delinquent family (Delinquency, with the run's
//    balances and marks) that is not in collections and not suppressed enters the initial
//    status (its non-delinquent plan Ended).
// 3. Moving on: an account in a status for its Days to Remain moves to the next status
//    (never while a plan is Active, nor where it stays after a plan's own Status for Default).
// The run never changes an account on a day before its last change ("since"), so a catch-up
// of days before a payment or a user's change cannot undo it.
class CollectionsDay
{
public:
    CollectionsDay(const Database &db, CollectionsPolicy policy);

    // Collections are on (an initial status is set); otherwise process() does nothing.
    bool enabled() const { return m_policy.enabled(); }
    // Reads the state; inside the transaction the billing state is read in. `lastDay`: the
    // run's last day processed (null before the first).
    void load(QDate lastDay);
    // The three steps on `day` with the run's `marks` and `families` (balances as of the day;
    // `balanceChanged`: those whose ledger rows the day counted), written in the caller's
    // transaction; adds its counts to `counts`.
    void process(QDate day,
                 const QHash<QString, qint64> &marks,
                 const QMap<qint64, FamilyBillingState> &families,
                 const QSet<qint64> &balanceChanged,
                 BillingDay &counts);

private:
    struct Code
    {
        int daysToRemain = 0;
        QString next;
    };

    void checkPlans(QDate day, const QHash<QString, qint64> &marks, CollectionMoves &moves, BillingDay &counts);
    void followDelinquency(QDate day,
                           const QHash<QString, qint64> &marks,
                           const QMap<qint64, FamilyBillingState> &families,
                           const QSet<qint64> &balanceChanged,
                           CollectionMoves &moves,
                           BillingDay &counts);
    void moveOn(QDate day, CollectionMoves &moves, BillingDay &counts);
    // What the delinquency check depends on besides the ledger: the integration's days,
    // minimum, initial and non-delinquent plan codes, and the suppressed families.
    QString ruleFingerprint() const;
    // Whether the run may change the family's account on `day` (not before its last change).
    bool mayChange(qint64 familyId, QDate day) const;
    CollectionPlan *activePlan(qint64 familyId);

    const Database &m_db;
    CollectionsPolicy m_policy;
    QHash<QString, Code> m_codes;
    QHash<qint64, CollectionAccount> m_accounts;
    QHash<qint64, CollectionPlan> m_plans; // Active, by family
    QSet<qint64> m_suppressed;
    // The last day every family's delinquency was checked by this rule (collections_checked,
    // kept from run to run). On the day after it a family not delinquent then can only turn
    // delinquent by a ledger row of that day, a charge leaving its window, or the end of a day
    // it could not be changed on ("since").
    QDate m_everyoneChecked;
    QString m_rule;
};

} // namespace paydesk::core
