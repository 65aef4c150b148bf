#pragma once

#include <QJsonObject>
#include <QString>

namespace paydesk::core {

class Database;

// Who did what to which record, with the record before and after, written inside the
// posting's own transaction so that the trail and the ledger cannot disagree.
class AuditLog
{
public:
    static void record(const Database &db, const QString &user, const QString &action, const QString &entity,
                       qint64 entityId, const QJsonObject &before, const QJsonObject &after);
};

} // namespace paydesk::core
