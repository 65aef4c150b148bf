#include "collections/CollectionPlanStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

namespace paydesk::core {

namespace {

const char *const planColumns = "id, family_id, kind, status, start_date, amount_cents, payment_days,"
                                " next_payment_date, paid_after, default_status, webpay, merchant, method, holder,"
                                " zip, ended_on, ended_by, end_note";

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Text for a NOT NULL column: a null QString would bind NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

CollectionPlan planFrom(const SqlQuery &q)
{
    CollectionPlan plan;
    plan.id = q.id(0);
    plan.familyId = q.id(1);
    plan.kind = CollectionPlan::parseKind(q.text(2)).value_or(CollectionPlan::Kind::NonDelinquent);
    plan.status = CollectionPlan::parseStatus(q.text(3)).value_or(CollectionPlan::Status::Active);
    plan.start = q.date(4);
    plan.amount = Money::fromCents(q.id(5));
    plan.paymentDays = int(q.id(6));
    plan.nextPaymentDate = q.date(7);
    plan.paidAfter = q.date(8);
    plan.defaultStatus = q.text(9);
    if (q.id(10) != 0)
        plan.webpay = WebPay{q.text(11), q.text(12), q.text(13), q.text(14)};
    plan.endedOn = q.date(15);
    plan.endedBy = q.text(16);
    plan.endNote = q.text(17);
    return plan;
}

} // namespace

CollectionPlanStore::CollectionPlanStore(const Database &db)
    : m_db(db)
{}

QList<CollectionPlan> CollectionPlanStore::read(const QString &where, qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM collection_plans WHERE %2").arg(QLatin1String(planColumns), where));
    if (familyId)
        q.bind(QStringLiteral(":f"), familyId);
    q.exec();
    QList<CollectionPlan> plans;
    while (q.next())
        plans.append(planFrom(q));
    return plans;
}

QHash<qint64, CollectionPlan> CollectionPlanStore::readActive() const
{
    QHash<qint64, CollectionPlan> plans;
    for (const CollectionPlan &plan : read(QStringLiteral("status = 'Active'"), 0))
        plans.insert(plan.familyId, plan);
    return plans;
}

std::optional<CollectionPlan> CollectionPlanStore::active(qint64 familyId) const
{
    const QList<CollectionPlan> plans = read(QStringLiteral("family_id = :f AND status = 'Active'"), familyId);
    return plans.isEmpty() ? std::nullopt : std::optional(plans.first());
}

std::optional<CollectionPlan> CollectionPlanStore::latest(qint64 familyId) const
{
    const QList<CollectionPlan> plans = read(QStringLiteral("family_id = :f ORDER BY %1 LIMIT 1").arg(latestFirst()),
                                             familyId);
    return plans.isEmpty() ? std::nullopt : std::optional(plans.first());
}

QString CollectionPlanStore::latestFirst()
{
    // At most one row is Active (collection_plans_active); it wins over any newer row.
    return QStringLiteral("CASE WHEN status = 'Active' THEN 0 ELSE 1 END, id DESC");
}

qint64 CollectionPlanStore::insert(const CollectionPlan &plan, const QString &user) const
{
    const qint64 id = m_db.reserveIds(QStringLiteral("collection_plans"));
    const QVariant noName(QMetaType::fromType<QString>());
    m_db.query()
            .prepare(QStringLiteral(
                    "INSERT INTO collection_plans (id, family_id, kind, status, start_date, amount_cents, payment_days,"
                    " next_payment_date, paid_after, default_status, webpay, merchant, method, holder, zip, end_note,"
                    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"))
            .execWith({id,
                       plan.familyId,
                       CollectionPlan::kindText(plan.kind),
                       CollectionPlan::statusText(plan.status),
                       dateValue(plan.start),
                       plan.amount.cents(),
                       plan.paymentDays,
                       dateValue(plan.nextPaymentDate),
                       dateValue(plan.paidAfter),
                       text(plan.defaultStatus),
                       plan.webpay ? 1 : 0,
                       plan.webpay ? QVariant(plan.webpay->merchant) : noName,
                       plan.webpay ? QVariant(plan.webpay->method) : noName,
                       text(plan.webpay ? plan.webpay->holder : QString()),
                       text(plan.webpay ? plan.webpay->zip : QString()),
                       user,
                       Clock::nowUtc().toString(Qt::ISODateWithMs)});
    return id;
}

void CollectionPlanStore::writeTerms(const CollectionPlan &plan) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE collection_plans SET amount_cents = ?, payment_days = ?,"
                                    " next_payment_date = ?, default_status = ? WHERE id = ?"))
            .execWith({plan.amount.cents(),
                       plan.paymentDays,
                       dateValue(plan.nextPaymentDate),
                       plan.defaultStatus,
                       plan.id});
}

void CollectionPlanStore::writeNextPeriod(const CollectionPlan &plan) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE collection_plans SET paid_after = ?, next_payment_date = ? WHERE id = ?"))
            .execWith({dateValue(plan.paidAfter), dateValue(plan.nextPaymentDate), plan.id});
}

void CollectionPlanStore::writeEnd(const CollectionPlan &plan) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE collection_plans SET status = ?, ended_on = ?, ended_by = ?, end_note = ?"
                                    " WHERE id = ?"))
            .execWith({CollectionPlan::statusText(plan.status),
                       dateValue(plan.endedOn),
                       plan.endedBy,
                       text(plan.endNote),
                       plan.id});
}

void CollectionPlanStore::end(AuditLog &audit,
                              const QString &action,
                              const CollectionPlan &plan,
                              CollectionPlan::Status status,
                              QDate on,
                              const QString &by,
                              const QString &note) const
{
    CollectionPlan ended = plan;
    ended.status = status;
    ended.endedOn = on;
    ended.endedBy = by;
    ended.endNote = note;
    writeEnd(ended);
    audit.add(action, QStringLiteral("family"), plan.familyId, auditForm(plan), auditForm(ended));
}

QJsonObject CollectionPlanStore::auditForm(const CollectionPlan &plan)
{
    QJsonObject json = plan.toJson();
    json.remove(QStringLiteral("last_payment_date"));
    json.remove(QStringLiteral("last_payment_amount"));
    json.insert(QStringLiteral("id"), plan.id);
    if (plan.status != CollectionPlan::Status::Active) {
        json.insert(QStringLiteral("ended_on"), plan.endedOn.toString(Qt::ISODate));
        json.insert(QStringLiteral("ended_by"), plan.endedBy);
        json.insert(QStringLiteral("note"), plan.endNote);
    }
    return json;
}

} // namespace paydesk::core
