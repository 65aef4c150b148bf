#pragma once

#include "portal/FetchSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::core::portal {

// A report file Fetch and Process Reports has read: which, when, by whom, and what came of it.
struct PortalFileRecord
{
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime fetchedAt; // UTC
    QString fetchedBy;   // a user, or daily-run
    FetchSummary counts; // this file's: files = 1, filesSkipped = 0

    // Keys: id, name, size, sha256, fetched_at (ISO UTC), fetched_by, then the counts' keys.
    QJsonObject toJson() const;
};

// The files processed, newest first (`portal files`, the desk's Online payments page).
class PortalFileLog
{
public:
    static QList<PortalFileRecord> list(const Database &db);
};

} // namespace paydesk::core::portal
