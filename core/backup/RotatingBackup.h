#pragma once

#include "backup/DatabaseBackup.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::core {

class Database;

// What the daily run's backup step did: the file written and the old ones deleted, or
// nothing on PostgreSQL.
struct RotationResult
{
    std::optional<BackupReport> written; // none on PostgreSQL
    int kept = 0;
    QStringList removed;

    // "backup: FILE (N bytes), kept 14, removed 1" or "backup: none on PostgreSQL ...".
    QString line() const;
    // file, bytes, last_audit_id, last_audit_at, kept, removed; or {"skipped": "postgresql"}.
    QJsonObject toJson() const;
};

// The daily run's rotating backup of a SQLite database: paydesk-YYYY-MM-DD.sqlite (the
// practice's day; a second run that day replaces it) in backup.folder, else a backups folder
// beside the database, made 0700 when missing. Keeps the newest backup.keep files of that
// pattern and deletes the older ones; any other file in the folder is left alone. A
// PostgreSQL database is not copied: pg_dump (paydesk-cli backup) and the server's own
// backups are the way there.
class RotatingBackup
{
public:
    RotatingBackup(const Database &db, QString user);

    // The folder the backups go to.
    static QString folder(const Database &db);
    static QString fileName(QDate day);

    // Throws Refusal or StorageError when the backup cannot be written; nothing is deleted then.
    RotationResult run(QDate day) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
