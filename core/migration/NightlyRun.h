#pragma once

#include "migration/Migration.h"
#include "migration/MigrationProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace paydesk::core {

class Database;

// What one `run-nightly` did.
struct NightlySummary
{
    QDateTime at;       // the practice's local time the job ran as (Qt::LocalTime-free: date and time only)
    QTime nightlyTime;  // nightly.time
    bool due = false;   // at's time of day has reached nightly.time
    QList<Migration> migrations; // each started or restarted, as it ended, oldest first
    QList<Migration> waiting;    // Queued and not due yet

    QJsonObject toJson() const;
    // What it did, a line per migration started ("migration 7 (Old ledger, id 3): Active on
    // 2026-12-07, 1,234 families, 5,678 rows", or "...: Error: <reason>"), then why nothing
    // started when nothing did: `run-nightly`'s output and the desk's Run Nightly Job Now.
    QStringList lines() const;
    bool anyFailed() const;
};

// The one nightly job (`run-nightly`, the scheduled timer, the desk's Tools > Migrations >
// Run Now): starts the Queued migrations once the practice's time of day has reached
// nightly.time (HH:MM, default 20:00 in practice.time_zone, the reference's 8:00 PM), and
// starts again, at any time, a migration left In Progress by a job that was killed. Each runs
// through MigrationRunner; the completion date is `at`'s date.
class NightlyRun
{
public:
    NightlyRun(const Database &db, QString user);

    // `at`: the practice's local date and time (`--at YYYY-MM-DDTHH:MM`), "now" in
    // practice.time_zone when not given. Permission: MigrateLedger.
    NightlySummary run(const std::optional<QDateTime> &at, const MigrationProgressFn &progress = {}) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
