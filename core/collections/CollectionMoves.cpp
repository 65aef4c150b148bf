#include "collections/CollectionMoves.h"

#include "collections/CollectionNote.h"

#include <QJsonObject>

#include "collections/CollectionAccountStore.h"
#include "collections/CollectionPlanStore.h"
#include "money/Money.h"
#include "storage/AuditLog.h"

namespace paydesk::core {

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

void CollectionMoves::enter(qint64 familyId,
                            const QString &code,
                            QDate on,
                            qint64 olderCents,
                            int delinquentDays,
                            const CollectionPlan *plan)
{
    const QString note = CollectionNote::delinquent(Money::fromCents(olderCents), delinquentDays);
    if (plan)
        CollectionPlanStore(m_db).end(
                m_audit, QStringLiteral("collections-plan-end"), *plan, CollectionPlan::Status::Ended, on, m_by, note);
    change(QStringLiteral("collections-enter"), familyId, code, on, false, note);
}

void CollectionMoves::moveOn(qint64 familyId, const QString &code, QDate on, int days)
{
    change(QStringLiteral("collections-move"), familyId, code, on, false, CollectionNote::daysInStatus(days));
}

void CollectionMoves::leave(qint64 familyId, QDate on, const QString &note, const CollectionPlan *plan)
{
    if (plan)
        CollectionPlanStore(m_db).end(m_audit,
                                      QStringLiteral("collections-plan-complete"),
                                      *plan,
                                      CollectionPlan::Status::Completed,
                                      on,
                                      m_by,
                                      note);
    change(QStringLiteral("collections-leave"), familyId, {}, on, false, note);
}

void CollectionMoves::failPlan(const CollectionPlan &plan, QDate on, bool stays, qint64 paidCents)
{
    const QString note = CollectionNote::planFailed(Money::fromCents(paidCents), plan.amount, plan.nextPaymentDate);
    CollectionPlanStore(m_db).end(
            m_audit, QStringLiteral("collections-plan-fail"), plan, CollectionPlan::Status::Failed, on, m_by, note);
    change(QStringLiteral("collections-plan-fail"), plan.familyId, plan.defaultStatus, on, stays, note);
}

void CollectionMoves::payPlan(const CollectionPlan &before, const CollectionPlan &paid, qint64 paidCents)
{
    CollectionPlanStore(m_db).writeNextPeriod(paid);
    QJsonObject after = CollectionPlanStore::auditForm(paid);
    after.insert(QStringLiteral("paid"), Money::fromCents(paidCents).toString());
    m_audit.add(QStringLiteral("collections-plan-paid"),
                QStringLiteral("family"),
                paid.familyId,
                CollectionPlanStore::auditForm(before),
                after);
}

} // namespace paydesk::core
