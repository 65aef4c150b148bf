#include "collections/Delinquency.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace paydesk::core {

namespace {

// Each charge's net amount in one pass over the window by the charges' date index, summed
// per family. %1 narrows the charges to some families' patients; the id bounds are the run's
// marks.
const char *const recentSql =
        "SELECT p.family_id, SUM(CASE WHEN n.net > 0 THEN n.net ELSE 0 END) FROM (SELECT c.patient_id,"
        " c.amount_cents + COALESCE((SELECT SUM(a.amount_cents) FROM adjustments a WHERE a.charge_id = c.id"
        " AND a.date <= :adjustmentDay AND a.id <= :adjustmentMark), 0)"
        " - COALESCE((SELECT SUM(r.ins_paid_cents + r.writeoff_cents) FROM claim_procs r"
        " JOIN claims k ON k.id = r.claim_id WHERE r.charge_id = c.id AND k.date <= :claimDay"
        " AND r.id <= :claimMark), 0) AS net"
        " FROM charges c WHERE c.date > :from AND c.date <= :day AND c.id <= :chargeMark%1) n"
        " JOIN patients p ON p.id = n.patient_id GROUP BY p.family_id";

// A few families to a query, a fixed number so that it is prepared once (the last batch
// repeats a family to fill its places).
constexpr qsizetype familiesPerQuery = 32;

// Every family's sums, or only those of `families` when given.
QHash<qint64, qint64> sums(
        const Database &db, const QList<qint64> *families, QDate day, int days, const QHash<QString, qint64> *marks)
{
    const auto mark = [marks](const char *table) {
        return marks ? marks->value(QString::fromLatin1(table)) : std::numeric_limits<qint64>::max();
    };
    QHash<qint64, qint64> result;
    if (families && families->isEmpty())
        return result;
    QString filter;
    if (families) {
        QStringList places;
        for (qsizetype i = 0; i < familiesPerQuery; ++i)
            places << QStringLiteral(":f%1").arg(i);
        filter = QStringLiteral(" AND c.patient_id IN (SELECT id FROM patients WHERE family_id IN (%1))")
                         .arg(places.join(QStringLiteral(", ")));
    }
    const QString dayText = day.toString(Qt::ISODate);
    const qsizetype batches = families ? (families->size() + familiesPerQuery - 1) / familiesPerQuery : 1;
    SqlQuery q = db.query();
    for (qsizetype batch = 0; batch < batches; ++batch) {
        q.prepare(QString::fromLatin1(recentSql).arg(filter))
                .bind(QStringLiteral(":adjustmentDay"), dayText)
                .bind(QStringLiteral(":adjustmentMark"), mark("adjustments"))
                .bind(QStringLiteral(":claimDay"), dayText)
                .bind(QStringLiteral(":claimMark"), mark("claim_procs"))
                .bind(QStringLiteral(":from"), day.addDays(-days).toString(Qt::ISODate))
                .bind(QStringLiteral(":day"), dayText)
                .bind(QStringLiteral(":chargeMark"), mark("charges"));
        if (families) {
            const qsizetype first = batch * familiesPerQuery;
            const qsizetype last = std::min(families->size(), first + familiesPerQuery) - 1;
            for (qsizetype i = 0; i < familiesPerQuery; ++i)
                q.bind(QStringLiteral(":f%1").arg(i), families->at(std::min(first + i, last)));
        }
        q.exec();
        while (q.next())
            result[q.id(0)] += q.id(1);
    }
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
