#pragma once

#include <QStringList>

namespace paydesk::core {
class Database;
}

namespace paydesk::test {

// What a database holds of the ledger and of the runs' results, one line per fact, without
// what differs between a crashed database and an uninterrupted one (audit rows, run records,
// the daily run's lock, $0 transfers, timestamps): two databases with the same fingerprint hold the same
// money in the same places. Allocations count by their net amount per payment and target, so
// a run and its undo cancel out.
QStringList ledgerFingerprint(const paydesk::core::Database &db);

} // namespace paydesk::test
