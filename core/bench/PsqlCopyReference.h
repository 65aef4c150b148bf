#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// What PostgreSQL's own bulk load takes for the rows an import wrote: `psql \copy` of the
// same rows, table by table in one transaction, into copies of the tables (same columns,
// constraints and indexes; no foreign keys) in a scratch schema that is dropped afterwards.
// The import on PostgreSQL is held to it (goal: within 2x), measured in the same run.
class PsqlCopyReference
{
public:
    struct Result
    {
        bool measured = false;
        QString reason; // why not, when not measured
        qint64 rows = 0;
        qint64 ns = 0; // the psql run that loads the rows, from start to exit
    };

    explicit PsqlCopyReference(const Database &db);

    // The ledger tables an import writes, with the highest id each holds now: read before
    // and after the import, so that measure() copies only the rows the import added.
    QHash<QString, qint64> highestIds() const;

    // Copies out (not timed) the rows with ids above `before`'s and up to `after`'s, then
    // times psql loading them. Not measured, with the reason, when psql is not installed
    // or not on PostgreSQL.
    Result measure(const QHash<QString, qint64> &before, const QHash<QString, qint64> &after) const;

    static const QStringList &tables();

private:
    const Database &m_db;
};

} // namespace paydesk::core
