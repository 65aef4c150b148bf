#include "reports/AgingReport.h"

#include "csv/CsvWriter.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "ledger/PracticeSnapshot.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QHash>

namespace paydesk::core {

namespace {

// Families per call to the snapshot: the accounts of a batch are built and dropped in turn.
constexpr qsizetype batchFamilies = 1000;

} // namespace

AgingReport AgingReport::build(const Database &db, const QDate &asOf)
{
    QStringList problems;
    LedgerCalendar(db).checkReportDate(problems, asOf, Tr::tr("as-of date"));
    if (!problems.isEmpty())
        throw Refusal(problems);
    AgingReport report;
    report.asOf = asOf;
    const PracticeSnapshot snapshot(db);
    const qsizetype families = qsizetype(snapshot.families().size());
    QHash<qint64, qsizetype> lineOf;
    for (qsizetype first = 0; first < families; first += batchFamilies) {
        for (const FamilyAccount &account : snapshot.accounts(first, batchFamilies)) {
            const AgedBalance aged = Aging::of(account, asOf);
            if (!aged.owes())
                continue;
            lineOf.insert(account.familyId, report.lines.size());
            report.lines.append({account.familyId, {}, aged});
            report.totals += aged;
        }
    }

    // The snapshot keeps no names: the guarantors' come in one query (a name is no amount,
    // so reading it after the snapshot's transaction changes no figure).
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT family_id, last_name, first_name FROM patients WHERE is_guarantor = 1")).exec();
    while (q.next()) {
        if (const auto it = lineOf.constFind(q.id(0)); it != lineOf.cend())
            report.lines[*it].guarantor = Patient{0, 0, q.text(1), q.text(2), {}, true}.displayName();
    }
    return report;
}

AgingReport AgingReport::build(const Database &db, const QString &user, const QDate &asOf)
{
    Permissions::require(db, user, Permissions::Action::RunReports);
    return build(db, asOf);
}

QStringList AgingReport::csvHeader()
{
    QStringList header{QStringLiteral("family"), QStringLiteral("guarantor")};
    for (int b = 0; b < AgedBalance::bucketCount; ++b)
        header << Aging::bucketCode(AgedBalance::Bucket(b));
    return header << QStringLiteral("balance");
}

void AgingReport::writeCsv(const QString &path) const
{
    CsvWriter csv(path);
    csv.writeRow(csvHeader());
    for (const Line &line : lines) {
        QStringList row{QString::number(line.familyId), line.guarantor};
        for (const Money &bucket : line.aged.buckets)
            row << bucket.toString();
        csv.writeRow(row << line.aged.balance.toString());
    }
    if (!csv.finish())
        throw StorageError(csv.error());
}

} // namespace paydesk::core
