#include "plans/PlanService.h"

#include "billing/BillingPolicy.h"
#include "billing/BillingRunLock.h"
#include "billing/BillingStateStore.h"
#include "billing/LedgerDelta.h"
#include "collections/CollectionPlanService.h"
#include "ledger/LedgerCalendar.h"
#include "plans/PlanAudit.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

namespace paydesk::core {

namespace {

// The family, locked for the change, its billing state, and its balance now (the lists'):
// refused when there is no such family or a daily run is under way.
struct FamilyUnderChange
{
    FamilyBillingState state;
    Money balance;
    QDate today;
};

FamilyUnderChange lockFamily(const Database &db, qint64 familyId)
{
    db.lockFamily(familyId);
    BillingRunLock::refuseWhileRunning(db);
    SqlQuery exists = db.query();
    exists.prepare(QStringLiteral("SELECT 1 FROM families WHERE id = :f")).bind(QStringLiteral(":f"), familyId).exec();
    if (!exists.next())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
    exists.finish();
    return {BillingStateStore(db).read(familyId),
            Money::fromCents(LedgerDelta::currentBalance(db, familyId)),
            LedgerCalendar(db).today()};
}

// The checks enable() and changeAmount() share: a balance to pay, an amount above zero and
// not above it.
void checkAmount(QStringList &problems, const FamilyUnderChange &family, Money amount)
{
    if (!family.balance.isPositive()) {
        problems << Tr::tr("Family %1 owes nothing (balance %2): a payment plan needs a balance.")
                            .arg(family.state.familyId)
                            .arg(family.balance.toString());
        return;
    }
    if (!amount.isPositive())
        problems << Tr::tr("Monthly amount %1 must be more than zero.").arg(amount.toString());
    else if (amount > family.balance)
        problems << Tr::tr("Monthly amount %1 is more than family %2's balance of %3.")
                            .arg(amount.toString())
                            .arg(family.state.familyId)
                            .arg(family.balance.toString());
}

const PlanClock &enabledPlan(const FamilyUnderChange &family)
{
    if (!family.state.plan)
        throw Refusal(Tr::tr("Family %1 has no enabled payment plan.").arg(family.state.familyId));
    return *family.state.plan;
}

} // namespace

PlanService::PlanService(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

qint64 PlanService::enable(qint64 familyId, Money amount, QDate start)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePaymentPlans);
    Transaction tx(m_db);
    FamilyUnderChange family = lockFamily(m_db, familyId);
    if (!start.isValid())
        start = family.today;
    QStringList problems;
    if (family.state.plan)
        problems << Tr::tr("Family %1 already has an enabled payment plan (%2 a month from %3).")
                            .arg(familyId)
                            .arg(family.state.plan->amount.toString(), family.state.plan->start.toString(Qt::ISODate));
    // One active payment plan of any kind: a plan in collections watches the same payments.
    if (CollectionPlanService::hasActivePlan(m_db, familyId))
        problems << Tr::tr("Family %1 has an active payment plan in collections: a family has at most one active "
                           "payment plan; end that one first.")
                            .arg(familyId);
    checkAmount(problems, family, amount);
    if (start > family.today)
        problems << Tr::tr("Plan start %1 is after today (%2).")
                            .arg(start.toString(Qt::ISODate), family.today.toString(Qt::ISODate));
    if (!problems.isEmpty())
        throw Refusal(problems);

    const BillingStateStore store(m_db);
    const std::optional<PaymentPlan> previous = store.latestPlan(familyId);
    const qint64 planId = store.insertPlan(familyId, amount, start, m_user);
    // The plan replaces a suspension: its resume date is cancelled. The status stays as the
    // last run left it until the run reaches the plan's start (the lists show "Payment plan"
    // at once): a catch-up's days before the start are billed as they were, so a pending
    // write-off or a suspension sends no statement on them.
    if (family.state.resumeOn.isValid()) {
        family.state.resumeOn = {};
        store.write(family.state);
    }
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("plan-enable"),
                     PlanAudit::entity(),
                     familyId,
                     previous ? PlanAudit::plan(previous->status, previous->amount, previous->start) : QJsonObject(),
                     PlanAudit::plan(PaymentPlan::Status::Enabled, amount, start));
    tx.commit();
    return planId;
}

void PlanService::disable(qint64 familyId, const QString &reason)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePaymentPlans);
    Transaction tx(m_db);
    FamilyUnderChange family = lockFamily(m_db, familyId);
    const PlanClock plan = enabledPlan(family);
    const QString why = reason.trimmed();
    const BillingStateStore store(m_db);
    store.endPlan(plan, PaymentPlan::Status::Disabled, family.today, m_user, why);
    // Back to standard billing at once, without the run's suspension.
    family.state.returnToStandardBilling(BillingPolicy::read(m_db).maxStatements, family.today);
    if (!family.balance.isPositive())
        family.state.settle(family.today);
    store.write(family.state);
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("plan-disable"),
                     PlanAudit::entity(),
                     familyId,
                     PlanAudit::plan(PaymentPlan::Status::Enabled, plan.amount, plan.start),
                     PlanAudit::plan(PaymentPlan::Status::Disabled, plan.amount, plan.start, why));
    tx.commit();
}

void PlanService::changeAmount(qint64 familyId, Money amount)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePaymentPlans);
    Transaction tx(m_db);
    const FamilyUnderChange family = lockFamily(m_db, familyId);
    const PlanClock plan = enabledPlan(family);
    QStringList problems;
    checkAmount(problems, family, amount);
    if (!problems.isEmpty())
        throw Refusal(problems);
    BillingStateStore(m_db).setPlanAmount(plan.id, amount);
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("plan-amount"),
                     PlanAudit::entity(),
                     familyId,
                     PlanAudit::plan(PaymentPlan::Status::Enabled, plan.amount, plan.start),
                     PlanAudit::plan(PaymentPlan::Status::Enabled, amount, plan.start));
    tx.commit();
}

void PlanService::requeue(qint64 familyId)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePaymentPlans);
    Transaction tx(m_db);
    FamilyUnderChange family = lockFamily(m_db, familyId);
    // The status the user sees: a family that came to owe since the last run under the
    // suspend default shows as a pending write-off already.
    const BillingStatus shown = BillingStatuses::shown(family.state.status,
                                                       family.balance,
                                                       family.state.plan.has_value(),
                                                       BillingPolicy::read(m_db).suspendByDefault);
    if (shown != BillingStatus::PendingWriteOff)
        throw Refusal(Tr::tr("Family %1 is \"%2\": only a family in \"%3\" can be queued for statements again.")
                              .arg(familyId)
                              .arg(BillingStatuses::text(shown), BillingStatuses::text(BillingStatus::PendingWriteOff)));
    family.state.statementsSent = 0;
    family.state.setStatus(BillingStatus::Queued, family.today);
    BillingStateStore(m_db).write(family.state);
    const auto statusJson = [](BillingStatus status) {
        return QJsonObject{{QStringLiteral("status"), BillingStatuses::text(status)}};
    };
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("billing-requeue"),
                     PlanAudit::entity(),
                     familyId,
                     statusJson(shown),
                     statusJson(BillingStatus::Queued));
    tx.commit();
}

} // namespace paydesk::core
