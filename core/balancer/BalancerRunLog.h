#pragma once

#include "balancer/BalancerRun.h"

#include <QList>
#include <optional>

namespace paydesk::core {

class Database;

// Stores run records. A run is recorded before its first batch and finished after its
// last, so a crash leaves it "running" with the families it committed.
class BalancerRunLog
{
public:
    BalancerRunLog(const Database &db, QString user);

    qint64 start(BalancerRun run) const;
    void finish(const BalancerRun &run) const;
    std::optional<BalancerRun> find(qint64 runId) const;
    // Newest first.
    QList<BalancerRun> all() const;
    // Families with rows written by the run, ascending.
    QList<qint64> familiesOf(qint64 runId) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
