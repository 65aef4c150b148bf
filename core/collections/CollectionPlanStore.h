#pragma once

#include "collections/CollectionPlan.h"

#include <QHash>

#include <optional>

namespace paydesk::core {

class Database;

// Where collection plans are read and their course is written: the daily run and the
// payment re-check read the Active plans here and record a period paid or a plan's end.
class CollectionPlanStore
{
public:
    explicit CollectionPlanStore(const Database &db);

    // Every Active plan, by family (at most one each). The last payment is not filled in.
    QHash<qint64, CollectionPlan> readActive() const;
    std::optional<CollectionPlan> active(qint64 familyId) const;

    // A period paid: the plan's paid_after and next_payment_date as `plan` holds them.
    void writeNextPeriod(const CollectionPlan &plan) const;
    // The plan's end: its status, ended_on, ended_by and end_note as `plan` holds them.
    void writeEnd(const CollectionPlan &plan) const;

private:
    QHash<qint64, CollectionPlan> read(qint64 familyId) const;

    const Database &m_db;
};

} // namespace paydesk::core
