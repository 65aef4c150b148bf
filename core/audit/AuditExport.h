#pragma once

#include "audit/AuditTrail.h"

#include <QStringList>

#include <functional>

namespace paydesk::core {

// The audit trail as CSV, for the desk's viewer and `paydesk-cli audit --csv`: one header,
// one row per entry in AuditTrail's order (newest first), through the one CsvWriter.
class AuditExport
{
public:
    AuditExport(const Database &db, QString user)
        : m_db(db)
        , m_user(std::move(user))
    {}

    // at, user, action, entity, entity_id, before, after. `at` is UTC (2026-12-05T15:00:00.000Z);
    // before and after are the JSON the trail holds, empty when there is none.
    static QStringList csvHeader();
    static QStringList csvRow(const AuditEntry &entry);
    // Calls `visit` with every entry `filter` picks, newest first, reading a page at a time.
    // Asks no permission: for a caller that did (ReadAudit).
    static void forEach(const Database &db,
                        const AuditFilter &filter,
                        const std::function<void(const AuditEntry &)> &visit);

    // Writes every entry `filter` picks to `path`, a page at a time; returns how many.
    // Throws Refusal unless `user` may read the trail and export (Permissions), StorageError
    // when the file cannot be written (nothing is left behind then).
    qint64 writeCsv(const AuditFilter &filter, const QString &path) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
