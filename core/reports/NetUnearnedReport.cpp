#include "reports/NetUnearnedReport.h"

#include "csv/CsvWriter.h"
#include "ledger/Patient.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace paydesk::core {

NetUnearnedReport NetUnearnedReport::build(const Database &db, const QDate &today)
{
    NetUnearnedReport report;
    report.today = today;
    SqlQuery q = db.query();
    // Held per payment first, so that the oldest date is that of money still held; offset
    // pairs cancel out and are left out.
    q.prepare(u"WITH held AS (SELECT a.payment_id, SUM(a.amount_cents) AS cents FROM allocations a"
              "  WHERE a.target = 'unearned' AND a.rule <> 'offset' GROUP BY a.payment_id"
              "  HAVING SUM(a.amount_cents) <> 0),"
              " families AS (SELECT p.family_id, SUM(h.cents) AS cents, MIN(y.date) AS oldest FROM held h"
              "  JOIN payments y ON y.id = h.payment_id JOIN patients p ON p.id = y.patient_id"
              "  GROUP BY p.family_id HAVING SUM(h.cents) > 0)"
              " SELECT f.family_id, CAST(f.cents AS BIGINT), f.oldest, g.last_name, g.first_name FROM families f"
              " LEFT JOIN patients g ON g.family_id = f.family_id AND g.is_guarantor = 1 ORDER BY f.family_id"_s)
        .exec();
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Line line;
        line.familyId = q.id(0);
        line.unearned = q.money(1);
        line.oldest = QDate::fromString(q.text(2), Qt::ISODate);
        line.daysHeld = line.oldest.daysTo(today);
        line.guarantor = Patient{0, 0, q.text(3), q.text(4), {}, true}.displayName();
        index.insert(line.familyId, report.lines.size());
        report.lines.append(line);
        report.totalUnearned += line.unearned;
    }
    if (report.lines.isEmpty())
        return report;

    // What each charge of those families still owes (patient portion), summed where positive.
    q.prepare(u"WITH owed AS (SELECT p.family_id, c.amount_cents"
              "  + COALESCE((SELECT SUM(d.amount_cents) FROM adjustments d WHERE d.charge_id = c.id), 0)"
              "  - COALESCE((SELECT SUM(r.ins_paid_cents + r.writeoff_cents) FROM claim_procs r WHERE r.charge_id = c.id), 0)"
              "  - COALESCE((SELECT SUM(s.amount_cents) FROM claim_spreads s WHERE s.charge_id = c.id), 0)"
              "  - COALESCE((SELECT SUM(a.amount_cents) FROM allocations a WHERE a.charge_id = c.id), 0) AS cents"
              "  FROM charges c JOIN patients p ON p.id = c.patient_id"
              "  WHERE p.family_id IN (SELECT y2p.family_id FROM allocations a2 JOIN payments y2 ON y2.id = a2.payment_id"
              "   JOIN patients y2p ON y2p.id = y2.patient_id WHERE a2.target = 'unearned'))"
              " SELECT family_id, CAST(SUM(cents) AS BIGINT) FROM owed WHERE cents > 0 GROUP BY family_id"_s)
        .exec();
    while (q.next()) {
        if (const auto it = index.constFind(q.id(0)); it != index.cend()) {
            report.lines[*it].chargesOwe = q.money(1);
            report.totalChargesOwe += q.money(1);
        }
    }
    return report;
}

NetUnearnedReport NetUnearnedReport::build(const Database &db, const QString &user, const QDate &today)
{
    Permissions::require(db, user, Permissions::Action::RunReports);
    return build(db, today);
}

void NetUnearnedReport::writeCsv(const QString &path) const
{
    CsvWriter csv(path);
    csv.writeRow({u"family_id"_s, u"guarantor"_s, u"unearned"_s, u"oldest_date"_s, u"days_held"_s, u"charges_owe"_s});
    for (const Line &line : lines)
        csv.writeRow({QString::number(line.familyId), line.guarantor, line.unearned.toString(),
                      line.oldest.toString(Qt::ISODate), QString::number(line.daysHeld), line.chargesOwe.toString()});
    if (!csv.finish())
        throw StorageError(csv.error());
}

} // namespace paydesk::core
