#pragma once

#include "backup/BackupContents.h"

#include <QString>

namespace paydesk::core {

class ConnectionSpec;

// PostgreSQL's own tools, run as child processes: pg_dump in custom format, pg_restore, and
// the reading of a dump's contents. The connection is the spec's; its password reaches the
// child through PGPASSWORD in the child's environment, never on its command line (which
// every user of the machine can read in ps).
namespace PgTools {

// Writes the database as of `snapshot` (pg_export_snapshot() of a transaction the caller
// keeps open until this returns) to `path`, an existing file whose mode the caller chose.
// Throws Refusal when pg_dump is not installed, StorageError when it fails.
void dump(const ConnectionSpec &spec, const QString &snapshot, const QString &path);
// Restores the dump `path` over the database, all or nothing (--single-transaction, --clean
// --if-exists). Throws Refusal when pg_restore is not installed, StorageError when it fails.
void restore(const ConnectionSpec &spec, const QString &path);
// Throws Refusal naming the file when it is not a pg_dump archive with PayDesk's tables.
BackupContents read(const QString &path);

} // namespace PgTools

} // namespace paydesk::core
