#include "backup/DatabaseBackup.h"

#include "backup/PgTools.h"
#include "backup/SqliteBackup.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace paydesk::core {

namespace {

// The backup being written: FILE.part-XXXXXX beside FILE, created 0600 (QTemporaryFile's mode,
// set by open(2) itself, so the file is never readable by others), removed unless published.
class PartFile
{
public:
    explicit PartFile(const QString &file)
        : m_file(file)
        , m_part(file + QStringLiteral(".part-XXXXXX"))
    {
        if (!m_part.open())
            throw StorageError(Tr::tr("Cannot create %1: %2").arg(m_part.fileTemplate(), m_part.errorString()));
        // SQLite and pg_dump write it by name; a descriptor of ours left open would hold nothing.
        m_part.close();
    }

    QString path() const { return m_part.fileName(); }

    // Flushes the written file to the disk and gives it its name, replacing an older file of
    // that name in one step.
    qint64 publish()
    {
        QFile written(path());
        if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
            throw StorageError(Tr::tr("Cannot write %1 to the disk: %2").arg(path(), written.errorString()));
        const qint64 bytes = written.size();
        written.close();
        if (std::rename(QFile::encodeName(path()).constData(), QFile::encodeName(m_file).constData()) != 0)
            throw StorageError(
                    Tr::tr("Cannot rename %1 to %2: %3").arg(path(), m_file, QString::fromLocal8Bit(strerror(errno))));
        m_part.setAutoRemove(false);
        return bytes;
    }

private:
    QString m_file;
    QTemporaryFile m_part;
};

void refuseUnusableTarget(const Database &db, const QString &file)
{
    const QFileInfo target(file);
    if (file.trimmed().isEmpty())
        throw Refusal(Tr::tr("No backup file is named."));
    if (!target.absoluteDir().exists())
        throw Refusal(
                Tr::tr("The folder %1 does not exist: the backup %2 was not written.").arg(target.absolutePath(), file));
    if (target.isDir())
        throw Refusal(Tr::tr("%1 is a folder: name the backup file.").arg(file));
    if (!db.isPostgres()) {
        const QString live = QFileInfo(db.spec().path()).canonicalFilePath();
        const QString named = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (named == live + suffix)
                throw Refusal(Tr::tr("%1 is the database itself: choose another file for its backup.").arg(file));
        }
    }
}

} // namespace

QString BackupReport::line() const
{
    return Tr::tr("Backed up to %1 (%2 bytes), up to %3.").arg(file).arg(bytes).arg(last.text());
}

QJsonObject BackupReport::toJson() const
{
    QJsonObject json{{QStringLiteral("file"), file}, {QStringLiteral("bytes"), bytes}};
    last.addTo(json, {});
    return json;
}

qsizetype RestoreReport::errors() const
{
    return std::count_if(issues.begin(), issues.end(), [](const VerifyIssue &issue) {
        return issue.severity == VerifyIssue::Severity::Error;
    });
}

QString RestoreReport::line() const
{
    return Tr::tr("Restored %1 (up to %2); the replaced database was up to %3. verify: %4 errors, %5 warnings.")
            .arg(file, backupLast.text(), replacedLast.text())
            .arg(errors())
            .arg(issues.size() - errors());
}

QJsonObject RestoreReport::toJson() const
{
    QJsonObject json{{QStringLiteral("file"), file},
                     {QStringLiteral("forced"), forced},
                     {QStringLiteral("verify_errors"), errors()},
                     {QStringLiteral("verify_warnings"), issues.size() - errors()}};
    backupLast.addTo(json, QStringLiteral("backup_"));
    replacedLast.addTo(json, QStringLiteral("replaced_"));
    return json;
}

DatabaseBackup::DatabaseBackup(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

BackupReport DatabaseBackup::backUp(const QString &file) const
{
    Permissions::require(m_db, m_user, Permissions::Action::BackUpDatabase);
    return write(file);
}

BackupReport DatabaseBackup::backUpForDailyRun(const QString &file) const
{
    return write(file);
}

BackupReport DatabaseBackup::write(const QString &file) const
{
    refuseUnusableTarget(m_db, file);
    BackupReport report;
    report.file = QFileInfo(file).absoluteFilePath();
    PartFile part(report.file);
    {
        // One snapshot for the mark and the copy: the backup holds exactly up to its mark.
        Transaction snapshot(m_db, Transaction::Mode::Read);
        if (m_db.isPostgres()) {
            SqlQuery exported = m_db.query();
            exported.prepare(QStringLiteral("SELECT pg_export_snapshot()")).exec();
            exported.next();
            const QString id = exported.text(0);
            report.last = AuditMark::last(m_db);
            PgTools::dump(m_db.spec(), id, part.path());
        } else {
            report.last = AuditMark::last(m_db);
            SqliteBackup::copyTo(m_db, part.path());
        }
        snapshot.commit();
    }
    report.bytes = part.publish();
    Transaction tx(m_db);
    AuditLog::record(m_db, m_user, QStringLiteral("backup"), QStringLiteral("database"), 0, {}, report.toJson());
    tx.commit();
    return report;
}

RestorePreview DatabaseBackup::preview(const QString &file) const
{
    Permissions::require(m_db, m_user, Permissions::Action::BackUpDatabase);
    if (!QFileInfo(file).isFile())
        throw Refusal(Tr::tr("The backup %1 does not exist: nothing was restored.").arg(file));
    RestorePreview preview;
    preview.file = QFileInfo(file).absoluteFilePath();
    preview.contents = m_db.isPostgres() ? PgTools::read(preview.file) : SqliteBackup::read(preview.file);
    if (preview.contents.schemaVersion > Schema::currentVersion())
        throw Refusal(Tr::tr("The backup %1 was written by a newer PayDesk (schema version %2; this program knows %3): "
                             "nothing was restored.")
                              .arg(file)
                              .arg(preview.contents.schemaVersion)
                              .arg(Schema::currentVersion()));
    preview.live = AuditMark::last(m_db);
    return preview;
}

RestoreReport DatabaseBackup::restore(const QString &file, bool force) const
{
    const RestorePreview preview = this->preview(file);
    if (!force && preview.losesWork())
        throw Refusal(Tr::tr("The database's last change, %1, is later than the backup's, %2: restoring would lose "
                             "what was done since. Nothing was restored; --force (on the desk: Restore anyway) "
                             "replaces it all the same.")
                              .arg(preview.live.text(), preview.contents.last.text()));
    RestoreReport report;
    report.file = preview.file;
    report.forced = force;
    report.backupLast = preview.contents.last;
    report.replacedLast = preview.live;

    if (m_db.isPostgres())
        PgTools::restore(m_db.spec(), report.file);
    else
        SqliteBackup::copyFrom(report.file, m_db.spec().path());

    // A connection of its own: the restored schema may be older and is brought up to date here.
    const Database restored(m_db.spec());
    report.issues = Verifier(restored).run();
    Transaction tx(restored);
    AuditLog::record(restored, m_user, QStringLiteral("restore"), QStringLiteral("database"), 0, {}, report.toJson());
    tx.commit();
    return report;
}

} // namespace paydesk::core
