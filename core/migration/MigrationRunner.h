#pragma once

#include "migration/Migration.h"
#include "migration/MigrationProgress.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

class Database;

// Runs one migration to its end: In Progress (committed first, so every desk locks the group),
// then LegacyConversion, `verify` over the group (a warning is logged, an error fails it), the
// group set tracked and the migration Active with `completedOn`, all in ONE transaction with
// the log lines. On any failure that transaction leaves nothing; the migration is Error with
// the reason, the group still legacy and unlocked. A job killed while In Progress leaves the
// migration In Progress and nothing of its conversion: run() starts it again. Two jobs never
// convert one migration: the second finds it taken (PostgreSQL: its row is locked) or done.
class MigrationRunner
{
public:
    MigrationRunner(const Database &db, QString user);

    // `id` must be Queued or In Progress (Refusal otherwise, naming its status). Returns the
    // migration as it ended. Asks Permissions (MigrateLedger) for `user`; the rows, the log and
    // the audit trail are written as nightly-run, the reserved name of the scheduled job.
    Migration run(qint64 id, const QDate &completedOn, const MigrationProgressFn &progress = {}) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
