#include "backup/RotatingBackup.h"

#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace paydesk::core {

namespace {

// Only the files this step makes are ever deleted.
const QRegularExpression &ownPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^paydesk-\\d{4}-\\d{2}-\\d{2}\\.sqlite$"));
    return pattern;
}

} // namespace

QString RotationResult::line() const
{
    if (!written)
        return Tr::tr("backup: none on PostgreSQL (use paydesk-cli backup, or the server's own backups)");
    return Tr::tr("backup: %1 (%2 bytes), kept %3, removed %4")
            .arg(written->file)
            .arg(written->bytes)
            .arg(kept)
            .arg(removed.size());
}

QJsonObject RotationResult::toJson() const
{
    if (!written)
        return {{QStringLiteral("skipped"), QStringLiteral("postgresql")}};
    QJsonObject json = written->toJson();
    json.insert(QStringLiteral("kept"), kept);
    json.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
    return json;
}

RotatingBackup::RotatingBackup(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QString RotatingBackup::folder(const Database &db)
{
    const QString chosen = PracticeSettings(db).value(QStringLiteral("backup.folder")).trimmed();
    if (!chosen.isEmpty())
        return QDir::cleanPath(chosen);
    return QFileInfo(db.spec().path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QString RotatingBackup::fileName(QDate day)
{
    return QStringLiteral("paydesk-%1.sqlite").arg(day.toString(Qt::ISODate));
}

RotationResult RotatingBackup::run(QDate day) const
{
    RotationResult result;
    if (m_db.isPostgres())
        return result;
    const QDir dir(folder(m_db));
    // Open to whom the database's own folder is (never to others): on a shared installation
    // the desks' group and the daily job both write here, whichever makes it first.
    const QFile::Permissions shared = QFileInfo(QFileInfo(m_db.spec().path()).absolutePath()).permissions()
        & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup);
    const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | shared;
    // Set again after mkdir, which the creator's umask (022 at a desk) would narrow.
    if (!dir.exists() && !(QDir().mkdir(dir.path(), mode) && QFile::setPermissions(dir.path(), mode)))
        throw StorageError(Tr::tr("Cannot create the backup folder %1.").arg(dir.path()));
    result.written = DatabaseBackup(m_db, m_user).backUpForDailyRun(dir.filePath(fileName(day)));

    const int keep = PracticeSettings(m_db).number(QStringLiteral("backup.keep"));
    QStringList own = dir.entryList(QDir::Files, QDir::Name | QDir::Reversed).filter(ownPattern());
    result.kept = int(std::min<qsizetype>(own.size(), keep));
    for (const QString &old : own.mid(keep)) {
        // Another run may have deleted it a moment ago: gone is what is wanted.
        if (QFile::remove(dir.filePath(old)) || !dir.exists(old))
            result.removed.append(old);
    }
    return result;
}

} // namespace paydesk::core
