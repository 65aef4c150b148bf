#pragma once

#include <QString>
#include <QtGlobal>

namespace paydesk::core {

class Database;

// The one daily billing run in progress: a row of billing_run_lock, written and committed
// before the run's first day and removed when it ends, whether it finished or failed. A
// second run is refused while the row stands, unless the process that wrote it is gone (the
// same host, and no process with its id; on PostgreSQL, from any host, the session lock the
// run holds while it lives is free): a run killed midway does not block the next.
//
// The users' plan changes are refused while a run holds the lock: the run keeps the billing
// state in memory from its start and would write over them.
class BillingRunLock
{
public:
    // Takes the lock in a transaction of its own. Throws Refusal ("A daily billing run is in
    // progress since <local time> by <user>.") when another run holds it.
    BillingRunLock(const Database &db, const QString &user);
    // Removes the row (its own transaction); a failure to do so is left for the next run's
    // take-over of a dead process's lock.
    ~BillingRunLock();
    BillingRunLock(const BillingRunLock &) = delete;
    BillingRunLock &operator=(const BillingRunLock &) = delete;

    // Inside a user's change to the billing state: throws Refusal while a run holds the lock.
    // On PostgreSQL it also keeps a run from starting until the change commits (a shared
    // advisory lock, which the run takes exclusively), so no change is lost under a run.
    static void refuseWhileRunning(const Database &db);

    // On PostgreSQL the run holds this advisory lock on its session for as long as it lives:
    // the server drops it with the run's connection, so a run killed on another host is seen
    // gone. A lock row of another host whose key is free belongs to a dead run.
    static constexpr qint64 livingKey = 7402018;

private:
    const Database &m_db;
};

} // namespace paydesk::core
