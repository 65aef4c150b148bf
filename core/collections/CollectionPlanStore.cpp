#include "collections/CollectionPlanStore.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::core {

CollectionPlanStore::CollectionPlanStore(const Database &db)
    : m_db(db)
{}

QHash<qint64, CollectionPlan> CollectionPlanStore::read(qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, family_id, kind, start_date, amount_cents, payment_days, next_payment_date,"
                             " paid_after, default_status, webpay, merchant, method, holder, zip FROM collection_plans"
                             " WHERE status = 'Active'%1")
                      .arg(familyId ? QStringLiteral(" AND family_id = :f") : QString()));
    if (familyId)
        q.bind(QStringLiteral(":f"), familyId);
    q.exec();
    QHash<qint64, CollectionPlan> plans;
    while (q.next()) {
        CollectionPlan plan;
        plan.id = q.id(0);
        plan.familyId = q.id(1);
        plan.kind = CollectionPlan::parseKind(q.text(2)).value_or(CollectionPlan::Kind::NonDelinquent);
        plan.status = CollectionPlan::Status::Active;
        plan.start = q.date(3);
        plan.amount = Money::fromCents(q.id(4));
        plan.paymentDays = int(q.id(5));
        plan.nextPaymentDate = q.date(6);
        plan.paidAfter = q.date(7);
        plan.defaultStatus = q.text(8);
        if (q.id(9) != 0)
            plan.webpay = WebPay{q.text(10), q.text(11), q.text(12), q.text(13)};
        plans.insert(plan.familyId, plan);
    }
    return plans;
}

QHash<qint64, CollectionPlan> CollectionPlanStore::readActive() const
{
    return read(0);
}

std::optional<CollectionPlan> CollectionPlanStore::active(qint64 familyId) const
{
    const QHash<qint64, CollectionPlan> plans = read(familyId);
    if (plans.isEmpty())
        return std::nullopt;
    return plans.value(familyId);
}

void CollectionPlanStore::writeNextPeriod(const CollectionPlan &plan) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE collection_plans SET paid_after = :after, next_payment_date = :next"
                                    " WHERE id = :id"))
            .bind(QStringLiteral(":after"), plan.paidAfter.toString(Qt::ISODate))
            .bind(QStringLiteral(":next"), plan.nextPaymentDate.toString(Qt::ISODate))
            .bind(QStringLiteral(":id"), plan.id)
            .exec();
}

void CollectionPlanStore::writeEnd(const CollectionPlan &plan) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE collection_plans SET status = :status, ended_on = :on, ended_by = :by,"
                                    " end_note = :note WHERE id = :id"))
            .bind(QStringLiteral(":status"), CollectionPlan::statusText(plan.status))
            .bind(QStringLiteral(":on"), plan.endedOn.toString(Qt::ISODate))
            .bind(QStringLiteral(":by"), plan.endedBy)
            .bind(QStringLiteral(":note"), plan.endNote)
            .bind(QStringLiteral(":id"), plan.id)
            .exec();
}

} // namespace paydesk::core
