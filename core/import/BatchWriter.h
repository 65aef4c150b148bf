#pragma once

#include <QString>

namespace paydesk::core {

class Database;
struct LedgerBatch;

// Writes a LedgerBatch in one transaction with statements prepared once, keeps new ids
// above the ones it wrote, and records one audit row for the whole batch (entity "batch",
// the first payment's id, the row counts). On any failure nothing of the batch stays.
// The batch is taken as valid (Importer and DemoPractice check it); the database's
// constraints are the last line. On PostgreSQL the ledger tables are analyzed afterwards,
// so that the desk's queries are planned for their new size at once.
class BatchWriter
{
public:
    static void write(const Database &db, const LedgerBatch &batch, const QString &user, const QString &action);

    // The lowest id a batch may give a new row of `table` (families, patients, ...): above
    // every stored id and every id handed out so far. Reads only, so a batch can be built
    // before anything is written.
    static qint64 firstFreeId(const Database &db, const QString &table);
};

} // namespace paydesk::core
