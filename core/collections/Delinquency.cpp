#include "collections/Delinquency.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace paydesk::core {

namespace {

// Each charge's net amount in one pass over the window by the charges' date index, summed
// per family; {family} narrows to one family by the charges' patient index. The id bounds
// are the run's marks.
const char *const recentSql =
        "SELECT p.family_id, SUM(CASE WHEN n.net > 0 THEN n.net ELSE 0 END) FROM (SELECT c.patient_id,"
        " c.amount_cents + COALESCE((SELECT SUM(a.amount_cents) FROM adjustments a WHERE a.charge_id = c.id"
        " AND a.date <= :adjustmentDay AND a.id <= :adjustmentMark), 0)"
        " - COALESCE((SELECT SUM(r.ins_paid_cents + r.writeoff_cents) FROM claim_procs r"
        " JOIN claims k ON k.id = r.claim_id WHERE r.charge_id = c.id AND k.date <= :claimDay"
        " AND r.id <= :claimMark), 0) AS net"
        " FROM charges c WHERE c.date > :from AND c.date <= :day AND c.id <= :chargeMark%1) n"
        " JOIN patients p ON p.id = n.patient_id GROUP BY p.family_id";

QHash<qint64, qint64> sums(const Database &db, qint64 familyId, QDate day, int days,
                           const std::function<qint64(const char *)> &mark)
{
    const QString filter = familyId
            ? QStringLiteral(" AND c.patient_id IN (SELECT id FROM patients WHERE family_id = :family)")
            : QString();
    const QString dayText = day.toString(Qt::ISODate);
    SqlQuery q = db.query();
    q.prepare(QString::fromLatin1(recentSql).arg(filter))
            .bind(QStringLiteral(":adjustmentDay"), dayText)
            .bind(QStringLiteral(":adjustmentMark"), mark("adjustments"))
            .bind(QStringLiteral(":claimDay"), dayText)
            .bind(QStringLiteral(":claimMark"), mark("claim_procs"))
            .bind(QStringLiteral(":from"), day.addDays(-days).toString(Qt::ISODate))
            .bind(QStringLiteral(":day"), dayText)
            .bind(QStringLiteral(":chargeMark"), mark("charges"));
    if (familyId)
        q.bind(QStringLiteral(":family"), familyId);
    q.exec();
    QHash<qint64, qint64> result;
    while (q.next())
        result.insert(q.id(0), q.id(1));
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
    return sums(db, 0, day, days, [marks](const char *table) {
        return marks ? marks->value(QString::fromLatin1(table)) : std::numeric_limits<qint64>::max();
    });
}

qint64 Delinquency::recentCharges(const Database &db, qint64 familyId, QDate day, int days)
{
    return sums(db, familyId, day, days, [](const char *) { return std::numeric_limits<qint64>::max(); })
            .value(familyId);
}

} // namespace paydesk::core
