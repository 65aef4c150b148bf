#include "collections/Delinquency.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <algorithm>
#include <limits>

namespace paydesk::core {

namespace {

// The window's charges and, separately, the adjustments attached to them (a join of the two
// would count a charge once per adjustment). {family} narrows to one family; the id bounds
// are the run's marks.
const char *const chargeSums = "SELECT p.family_id, SUM(c.amount_cents) FROM charges c"
                               " JOIN patients p ON p.id = c.patient_id"
                               " WHERE c.date > :from AND c.date <= :day AND c.id <= :chargeMark%1"
                               " GROUP BY p.family_id";
const char *const adjustmentSums = "SELECT p.family_id, SUM(a.amount_cents) FROM charges c"
                                   " JOIN adjustments a ON a.charge_id = c.id"
                                   " JOIN patients p ON p.id = c.patient_id"
                                   " WHERE c.date > :from AND c.date <= :day AND c.id <= :chargeMark"
                                   " AND a.date <= :day AND a.id <= :adjustmentMark%1 GROUP BY p.family_id";

void addSums(const Database &db, const char *sql, const QString &familyFilter, qint64 familyId, QDate day, int days,
             qint64 chargeMark, qint64 adjustmentMark, QHash<qint64, qint64> &sums)
{
    SqlQuery q = db.query();
    q.prepare(QString::fromLatin1(sql).arg(familyFilter))
            .bind(QStringLiteral(":from"), day.addDays(-days).toString(Qt::ISODate))
            .bind(QStringLiteral(":day"), day.toString(Qt::ISODate))
            .bind(QStringLiteral(":chargeMark"), chargeMark);
    if (sql == adjustmentSums)
        q.bind(QStringLiteral(":adjustmentMark"), adjustmentMark);
    if (familyId)
        q.bind(QStringLiteral(":family"), familyId);
    q.exec();
    while (q.next())
        sums[q.id(0)] += q.id(1);
}

QHash<qint64, qint64> sums(const Database &db, qint64 familyId, QDate day, int days, qint64 chargeMark,
                           qint64 adjustmentMark)
{
    const QString filter = familyId ? QStringLiteral(" AND p.family_id = :family") : QString();
    QHash<qint64, qint64> result;
    addSums(db, chargeSums, filter, familyId, day, days, chargeMark, adjustmentMark, result);
    addSums(db, adjustmentSums, filter, familyId, day, days, chargeMark, adjustmentMark, result);
    return result;
}

} // namespace

qint64 Delinquency::olderCents(qint64 balanceCents, qint64 recentChargesCents)
{
    return std::max<qint64>(0, balanceCents - recentChargesCents);
}

bool Delinquency::isDelinquent(qint64 olderCents, const CollectionsPolicy &policy)
{
    return olderCents > 0 && olderCents >= policy.minAmount.cents();
}

QHash<qint64, qint64> Delinquency::recentCharges(const Database &db, QDate day, int days,
                                                 const QHash<QString, qint64> *marks)
{
    constexpr qint64 every = std::numeric_limits<qint64>::max();
    return sums(db, 0, day, days, marks ? marks->value(QStringLiteral("charges")) : every,
                marks ? marks->value(QStringLiteral("adjustments")) : every);
}

qint64 Delinquency::recentCharges(const Database &db, qint64 familyId, QDate day, int days)
{
    constexpr qint64 every = std::numeric_limits<qint64>::max();
    return sums(db, familyId, day, days, every, every).value(familyId);
}

} // namespace paydesk::core
