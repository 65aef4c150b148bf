#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QJsonDocument>

namespace paydesk::core {

void AuditLog::record(const Database &db, const QString &user, const QString &action, const QString &entity,
                      qint64 entityId, const QJsonObject &before, const QJsonObject &after)
{
    const qint64 id = db.reserveIds(QStringLiteral("audit_log"));
    db.query()
        .prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, before_data,"
                                " after_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .execWith({id, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), user, action, entity, entityId,
                   QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                   QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
}

} // namespace paydesk::core
