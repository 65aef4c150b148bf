#pragma once

#include "import/LedgerBatch.h"

#include <QDate>

#include <memory>

namespace paydesk::core {

class Database;

// Invents a plausible practice: families of 1-5 patients (one guarantor each), a few
// providers and clinics, charges over the last two years with realistic procedure codes
// and fees, a few adjustments, and payments by every method the way a practice sees them:
// copays at the visit and statement payments of what is owed (FIFO, as the desk would).
// Most families end at zero or owe for their latest visits; about one in ten holds credit
// (unallocated or a prepayment) and owes nothing; about one in twenty has a payment not
// yet allocated while charges are open. Never overpays a charge. The same seed gives the
// same practice. Ids start above those already in `db`, so a demo can be added to an
// existing database.
//
// A large practice is made a batch of families at a time (next()), so that it never has to
// be held in memory whole; batches in a row make the same practice as one batch of all
// their families.
class DemoPractice
{
public:
    DemoPractice(const Database &db, quint32 seed, const QDate &today);
    ~DemoPractice();
    DemoPractice(const DemoPractice &) = delete;
    DemoPractice &operator=(const DemoPractice &) = delete;

    // The next `families` families with their whole history. Every batch lists the
    // practice's providers and clinics.
    LedgerBatch next(int families);

    static LedgerBatch generate(const Database &db, int families, quint32 seed, const QDate &today);

    // The rows a demo practice added, table by table; providers and clinics count every
    // one the practice refers to, whether it was new or already stored.
    struct Added
    {
        qint64 families = 0;
        qint64 patients = 0;
        qint64 providers = 0;
        qint64 clinics = 0;
        qint64 charges = 0;
        qint64 adjustments = 0;
        qint64 payments = 0;
        qint64 allocations = 0;
    };

    // Makes the practice of `families` families and writes it to `db` as one batch (action
    // "demo", by `user`), a slice of families at a time, so that a practice of any size
    // takes the memory of one slice. All or nothing, like any BatchWriter batch.
    static Added add(const Database &db, const QString &user, int families, quint32 seed, const QDate &today);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace paydesk::core
