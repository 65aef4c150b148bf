#pragma once

#include "migration/MigrationProgress.h"

#include <QString>

namespace paydesk::core {

class Database;

// The conversion itself, inside the caller's transaction: every legacy payment of every family
// of the group, in date order, is allocated by the foundation's FIFO rule (AutoAllocator: the
// family's open charges and adjustments by date, across the family); what is left stays
// unallocated credit. Reads the group family by family in one streamed pass, so memory stays
// that of one family. Throws (Refusal, StorageError) on anything it cannot convert, naming
// the family and the row; the caller's transaction then leaves nothing of it.
class LegacyConversion
{
public:
    LegacyConversion(const Database &db, QString user);

    // Returns the totals; `progress` is called every few thousand families and at the end.
    MigrationProgress run(qint64 migrationId, qint64 groupId, const MigrationProgressFn &progress) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
