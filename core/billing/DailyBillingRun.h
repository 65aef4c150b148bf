#pragma once

#include "backup/RotatingBackup.h"
#include "portal/FetchSummary.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace paydesk::core {

class Database;

// What the daily run did on one day: the line `run-daily` prints
// ("2026-03-12: statements 1, plans disabled 1, completed 0, billing resumed 0"), with
// collections on a second one (collectionsLine()), and its JSON object (date, statements,
// plans_disabled, completed, billing_resumed; with collections on also collections_entered,
// collections_moved, collections_left, collection_plans_failed, collection_plans_paid).
struct BillingDay
{
    QDate date;
    qint64 statements = 0;
    qint64 plansDisabled = 0;
    qint64 completed = 0;
    qint64 billingResumed = 0;
    // The collections step (CollectionsDay): whether it ran (collections are on) and its counts.
    bool collectionsOn = false;
    qint64 collectionsEntered = 0;
    qint64 collectionsMoved = 0;
    qint64 collectionsLeft = 0;
    qint64 collectionPlansFailed = 0;
    qint64 collectionPlansPaid = 0;
    // How long the collections step took: the benchmark's share of the day, never printed.
    qint64 collectionsNs = 0;

    QString line() const;
    // "  collections: entered 1, moved 0, left 0, plans failed 0, plans paid 0", indented
    // under line(); empty when collections are off.
    QString collectionsLine() const;
    QJsonObject toJson() const;
};

// The daily billing run: for each day from the day after the last run up to `date` (the
// first run ever: `date` alone), in order and each in one transaction, the five
// steps for every family (plans, billing resumes, zero balance, new balance, statements),
// seeing the ledger as of that day. Works from what changed since the last run: the ledger
// rows it has not read yet and those dated on the days it processes (LedgerDelta), the
// plans' clocks and the statement dates, not every family's sums.
//
// First of all, a SQLite database is backed up (RotatingBackup): a failed backup stops the
// run before anything is billed.
//
// One run at a time (billing_run_lock): a second is refused with "in progress since T by U".
// A date after today or before the last run is refused; the last run's date again does
// nothing. Asks Permissions (RunDailyBilling) first. The run writes as user daily-run in
// the audit trail (plans disabled and completed) and records who started it.
class DailyBillingRun
{
public:
    DailyBillingRun(const Database &db, QString user);

    // Called after each day is committed, with the days done and the days in all, so the
    // desk can show progress; returning false stops before the next day (the days done stay).
    using Progress = std::function<bool(const BillingDay &day, int done, int total)>;

    // The days processed, in order; empty when `date` is the last run's date. A null date is today.
    // When portal.report_folder is set, Fetch and Process Reports runs first, as daily-run
    // (the clearinghouse's payments then count in the days' balances), whether or not a day is
    // left to process; a refusal of it (the folder is missing) refuses the run before any day.
    QList<BillingDay> run(QDate date = {}, const Progress &progress = {});
    // What the last run()'s first step fetched; none when portal.report_folder is not set.
    const std::optional<portal::FetchSummary> &portalSummary() const { return m_portal; }
    // What the last run()'s backup step (before everything else: RotatingBackup) did.
    const std::optional<RotationResult> &backupSummary() const { return m_backup; }
    // Off for the billing benchmark, whose figure is the billing's alone. On by default.
    void setRotatingBackup(bool on) { m_rotatingBackup = on; }

private:
    const Database &m_db;
    QString m_user;
    std::optional<portal::FetchSummary> m_portal;
    std::optional<RotationResult> m_backup;
    bool m_rotatingBackup = true;
};

} // namespace paydesk::core
