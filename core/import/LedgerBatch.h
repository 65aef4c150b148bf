#pragma once

#include "ledger/Adjustment.h"
#include "ledger/Allocation.h"
#include "ledger/Charge.h"
#include "ledger/Claim.h"
#include "ledger/Directory.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"

#include <QHash>
#include <QList>

namespace paydesk::core {

// A whole practice's history (or a slice of it) with every id already assigned: what an
// import reads from CSV and what the demo generator invents, written by BatchWriter.
struct LedgerBatch
{
    QList<qint64> families;                  // only the ones new to the database
    QHash<qint64, QString> mailingAddresses; // by family; the demo's (an import has none)
    QList<Patient> patients;
    // Every provider and clinic the rows refer to; BatchWriter inserts the ones whose id the
    // database does not have yet. Their codes are what ImportFolderWriter writes.
    QList<CodedEntity> providers;
    QList<CodedEntity> clinics;
    QList<Charge> charges;
    QList<Adjustment> adjustments;
    QList<Payment> payments;
    QList<Allocation> allocations;
    // Insurance converted with the history: claims, what they paid per procedure, and
    // as-total payments not yet tied to procedures.
    QList<Claim> claims;
    QList<ClaimProcedure> claimProcedures;
    QList<ClaimPayment> claimPayments;
};

} // namespace paydesk::core
