#include "balancer/FamilyBalancer.h"

#include "balancer/BalancerRunLog.h"
#include "balancer/IncomeTransfer.h"
#include "balancer/PlanBuilder.h"
#include "balancer/PlanWriter.h"
#include "balancer/SplitRecreator.h"
#include "groups/PracticeGroups.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PracticeSnapshot.h"
#include "migration/MigrationStore.h"
#include "migration/PostingLock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QHash>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

QSet<qint64> reversedIds(const FamilyAccount &account)
{
    QSet<qint64> ids;
    for (const Allocation &a : account.allocations) {
        if (a.reversesAllocationId != 0)
            ids.insert(a.reversesAllocationId);
    }
    return ids;
}

// True when the plan's rows, whatever the transfer or reversal they belong to, change no
// payment's money on any target: voiding earlier transfers and making the same ones again.
bool changesNothing(const FamilyPlan &plan)
{
    std::map<std::tuple<qint64, int, qint64, qint64, qint64, qint64>, Money> net;
    for (const Allocation &a : plan.allocations)
        net[{a.paymentId, int(a.target.kind), a.target.id, a.patientId, a.providerId, a.clinicId}] += a.amount;
    return plan.spreads.isEmpty() && plan.placeholders.isEmpty()
        && std::all_of(net.cbegin(), net.cend(), [](const auto &entry) { return entry.second.isZero(); });
}

QList<qint64> familiesInScope(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    if (familyId != 0)
        q.prepare(u"SELECT id FROM families WHERE id = :f"_s).bind(u":f"_s, familyId).exec();
    else
        q.prepare(u"SELECT id FROM families ORDER BY id"_s).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    if (familyId != 0 && ids.isEmpty())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
    return ids;
}

// The families the balancer leaves alone, with the reason each is refused: those of a legacy
// group (nothing of theirs is allocated), or, while their group migrates, the posting lock's.
QHash<qint64, QString> closedFamilies(const Database &db)
{
    QHash<qint64, Migration> migrating;
    for (const Migration &m : MigrationStore::withStatus(db, Migration::Status::InProgress))
        migrating.insert(m.groupId, m);
    QHash<qint64, QString> closed;
    SqlQuery q = db.query();
    q.prepare(u"SELECT f.id, g.id, g.name FROM families f JOIN practice_groups g ON g.id = f.practice_group_id"
              " WHERE g.ledger = 'legacy'"_s)
            .exec();
    while (q.next()) {
        PracticeGroup group;
        group.id = q.id(1);
        group.name = q.text(2);
        group.ledger = PracticeGroup::Ledger::Legacy;
        const auto lock = migrating.constFind(group.id);
        closed.insert(q.id(0),
                      lock != migrating.cend() ? PostingLock::message(*lock)
                                               : PracticeGroups::legacyProblem(q.id(0), group));
    }
    return closed;
}

void record(BalancerSummary &summary, const FamilyPlan &plan)
{
    ++summary.familiesSeen;
    if (plan.isRefused()) {
        summary.refused.append({plan.familyId, 0, {}, plan.refusal});
    } else if (!plan.isEmpty()) {
        summary.changed.append({plan.familyId, plan.rowCount(), plan.amountMoved(), {}});
        summary.rowsWritten += plan.rowCount();
        summary.amountMoved += plan.amountMoved();
    }
}

} // namespace

FamilyBalancer::FamilyBalancer(const Database &db, QString user) : m_db(db), m_user(std::move(user))
{
}

FamilyPlan FamilyBalancer::plan(const FamilyAccount &account, const BalancerOptions &options, const QDate &today,
                                const QDate &lockDate)
{
    PlanBuilder builder(account, options.asOf);
    if (options.voidTransfers) {
        const QSet<qint64> reversed = reversedIds(account);
        // A transfer in the closed period stays: reversing it would change that period.
        const auto closed = [&](const Allocation &a) {
            const PaymentLine *transfer = account.payment(a.transferId);
            return lockDate.isValid() && transfer && transfer->payment.date <= lockDate;
        };
        for (const Allocation &a : account.allocations) {
            if (a.rule == AllocationRule::Transfer && !reversed.contains(a.id) && !closed(a))
                builder.reverse(a);
        }
    }
    switch (options.method) {
    case BalancerMethod::TransferRigorous: IncomeTransfer::plan(builder, IncomeTransfer::Order::Rigorous); break;
    case BalancerMethod::TransferFifo: IncomeTransfer::plan(builder, IncomeTransfer::Order::Fifo); break;
    case BalancerMethod::Recreate: SplitRecreator::plan(builder); break;
    }
    FamilyPlan plan = builder.finish();
    if (changesNothing(plan)) {
        plan.allocations.clear();
        return plan;
    }
    plan.transferDate = options.asOf.isValid() ? options.asOf : today;
    if (const Patient *guarantor = account.guarantor())
        plan.transferPatientId = guarantor->id;
    return plan;
}

void FamilyBalancer::runBatches(const QList<qint64> &families, PracticeSnapshot *snapshot, int batchSize, bool write,
                                const Planner &planner, BalancerSummary &summary, const Progress &progress,
                                qint64 done, qint64 total) const
{
    // Called for part of a run (a range), it leaves saying that all is done to the caller.
    const bool whole = total < 0;
    if (whole)
        total = families.size();
    AccountReader reader(m_db);
    PlanWriter writer(m_db, m_user);
    const QString note = Tr::tr("Family Balancer run #%1").arg(summary.runId);
    qint64 ownAuditRows = 0;
    for (qsizetype first = 0; first < families.size(); first += batchSize) {
        if (progress && !progress(done + first, total)) {
            summary.cancelled = true;
            return;
        }
        const QList<qint64> batch = families.mid(first, batchSize);
        std::optional<Transaction> tx;
        if (write) {
            tx.emplace(m_db);
            m_db.lockFamilies(batch);
        }
        // Once someone else has written, the snapshot may be out of date for any family:
        // the rest of the run reads each batch as it stands.
        if (snapshot && !snapshot->isCurrent(ownAuditRows))
            snapshot = nullptr;
        QList<FamilyAccount> accounts;
        if (snapshot) {
            accounts = snapshot->accounts(first, batch.size());
        } else {
            const QSet<qint64> wanted(batch.cbegin(), batch.cend());
            for (FamilyAccount &account : reader.loadRange(batch.first(), batch.last())) {
                if (wanted.contains(account.familyId))
                    accounts.append(std::move(account));
            }
        }
        QList<FamilyPlan> plans;
        for (const FamilyAccount &account : std::as_const(accounts)) {
            plans.append(planner(account));
            record(summary, plans.constLast());
        }
        if (write) {
            ownAuditRows += writer.write(plans, summary.runId, note);
            tx->commit();
        }
    }
    if (progress && whole)
        progress(total, total);
}

BalancerSummary FamilyBalancer::run(const BalancerOptions &options, const Progress &progress) const
{
    // A dry run writes nothing: it is a report of what a run would do.
    Permissions::require(m_db, m_user,
                         options.dryRun ? Permissions::Action::RunReports : Permissions::Action::RunBalancer);
    // Every family's transfer is dated at the as-of date, or today.
    const LedgerCalendar calendar(m_db);
    const QDate today = calendar.today();
    QStringList problems;
    calendar.checkEntryDate(problems, options.asOf.isValid() ? options.asOf : today,
                            options.asOf.isValid() ? Tr::tr("as-of date") : Tr::tr("transfer date (today)"));
    if (!problems.isEmpty())
        throw Refusal(problems);
    const QList<qint64> scope = options.familyId != 0 ? familiesInScope(m_db, options.familyId) : QList<qint64>();
    const QHash<qint64, QString> closed = closedFamilies(m_db);
    if (const auto refused = closed.constFind(options.familyId); refused != closed.cend())
        throw Refusal(*refused);
    BalancerSummary summary;
    summary.dryRun = options.dryRun;
    BalancerRunLog log(m_db, m_user);
    BalancerRun run;
    run.method = balancerMethodCode(options.method);
    run.familyId = options.familyId;
    run.asOf = options.asOf;
    run.voidTransfers = options.voidTransfers;
    if (!options.dryRun)
        summary.runId = run.id = log.start(run);
    const Planner planner = [&](const FamilyAccount &account) {
        if (const auto refused = closed.constFind(account.familyId); refused != closed.cend()) {
            FamilyPlan closedPlan;
            closedPlan.familyId = account.familyId;
            closedPlan.refusal = *refused;
            return closedPlan;
        }
        return plan(account, options, today, calendar.lockDate());
    };
    const int batchSize = std::max(1, options.batchSize);
    if (options.familyId != 0) {
        runBatches(scope, nullptr, batchSize, !options.dryRun, planner, summary, progress);
    } else {
        // A whole practice is read a range of families at a time, each range after the run is
        // logged and the ranges before it written, so that the run's own audit rows are not
        // taken for someone else's write.
        const QList<qint64> all = familiesInScope(m_db, 0);
        const qsizetype rangeSize = std::max(1, options.snapshotFamilies);
        for (qsizetype first = 0; first < all.size() && !summary.cancelled; first += rangeSize) {
            const QList<qint64> range = all.mid(first, rangeSize);
            PracticeSnapshot snapshot(m_db, range.constFirst(), range.constLast());
            // The range as read: with any family added since the list was taken.
            const QList<qint64> families(snapshot.families().cbegin(), snapshot.families().cend());
            runBatches(families, &snapshot, batchSize, !options.dryRun, planner, summary, progress, first, all.size());
        }
        if (progress && !summary.cancelled)
            progress(all.size(), all.size());
    }
    if (!options.dryRun) {
        run.status = summary.cancelled ? BalancerRun::Status::Cancelled : BalancerRun::Status::Finished;
        run.familiesChanged = summary.changed.size();
        run.familiesRefused = summary.refused.size();
        run.rowsWritten = summary.rowsWritten;
        run.amountMoved = summary.amountMoved;
        log.finish(run);
    }
    return summary;
}

BalancerSummary FamilyBalancer::undo(qint64 runId, const Progress &progress, int batchSize) const
{
    Permissions::require(m_db, m_user, Permissions::Action::RunBalancer);
    BalancerRunLog log(m_db, m_user);
    const std::optional<BalancerRun> original = log.find(runId);
    if (!original)
        throw Refusal(Tr::tr("There is no balancer run #%1.").arg(runId));
    if (original->isUndo())
        throw Refusal(Tr::tr("Run #%1 is itself an undo; run the balancer again instead.").arg(runId));
    if (original->reversedByRunId != 0)
        throw Refusal(Tr::tr("Run #%1 was already reversed by run #%2.").arg(runId).arg(original->reversedByRunId));
    // Its rows are dated as its transfers were: at its as-of date, or the day it ran.
    const LedgerCalendar calendar(m_db);
    const QDate dated =
        original->asOf.isValid() ? original->asOf : original->createdAt.toTimeZone(calendar.timeZone()).date();
    if (calendar.isClosed(dated))
        throw Refusal(Tr::tr("Run #%1 wrote rows dated %2, on or before the lock date %3 (ledger.lock_date): that "
                             "period is closed, so the run can no longer be undone.")
                          .arg(runId)
                          .arg(dated.toString(Qt::ISODate), calendar.lockDate().toString(Qt::ISODate)));

    BalancerSummary summary;
    BalancerRun run;
    run.method = BalancerRun::undoMethod();
    run.familyId = original->familyId;
    run.reversesRunId = runId;
    summary.runId = run.id = log.start(run);
    runBatches(log.familiesOf(runId), nullptr, std::max(1, batchSize), true,
               [runId](const FamilyAccount &account) {
                   PlanBuilder builder(account, {});
                   const QSet<qint64> reversed = reversedIds(account);
                   for (const Allocation &a : account.allocations) {
                       if (a.runId == runId && !reversed.contains(a.id))
                           builder.reverse(a);
                   }
                   QSet<qint64> reversedSpreads;
                   for (const ClaimSpread &s : account.claimSpreads)
                       reversedSpreads.insert(s.reversesSpreadId);
                   for (const ClaimSpread &s : account.claimSpreads) {
                       if (s.runId == runId && !reversedSpreads.contains(s.id))
                           builder.reverse(s);
                   }
                   return builder.finish();
               },
               summary, progress);
    run.status = summary.cancelled ? BalancerRun::Status::Cancelled : BalancerRun::Status::Finished;
    run.familiesChanged = summary.changed.size();
    run.rowsWritten = summary.rowsWritten;
    run.amountMoved = summary.amountMoved;
    log.finish(run);
    return summary;
}

} // namespace paydesk::core
