#pragma once

#include "migration/Migration.h"

#include <QList>

#include <optional>

namespace paydesk::core {

class Database;

// While a migration is In Progress, nothing may be posted to its group's families (charges,
// adjustments, payments, allocations, voids, refunds, imports, portal postings, balancer
// runs): the reference only asks practices not to, PayDesk refuses. Every posting asks here
// BEFORE its transaction opens, so that on SQLite, where the conversion holds the write lock
// for its whole transaction, the clerk is told why at once instead of waiting on the lock.
// A posting that passed just before the migration started is safe: the conversion locks the
// group's families first, so it either waits for that posting or is seen by it as done.
class PostingLock
{
public:
    // Refusal naming the migration and the group when a family of `familyIds` is in a group
    // whose migration is In Progress. One query; when no migration is In Progress it reads
    // one index entry.
    static void requireOpen(const Database &db, const QList<qint64> &familyIds);
    static void requireOpen(const Database &db, qint64 familyId);
    // The migration In Progress for a group of `familyIds`: the desk's banner.
    static std::optional<Migration> lockingMigration(const Database &db, const QList<qint64> &familyIds);
    // What the refusal and the banner say.
    static QString message(const Migration &migration);
};

} // namespace paydesk::core
