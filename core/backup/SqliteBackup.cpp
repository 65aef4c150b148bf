#include "backup/SqliteBackup.h"

#include "storage/Database.h"
#include "storage/SqliteHandle.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QDeadlineTimer>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace paydesk::core::SqliteBackup {

namespace {

// Pages copied per step: about 4 MB, so the source's lock is released between steps.
constexpr int pagesPerStep = 1024;
constexpr int busyRetryMs = 20;

struct CloseConnection
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

struct FinalizeStatement
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

QString errorOf(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

Connection open(const QString &path, int flags)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    Connection connection(handle);
    if (rc != SQLITE_OK)
        throw StorageError(Tr::tr("Cannot open %1: %2")
                                   .arg(path, handle ? errorOf(handle) : QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(handle, Database::lockTimeoutSeconds * 1000);
    return connection;
}

// Runs the backup to its end. A step that meets another connection's lock (BUSY, LOCKED) is
// tried again until the lock timeout every connection of PayDesk waits.
void runBackup(sqlite3 *destination, sqlite3 *source, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        throw StorageError(Tr::tr("Cannot start the copy to %1: %2").arg(what, errorOf(destination)));
    const QDeadlineTimer patience(Database::lockTimeoutSeconds * 1000);
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !patience.hasExpired())
            sqlite3_sleep(busyRetryMs);
        else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StorageError(Tr::tr("The copy to %1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
}

void execute(sqlite3 *handle, const char *sql, const QString &path)
{
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw StorageError(Tr::tr("Cannot finish %1: %2").arg(path, errorOf(handle)));
}

// The statement's rows, or nothing when it does not prepare (a table is missing).
Statement prepared(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return {};
    return Statement(statement);
}

QString notABackup(const QString &path)
{
    return Tr::tr("%1 is not a PayDesk backup of a SQLite database: nothing was restored.").arg(path);
}

} // namespace

void copyTo(const Database &db, const QString &path)
{
    sqlite3 *source = sqliteHandle(db);
    Connection destination = open(path, SQLITE_OPEN_READWRITE);
    runBackup(destination.get(), source, path);
    // The live database is in WAL mode and the copy would be too: one file is easier to keep.
    execute(destination.get(), "PRAGMA journal_mode=DELETE", path);
}

void copyFrom(const QString &backupPath, const QString &livePath)
{
    Connection source = open(backupPath, SQLITE_OPEN_READONLY);
    Connection destination = open(livePath, SQLITE_OPEN_READWRITE);
    runBackup(destination.get(), source.get(), livePath);
}

BackupContents read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Refusal(Tr::tr("Cannot read the backup %1: %2").arg(path, file.errorString()));
    // SQLite would take any file as a new empty database: the header says whether it is one.
    if (file.read(16) != QByteArray("SQLite format 3", 16))
        throw Refusal(notABackup(path));
    file.close();
    Connection connection = open(path, SQLITE_OPEN_READONLY);
    BackupContents contents;
    Statement version = prepared(connection.get(), "SELECT MAX(version) FROM schema_version");
    if (!version || sqlite3_step(version.get()) != SQLITE_ROW || sqlite3_column_type(version.get(), 0) == SQLITE_NULL)
        throw Refusal(notABackup(path));
    contents.schemaVersion = sqlite3_column_int(version.get(), 0);
    Statement audit = prepared(connection.get(),
                               "SELECT id, at FROM audit_log WHERE entity <> 'database'"
                               " ORDER BY id DESC LIMIT 1");
    if (!audit)
        throw Refusal(notABackup(path));
    if (sqlite3_step(audit.get()) == SQLITE_ROW) {
        const auto *at = reinterpret_cast<const char *>(sqlite3_column_text(audit.get(), 1));
        contents.last = AuditMark::fromStored(sqlite3_column_int64(audit.get(), 0), QString::fromUtf8(at));
    }
    return contents;
}

} // namespace paydesk::core::SqliteBackup
