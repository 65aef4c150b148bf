#pragma once

#include "collections/CollectionPlan.h"

#include <QJsonObject>

#include <optional>

namespace paydesk::core {

class Database;

// Where collection plans are read and written (collection_plans), in the caller's
// transaction. The last payment is not stored: CollectionPlanService fills it in.
class CollectionPlanStore
{
public:
    explicit CollectionPlanStore(const Database &db);

    std::optional<CollectionPlan> active(qint64 familyId) const;
    // The Active plan, else the newest of any status; nullopt: the family never had one.
    std::optional<CollectionPlan> latest(qint64 familyId) const;

    // Writes `plan` as a new row by `user`; returns its id.
    qint64 insert(const CollectionPlan &plan, const QString &user) const;
    // Amount, Payment Days, Next Payment Date and Status for Default of the plan's row.
    void writeTerms(const CollectionPlan &plan) const;
    // The plan leaves Active: `status` on `on`, by a user or daily-run, with `note`.
    void end(qint64 planId, CollectionPlan::Status status, QDate on, const QString &by, const QString &note) const;

    // ORDER BY terms that put a family's Active plan first, then its newest (latest()'s order),
    // on collection_plans' own columns.
    static QString latestFirst();

    // The plan in the audit trail's before and after: CollectionPlan::toJson without the
    // ledger's last payment, with the plan's id.
    static QJsonObject auditForm(const CollectionPlan &plan);

private:
    std::optional<CollectionPlan> readOne(const QString &tail, qint64 familyId) const;

    const Database &m_db;
};

} // namespace paydesk::core
