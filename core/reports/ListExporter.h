#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// Exports whole lists to CSV (RFC 4180, UTF-8, money as 1234.50), streaming rows so that
// 100,000 rows take well under half a second. Lists: patients, families (balance,
// unallocated, unearned per family), charges (with balance), adjustments (voids of charges
// and adjustments too: kind, what they reverse, their reason), payments (with
// unallocated), allocations, unallocated (payments that still hold credit).
class ListExporter
{
public:
    // For a caller that asked Permissions itself (the benchmark, which sets up a database).
    explicit ListExporter(const Database &db) : m_db(db) {}
    // For `user`: throws Refusal unless Permissions allows Export.
    ListExporter(const Database &db, const QString &user);

    static QStringList lists();
    // Returns the number of data rows written, in id order; maxRows >= 0 stops after that
    // many (the benchmark exports a slice of a large list). Throws Refusal for an unknown
    // list name (naming the known ones) and StorageError when the file cannot be written.
    qint64 exportList(const QString &list, const QString &path, qint64 maxRows = -1) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
