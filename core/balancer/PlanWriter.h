#pragma once

#include "balancer/FamilyPlan.h"

#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// Writes the plans of a batch of families inside the caller's transaction: ids reserved
// once per table for the whole batch, each family's $0 income transfer, placeholders,
// allocation rows and claim spreads tagged with the run, and one audit row per family.
class PlanWriter
{
public:
    PlanWriter(const Database &db, QString user);

    // Returns the families written, each with one audit row. Refused and empty plans write
    // nothing.
    qint64 write(const QList<FamilyPlan> &plans, qint64 runId, const QString &note);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
