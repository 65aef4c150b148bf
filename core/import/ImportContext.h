#pragma once

#include "groups/PracticeGroup.h"
#include "import/ByText.h"
#include "import/CodeBook.h"
#include "import/IdIndex.h"
#include "import/ImportRows.h"
#include "import/ImportTable.h"
#include "import/Importer.h"
#include "ledger/LedgerCalendar.h"
#include "storage/SqlQuery.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace paydesk::core {
class Database;
} // namespace paydesk::core

namespace paydesk::core::importing {

// What the files of one import share: the problems found so far, the counts, what each
// file's rows keep for the rows of other files that refer to them (see the *Row structs),
// and the look-ups of rows already in the database. The rules of a file are in its own
// class (PatientsFile, ChargesFile, ...); the ones that span files in CrossFileChecks.
struct ImportContext
{
    ImportContext(const Database &db, const QString &user);

    // The date of a ledger entry (charge, adjustment, payment, claim, claim payment): the
    // period up to the lock date is closed to an import as to the desk.
    // Nor is it after today. `field` names the date in the message ("charge date").
    std::optional<QDate> entryDate(ImportTable &file, int column, const QString &field) const;
    // Adds each of `found` (EntryRules' problems) as a problem of the record's `column`.
    static void report(ImportTable &file, int column, const QStringList &found);
    // A stored charge that was voided takes no adjustment, split or claim procedure.
    static bool refuseVoided(ImportTable &file, int column, qint64 chargeId, const std::optional<ChargeRef> &ref);

    // The patient a row names, from this import or the database; nullopt, with a problem,
    // when the patient is unknown or the id unreadable.
    std::optional<PatientRef> patient(ImportTable &file, int column);
    std::optional<qint64> familyOfPatient(qint64 id);
    // The charge a row names, from this import or the database; nullopt, with a problem, when unknown.
    std::optional<ChargeRef> charge(ImportTable &file, int column, qint64 id);
    // The family of a claim of this import or of the database; nullopt, with a problem, when
    // unknown. The family is 0 when the claim's patient was refused.
    std::optional<qint64> familyOfClaim(ImportTable &file, int column, qint64 id);

    // Whether the family keeps the legacy ledger: by the group patients.csv names for it, else
    // by the database's (a new family naming none is in Default).
    bool keepsLegacyLedger(qint64 familyId);

    // The provider or clinic a field names, as its position in `book`, created on first
    // use; -1 when the field is empty.
    static qint32 position(ImportTable &file, int column, CodeBook &book, ByText<qint32> &positions);
    // The same for a required column: -1 comes with a problem.
    static qint32 coded(ImportTable &file, int column, CodeBook &book, ByText<qint32> &positions);
    // The id of the provider or clinic a field names when it is known, else 0; creates nothing.
    static qint64 knownId(ImportTable &file, int column, const CodeBook &book, const ByText<qint32> &positions);

    // Before writing: keeps what the writing needs of the checks (the charges, whose patient,
    // provider and clinic allocations copy, and the payments' provider and clinic) and lets
    // go of the rest before the database takes its share of memory.
    void keepOnlyWhatWritingNeeds();

    template<typename Rows>
    static void reserveFor(const ImportTable &file, Rows &rows);
    template<typename T>
    static void release(std::vector<T> &rows)
    {
        std::vector<T>().swap(rows);
    }

    const Database &db;
    const QString user;
    QStringList problems;
    ImportSummary summary;
    const LedgerCalendar calendar;
    // The practice's today, once: every row of one import is checked against the same day.
    const QDate today;
    CodeBook providers, clinics;
    ByText<qint32> providerPositions, clinicPositions;
    IdIndex patientIndex, chargeIndex, adjustmentIndex, paymentIndex, claimIndex;
    std::vector<PatientRow> patientRows;
    std::vector<ChargeRow> chargeRows;
    std::vector<int> adjustmentLines;
    std::vector<PaymentRow> paymentRows;
    std::vector<std::pair<qint32, qint32>> paymentCoding; // (provider, clinic) per payment, for writing
    std::vector<ClaimRow> claimRows;
    QList<qint64> newFamilies; // in the order of patients.csv; the stored ones are taken out
    std::pair<qint64, qint64> familyRange{std::numeric_limits<qint64>::max(), 0};
    QHash<qint64, FamilyInfo> families;
    // The groups a family may be placed in: those of the database and of practice_groups.csv.
    QHash<qint64, PracticeGroup::Ledger> practiceGroups;
    bool anyLegacyGroup = false;
    QHash<qint64, bool> legacyFamilies; // keepsLegacyLedger()'s answers
    // For writing: the group of each new family outside Default.
    QHash<qint64, qint64> placedFamilies;
    QHash<qint64, std::optional<qint64>> storedPatients;
    QHash<qint64, std::optional<ChargeRef>> storedCharges;
    QHash<qint64, std::optional<qint64>> storedClaims;

private:
    std::optional<SqlQuery> m_patientLookup, m_chargeLookup;
};

template<typename Rows>
void ImportContext::reserveFor(const ImportTable &file, Rows &rows)
{
    if (const qsizetype hint = file.sizeHint())
        rows.reserve(size_t(hint));
}

} // namespace paydesk::core::importing
