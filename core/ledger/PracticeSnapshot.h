#pragma once

#include "ledger/FamilyAccount.h"

#include <memory>
#include <vector>

namespace paydesk::core {

class Database;

// Every family's account of a practice, read with one scan of each table in one read
// transaction and kept in memory, for batch work over the whole practice such as the
// Family Balancer. Reading a batch of families through indexed joins (AccountReader) costs
// several times more per family than a scan that reads each row once in storage order.
//
// The accounts it gives have every amount, date, party and link a rule needs, but not the
// texts nobody computes with (patients' names and birth dates, charge descriptions,
// payment references and notes, adjustments' notes and type names, who made a payment and
// when): a screen shows a family from AccountReader.
//
// It remembers the last audit row of what it read. Every change to the ledger writes the
// audit trail, so isCurrent() tells whether anyone has written since.
//
// A snapshot of a range of families holds only their rows, so that batch work over a big
// practice can read it a range at a time in bounded memory; each range still scans every
// table once.
class PracticeSnapshot
{
public:
    explicit PracticeSnapshot(const Database &db);
    // The families whose ids are in [firstFamilyId, lastFamilyId].
    PracticeSnapshot(const Database &db, qint64 firstFamilyId, qint64 lastFamilyId);
    ~PracticeSnapshot();
    PracticeSnapshot(const PracticeSnapshot &) = delete;
    PracticeSnapshot &operator=(const PracticeSnapshot &) = delete;

    // Ascending.
    const std::vector<qint64> &families() const;
    // The accounts of families()[first] up to, not including, families()[first + count].
    QList<FamilyAccount> accounts(qsizetype first, qsizetype count) const;
    // Whether the ledger is as read, apart from `ownAuditRows` audit rows the caller wrote
    // since (in a transaction it holds, or committed).
    bool isCurrent(qint64 ownAuditRows) const;

private:
    struct Rows;
    const Database &m_db;
    std::unique_ptr<Rows> m_rows;
};

} // namespace paydesk::core
