#pragma once

#include "backup/BackupContents.h"

#include <QString>

namespace paydesk::core {

class Database;

// SQLite's online backup API (sqlite3_backup_*) both ways, and the reading of a backup file.
namespace SqliteBackup {

// Copies `db` page by page into `path`, an empty file the caller created. Call inside a Read
// Transaction on `db` that has read already: the copy is that snapshot, whatever other desks
// write meanwhile (WAL lets them go on), so it never starts over. The copy leaves WAL mode:
// it is one self-contained file. Throws StorageError.
void copyTo(const Database &db, const QString &path);
// Replaces the content of the database file `livePath` by the backup's, in one write
// transaction on a connection of its own: other desks' connections stay valid and see the
// restored database on their next read. Throws StorageError.
void copyFrom(const QString &backupPath, const QString &livePath);
// Throws Refusal naming the file when it is not a SQLite database with PayDesk's tables.
BackupContents read(const QString &path);

} // namespace SqliteBackup

} // namespace paydesk::core
