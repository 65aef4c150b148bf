#pragma once

#include "backup/AuditMark.h"
#include "backup/BackupContents.h"
#include "verify/Verifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// A backup written: the file, the database's last change it holds, its size.
struct BackupReport
{
    QString file;
    AuditMark last;
    qint64 bytes = 0;

    // "Backed up to FILE (N bytes), up to <mark>."
    QString line() const;
    // file, bytes, last_audit_id, last_audit_at.
    QJsonObject toJson() const;
};

// A restore done: what the backup held, what the replaced database had, and verify's result
// on the restored one.
struct RestoreReport
{
    QString file;
    AuditMark backupLast;
    AuditMark replacedLast;
    bool forced = false;
    QList<VerifyIssue> issues;

    qsizetype errors() const;
    QString line() const;
    // file, forced, backup_last_audit_id/_at, replaced_last_audit_id/_at, verify_errors,
    // verify_warnings.
    QJsonObject toJson() const;
};

// What restoring a backup would do, read before anything changes.
struct RestorePreview
{
    QString file; // absolute
    BackupContents contents;
    AuditMark live; // the database's last change now

    // Whether the database holds changes after the backup's last one, which restoring loses.
    bool losesWork() const { return live.isLaterThan(contents.last); }
};

// Backup and restore of the whole database, the administrator's (Permissions::Action::
// BackUpDatabase, asked before anything happens).
//
// SQLite: the online backup API, from one read snapshot, so desks go on posting while it
// copies; PostgreSQL: pg_dump in custom format of one exported snapshot. The file is written
// under a temporary name beside it, created with mode 0600 before a byte is written, and
// renamed to its name only once complete: a failed backup leaves no file, and no backup is
// ever readable by others. Each backup and restore writes an audit row (entity "database").
//
// Restore refuses, unless forced, a database whose last change (AuditMark) is later than the
// backup's, naming both; refuses a file that is not a PayDesk backup of the same kind of
// database, or one of a newer schema, before it changes anything. SQLite restores through the
// backup API into the live file (one write transaction: other desks' connections stay valid
// and read the restored data next); PostgreSQL through pg_restore --clean --if-exists in one
// transaction. Then the database is opened again (an older backup's schema is upgraded),
// verified, and the restore recorded in its audit trail.
class DatabaseBackup
{
public:
    DatabaseBackup(const Database &db, QString user);

    BackupReport backUp(const QString &file) const;
    // Reads the backup and the database's last change; refuses what restore() would refuse
    // whatever `force` says (not a backup, a newer schema, no such file).
    RestorePreview preview(const QString &file) const;
    RestoreReport restore(const QString &file, bool force) const;

    // backUp() for the daily run, whose own permission (RunDailyBilling) covers keeping its
    // rotating copy: nothing more is asked.
    BackupReport backUpForDailyRun(const QString &file) const;

private:
    BackupReport write(const QString &file) const;

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
