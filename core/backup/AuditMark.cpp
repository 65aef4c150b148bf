#include "backup/AuditMark.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Tr.h"

namespace paydesk::core {

AuditMark AuditMark::last(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, at FROM audit_log WHERE entity <> 'database' ORDER BY id DESC LIMIT 1")).exec();
    if (!q.next())
        return {};
    return fromStored(q.id(0), q.text(1));
}

AuditMark AuditMark::fromStored(qint64 id, const QString &at)
{
    QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return {id, time};
}

bool AuditMark::isLaterThan(const AuditMark &other) const
{
    if (isEmpty())
        return false;
    if (other.isEmpty())
        return true;
    return at > other.at || id > other.id;
}

QString AuditMark::text() const
{
    if (isEmpty())
        return Tr::tr("no audit entry");
    return Tr::tr("%1 UTC (audit #%2)").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))).arg(id);
}

void AuditMark::addTo(QJsonObject &json, const QString &prefix) const
{
    json.insert(prefix + QStringLiteral("last_audit_id"), isEmpty() ? QJsonValue() : QJsonValue(id));
    json.insert(prefix + QStringLiteral("last_audit_at"),
                isEmpty() ? QJsonValue() : QJsonValue(at.toString(Qt::ISODateWithMs)));
}

} // namespace paydesk::core
