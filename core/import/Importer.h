#pragma once

#include "import/LedgerCounts.h"

#include <QString>

namespace paydesk::core {

class Database;

// What an import wrote: the ledger rows (allocations are those written for splits to a
// charge; unallocated splits write none), the rows of splits.csv, and the procedure codes
// added or changed.
struct ImportSummary : LedgerCounts
{
    qint64 splits = 0;
    qint64 procedureCodes = 0;
    qint64 practiceGroups = 0; // added by practice_groups.csv

    // Every row the import wrote.
    qint64 rows() const { return LedgerCounts::rows() + procedureCodes + practiceGroups; }
};

// Imports a folder of PayDesk CSV files (patients.csv, charges.csv, adjustments.csv,
// payments.csv, optional splits.csv, claims.csv, claim_procs.csv, claim_payments.csv and
// procedure_codes.csv; see README "Import format"), all or nothing: every bad row is named
// (file, line, column, value) in the Refusal and nothing is written.
//
// Beyond the format's own rules (ids, YYYY-MM-DD dates, Money::parse amounts, methods in
// any case), the checks are the ledger's: ids are kept, so one already in the database or
// twice in a file is refused; patients, charges and payments referred to must be in the
// folder or the database; every family ends with exactly one guarantor, counting members
// already stored; the services' own rules (EntryRules, LedgerCalendar): a charge may be
// 0.00 but not negative, an adjustment is not 0.00, no entry is dated after today, no
// birth date is in the future; payments are not 0.00; a split has its payment's
// sign, stays in its payment's family, may only confirm its charge's provider and clinic
// (the allocation copies them), and a payment's splits add up to at most the payment
// (they may overpay a charge: legacy data). Optional columns: charges.description,
// adjustments.charge_id, payments.reference, splits.provider and splits.clinic. Entries
// (charges, adjustments, payments, claims, claim payments) dated on or before the lock
// date are refused, and so is anything more on a charge that was voided. An adjustment
// type the practice's table lacks is added to it with sign "either" (BatchWriter).
//
// Practice groups (optional practice_groups.csv: group_id, name, ledger legacy|tracked) are
// added with their ids; one the database has may be listed only as it is there. The optional
// patients.csv practice_group places a new family in a group of the file or the database
// (empty: Default), the same for every member; a stored family stays in its group. A family
// in a legacy group takes payments but no splits (the legacy ledger never allocates).
//
// Procedure codes (code, description, fee that may be empty) are added to the practice's
// table or replace the description and fee of a code it has; charges may name codes the
// table lacks, and one without a description takes its code's.
//
// Insurance: a claim belongs to a patient; its provider and clinic default to those of its
// first procedure, so a claim without procedures must name them. A claim procedure names
// a charge of the claim's family once, with insurance paid and write-off not negative; an
// as-total claim payment is positive. Claims may refer to claims already stored.
//
// The files are read twice, a chunk at a time: once to check every row, then, only if all
// are good, to write them (see BatchWriter). The import holds a few numbers per row (the
// ids, lines and references the checks need), not the rows: about 100 MB for the four
// million rows of 100,000 families. A file that changes between the passes is refused and
// nothing is written.
class Importer
{
public:
    Importer(const Database &db, QString user);
    ImportSummary importFolder(const QString &folder);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
