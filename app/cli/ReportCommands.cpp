#include "ReportCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "ledger/LedgerJson.h"
#include "reports/AgingReport.h"
#include "reports/DepositReport.h"
#include "reports/ListExporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

using Align = TextTable::Align;

QJsonObject totalsJson(const QMap<QString, core::Money> &totals)
{
    QJsonObject object;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        object.insert(it.key(), it.value().toString());
    return object;
}

QJsonObject depositJson(const core::DepositReport &report)
{
    QJsonArray lines;
    for (const core::DepositReport::Line &line : report.lines) {
        QJsonObject o = core::LedgerJson::payment(line.payment);
        o.insert(u"family"_s, line.familyId);
        o.insert(u"patient_name"_s, line.patientName);
        o.insert(u"posted_by"_s, line.payment.createdBy);
        lines.append(o);
    }
    return {{u"date"_s, report.date.toString(Qt::ISODate)},
            {u"payments"_s, lines},
            {u"by_method"_s, totalsJson(report.byMethod)},
            {u"by_user"_s, totalsJson(report.byUser)},
            {u"total"_s, report.total.toString()}};
}

QString depositText(const core::DepositReport &report)
{
    const QLocale locale;
    TextTable payments({{CliTr::tr("Payment"), Align::Right}, {CliTr::tr("Family"), Align::Right},
                        {CliTr::tr("Patient"), Align::Right}, {CliTr::tr("Name")}, {CliTr::tr("Kind")},
                        {CliTr::tr("Method")}, {CliTr::tr("Reference")}, {CliTr::tr("Posted by")},
                        {CliTr::tr("Amount"), Align::Right}});
    for (const core::DepositReport::Line &line : report.lines) {
        const core::Payment &p = line.payment;
        payments.addRow({QString::number(p.id), QString::number(line.familyId), QString::number(p.patientId),
                         line.patientName, core::paymentKindCode(p.kind), core::paymentMethodLabel(p.method),
                         p.reference, p.createdBy, p.amount.toString(locale)});
    }
    TextTable totals({{QString()}, {QString()}, {QString(), Align::Right}});
    for (auto it = report.byMethod.cbegin(); it != report.byMethod.cend(); ++it) {
        const auto method = core::parsePaymentMethod(it.key());
        totals.addRow({CliTr::tr("By method"), method ? core::paymentMethodLabel(*method) : it.key(),
                       it.value().toString(locale)});
    }
    for (auto it = report.byUser.cbegin(); it != report.byUser.cend(); ++it)
        totals.addRow({CliTr::tr("By user"), it.key(), it.value().toString(locale)});
    totals.addRow({CliTr::tr("Total"), QString(), report.total.toString(locale)});

    QString text = CliTr::tr("Deposit report for %1").arg(report.date.toString(Qt::ISODate)) + u"\n\n"_s;
    text += payments.isEmpty() ? u"  "_s + CliTr::tr("No payments on this day.") + u'\n' : payments.toString();
    return text + u'\n' + totals.toString();
}

// The buckets and the balance under their CSV names ("0-30", ..., "balance").
QJsonObject agedJson(const core::AgedBalance &aged)
{
    QJsonObject object;
    for (int b = 0; b < core::AgedBalance::bucketCount; ++b)
        object.insert(core::Aging::bucketCode(core::AgedBalance::Bucket(b)), aged.buckets[size_t(b)].toString());
    object.insert(u"balance"_s, aged.balance.toString());
    return object;
}

QStringList agedCells(const core::AgedBalance &aged, const QLocale &locale)
{
    QStringList cells;
    for (const core::Money &bucket : aged.buckets)
        cells << bucket.toString(locale);
    return cells << aged.balance.toString(locale);
}

QString agingText(const core::AgingReport &report)
{
    const QLocale locale;
    QList<TextTable::Column> columns{{CliTr::tr("Family"), Align::Right}, {CliTr::tr("Guarantor")}};
    for (int b = 0; b < core::AgedBalance::bucketCount; ++b)
        columns.append({core::Aging::bucketLabel(core::AgedBalance::Bucket(b)), Align::Right});
    columns.append({CliTr::tr("Balance"), Align::Right});
    TextTable families(columns);
    for (const core::AgingReport::Line &line : report.lines)
        families.addRow(QStringList{QString::number(line.familyId), line.guarantor} + agedCells(line.aged, locale));
    const bool none = families.isEmpty();
    // The totals close the table after a blank row, under the same columns.
    families.addRow(QStringList(columns.size()));
    families.addRow(QStringList{QString(), CliTr::tr("Total")} + agedCells(report.totals, locale));

    QString text = CliTr::tr("Aging as of %1").arg(report.asOf.toString(Qt::ISODate)) + u"\n\n"_s;
    if (none)
        return text + u"  "_s + CliTr::tr("No family owes anything on this day.") + u'\n';
    return text + families.toString();
}

} // namespace

int ReportCommands::aging(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::AgingReport report = core::AgingReport::build(context.db(), context.user(), o.date(u"--as-of"_s));
    const QString asOf = report.asOf.toString(Qt::ISODate);
    if (o.has(u"--csv"_s)) {
        const QString path = o.text(u"--csv"_s);
        report.writeCsv(path);
        if (context.json())
            context.print(QJsonObject{{u"as_of"_s, asOf},
                                      {u"file"_s, path},
                                      {u"families"_s, report.lines.size()},
                                      {u"totals"_s, agedJson(report.totals)}});
        else
            context.print(CliTr::tr("Wrote the aging as of %1 (%2 families owing %3) to %4.")
                              .arg(asOf)
                              .arg(report.lines.size())
                              .arg(report.totals.balance.toString(QLocale()), path));
        return 0;
    }
    if (context.json()) {
        QJsonArray families;
        for (const core::AgingReport::Line &line : report.lines) {
            QJsonObject family = agedJson(line.aged);
            family.insert(u"family"_s, line.familyId);
            family.insert(u"guarantor"_s, line.guarantor);
            families.append(family);
        }
        context.print(QJsonObject{{u"as_of"_s, asOf}, {u"families"_s, families}, {u"totals"_s, agedJson(report.totals)}});
        return 0;
    }
    context.print(agingText(report).chopped(1));
    return 0;
}

int ReportCommands::deposit(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::DepositReport report = core::DepositReport::build(context.db(), context.user(), o.date(u"--date"_s));
    if (!o.has(u"--csv"_s)) {
        if (context.json())
            context.print(depositJson(report));
        else
            context.print(depositText(report).chopped(1));
        return 0;
    }
    const QString path = o.text(u"--csv"_s);
    report.writeCsv(path);
    if (context.json())
        context.print(QJsonObject{{u"date"_s, report.date.toString(Qt::ISODate)},
                                  {u"file"_s, path},
                                  {u"payments"_s, report.lines.size()},
                                  {u"total"_s, report.total.toString()}});
    else
        context.print(CliTr::tr("Wrote the deposit report for %1 (%2 payments, total %3) to %4.")
                          .arg(report.date.toString(Qt::ISODate))
                          .arg(report.lines.size())
                          .arg(report.total.toString(QLocale()), path));
    return 0;
}

int ReportCommands::exportList(CommandContext &context)
{
    const Invocation &o = context.options();
    const QString list = o.operand();
    const QString path = o.text(u"--csv"_s);
    const qint64 rows = core::ListExporter(context.db(), context.user()).exportList(list, path);
    if (context.json())
        context.print(QJsonObject{{u"list"_s, list}, {u"file"_s, path}, {u"rows"_s, rows}});
    else
        context.print(CliTr::tr("Wrote %1 rows of %2 to %3.").arg(rows).arg(list, path));
    return 0;
}

} // namespace paydesk::cli
