#include "storage/AuditLog.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonDocument>

namespace paydesk::core {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

void AuditLog::add(const QString &action, const QString &entity, qint64 entityId, const QJsonObject &before,
                   const QJsonObject &after)
{
    m_rows.append({action, entity, entityId, compact(before), compact(after)});
}

void AuditLog::write()
{
    if (m_rows.isEmpty())
        return;
    qint64 id = m_db.reserveIds(QStringLiteral("audit_log"), m_rows.size());
    const QString at = Clock::nowUtc().toString(Qt::ISODateWithMs);
    // Null when the row's user is the session's own: only rows written under another name
    // (the jobs') need to say who ran them.
    const QString &session = m_db.sessionUser();
    const QString signedInAs = session == m_user ? QString() : session;
    BulkStatement &insert = m_db.bulkStatement("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id,"
                                               " before_data, after_data, signed_in_as) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Row &row : std::as_const(m_rows)) {
        insert.add(id++)
            .add(at)
            .add(m_user)
            .add(row.action)
            .add(row.entity)
            .add(row.entityId)
            .add(row.before)
            .add(row.after)
            .addNullableText(signedInAs)
            .exec();
    }
    m_rows.clear();
}

void AuditLog::record(const Database &db, const QString &user, const QString &action, const QString &entity,
                      qint64 entityId, const QJsonObject &before, const QJsonObject &after)
{
    AuditLog log(db, user);
    log.add(action, entity, entityId, before, after);
    log.write();
}

} // namespace paydesk::core
