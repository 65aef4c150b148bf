#pragma once

#include "balancer/BalancerMethod.h"
#include "balancer/FamilyPlan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace paydesk::core {

class Database;
class PracticeSnapshot;
struct FamilyAccount;

struct BalancerOptions
{
    BalancerMethod method = BalancerMethod::TransferRigorous;
    qint64 familyId = 0; // 0: every family
    QDate asOf;          // invalid: no cut-off; transfers are dated today
    bool voidTransfers = false;
    bool dryRun = false;
    // Families per transaction: large enough that a batch's few statements cost little per
    // family, small enough that a batch holds the database briefly.
    int batchSize = 1000;
    // Families read into memory at a time by a run over the whole practice (a
    // PracticeSnapshot of each range in turn): it bounds the run's memory whatever the
    // practice's size, while each range costs one scan of every table.
    int snapshotFamilies = 20000;
};

// What the balancer did, or would do, to one family.
struct FamilyOutcome
{
    qint64 familyId = 0;
    qint64 rows = 0;
    Money moved;
    QString refusal;
};

struct BalancerSummary
{
    qint64 runId = 0; // 0 for a dry run
    bool dryRun = false;
    bool cancelled = false;
    qint64 familiesSeen = 0;
    QList<FamilyOutcome> changed;
    QList<FamilyOutcome> refused;
    qint64 rowsWritten = 0; // on a dry run: the rows it would write
    Money amountMoved;
};

// The Family Balancer: attributes each family's patient money to the production it paid
// without changing any family's balance or any payment. Families are read, planned in
// memory and written in batches, each batch one transaction, so a cancel or a crash
// leaves whole families only. While a batch holds a family, postings to it wait. A run
// over the whole practice reads it a range of families at a time (PracticeSnapshot) and
// checks before each batch that nobody has written since that range was read.
class FamilyBalancer
{
public:
    // Called between batches; return false to stop after the families already committed.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    FamilyBalancer(const Database &db, QString user);

    // The plan for one family as it stands, written nowhere. With voidTransfers, transfers
    // dated on or before `lockDate` (when valid) are not reversed.
    static FamilyPlan plan(const FamilyAccount &account, const BalancerOptions &options, const QDate &today,
                           const QDate &lockDate = {});

    // Throws Refusal when options.familyId does not exist, or when the transfers' date (the
    // as-of date, else today in the practice's time zone) is in the future or on or before
    // the lock date (LedgerCalendar).
    BalancerSummary run(const BalancerOptions &options, const Progress &progress = {}) const;
    // Reverses every row a run wrote, as a new run. Throws Refusal for an unknown run, an
    // undo, a run already reversed, or a run whose rows are dated (at its as-of date, else
    // the day it ran) on or before the lock date.
    BalancerSummary undo(qint64 runId, const Progress &progress = {}, int batchSize = BalancerOptions().batchSize) const;

private:
    using Planner = std::function<FamilyPlan(const FamilyAccount &)>;
    // Reads each batch from `snapshot` while no one else has written since it was taken,
    // otherwise (or without one) from the database.
    // `progress` counts from `done` families of `total`; without a total, the families are
    // the whole run and the last call says so.
    void runBatches(const QList<qint64> &families, PracticeSnapshot *snapshot, int batchSize, bool write,
                    const Planner &planner, BalancerSummary &summary, const Progress &progress, qint64 done = 0,
                    qint64 total = -1) const;

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
