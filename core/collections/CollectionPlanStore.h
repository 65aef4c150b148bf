#pragma once

#include "collections/CollectionPlan.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace paydesk::core {

class AuditLog;
class Database;

// Where collection plans are read and written (collection_plans), in the caller's
// transaction: the users' services add, change and end plans; the daily run and the payment
// re-check read the Active plans here and record a period paid or a plan's end. The last
// payment is not stored: CollectionPlanService::current fills it in.
class CollectionPlanStore
{
public:
    explicit CollectionPlanStore(const Database &db);

    // Every Active plan, by family (at most one each).
    QHash<qint64, CollectionPlan> readActive() const;
    std::optional<CollectionPlan> active(qint64 familyId) const;
    // The Active plan, else the newest of any status; nullopt: the family never had one.
    std::optional<CollectionPlan> latest(qint64 familyId) const;

    // Writes `plan` as a new row by `user`; returns its id.
    qint64 insert(const CollectionPlan &plan, const QString &user) const;
    // Amount, Payment Days, Next Payment Date and Status for Default of the plan's row.
    void writeTerms(const CollectionPlan &plan) const;
    // A period paid: the plan's paid_after and next_payment_date as `plan` holds them.
    void writeNextPeriod(const CollectionPlan &plan) const;
    // The plan's end: its status, ended_on, ended_by and end_note as `plan` holds them.
    void writeEnd(const CollectionPlan &plan) const;
    // The plan leaves Active: `status` on `on`, by a user or daily-run, with `note`, and its
    // audit row (entity "family", `action`, the plan before and after) added to `audit`.
    void end(AuditLog &audit,
             const QString &action,
             const CollectionPlan &plan,
             CollectionPlan::Status status,
             QDate on,
             const QString &by,
             const QString &note) const;

    // ORDER BY terms that put a family's Active plan first, then its newest (latest()'s order),
    // on collection_plans' own columns.
    static QString latestFirst();

    // The plan in the audit trail's before and after: CollectionPlan::toJson without the
    // ledger's last payment, with the plan's id and, once it has ended, ended_on, ended_by
    // and note.
    static QJsonObject auditForm(const CollectionPlan &plan);

private:
    QList<CollectionPlan> read(const QString &where, qint64 familyId) const;

    const Database &m_db;
};

} // namespace paydesk::core
