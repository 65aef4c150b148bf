#include "collections/CollectionMoves.h"

#include "collections/CollectionAccountStore.h"
#include "collections/CollectionPlanStore.h"
#include "money/Money.h"
#include "storage/AuditLog.h"

namespace paydesk::core {

namespace {

QJsonObject planForm(const CollectionPlan &plan)
{
    return QJsonObject{{QStringLiteral("plan"), plan.id},
                       {QStringLiteral("kind"), CollectionPlan::kindText(plan.kind)},
                       {QStringLiteral("status"), CollectionPlan::statusText(plan.status)},
                       {QStringLiteral("next_payment_date"), plan.nextPaymentDate.toString(Qt::ISODate)}};
}

} // namespace

CollectionMoves::CollectionMoves(const Database &db,
                                 AuditLog &audit,
                                 QString by,
                                 const QHash<qint64, CollectionAccount> &accounts)
    : m_db(db)
    , m_audit(audit)
    , m_by(std::move(by))
    , m_accounts(accounts)
{}

void CollectionMoves::change(
        const QString &action, qint64 familyId, const QString &code, QDate on, bool stays, const QString &note)
{
    const auto before = m_accounts.constFind(familyId);
    m_changes.append({action,
                      before == m_accounts.cend() ? std::nullopt : std::optional<CollectionAccount>(*before),
                      CollectionAccount{familyId, code, on, stays},
                      m_by,
                      note});
}

void CollectionMoves::write()
{
    CollectionAccountStore(m_db).changeAll(m_audit, m_changes);
    m_changes.clear();
}

void CollectionMoves::enter(
        qint64 familyId, const QString &code, QDate on, qint64 olderCents, int delinquentDays, CollectionPlan *plan)
{
    const QString note = QStringLiteral("Delinquent: %1 older than %2 days")
                                 .arg(Money::fromCents(olderCents).toString())
                                 .arg(delinquentDays);
    if (plan)
        endPlan(*plan, CollectionPlan::Status::Ended, on, note, QStringLiteral("collections-plan-end"));
    change(QStringLiteral("collections-enter"), familyId, code, on, false, note);
}

void CollectionMoves::moveOn(qint64 familyId, const QString &code, QDate on, int days)
{
    change(QStringLiteral("collections-move"), familyId, code, on, false, QStringLiteral("%1 days in status").arg(days));
}

void CollectionMoves::leave(qint64 familyId, QDate on, const QString &note, CollectionPlan *plan)
{
    if (plan)
        endPlan(*plan, CollectionPlan::Status::Completed, on, note, QStringLiteral("collections-plan-complete"));
    change(QStringLiteral("collections-leave"), familyId, {}, on, false, note);
}

void CollectionMoves::failPlan(CollectionPlan &plan, QDate on, bool stays, qint64 paidCents)
{
    const QString note = QStringLiteral("Payment plan failed: paid %1 of %2 due by %3")
                                 .arg(Money::fromCents(paidCents).toString(),
                                      plan.amount.toString(),
                                      plan.nextPaymentDate.toString(Qt::ISODate));
    endPlan(plan, CollectionPlan::Status::Failed, on, note, QStringLiteral("collections-plan-fail"));
    change(QStringLiteral("collections-plan-fail"), plan.familyId, plan.defaultStatus, on, stays, note);
}

void CollectionMoves::endPlan(
        CollectionPlan &plan, CollectionPlan::Status status, QDate on, const QString &note, const QString &action)
{
    const QJsonObject before = planForm(plan);
    plan.status = status;
    plan.endedOn = on;
    plan.endedBy = m_by;
    plan.endNote = note;
    CollectionPlanStore(m_db).writeEnd(plan);
    QJsonObject after = planForm(plan);
    after.insert(QStringLiteral("note"), note);
    m_audit.add(action, QStringLiteral("family"), plan.familyId, before, after);
}

} // namespace paydesk::core
