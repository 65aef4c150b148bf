#pragma once

#include "import/LedgerBatch.h"

#include <QDate>

namespace paydesk::core {

class Database;

// Invents a plausible practice: families of 1-5 patients (one guarantor each), a few
// providers and clinics, charges over the last two years with realistic procedure codes
// and fees, payments by every method, some allocated (FIFO, as the desk would), some left
// unallocated, a few adjustments. The same seed gives the same practice. Ids start above
// those already in `db`, so a demo can be added to an existing database.
class DemoPractice
{
public:
    static LedgerBatch generate(const Database &db, int families, quint32 seed, const QDate &today);
};

} // namespace paydesk::core
