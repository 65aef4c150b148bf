#include "CollectionStatusCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "collections/CollectionCode.h"
#include "collections/CollectionCsv.h"
#include "collections/CollectionRoster.h"
#include "collections/CollectionStatusService.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : CliTr::tr("none");
}

// The rows as JSON (a list of their objects) or as a table of the CSV's columns, so that
// what a script reads and what a person reads agree.
template<typename Row>
void printRows(CommandContext &context, const QList<Row> &rows, const QString &none)
{
    if (context.json()) {
        QJsonArray array;
        for (const Row &row : rows)
            array.append(row.toJson());
        context.print(array);
        return;
    }
    if (rows.isEmpty()) {
        context.print(none);
        return;
    }
    const QStringList header = Row::csvHeader();
    QList<TextTable::Column> columns;
    for (const QString &title : header)
        columns.append({title, TextTable::Align::Left});
    TextTable table(columns);
    for (const Row &row : rows)
        table.addRow(core::CollectionCsv::fields(row.toJson(), header));
    context.print(table.toString(0).chopped(1));
}

void printWritten(CommandContext &context, const QString &path, qint64 rows)
{
    if (context.json())
        context.print(QJsonObject{{u"file"_s, path}, {u"rows"_s, rows}});
    else
        context.print(CliTr::tr("Wrote %1 rows to %2.").arg(rows).arg(path));
}

} // namespace

int CollectionStatusCommands::set(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 family = o.id(u"--family"_s);
    const QString code = core::CollectionCode::normalized(o.text(u"--code"_s));
    core::CollectionStatusService(context.db(), context.user()).set(family, code, o.text(u"--note"_s));
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"code"_s, code}});
    else
        context.print(CliTr::tr("Family %1 is in collection status %2.").arg(family).arg(code));
    return 0;
}

int CollectionStatusCommands::clear(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 family = o.id(u"--family"_s);
    core::CollectionStatusService(context.db(), context.user()).clear(family, o.text(u"--note"_s));
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"code"_s, QJsonValue()}});
    else
        context.print(CliTr::tr("Family %1 is out of collections.").arg(family));
    return 0;
}

int CollectionStatusCommands::status(CommandContext &context)
{
    const qint64 family = context.options().id(u"--family"_s);
    const core::CollectionAccountStatus status = core::CollectionStatusService(context.db(), context.user())
                                                         .status(family);
    if (context.json()) {
        context.print(status.toJson());
        return 0;
    }
    QStringList lines;
    if (status.code.isEmpty())
        lines << CliTr::tr("Family %1: no collection status").arg(family);
    else
        lines << CliTr::tr("Family %1: collection status %2 (%3) since %4")
                         .arg(family)
                         .arg(status.code, status.description, dateText(status.since));
    if (const auto &plan = status.plan) {
        lines << CliTr::tr("  %1 plan, %2: %3 every %4 days from %5, next payment %6, status for default %7")
                         .arg(core::CollectionPlan::kindText(plan->kind),
                              core::CollectionPlan::statusText(plan->status),
                              plan->amount.toString())
                         .arg(plan->paymentDays)
                         .arg(dateText(plan->start), dateText(plan->nextPaymentDate), plan->defaultStatus);
        lines << CliTr::tr("  last payment %1")
                         .arg(plan->lastPaymentDate.isValid() ? CliTr::tr("%1 on %2")
                                                                        .arg(plan->lastPaymentAmount.toString(),
                                                                             dateText(plan->lastPaymentDate))
                                                              : CliTr::tr("none"));
        if (const auto &webpay = plan->webpay)
            lines << CliTr::tr("  CGM webPAY: merchant %1, payment method %2, card holder %3 %4")
                             .arg(webpay->merchant, webpay->method, webpay->holder, webpay->zip);
        if (plan->status != core::CollectionPlan::Status::Active)
            lines << CliTr::tr("  ended on %1 by %2%3")
                             .arg(dateText(plan->endedOn),
                                  plan->endedBy,
                                  plan->endNote.isEmpty() ? QString() : u": "_s + plan->endNote);
    }
    if (!status.history.isEmpty()) {
        lines << CliTr::tr("  history:");
        TextTable table(
                {{CliTr::tr("code")}, {CliTr::tr("from")}, {CliTr::tr("to")}, {CliTr::tr("by")}, {CliTr::tr("note")}});
        for (const core::CollectionHistoryEntry &entry : status.history)
            table.addRow({entry.code.isEmpty() ? CliTr::tr("(out)") : entry.code,
                          dateText(entry.from),
                          entry.to.isValid() ? dateText(entry.to) : QString(),
                          entry.by,
                          entry.note});
        lines << table.toString(4).chopped(1);
    }
    context.print(lines.join(u'\n'));
    return 0;
}

int CollectionStatusCommands::roster(CommandContext &context)
{
    const Invocation &o = context.options();
    const QString code = core::CollectionCode::normalized(o.text(u"--code"_s));
    if (o.has(u"--code"_s))
        if (const QString problem = core::CollectionCode::problem(u"--code"_s, o.text(u"--code"_s)); !problem.isEmpty())
            throw core::Refusal(problem);
    const core::Database &db = context.db();
    if (o.has(u"--csv"_s)) {
        const QString path = o.text(u"--csv"_s);
        printWritten(context, path, core::CollectionCsv::writeRoster(db, context.user(), code, path));
        return 0;
    }
    const core::CollectionRoster roster(db);
    printRows(context,
              roster.rows(code),
              code.isEmpty() ? CliTr::tr("No accounts are in a collection status.")
                             : CliTr::tr("No accounts are in status %1.").arg(code));
    // The counts summarize the whole roster; a list of one code has its count above.
    if (context.json() || !code.isEmpty())
        return 0;
    QStringList counts;
    for (const auto &[status, count] : roster.countsByCode())
        counts << CliTr::tr("%1 %2").arg(status).arg(count);
    if (!counts.isEmpty())
        context.print(CliTr::tr("Accounts by status: %1").arg(counts.join(u", "_s)));
    return 0;
}

int CollectionStatusCommands::due(CommandContext &context)
{
    const Invocation &o = context.options();
    const QDate date = o.date(u"--date"_s);
    const core::Database &db = context.db();
    if (o.has(u"--csv"_s)) {
        const QString path = o.text(u"--csv"_s);
        printWritten(context, path, core::CollectionCsv::writeDue(db, context.user(), date, path));
        return 0;
    }
    printRows(context,
              core::CollectionRoster(db).due(date),
              CliTr::tr("No CGM webPAY instalments are due on %1.").arg(date.toString(Qt::ISODate)));
    return 0;
}

} // namespace paydesk::cli
