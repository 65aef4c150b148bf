#include "reports/DepositReport.h"

#include "csv/CsvWriter.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "ledger/PaymentRow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

namespace paydesk::core {

DepositReport DepositReport::build(const Database &db, const QDate &date)
{
    QStringList problems;
    LedgerCalendar(db).checkReportDate(problems, date, Tr::tr("deposit date"));
    if (!problems.isEmpty())
        throw Refusal(problems);
    DepositReport report;
    report.date = date;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT ") + PaymentRow::columns()
              + QStringLiteral(", p.family_id, p.last_name, p.first_name"
                               " FROM payments y JOIN patients p ON p.id = y.patient_id"
                               " WHERE y.date = :d AND y.method <> :transfer ORDER BY y.id"))
        .bind(QStringLiteral(":d"), date.toString(Qt::ISODate))
        // The balancer's $0 income transfers move no money through the drawer.
        .bind(QStringLiteral(":transfer"), paymentMethodCode(PaymentMethod::Transfer))
        .exec();
    while (q.next()) {
        Line line;
        line.payment = PaymentRow::read(q);
        const Payment &p = line.payment;
        constexpr int family = PaymentRow::columnCount;
        line.familyId = q.id(family);
        line.patientName = Patient{0, 0, q.text(family + 1), q.text(family + 2), {}, false}.displayName();

        // Voids and refunds are money leaving the drawer: they count against the day's totals.
        report.byMethod[paymentMethodCode(p.method)] += p.amount;
        report.byUser[p.createdBy] += p.amount;
        report.total += p.amount;
        report.lines.append(line);
    }
    return report;
}

DepositReport DepositReport::build(const Database &db, const QString &user, const QDate &date)
{
    Permissions::require(db, user, Permissions::Action::ReadLedger);
    return build(db, date);
}

void DepositReport::writeCsv(const QString &path) const
{
    const QString day = date.toString(Qt::ISODate);
    CsvWriter csv(path);
    csv.writeRow({QStringLiteral("payment_id"), QStringLiteral("date"), QStringLiteral("family_id"),
                  QStringLiteral("patient_id"), QStringLiteral("patient"), QStringLiteral("method"),
                  QStringLiteral("reference"), QStringLiteral("kind"), QStringLiteral("amount"),
                  QStringLiteral("posted_by"), QStringLiteral("total")});
    for (const Line &line : lines) {
        const Payment &p = line.payment;
        csv.writeRow({QString::number(p.id), day, QString::number(line.familyId), QString::number(p.patientId),
                      line.patientName, paymentMethodCode(p.method), p.reference, paymentKindCode(p.kind),
                      p.amount.toString(), p.createdBy, QString()});
    }
    // Total rows (kind "total") keep the columns, so a spreadsheet can filter on them: a
    // method's total names the method, a user's total names the user, the day's total
    // neither. Their sums are in the last column, never in amount, so that summing the
    // amount column gives the deposit and not three times it.
    const auto totalRow = [&](const QString &method, const QString &user, const Money &sum) {
        csv.writeRow({QString(), day, QString(), QString(), QString(), method, QString(), QStringLiteral("total"),
                      QString(), user, sum.toString()});
    };
    for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it)
        totalRow(it.key(), QString(), it.value());
    for (auto it = byUser.cbegin(); it != byUser.cend(); ++it)
        totalRow(QString(), it.key(), it.value());
    totalRow(QString(), QString(), total);
    if (!csv.finish())
        throw StorageError(csv.error());
}

} // namespace paydesk::core
