#include "billing/BillingDayProcessor.h"

#include "billing/BillingStateStore.h"
#include "plans/PatientPayments.h"
#include "plans/PlanAudit.h"
#include "statements/StatementBuilder.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

#include <algorithm>
#include <chrono>

namespace paydesk::core {

namespace {

// The run's own name in the audit trail and on the plans it ends.
const QString runUser = QStringLiteral("daily-run");

bool sameRow(const FamilyBillingState &a, const FamilyBillingState &b)
{
    return a.status == b.status && a.statementsSent == b.statementsSent && a.lastStatement == b.lastStatement
           && a.resumeOn == b.resumeOn && a.suspensionReason == b.suspensionReason && a.balanceCents == b.balanceCents
           && a.statusSince == b.statusSince;
}

} // namespace

struct BillingDayProcessor::DayWrites
{
    struct Statement
    {
        qint64 familyId = 0;
        int number = 0;
        qint64 balanceCents = 0;
        qint64 amountDueCents = 0;
        qint64 planId = 0;
        qint64 planAmountCents = 0; // the plan's monthly amount that day; 0 off a plan
    };
    struct PlanEnd
    {
        qint64 familyId = 0;
        PlanClock plan;
        PaymentPlan::Status status = PaymentPlan::Status::Disabled;
        QString reason;
    };

    BillingDay day;
    QSet<qint64> balanceChanged;
    QList<PlanClock> lastPayments;
    QList<PlanEnd> planEnds;
    QList<Statement> statements;
};

BillingDayProcessor::BillingDayProcessor(const Database &db, const BillingPolicy &policy, QString user)
    : m_db(db)
    , m_policy(policy)
    , m_user(std::move(user))
    , m_collections(db, CollectionsPolicy::read(db))
{}

void BillingDayProcessor::load()
{
    m_marks = LedgerMarks::read(m_db);
    const QHash<qint64, FamilyBillingState> families = BillingStateStore(m_db).readAll();
    for (auto it = families.cbegin(); it != families.cend(); ++it)
        m_families.insert(it.key(), it.value());
    // Only the final-statement families' charges after their last statement, each found by
    // the charges' (patient, date) index.
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT b.family_id, MIN(c.date) FROM billing_accounts b"
                             " JOIN patients p ON p.family_id = b.family_id"
                             " JOIN charges c ON c.patient_id = p.id AND c.date > b.last_statement"
                             " WHERE b.status = :s GROUP BY b.family_id"))
            .bind(QStringLiteral(":s"), BillingStatuses::text(BillingStatus::FinalStatementSent))
            .exec();
    while (q.next())
        m_chargeAfterStatement.insert(q.id(0), q.date(1));
    q.finish();
    m_collections.load(m_marks.lastDay);
}

BillingDay BillingDayProcessor::process(QDate day)
{
    DayWrites writes;
    writes.day.date = day;
    LedgerMarks newMarks;
    m_paymentsChanged.clear();
    {
        const QList<LedgerChange> changes = LedgerDelta::read(m_db, m_marks, day, &newMarks);
        for (const LedgerChange &change : changes) {
            FamilyBillingState &family = m_families[change.familyId];
            family.familyId = change.familyId;
            if (!family.statusSince.isValid())
                family.statusSince = day; // new to the run: "Not billed" since the day it is first seen
            family.balanceCents += change.cents;
            writes.balanceChanged.insert(change.familyId);
            if (change.source == LedgerChange::Source::Payment)
                m_paymentsChanged.insert(change.familyId);
            if (change.source == LedgerChange::Source::Charge && change.cents > 0
                && (!family.lastStatement.isValid() || change.date > family.lastStatement)) {
                QDate &first = m_chargeAfterStatement[change.familyId];
                if (!first.isValid() || change.date < first)
                    first = change.date;
            }
        }
    }
    m_marks.lastIds = newMarks.lastIds;
    followPlanPayments(day, writes);

    const BillingStateStore store(m_db);
    QList<FamilyBillingState> changed;
    for (FamilyBillingState &family : m_families) {
        const FamilyBillingState before = family;
        step(family, day, writes);
        if (!sameRow(before, family) || writes.balanceChanged.contains(family.familyId))
            changed.append(family);
    }
    store.write(changed);

    AuditLog audit(m_db, runUser);
    for (const PlanClock &plan : std::as_const(writes.lastPayments))
        store.writeLastPayment(plan);
    for (const DayWrites::PlanEnd &end : std::as_const(writes.planEnds)) {
        store.endPlan(end.plan, end.status, day, runUser, end.reason);
        audit.add(end.status == PaymentPlan::Status::Completed ? QStringLiteral("plan-complete")
                                                               : QStringLiteral("plan-disable"),
                  PlanAudit::entity(),
                  end.familyId,
                  PlanAudit::plan(PaymentPlan::Status::Enabled, end.plan.amount, end.plan.start),
                  PlanAudit::plan(end.status, end.plan.amount, end.plan.start, end.reason));
    }
    audit.write();

    if (m_collections.enabled()) {
        const auto start = std::chrono::steady_clock::now();
        writes.day.collectionsOn = true;
        m_collections.process(day, m_marks.lastIds, m_families, writes.balanceChanged, writes.day);
        writes.day.collectionsNs
                = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
    }

    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    if (!writes.statements.isEmpty()) {
        qint64 id = m_db.reserveIds(QStringLiteral("statements"), writes.statements.size());
        BulkStatement::Batching batching(m_db);
        BulkStatement &insert = m_db.bulkStatement("INSERT INTO statements (id, family_id, date, number, "
                                                   "balance_cents, amount_due_cents, plan_id, plan_amount_cents,"
                                                   " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const DayWrites::Statement &s : std::as_const(writes.statements))
            insert.add(id++)
                    .add(s.familyId)
                    .add(day)
                    .add(qint64(s.number))
                    .add(s.balanceCents)
                    .add(s.amountDueCents)
                    .addNullableId(s.planId)
                    .add(s.planAmountCents)
                    .add(m_user)
                    .add(now)
                    .exec();
        batching.flush();
    }
    m_marks.lastDay = day;
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO billing_days (date, statements, plans_disabled, plans_completed,"
                                    " billing_resumed, created_by, created_at, marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            .execWith({day.toString(Qt::ISODate),
                       writes.day.statements,
                       writes.day.plansDisabled,
                       writes.day.completed,
                       writes.day.billingResumed,
                       m_user,
                       now,
                       m_marks.idsJson()});
    m_marks.write(m_db);
    return writes.day;
}

void BillingDayProcessor::followPlanPayments(QDate day, DayWrites &writes)
{
    QHash<qint64, PlanClock *> due;
    QList<PatientPayments::Window> windows;
    for (FamilyBillingState &family : m_families) {
        if (family.plan && (!family.plan->lastPaymentKnown || m_paymentsChanged.contains(family.familyId))) {
            due.insert(family.familyId, &*family.plan);
            windows.append({family.familyId, family.plan->start, day});
        }
    }
    QHash<qint64, PlanClock> found;
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        PlanClock none = *it.value();
        none.lastPaymentDate = {};
        none.lastPaymentCents = 0;
        none.lastPaymentKnown = true;
        found.insert(it.key(), none);
    }
    // Oldest first: the last one read is the latest.
    for (const PatientPayment &payment :
         PatientPayments::read(m_db, windows, day, m_marks.lastIds.value(QStringLiteral("payments")))) {
        PlanClock &latest = found[payment.familyId];
        latest.lastPaymentDate = payment.date;
        latest.lastPaymentCents = payment.cents;
    }
    for (const PatientPayments::Window &window : std::as_const(windows)) {
        PlanClock &plan = *due.value(window.familyId);
        const PlanClock &now = found.value(window.familyId);
        if (now.lastPaymentDate != plan.lastPaymentDate || now.lastPaymentCents != plan.lastPaymentCents
            || !plan.lastPaymentKnown)
            writes.lastPayments.append(now);
        plan = now;
    }
}

void BillingDayProcessor::step(FamilyBillingState &family, QDate day, DayWrites &writes)
{
    const bool owes = family.balanceCents > 0;
    // 1. Plans.
    if (family.plan && family.plan->hasStarted(day)) {
        const PlanClock plan = *family.plan;
        const qint64 days = plan.clockStart().daysTo(day);
        if (!owes) {
            writes.planEnds.append({family.familyId, plan, PaymentPlan::Status::Completed, {}});
            family.plan.reset();
            ++writes.day.completed;
        } else if (days > m_policy.daysBetweenPayments) {
            // Stored in English, like the statuses; the desk shows it in the user's language.
            const QString reason = BillingStatuses::planDisabledReason(days);
            writes.planEnds.append({family.familyId, plan, PaymentPlan::Status::Disabled, reason});
            family.plan.reset();
            family.setStatus(BillingStatus::PlanDisabled, day);
            family.resumeOn = day.addDays(m_policy.suspendedDays);
            family.suspensionReason = reason;
            ++writes.day.plansDisabled;
        } else {
            family.setStatus(BillingStatus::PaymentPlan, day);
            family.resumeOn = {};
            family.suspensionReason.clear();
        }
    } else if (family.status == BillingStatus::PaymentPlan) {
        // A plan enabled with a start after this day, or ended: standard billing until it starts.
        family.returnToStandardBilling(m_policy.maxStatements, day);
    }
    // 2. Billing resumes.
    if (family.status == BillingStatus::PlanDisabled && family.resumeOn.isValid() && family.resumeOn <= day) {
        family.returnToStandardBilling(m_policy.maxStatements, day);
        ++writes.day.billingResumed;
        if (family.status == BillingStatus::FinalStatementSent) {
            if (const QDate first = firstChargeAfterStatement(family); first.isValid())
                m_chargeAfterStatement.insert(family.familyId, first);
        }
    }
    const bool onPlan = family.plan && family.plan->hasStarted(day);
    // 3. Zero balance.
    if (!onPlan && !owes && (family.status != BillingStatus::NotBilled || family.statementsSent != 0))
        family.settle(day);
    // 4. New balance.
    if (family.status == BillingStatus::NotBilled && owes) {
        family.startNewBalance(m_policy.suspendByDefault, day);
    } else if (family.status == BillingStatus::FinalStatementSent) {
        const QDate charge = m_chargeAfterStatement.value(family.familyId);
        if (charge.isValid() && charge <= day && (!family.lastStatement.isValid() || charge > family.lastStatement))
            family.startNewBalance(m_policy.suspendByDefault, day);
    }
    // 5. Statements.
    const bool cycle = family.status == BillingStatus::Submitted || family.status == BillingStatus::PaymentPlan;
    const bool due = family.status == BillingStatus::Queued
                     || (cycle
                         && (!family.lastStatement.isValid()
                             || family.lastStatement.daysTo(day) >= m_policy.statementIntervalDays));
    if (!due)
        return;
    ++family.statementsSent;
    family.lastStatement = day;
    m_chargeAfterStatement.remove(family.familyId);
    const qint64 amountDue = StatementBuilder::amountDue(Money::fromCents(family.balanceCents),
                                                         onPlan ? family.plan->amount : Money())
                                     .cents();
    writes.statements.append({family.familyId,
                              family.statementsSent,
                              family.balanceCents,
                              amountDue,
                              onPlan ? family.plan->id : 0,
                              onPlan ? family.plan->amount.cents() : 0});
    ++writes.day.statements;
    if (family.status != BillingStatus::PaymentPlan)
        family.setStatus(family.statementsSent >= m_policy.maxStatements ? BillingStatus::FinalStatementSent
                                                                         : BillingStatus::Submitted,
                         day);
}

QDate BillingDayProcessor::firstChargeAfterStatement(const FamilyBillingState &family)
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MIN(c.date) FROM charges c JOIN patients p ON p.id = c.patient_id"
                             " WHERE p.family_id = :f AND c.date > :last"))
            .bind(QStringLiteral(":f"), family.familyId)
            .bind(QStringLiteral(":last"),
                  family.lastStatement.isValid() ? family.lastStatement.toString(Qt::ISODate)
                                                 : QStringLiteral("0000-00-00"))
            .exec();
    return q.next() ? q.date(0) : QDate();
}

} // namespace paydesk::core
