#include "audit/AuditExport.h"

#include "csv/CsvWriter.h"
#include "util/Errors.h"
#include "util/Permissions.h"

namespace paydesk::core {

QStringList AuditExport::csvHeader()
{
    return {QStringLiteral("at"),
            QStringLiteral("user"),
            QStringLiteral("action"),
            QStringLiteral("entity"),
            QStringLiteral("entity_id"),
            QStringLiteral("before"),
            QStringLiteral("after")};
}

QStringList AuditExport::csvRow(const AuditEntry &entry)
{
    return {entry.at.toUTC().toString(Qt::ISODateWithMs),
            entry.user,
            entry.action,
            entry.entity,
            QString::number(entry.entityId),
            entry.before,
            entry.after};
}

void AuditExport::forEach(const Database &db,
                          const AuditFilter &filter,
                          const std::function<void(const AuditEntry &)> &visit)
{
    const AuditTrail trail(db);
    for (qint64 before = 0;;) {
        const QList<AuditEntry> page = trail.find(filter, before);
        if (page.isEmpty())
            return;
        for (const AuditEntry &entry : page)
            visit(entry);
        before = page.constLast().id;
    }
}

qint64 AuditExport::writeCsv(const AuditFilter &filter, const QString &path) const
{
    Permissions::require(m_db, m_user, Permissions::Action::ReadAudit);
    Permissions::require(m_db, m_user, Permissions::Action::Export);
    CsvWriter csv(path);
    csv.writeRow(csvHeader());
    qint64 rows = 0;
    forEach(m_db, filter, [&](const AuditEntry &entry) {
        csv.writeRow(csvRow(entry));
        ++rows;
    });
    if (!csv.finish())
        throw StorageError(csv.error());
    return rows;
}

} // namespace paydesk::core
