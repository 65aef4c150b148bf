#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk::core {

class Database;

// The last change a database records: the newest audit row, leaving out the rows about the
// database itself (entity "database": its backups and restores), which change no record. A
// backup holds the database up to its mark; a restore compares the live database's mark with
// the backup's to see whether it would throw work away.
struct AuditMark
{
    qint64 id = 0; // 0: no audit row at all
    QDateTime at;  // UTC

    // The live database's mark. Inside a Read transaction it is that snapshot's.
    static AuditMark last(const Database &db);
    // From an audit row's stored id and time.
    static AuditMark fromStored(qint64 id, const QString &at);

    bool isEmpty() const { return id == 0; }
    bool operator==(const AuditMark &other) const = default;
    // Holds work the other lacks: a later time or a higher id. Either alone would miss work:
    // the times come from each desk's clock (one running fast stamps early work late), and
    // the ids start again after an earlier restore.
    bool isLaterThan(const AuditMark &other) const;
    // "2026-03-12 14:05:09 UTC (audit #812)", or "no audit entry", for messages.
    QString text() const;
    // last_audit_id and last_audit_at (ISO, UTC; null when empty) under `prefix`.
    void addTo(QJsonObject &json, const QString &prefix) const;
};

} // namespace paydesk::core
