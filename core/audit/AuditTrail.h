#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// One row of the audit trail: who did what to which record, with the record before and
// after (JSON, as written).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString before;
    QString after;
    // Whose session wrote a row under another name (the jobs' daily-run, nightly-run); else empty.
    QString signedInAs;
};

// What to look for; an empty field does not filter.
struct AuditFilter
{
    qint64 familyId = 0; // rows about the family, its patients and their ledger rows
    QString user;
    QString action;
    QDate since; // on or after this day in practice.time_zone
};

// Reads the audit trail, newest first, a page at a time (keyset on the row id), for the
// desk's viewer and `paydesk-cli audit`.
class AuditTrail
{
public:
    explicit AuditTrail(const Database &db) : m_db(db) {}

    // Up to `limit` entries older than `beforeId` (0: from the newest).
    QList<AuditEntry> find(const AuditFilter &filter, qint64 beforeId = 0, int limit = 500) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
