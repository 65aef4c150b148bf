#include "plans/PatientPayments.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace paydesk::core {

QList<PatientPayment> PatientPayments::read(const Database &db, const QList<Window> &windows, QDate asOf, qint64 mark)
{
    // A few families to a query, a fixed number so that it is prepared once (the last query
    // repeats a family to fill its places): a round trip each would cost PostgreSQL more
    // than the rest of a day of the run.
    constexpr qsizetype familiesPerQuery = 32;
    QStringList places;
    for (qsizetype i = 0; i < familiesPerQuery; ++i)
        places << QStringLiteral(":f%1").arg(i);
    const QString sql = QStringLiteral("SELECT p.family_id, y.date, y.amount_cents FROM payments y"
                                       " JOIN patients p ON p.id = y.patient_id WHERE p.family_id IN (%1)"
                                       " AND y.kind = 'payment' AND y.amount_cents > 0 AND y.date >= :from"
                                       " AND y.date <= :to AND y.id <= :mark AND NOT EXISTS (SELECT 1 FROM payments v"
                                       " WHERE v.related_payment_id = y.id AND v.kind = 'void' AND v.date <= :asOf"
                                       " AND v.id <= :voidMark) ORDER BY p.family_id, y.date, y.id")
                                .arg(places.join(QStringLiteral(", ")));
    QList<PatientPayment> payments;
    SqlQuery q = db.query();
    for (qsizetype first = 0; first < windows.size(); first += familiesPerQuery) {
        const qsizetype count = std::min(familiesPerQuery, windows.size() - first);
        // One query reads the batch's widest span; each family keeps its own window of it.
        QHash<qint64, Window> batch;
        QDate from;
        QDate to;
        for (qsizetype i = first; i < first + count; ++i) {
            const Window &w = windows.at(i);
            batch.insert(w.familyId, w);
            if (!from.isValid() || w.from < from)
                from = w.from;
            if (!to.isValid() || w.to > to)
                to = w.to;
        }
        q.prepare(sql);
        for (qsizetype i = 0; i < familiesPerQuery; ++i)
            q.bind(places.at(i), windows.at(first + std::min(i, count - 1)).familyId);
        q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
                .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
                .bind(QStringLiteral(":mark"), mark)
                .bind(QStringLiteral(":asOf"), asOf.toString(Qt::ISODate))
                .bind(QStringLiteral(":voidMark"), mark)
                .exec();
        QHash<qint64, QList<PatientPayment>> found;
        while (q.next()) {
            const qint64 family = q.id(0);
            const Window window = batch.value(family);
            const QDate date = q.date(1);
            if (date >= window.from && date <= window.to)
                found[family].append({family, date, q.id(2)});
        }
        q.finish();
        for (qsizetype i = first; i < first + count; ++i)
            payments += found.value(windows.at(i).familyId);
    }
    return payments;
}

std::optional<PatientPayments::Latest> PatientPayments::latest(const Database &db, qint64 familyId)
{
    const QDate last(9999, 12, 31);
    const QList<PatientPayment> payments = read(
            db, {{familyId, QDate(1, 1, 1), last}}, last, std::numeric_limits<qint64>::max());
    if (payments.isEmpty())
        return std::nullopt;
    return Latest{payments.last().date, Money::fromCents(payments.last().cents)};
}

} // namespace paydesk::core
