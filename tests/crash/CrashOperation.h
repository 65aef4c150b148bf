#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::core {
class Database;
}

namespace paydesk::test {

// One operation the crash test kills: how to build its database, the paydesk-cli command of
// its next attempt, and what an attempt left. The test builds two databases with prepare():
// one whose attempts it kills at random points, and a reference where the same work runs
// uninterrupted; in the end both must hold the same ledger (LedgerFingerprint).
class CrashOperation
{
public:
    // What one killed attempt left.
    enum class Effect {
        Nothing, // as before the attempt
        Partial, // a state that the next attempt completes (a run's committed batches or days)
        Whole,   // the attempt's work, all of it
    };

    virtual ~CrashOperation() = default;

    // Writes the starting database (in-process); the same on every fresh database.
    virtual void prepare(const paydesk::core::Database &db) = 0;
    // The command of the next attempt as the database stands, after any set-up outside the
    // kill window (queueing a migration). Remembers what the database held before it.
    virtual QStringList next(const paydesk::core::Database &db) = 0;
    // What the attempt of the last next() left. Sets `problem` when it left something that is
    // neither nothing, a whole step nor a state the next attempt completes.
    virtual Effect effect(const paydesk::core::Database &db, QString &problem) = 0;
    // Whether a killed attempt left work that the next attempt must finish.
    virtual bool pending(const paydesk::core::Database &db) const = 0;
    // The command that brings `behind` as far as `ahead` went (both complete, none pending),
    // uninterrupted; empty when it is there.
    virtual QStringList catchUp(const paydesk::core::Database &behind, const paydesk::core::Database &ahead) = 0;
};

} // namespace paydesk::test
