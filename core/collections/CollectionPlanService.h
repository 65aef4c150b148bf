#pragma once

#include "collections/CollectionPlan.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

// What the plan screen (CGM's Non-Delinquent Payment Plan screen, and with Delinquent a
// collection payment plan) saves. Amount is parsed at the edge (Money refuses a third
// decimal there, naming the field).
struct CollectionPlanDraft
{
    qint64 familyId = 0;
    CollectionPlan::Kind kind = CollectionPlan::Kind::NonDelinquent;
    QDate start;           // null: today
    Money amount;
    int paymentDays = 0;
    QDate nextPaymentDate; // null: start + payment days
    QString defaultStatus; // empty: the integration's failed code for the kind
    std::optional<WebPay> webpay;
};

// One field's problem, for the screen to show beside the field and the CLI to print.
struct CollectionPlanProblem
{
    enum class Field { Family, Start, Amount, PaymentDays, NextPaymentDate, DefaultStatus, Merchant, Method, Holder, Zip };
    Field field;
    QString message; // names the field ("Payment Days: 0 is outside 1 to 99.")
};

// Collection payment plans: add, edit, end. Each asks Permissions (ManageCollections),
// checks everything first (Refusal with every problem), then writes the plan, the account's
// collection status (CollectionAccountStore) and the audit trail (entity "family":
// collections-plan-add, collections-plan-edit, collections-plan-end) in one transaction.
class CollectionPlanService
{
public:
    CollectionPlanService(const Database &db, QString user);

    // The draft's own checks, field by field, without looking at the account: Payment Amount
    // more than zero; Payment Days 1–99; Next Payment Date not before the start; Status for
    // Default a code of the table; webPAY: Merchant and Payment Method required and on the
    // practice's lists, Card Holder Zip Code exactly five digits when given, Card Holder Name
    // one line. Empty when the draft is complete.
    QList<CollectionPlanProblem> problems(const CollectionPlanDraft &draft) const;
    // Why the family may not have a plan of `kind` now, empty when it may: collections off
    // (no initial status), or the kind's codes not set; non-delinquent: delinquent and in
    // collections, or in a billing group with Suppress Collections; collection: not in
    // collections; either: an Active plan of any kind already (this or a statement plan).
    QString refusal(qint64 familyId, CollectionPlan::Kind kind) const;

    // Saves the plan (Active) and puts the account in the kind's plan code; returns its id.
    qint64 add(const CollectionPlanDraft &draft);

    struct Edit
    {
        std::optional<Money> amount;
        std::optional<int> paymentDays;
        std::optional<QDate> nextPaymentDate;
        std::optional<QString> defaultStatus;
    };
    // The Active plan's terms; the same checks as problems(). Refused without an Active plan.
    void edit(qint64 familyId, const Edit &edit);
    // Ends the Active plan (Ended, with the note): a non-delinquent plan's account leaves
    // collections; a collection plan's account returns to the initial status.
    void end(qint64 familyId, const QString &note);

    // The family's Active plan, or its latest of any status (nullopt: never had one), with
    // the last patient payment filled in from the ledger.
    std::optional<CollectionPlan> current(qint64 familyId) const;
    // For the statement plans' refusal (PlanService::enable) and the other way round.
    static bool hasActivePlan(const Database &db, qint64 familyId);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
