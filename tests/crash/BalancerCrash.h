#pragma once

#include "CrashOperation.h"

namespace paydesk::test {

// balance-families over a whole demo practice of more families than a batch, and its undo in
// turn: each attempt undoes the newest finished run, or, when that is an undo (or there is
// none), runs the balancer again. A kill leaves whole batches of families: a run left
// "running" with some of them, which the next attempt completes (the balanced families change
// nothing the second time; an undo reverses what is left of its run).
class BalancerCrash : public CrashOperation
{
public:
    void prepare(const paydesk::core::Database &db) override;
    QStringList next(const paydesk::core::Database &db) override;
    Effect effect(const paydesk::core::Database &db, QString &problem) override;
    // Until the newest run is a finished balancer run (not an undo).
    bool pending(const paydesk::core::Database &db) const override;
    // Where every database ends: its newest run a finished balancer run.
    QStringList catchUp(const paydesk::core::Database &behind, const paydesk::core::Database &) override
    {
        return pending(behind) ? next(behind) : QStringList();
    }

private:
    qint64 m_lastRun = 0;
};

} // namespace paydesk::test
