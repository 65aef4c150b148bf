#pragma once

#include "groups/PracticeGroup.h"
#include "import/LedgerCounts.h"

#include <QList>
#include <QString>

#include <memory>

namespace paydesk::core {

class Database;
struct Adjustment;
struct Allocation;
struct Charge;
struct Claim;
struct ClaimPayment;
struct ClaimProcedure;
struct CodedEntity;
struct LedgerBatch;
struct Patient;
struct Payment;

// Writes a batch of ledger rows (an import, a demo practice) in one transaction with
// statements prepared once, keeps new ids above the ones it wrote, adds the adjustment
// types its rows name that the practice's table lacks (AdjustmentTypes::ensure, sign
// "either"), and records one audit row for the whole batch (entity "batch", the first payment's id, the row counts). On any
// failure, or without commit(), nothing of the batch stays. The rows are added as they are
// read, parents first (families, providers and clinics, patients, charges, adjustments,
// payments, allocations, claims, claim procedures and claim payments), so that a batch of
// millions of rows need not be held in memory.
//
// The rows are taken as valid: Importer checks every reference and value before its
// first row is added, and DemoPractice makes them so. A big batch on SQLite (from 50,000
// rows) is loaded without the per-row checks of foreign keys and CHECK constraints, which
// cost more than the inserts themselves; for a smaller one the database's constraints stay
// the last line. The secondary indexes (partial ones excepted) of a table the batch at
// least doubles are dropped and built again from the finished table. The rows go several
// to a statement, a thousand or more on PostgreSQL (see BulkStatement::Batching); there the
// ledger tables are analyzed afterwards, so that the desk's queries are planned for their
// new size at once.
class BatchWriter
{
public:
    // `size`: how many rows the batch will add to each table; it decides how they are written.
    BatchWriter(const Database &db, const QString &user, const LedgerCounts &size);
    ~BatchWriter();
    BatchWriter(const BatchWriter &) = delete;
    BatchWriter &operator=(const BatchWriter &) = delete;

    // Groups come first: the families placed in them follow.
    void addPracticeGroup(const PracticeGroup &group);
    void addFamily(qint64 id, const QString &mailingAddress = {}, qint64 practiceGroupId = PracticeGroup::defaultId);
    // Every provider (clinic) the rows refer to; the ones whose id the database does not
    // have yet are inserted.
    void addProviders(const QList<CodedEntity> &providers);
    void addClinics(const QList<CodedEntity> &clinics);
    void addPatient(const Patient &patient);
    void addCharge(const Charge &charge);
    void addAdjustment(const Adjustment &adjustment);
    void addPayment(const Payment &payment);
    void addAllocation(const Allocation &allocation);
    void addClaim(const Claim &claim);
    void addClaimProcedure(const ClaimProcedure &procedure);
    void addClaimPayment(const ClaimPayment &payment);

    // Builds the dropped indexes again, raises the id counters above the ids written,
    // records the audit row (`action`: "import", "demo", ...) and commits.
    void commit(const QString &action);

    // A whole batch held in memory, written at once.
    static void write(const Database &db, const LedgerBatch &batch, const QString &user, const QString &action);

    // The lowest id a batch may give a new row of `table` (families, patients, ...): above
    // every stored id and every id handed out so far. Reads only, so a batch can be built
    // before anything is written.
    static qint64 firstFreeId(const Database &db, const QString &table);

private:
    class Load;
    std::unique_ptr<Load> m_load;
};

} // namespace paydesk::core
