#include "collections/Delinquency.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace paydesk::core {

namespace {

// The window's charges and, separately, the adjustments attached to them (a join of the two
// would count a charge once per adjustment). %1 narrows them to some families; the id
// bounds are the run's marks.
const char *const chargeSums = "SELECT p.family_id, SUM(c.amount_cents) FROM charges c"
                               " JOIN patients p ON p.id = c.patient_id"
                               " WHERE c.date > :from AND c.date <= :day AND c.id <= :chargeMark%1"
                               " GROUP BY p.family_id";
const char *const adjustmentSums = "SELECT p.family_id, SUM(a.amount_cents) FROM charges c"
                                   " JOIN adjustments a ON a.charge_id = c.id"
                                   " JOIN patients p ON p.id = c.patient_id"
                                   " WHERE c.date > :from AND c.date <= :day AND c.id <= :chargeMark"
                                   " AND a.date <= :day AND a.id <= :adjustmentMark%1 GROUP BY p.family_id";

// A few families to a query, a fixed number so that it is prepared once (the last batch
// repeats a family to fill its places).
constexpr qsizetype familiesPerQuery = 32;

void addSums(const Database &db,
             const char *sql,
             const QList<qint64> *families,
             QDate day,
             int days,
             qint64 chargeMark,
             qint64 adjustmentMark,
             QHash<qint64, qint64> &sums)
{
    QString filter;
    if (families) {
        QStringList places;
        for (qsizetype i = 0; i < familiesPerQuery; ++i)
            places << QStringLiteral(":f%1").arg(i);
        filter = QStringLiteral(" AND p.family_id IN (%1)").arg(places.join(QStringLiteral(", ")));
    }
    const qsizetype batches = families ? (families->size() + familiesPerQuery - 1) / familiesPerQuery : 1;
    SqlQuery q = db.query();
    for (qsizetype batch = 0; batch < batches; ++batch) {
        q.prepare(QString::fromLatin1(sql).arg(filter))
                .bind(QStringLiteral(":from"), day.addDays(-days).toString(Qt::ISODate))
                .bind(QStringLiteral(":day"), day.toString(Qt::ISODate))
                .bind(QStringLiteral(":chargeMark"), chargeMark);
        if (sql == adjustmentSums)
            q.bind(QStringLiteral(":adjustmentMark"), adjustmentMark);
        if (families) {
            const qsizetype first = batch * familiesPerQuery;
            const qsizetype last = std::min(families->size(), first + familiesPerQuery) - 1;
            for (qsizetype i = 0; i < familiesPerQuery; ++i)
                q.bind(QStringLiteral(":f%1").arg(i), families->at(std::min(first + i, last)));
        }
        q.exec();
        while (q.next())
            sums[q.id(0)] += q.id(1);
    }
}

// Every family's sums, or only those of `families` when given.
QHash<qint64, qint64> sums(
        const Database &db, const QList<qint64> *families, QDate day, int days, const QHash<QString, qint64> *marks)
{
    constexpr qint64 every = std::numeric_limits<qint64>::max();
    const qint64 chargeMark = marks ? marks->value(QStringLiteral("charges")) : every;
    const qint64 adjustmentMark = marks ? marks->value(QStringLiteral("adjustments")) : every;
    QHash<qint64, qint64> result;
    if (families && families->isEmpty())
        return result;
    addSums(db, chargeSums, families, day, days, chargeMark, adjustmentMark, result);
    addSums(db, adjustmentSums, families, day, days, chargeMark, adjustmentMark, result);
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

QHash<qint64, qint64> Delinquency::recentCharges(const Database &db,
                                                 QDate day,
                                                 int days,
                                                 const QHash<QString, qint64> *marks)
{
    return sums(db, nullptr, day, days, marks);
}

QHash<qint64, qint64> Delinquency::recentCharges(
        const Database &db, const QList<qint64> &families, QDate day, int days, const QHash<QString, qint64> *marks)
{
    return sums(db, &families, day, days, marks);
}

QSet<qint64> Delinquency::windowLeavers(const Database &db, QDate day, int days, const QHash<QString, qint64> &marks)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT DISTINCT p.family_id FROM charges c JOIN patients p ON p.id = c.patient_id"
                             " WHERE c.date = :date AND c.id <= :chargeMark"))
            .bind(QStringLiteral(":date"), day.addDays(-days).toString(Qt::ISODate))
            .bind(QStringLiteral(":chargeMark"), marks.value(QStringLiteral("charges")))
            .exec();
    QSet<qint64> families;
    while (q.next())
        families.insert(q.id(0));
    return families;
}

qint64 Delinquency::recentCharges(const Database &db, qint64 familyId, QDate day, int days)
{
    const QList<qint64> one{familyId};
    return sums(db, &one, day, days, nullptr).value(familyId);
}

} // namespace paydesk::core
