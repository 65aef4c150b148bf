#include "CollectionsRunDesk.h"

#include "collections/CollectionAccountStore.h"
#include "collections/CollectionsPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace paydesk::test {

using namespace paydesk::core;

CollectionsRunDesk::CollectionsRunDesk(const Database &db)
    : m_billing(db)
{}

void CollectionsRunDesk::setUp(int delinquentDays)
{
    // The transfers' targets first (next_code references the table).
    const QList<std::tuple<QString, int, QString>> codes = {
            {u"AG"_s, 0, {}},
            {u"C2"_s, 10, u"AG"_s},
            {u"IC"_s, 10, u"C2"_s},
            {u"CP"_s, 5, u"AG"_s},
            {u"CPF"_s, 15, u"AG"_s},
            {u"ND"_s, 0, {}},
            {u"NDF"_s, 20, u"IC"_s},
    };
    Transaction tx(db());
    for (const auto &[code, days, next] : codes)
        db().query()
                .prepare(u"INSERT INTO collection_codes (code, description, days_to_remain, next_code)"
                         " VALUES (?, ?, ?, ?)"_s)
                .execWith({code,
                           QString(code + u" status"_s),
                           days,
                           next.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(next)});
    tx.commit();
    m_billing.settings({{u"collections.delinquent_days"_s, QString::number(delinquentDays)},
                        {u"collections.min_amount"_s, u"25.00"_s},
                        {u"collections.initial_status"_s, u"IC"_s},
                        {u"collections.plan_code"_s, u"CP"_s},
                        {u"collections.plan_failed_code"_s, u"CPF"_s},
                        {u"collections.nd_plan_code"_s, u"ND"_s},
                        {u"collections.nd_plan_failed_code"_s, u"NDF"_s}});
}

qint64 CollectionsRunDesk::start(int delinquentDays, const QString &amount, qint64 *patient)
{
    setUp(delinquentDays);
    const qint64 family = m_billing.owingFamily(patient, amount);
    m_billing.run(QDate(2026, 1, 5));
    return family;
}

void CollectionsRunDesk::ndPlan(qint64 family, QDate next, const QString &defaultStatus)
{
    m_billing.at(QDate(2026, 1, 10));
    addPlan(family,
            CollectionPlan::Kind::NonDelinquent,
            QDate(2026, 1, 10),
            QStringLiteral("50.00"),
            30,
            next,
            defaultStatus);
}

qint64 CollectionsRunDesk::addPlan(qint64 family,
                                   CollectionPlan::Kind kind,
                                   QDate start,
                                   const QString &amount,
                                   int days,
                                   QDate next,
                                   const QString &defaultStatus)
{
    const CollectionsPolicy policy = CollectionsPolicy::read(db());
    Transaction tx(db());
    const qint64 id = db().reserveIds(u"collection_plans"_s);
    db().query()
            .prepare(u"INSERT INTO collection_plans (id, family_id, kind, status, start_date, amount_cents,"
                     " payment_days, next_payment_date, paid_after, default_status, webpay, holder, zip, end_note,"
                     " created_by, created_at) VALUES (?, ?, ?, 'Active', ?, ?, ?, ?, ?, ?, 0, '', '', '', ?, ?)"_s)
            .execWith({id,
                       family,
                       CollectionPlan::kindText(kind),
                       start.toString(Qt::ISODate),
                       money(amount).cents(),
                       days,
                       (next.isValid() ? next : start.addDays(days)).toString(Qt::ISODate),
                       start.addDays(-1).toString(Qt::ISODate),
                       defaultStatus.isEmpty() ? policy.failedCodeFor(kind) : defaultStatus,
                       m_billing.user(),
                       Clock::nowUtc().toString(Qt::ISODateWithMs)});
    AuditLog audit(db(), m_billing.user());
    CollectionAccountStore(db()).change(audit,
                                        u"collections-plan-add"_s,
                                        family,
                                        policy.planCodeFor(kind),
                                        m_billing.today(),
                                        false,
                                        m_billing.user(),
                                        {});
    audit.write();
    tx.commit();
    return id;
}

void CollectionsRunDesk::suppress(qint64 family)
{
    Transaction tx(db());
    db().query()
            .prepare(u"INSERT INTO billing_groups (id, name, suppress_collections) VALUES (2, 'Hardship', 1)"_s)
            .exec();
    db().query().prepare(u"UPDATE families SET billing_group_id = 2 WHERE id = ?"_s).execWith({family});
    tx.commit();
}

QString CollectionsRunDesk::code(qint64 family) const
{
    return CollectionAccountStore(db()).read(family).value_or(CollectionAccount{}).code;
}

bool CollectionsRunDesk::stays(qint64 family) const
{
    return CollectionAccountStore(db()).read(family).value_or(CollectionAccount{}).stays;
}

QString CollectionsRunDesk::plan(qint64 family) const
{
    SqlQuery q = db().query();
    q.prepare(u"SELECT status, next_payment_date, ended_on, ended_by FROM collection_plans WHERE family_id = :f"
              " ORDER BY id DESC"_s)
            .bind(u":f"_s, family)
            .exec();
    if (!q.next())
        return {};
    if (q.text(0) == u"Active"_s)
        return u"Active next "_s + q.text(1);
    return u"%1 on %2 by %3"_s.arg(q.text(0), q.text(2), q.text(3));
}

QStringList CollectionsRunDesk::history(qint64 family) const
{
    QStringList lines;
    for (const CollectionHistoryEntry &entry : CollectionAccountStore(db()).history(family))
        lines << u"%1 from %2 by %3"_s.arg(
                entry.code.isEmpty() ? u"-"_s : entry.code, entry.from.toString(Qt::ISODate), entry.by);
    return lines;
}

QString CollectionsRunDesk::counts(qint64 entered, qint64 moved, qint64 left, qint64 failed, qint64 paid)
{
    BillingDay day;
    day.collectionsOn = true;
    day.collectionsEntered = entered;
    day.collectionsMoved = moved;
    day.collectionsLeft = left;
    day.collectionPlansFailed = failed;
    day.collectionPlansPaid = paid;
    return day.collectionsLine();
}

} // namespace paydesk::test
