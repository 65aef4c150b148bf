#include "plans/PatientPayments.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::core {

std::optional<PatientPayments::Latest> PatientPayments::latest(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT y.date, y.amount_cents FROM payments y JOIN patients p ON p.id = y.patient_id"
                             " WHERE p.family_id = :f AND y.kind = 'payment' AND y.amount_cents > 0"
                             " AND NOT EXISTS (SELECT 1 FROM payments v WHERE v.related_payment_id = y.id"
                             " AND v.kind = 'void') ORDER BY y.date DESC, y.id DESC LIMIT 1"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (!q.next())
        return std::nullopt;
    return Latest{q.date(0), Money::fromCents(q.id(1))};
}

} // namespace paydesk::core
