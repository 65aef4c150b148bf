#include "collections/CollectionPlanService.h"

#include "billing/BillingStateStore.h"
#include "billing/LedgerDelta.h"
#include "collections/BillingGroups.h"
#include "collections/CollectionAccountLock.h"
#include "collections/CollectionAccountStore.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionPlanStore.h"
#include "collections/CollectionsPolicy.h"
#include "collections/Delinquency.h"
#include "collections/WebPayLists.h"
#include "ledger/LedgerCalendar.h"
#include "plans/PatientPayments.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core {

namespace {

using Field = CollectionPlanProblem::Field;

constexpr int maxPaymentDays = 99; // the reference's two characters
// The reference's ten characters: 9999999.99.
constexpr qint64 maxAmountCents = 999'999'999;

// How many digits make a card number: a Card Holder Name holding that many is refused, so
// that none reaches the database by mistake.
constexpr qsizetype cardNumberDigits = 12;

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

void webPayProblems(const Database &db, const WebPay &webpay, QList<CollectionPlanProblem> &found)
{
    const struct
    {
        Field field;
        QString name;
        WebPayLists::List list;
        QString value;
    } choices[] = {
            {Field::Merchant, Tr::tr("Merchant"), WebPayLists::List::Merchants, webpay.merchant.trimmed()},
            {Field::Method, Tr::tr("Payment Method"), WebPayLists::List::Methods, webpay.method.trimmed()},
    };
    for (const auto &choice : choices) {
        if (choice.value.isEmpty())
            found.append({choice.field, Tr::tr("%1: required for a CGM webPAY plan.").arg(choice.name)});
        else if (!WebPayLists::contains(db, choice.list, choice.value))
            found.append(
                    {choice.field, Tr::tr("%1: \"%2\" is not on the practice's list.").arg(choice.name, choice.value)});
    }
    const QString holder = FreeText::normalized(webpay.holder);
    if (const QString problem = FreeText::problem(Tr::tr("Card Holder Name"), holder, FreeText::Kind::Line);
        !problem.isEmpty())
        found.append({Field::Holder, problem});
    else if (std::count_if(holder.begin(), holder.end(), [](QChar c) { return c.isDigit(); }) >= cardNumberDigits)
        found.append({Field::Holder,
                      Tr::tr("Card Holder Name: \"%1\" looks like a card number; PayDesk never takes card numbers.")
                              .arg(holder)});
    const QString zip = webpay.zip.trimmed();
    const bool fiveDigits = zip.size() == 5
                            && std::all_of(zip.begin(), zip.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!zip.isEmpty() && !fiveDigits)
        found.append({Field::Zip, Tr::tr("Card Holder Zip Code: \"%1\" is not five digits.").arg(zip)});
}

QStringList messages(const QList<CollectionPlanProblem> &problems)
{
    QStringList texts;
    for (const CollectionPlanProblem &problem : problems)
        texts << problem.message;
    return texts;
}

// The draft as it is saved: start, Next Payment Date and Status for Default filled in, text trimmed.
CollectionPlanDraft completed(CollectionPlanDraft draft, const CollectionsPolicy &policy, QDate today)
{
    if (!draft.start.isValid())
        draft.start = today;
    if (!draft.nextPaymentDate.isValid())
        draft.nextPaymentDate = draft.start.addDays(draft.paymentDays);
    draft.defaultStatus = CollectionCode::normalized(draft.defaultStatus);
    if (draft.defaultStatus.isEmpty())
        draft.defaultStatus = policy.failedCodeFor(draft.kind);
    if (draft.webpay)
        draft.webpay = WebPay{draft.webpay->merchant.trimmed(),
                              draft.webpay->method.trimmed(),
                              FreeText::normalized(draft.webpay->holder),
                              draft.webpay->zip.trimmed()};
    return draft;
}

CollectionPlan activePlan(const Database &db, qint64 familyId)
{
    std::optional<CollectionPlan> plan = CollectionPlanStore(db).active(familyId);
    if (!plan)
        throw Refusal(Tr::tr("Family %1 has no active payment plan in collections.").arg(familyId));
    return *plan;
}

} // namespace

CollectionPlanService::CollectionPlanService(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QList<CollectionPlanProblem> CollectionPlanService::problems(const CollectionPlanDraft &draft) const
{
    QList<CollectionPlanProblem> found;
    const QDate start = draft.start.isValid() ? draft.start : LedgerCalendar(m_db).today();
    if (!draft.amount.isPositive())
        found.append({Field::Amount, Tr::tr("Payment Amount: %1 must be more than zero.").arg(draft.amount.toString())});
    else if (draft.amount.cents() > maxAmountCents)
        found.append({Field::Amount,
                      Tr::tr("Payment Amount: %1 is more than %2.")
                              .arg(draft.amount.toString(), Money::fromCents(maxAmountCents).toString())});
    if (draft.paymentDays < 1 || draft.paymentDays > maxPaymentDays)
        found.append({Field::PaymentDays,
                      Tr::tr("Payment Days: %1 is outside 1 to %2.").arg(draft.paymentDays).arg(maxPaymentDays)});
    if (draft.nextPaymentDate.isValid() && draft.nextPaymentDate < start)
        found.append({Field::NextPaymentDate,
                      Tr::tr("Next Payment Date: %1 is before the Start Date of Plan, %2.")
                              .arg(dateText(draft.nextPaymentDate), dateText(start))});
    const QString defaultStatus = CollectionCode::normalized(draft.defaultStatus);
    if (!defaultStatus.isEmpty() && !CollectionCodeTable::exists(m_db, defaultStatus))
        found.append(
                {Field::DefaultStatus,
                 Tr::tr("Status for Default: \"%1\" is not a code of the Collection Status Table.").arg(defaultStatus)});
    else if (!defaultStatus.isEmpty() && defaultStatus == CollectionsPolicy::read(m_db).planCodeFor(draft.kind))
        // A default would leave the account in the plan's own status without a plan.
        found.append({Field::DefaultStatus,
                      Tr::tr("Status for Default: \"%1\" is the status the plan itself puts the account in.")
                              .arg(defaultStatus)});
    if (draft.webpay)
        webPayProblems(m_db, *draft.webpay, found);
    return found;
}

QString CollectionPlanService::refusal(qint64 familyId, CollectionPlan::Kind kind) const
{
    try {
        CollectionAccountLock::requireFamily(m_db, familyId);
    } catch (const Refusal &unknown) {
        return unknown.message();
    }
    const CollectionsPolicy policy = CollectionsPolicy::read(m_db);
    if (!policy.enabled())
        return Tr::tr("Collections are off: set collections.initial_status to a code of the Collection Status Table "
                      "first.");
    const bool nonDelinquent = kind == CollectionPlan::Kind::NonDelinquent;
    const QString planKey = nonDelinquent ? QStringLiteral("collections.nd_plan_code")
                                          : QStringLiteral("collections.plan_code");
    const QString failedKey = nonDelinquent ? QStringLiteral("collections.nd_plan_failed_code")
                                            : QStringLiteral("collections.plan_failed_code");
    QStringList unset;
    if (policy.planCodeFor(kind).isEmpty())
        unset << planKey;
    if (policy.failedCodeFor(kind).isEmpty())
        unset << failedKey;
    if (!unset.isEmpty())
        return Tr::tr("The Patient Collections Integration does not name the status codes for this plan: set %1 first.")
                .arg(unset.join(QStringLiteral(", ")));
    if (const std::optional<CollectionPlan> plan = CollectionPlanStore(m_db).active(familyId))
        return Tr::tr("Family %1 already has an active payment plan in collections (%2 every %3 days from %4): a "
                      "family has at most one active payment plan.")
                .arg(familyId)
                .arg(plan->amount.toString())
                .arg(plan->paymentDays)
                .arg(dateText(plan->start));
    if (const std::optional<PlanClock> plan = BillingStateStore(m_db).read(familyId).plan)
        return Tr::tr("Family %1 has an enabled payment plan on its statements (%2 a month from %3): a family has at "
                      "most one active payment plan; disable that one first.")
                .arg(familyId)
                .arg(plan->amount.toString(), dateText(plan->start));
    // The run completes a plan whose account owes nothing on its first day: one cannot begin so.
    if (const qint64 balance = LedgerDelta::currentBalance(m_db, familyId); balance <= 0)
        return Tr::tr("Family %1 owes nothing (balance %2): a payment plan needs a balance.")
                .arg(familyId)
                .arg(Money::fromCents(balance).toString());
    const std::optional<CollectionAccount> account = CollectionAccountStore(m_db).read(familyId);
    const QString code = account ? account->code : QString();
    if (!nonDelinquent) {
        if (!policy.inCollections(code))
            return Tr::
                    tr("Family %1 is not in collections: a collection payment plan is for an account in collections.")
                            .arg(familyId);
        return {};
    }
    if (policy.inCollections(code)) {
        const QDate today = LedgerCalendar(m_db).today();
        const qint64 older = Delinquency::olderCents(
                LedgerDelta::currentBalance(m_db, familyId),
                Delinquency::recentCharges(m_db, familyId, today, policy.delinquentDays));
        if (Delinquency::isDelinquent(older, policy))
            return Tr::tr("Family %1 is delinquent (%2 older than %3 days) and in collections (status %4): a "
                          "non-delinquent payment plan is not possible.")
                    .arg(familyId)
                    .arg(Money::fromCents(older).toString())
                    .arg(policy.delinquentDays)
                    .arg(code);
    }
    if (BillingGroups::suppressesCollections(m_db, familyId))
        return Tr::tr("Family %1 is in a billing group with Suppress Collections: a non-delinquent payment plan is not "
                      "possible.")
                .arg(familyId);
    return {};
}

qint64 CollectionPlanService::add(const CollectionPlanDraft &draft)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    const CollectionAccountLock lock(m_db, draft.familyId);
    const CollectionsPolicy policy = CollectionsPolicy::read(m_db);
    const CollectionPlanDraft full = completed(draft, policy, lock.today());
    QStringList refused;
    if (const QString why = refusal(draft.familyId, draft.kind); !why.isEmpty())
        refused << why;
    refused << messages(problems(full));
    if (!refused.isEmpty())
        throw Refusal(refused);

    CollectionPlan plan;
    plan.familyId = full.familyId;
    plan.kind = full.kind;
    plan.status = CollectionPlan::Status::Active;
    plan.start = full.start;
    plan.amount = full.amount;
    plan.paymentDays = full.paymentDays;
    plan.nextPaymentDate = full.nextPaymentDate;
    plan.paidAfter = full.start.addDays(-1); // the first period's payments count from the start
    plan.defaultStatus = full.defaultStatus;
    plan.webpay = full.webpay;
    plan.id = CollectionPlanStore(m_db).insert(plan, m_user);

    AuditLog audit(m_db, m_user);
    const QString action = QStringLiteral("collections-plan-add");
    CollectionAccountStore(m_db).change(
            audit, action, plan.familyId, policy.planCodeFor(plan.kind), lock.changeDay(), false, m_user, {});
    audit.add(action, QStringLiteral("family"), plan.familyId, {}, CollectionPlanStore::auditForm(plan));
    audit.write();
    tx.commit();
    return plan.id;
}

void CollectionPlanService::edit(qint64 familyId, const Edit &edit)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    const CollectionAccountLock lock(m_db, familyId);
    const CollectionPlan before = activePlan(m_db, familyId);
    CollectionPlan plan = before;
    if (edit.amount)
        plan.amount = *edit.amount;
    if (edit.paymentDays)
        plan.paymentDays = *edit.paymentDays;
    if (edit.nextPaymentDate)
        plan.nextPaymentDate = *edit.nextPaymentDate;
    if (edit.defaultStatus) {
        plan.defaultStatus = CollectionCode::normalized(*edit.defaultStatus);
        if (plan.defaultStatus.isEmpty())
            plan.defaultStatus = CollectionsPolicy::read(m_db).failedCodeFor(plan.kind);
    }
    CollectionPlanDraft draft{familyId,
                              plan.kind,
                              plan.start,
                              plan.amount,
                              plan.paymentDays,
                              plan.nextPaymentDate,
                              plan.defaultStatus,
                              plan.webpay};
    QStringList refused = messages(problems(draft));
    // A period the run has checked already is over: the next due date starts a new one.
    if (edit.nextPaymentDate && plan.paidAfter >= plan.start && plan.nextPaymentDate <= plan.paidAfter)
        refused << Tr::tr("Next Payment Date: %1 is not after %2, the due date already checked.")
                           .arg(dateText(plan.nextPaymentDate), dateText(plan.paidAfter));
    if (!refused.isEmpty())
        throw Refusal(refused);
    CollectionPlanStore(m_db).writeTerms(plan);
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("collections-plan-edit"),
                     QStringLiteral("family"),
                     familyId,
                     CollectionPlanStore::auditForm(before),
                     CollectionPlanStore::auditForm(plan));
    tx.commit();
}

void CollectionPlanService::end(qint64 familyId, const QString &note)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    const QString why = CollectionAccountLock::checkedNote(note);
    Transaction tx(m_db);
    const CollectionAccountLock lock(m_db, familyId);
    const CollectionPlan plan = activePlan(m_db, familyId);
    AuditLog audit(m_db, m_user);
    const QString action = QStringLiteral("collections-plan-end");
    CollectionPlanStore(m_db).end(audit, action, plan, CollectionPlan::Status::Ended, lock.today(), m_user, why);
    // Only an account the plan holds moves: one a user has put in another status stays there.
    const CollectionsPolicy policy = CollectionsPolicy::read(m_db);
    if (lock.code() == policy.planCodeFor(plan.kind)) {
        const QString to = plan.kind == CollectionPlan::Kind::NonDelinquent ? QString() : policy.initialStatus;
        CollectionAccountStore(m_db).change(audit, action, familyId, to, lock.changeDay(), false, m_user, why);
    }
    audit.write();
    tx.commit();
}

std::optional<CollectionPlan> CollectionPlanService::current(qint64 familyId) const
{
    std::optional<CollectionPlan> plan = CollectionPlanStore(m_db).latest(familyId);
    if (!plan)
        return std::nullopt;
    if (const std::optional<PatientPayments::Latest> last = PatientPayments::latest(m_db, familyId)) {
        plan->lastPaymentDate = last->date;
        plan->lastPaymentAmount = last->amount;
    }
    return plan;
}

bool CollectionPlanService::hasActivePlan(const Database &db, qint64 familyId)
{
    return CollectionPlanStore(db).active(familyId).has_value();
}

} // namespace paydesk::core
