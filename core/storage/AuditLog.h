#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// Who did what to which record, with the record before and after, written inside the
// posting's own transaction so that the trail and the ledger cannot disagree.
//
// A posting collects its rows with add() and writes them with one write(), which takes
// their ids in one step; every row of one write() carries the same time.
class AuditLog
{
public:
    AuditLog(const Database &db, QString user);

    void add(const QString &action, const QString &entity, qint64 entityId, const QJsonObject &before,
             const QJsonObject &after);
    // Writes the rows added since the last write(), their ids in the order they were added.
    // Call it before the transaction commits: rows not written are lost.
    void write();

    // One row, written at once.
    static void record(const Database &db, const QString &user, const QString &action, const QString &entity,
                       qint64 entityId, const QJsonObject &before, const QJsonObject &after);

private:
    struct Row
    {
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString before;
        QString after;
    };

    const Database &m_db;
    QString m_user;
    QList<Row> m_rows;
};

} // namespace paydesk::core
