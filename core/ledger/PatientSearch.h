#pragma once

#include "ledger/Patient.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace paydesk::core {

class Database;

// Type-ahead search for the desk. What the clerk types is read piece by piece (pieces are
// separated by spaces and commas):
// - whole digits are an account number (the family id): "1042";
// - a date is a birth date, typed in the locale's short order or as ISO: "12/24/1955" in the
//   US, "24/12/1955" in Spain, "1955-12-24" anywhere (DateText, two-digit years included);
// - anything else gives name words (SearchTerms folds them: case and accents do not count),
//   and each word must begin one of the patient's first or last name words, in any order:
//   "maria", "hadd mar", "Haddad, María".
// A patient is found when every piece matches. A piece that looks like a date (numbers
// joined by "/", "-" or ".") but is none, "13/45/1990", finds nobody and says why. Results
// come a page at a time in (name, id) order, so a view can fetch more as the clerk scrolls
// without re-reading what it has.
class PatientSearch
{
public:
    struct Page
    {
        QList<Patient> patients;
        bool more = false;
        QStringList problems; // Criteria::problems: then nobody is looked for
    };

    // What a typed text asks for; every part must hold.
    struct Criteria
    {
        QStringList words;      // folded; each begins one of the patient's terms
        QList<QDate> birthDates;
        QList<qint64> familyIds;
        // Each piece that looks like a date but is none, with why (DateText's message).
        QStringList problems;
    };

    // `locale` decides the order of a typed date (the C locale reads ISO dates only); the
    // practice's today decides two-digit years.
    explicit PatientSearch(const Database &db, const QLocale &locale = QLocale::c()) : m_db(db), m_locale(locale) {}

    static Criteria read(const QString &text, const QLocale &locale, const QDate &today);

    // `after` is the last patient of the previous page, or null for the first page. A text
    // that asks for nothing (empty, spaces, punctuation) lists every patient.
    Page find(const QString &text, const Patient *after, int pageSize) const;

private:
    const Database &m_db;
    QLocale m_locale;
};

} // namespace paydesk::core
