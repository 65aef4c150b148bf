#include "billing/BillingDashboard.h"

#include "billing/BillingAccountReader.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace paydesk::core {

BillingDashboard::BillingDashboard(const Database &db) : m_db(db) {}

QList<std::pair<BillingStatus, qint64>> BillingDashboard::familiesByStatus() const
{
    // The lists decide each family's status; "Not billed" is every other family.
    const BillingAccountReader reader(m_db);
    QHash<BillingStatus, qint64> counts;
    qint64 listed = 0;
    for (const BillingList list : {BillingList::Queued, BillingList::Submitted, BillingList::Final,
                                   BillingList::PendingWriteOff, BillingList::Plans, BillingList::OtherSuspensions}) {
        for (const BillingAccount &account : reader.list(list)) {
            // An enabled plan whose family no longer owes shows "Not billed" on the plans tab.
            if (account.status == BillingStatus::NotBilled)
                continue;
            ++counts[account.status];
            ++listed;
        }
    }
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM families")).exec();
    counts[BillingStatus::NotBilled] = (q.next() ? q.id(0) : 0) - listed;
    QList<std::pair<BillingStatus, qint64>> result;
    for (const BillingStatus status : {BillingStatus::NotBilled, BillingStatus::Queued, BillingStatus::Submitted,
                                       BillingStatus::FinalStatementSent, BillingStatus::PendingWriteOff,
                                       BillingStatus::PaymentPlan, BillingStatus::PlanDisabled})
        result.append({status, counts.value(status)});
    return result;
}

QList<std::pair<QDate, qint64>> BillingDashboard::plansDisabledLast30Days(QDate today) const
{
    const QDate first = today.addDays(-29);
    QHash<QDate, qint64> perDay;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ended_on, COUNT(*) FROM payment_plans WHERE status = 'Disabled'"
                             " AND ended_on >= :first AND ended_on <= :last GROUP BY ended_on"))
        .bind(QStringLiteral(":first"), first.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), today.toString(Qt::ISODate))
        .exec();
    while (q.next())
        perDay.insert(q.date(0), q.id(1));
    QList<std::pair<QDate, qint64>> days;
    for (QDate day = first; day <= today; day = day.addDays(1))
        days.append({day, perDay.value(day)});
    return days;
}

QList<BillingDashboard::Month> BillingDashboard::planPaymentsByMonth(QDate today, int months) const
{
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(1 - months);
    // A payment counts once, in its month, when its family had a plan on its date: from the
    // plan's start up to the day it ended. Voided payments and refunds do not count.
    QHash<QString, qint64> perMonth;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
                  "SELECT SUBSTR(x.date, 1, 7), CAST(SUM(x.amount_cents) AS BIGINT) FROM (SELECT DISTINCT y.id, y.date,"
                  " y.amount_cents FROM payments y JOIN patients p ON p.id = y.patient_id"
                  " JOIN payment_plans pp ON pp.family_id = p.family_id AND y.date >= pp.start_date"
                  "  AND (pp.ended_on IS NULL OR y.date <= pp.ended_on)"
                  " WHERE y.kind = 'payment' AND y.amount_cents > 0 AND y.date >= :first AND y.date <= :last"
                  " AND NOT EXISTS (SELECT 1 FROM payments v WHERE v.related_payment_id = y.id AND v.kind = 'void')) x"
                  " GROUP BY SUBSTR(x.date, 1, 7)"))
        .bind(QStringLiteral(":first"), firstMonth.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), today.toString(Qt::ISODate))
        .exec();
    while (q.next())
        perMonth.insert(q.text(0), q.id(1));
    QList<Month> result;
    for (int i = 0; i < months; ++i) {
        const QDate month = firstMonth.addMonths(i);
        result.append({month, Money::fromCents(perMonth.value(month.toString(QStringLiteral("yyyy-MM"))))});
    }
    return result;
}

} // namespace paydesk::core
