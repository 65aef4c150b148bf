#include "audit/AuditTrail.h"

#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

namespace paydesk::core {

namespace {

// The rows of a family: the family itself and, through its patients, their records. Each
// kind of record is looked up by the audit_entity index (entity, entity_id).
const char *const familyRows =
    " AND ((entity = 'family' AND entity_id = :f1)"
    " OR (entity = 'patient' AND entity_id IN (SELECT id FROM patients WHERE family_id = :f2))"
    " OR (entity = 'charge' AND entity_id IN (SELECT c.id FROM charges c JOIN patients p ON p.id = c.patient_id"
    "  WHERE p.family_id = :f3))"
    " OR (entity = 'adjustment' AND entity_id IN (SELECT a.id FROM adjustments a JOIN patients p"
    "  ON p.id = a.patient_id WHERE p.family_id = :f4))"
    " OR (entity = 'payment' AND entity_id IN (SELECT y.id FROM payments y JOIN patients p ON p.id = y.patient_id"
    "  WHERE p.family_id = :f5))"
    " OR (entity = 'allocation' AND entity_id IN (SELECT l.id FROM allocations l JOIN patients p"
    "  ON p.id = l.patient_id WHERE p.family_id = :f6)))";

} // namespace

QList<AuditEntry> AuditTrail::find(const AuditFilter &filter, qint64 beforeId, int limit) const
{
    // The practice's day where a "since" date begins; the settings are read only for it.
    QString since;
    if (filter.since.isValid()) {
        const LedgerCalendar calendar(m_db);
        // The desk's date field refuses the same dates: no day after today has rows yet.
        QStringList problems;
        calendar.checkReportDate(problems, filter.since, Tr::tr("since date"));
        if (!problems.isEmpty())
            throw Refusal(problems);
        since = calendar.startOf(filter.since).toString(Qt::ISODateWithMs);
    }
    QString sql = QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, before_data, after_data, signed_in_as"
                                 " FROM audit_log WHERE id < :before");
    if (filter.familyId)
        sql += QLatin1String(familyRows);
    if (!filter.user.isEmpty())
        sql += QStringLiteral(" AND user_name = :user");
    if (!filter.action.isEmpty())
        sql += QStringLiteral(" AND action = :action");
    if (filter.since.isValid())
        sql += QStringLiteral(" AND at >= :since");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");

    SqlQuery q = m_db.query();
    q.prepare(sql).bind(QStringLiteral(":before"), beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    if (filter.familyId) {
        for (int i = 1; i <= 6; ++i)
            q.bind(QStringLiteral(":f%1").arg(i), filter.familyId);
    }
    if (!filter.user.isEmpty())
        q.bind(QStringLiteral(":user"), filter.user);
    if (!filter.action.isEmpty())
        q.bind(QStringLiteral(":action"), filter.action);
    if (filter.since.isValid())
        q.bind(QStringLiteral(":since"), since);
    q.bind(QStringLiteral(":limit"), limit);
    q.exec();
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append({q.id(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2), q.text(3), q.text(4),
                        q.id(5), q.text(6), q.text(7), q.text(8)});
    }
    return entries;
}

} // namespace paydesk::core
