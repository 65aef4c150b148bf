#pragma once

#include <QtGlobal>

namespace paydesk::core {

// How many rows a batch adds to each ledger table: what BatchWriter decides its way of
// writing by, and the heart of what an import reports. Built by name (designated
// initialisers or member by member), never by position: nine numbers in a row are too
// easy to swap.
struct LedgerCounts
{
    qint64 families = 0;
    qint64 patients = 0;
    qint64 charges = 0;
    qint64 adjustments = 0;
    qint64 payments = 0;
    qint64 allocations = 0;
    qint64 claims = 0;
    qint64 claimProcedures = 0;
    qint64 claimPayments = 0;

    qint64 rows() const
    {
        return families + patients + charges + adjustments + payments + allocations + claims + claimProcedures
               + claimPayments;
    }
};

} // namespace paydesk::core
