#include "reports/NetUnearnedReport.h"

#include "csv/CsvWriter.h"
#include "ledger/Balances.h"
#include "ledger/Patient.h"
#include "reports/ChargeSums.h"
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

    // What each charge of those families still owes (ChargeAmounts::balance()), summed where positive.
    q.prepare(QString::fromLatin1(
                      "SELECT p.family_id, " + ChargeSums::columns()
                      + " FROM charges c JOIN patients p ON p.id = c.patient_id"
                        " WHERE p.family_id IN (SELECT y2p.family_id FROM allocations a2"
                        "  JOIN payments y2 ON y2.id = a2.payment_id JOIN patients y2p ON y2p.id = y2.patient_id"
                        "  WHERE a2.target = 'unearned')"))
            .exec();
    while (q.next()) {
        const auto it = index.constFind(q.id(0));
        const Money owed = ChargeAmounts{.amount = q.money(1),
                                         .adjusted = q.money(2),
                                         .insurancePaid = q.money(3),
                                         .writtenOff = q.money(4),
                                         .allocated = q.money(5)}
                                   .balance();
        if (it != index.cend() && owed.isPositive()) {
            report.lines[*it].chargesOwe += owed;
            report.totalChargesOwe += owed;
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
