#pragma once

#include "ledger/Patient.h"

#include <QList>

namespace paydesk::core {

class Database;

// Type-ahead search for the desk: by name ("smi", "smith, jo"), birth date (YYYY-MM-DD)
// or account number (digits). Results come a page at a time in (name, id) order, so a
// view can fetch more as the clerk scrolls without re-reading what it has.
class PatientSearch
{
public:
    struct Page
    {
        QList<Patient> patients;
        bool more = false;
    };

    explicit PatientSearch(const Database &db) : m_db(db) {}

    // `after` is the last patient of the previous page, or null for the first page.
    Page find(const QString &text, const Patient *after, int pageSize) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
