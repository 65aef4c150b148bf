#pragma once

#include <QtGlobal>

namespace paydesk::core {

class Database;
struct Patient;

// Keeps patient_terms, the words each patient is found by (SearchTerms), in step with the
// patients table. Derived data: it can always be filled again from the names.
class SearchIndex
{
public:
    // The terms of a patient just written, inside the caller's transaction.
    static void add(const Database &db, const Patient &patient);
    // The terms of every patient that has none: after an upgrade or a bulk load, which write
    // patients alone. Inside the caller's transaction; returns how many patients it indexed.
    static qint64 fillMissing(const Database &db);
};

} // namespace paydesk::core
