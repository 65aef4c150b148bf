#include "PortalCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "portal/BalanceDueList.h"
#include "portal/PayNowLink.h"
#include "portal/PortalExceptionQueue.h"
#include "portal/PortalFetch.h"
#include "portal/PortalFileLog.h"

#include <QLocale>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int PortalCommands::balanceDue(CommandContext &context)
{
    const core::Database &db = context.db();
    // Without a Pay Now address the list has nothing to hand a patient: refused, naming
    // the settings to set, before any file is written.
    const core::PayNowLink link = core::PayNowLink::read(db);
    link.require();
    const core::BalanceDueList list(db);
    if (context.options().has(u"--csv"_s)) {
        const QString path = context.options().text(u"--csv"_s);
        const qint64 rows = list.writeCsv(context.user(), path);
        if (context.json())
            context.print(QJsonObject{{u"file"_s, path}, {u"rows"_s, rows}});
        else
            context.print(CliTr::tr("Wrote %1 families to %2.").arg(rows).arg(path));
        return 0;
    }
    const QList<core::BalanceDue> rows = list.read(context.user());
    if (context.json()) {
        QJsonArray array;
        for (const core::BalanceDue &due : rows)
            array.append(due.toJson());
        context.print(array);
        return 0;
    }
    QString text = CliTr::tr("Pay Now: %1").arg(link.url());
    if (rows.isEmpty()) {
        context.print(text + u'\n' + CliTr::tr("No family has a balance due."));
        return 0;
    }
    TextTable table({{CliTr::tr("Family"), TextTable::Align::Right},
                     {CliTr::tr("Guarantor"), TextTable::Align::Left},
                     {CliTr::tr("Balance"), TextTable::Align::Right}});
    for (const core::BalanceDue &due : rows)
        table.addRow({QString::number(due.familyId), due.guarantor, due.balance.toString()});
    context.print(text + u'\n' + table.toString(0).chopped(1));
    return 0;
}

int PortalCommands::fetch(CommandContext &context)
{
    const core::portal::FetchSummary summary = core::portal::PortalFetch(context.db(), context.user())
                                                       .run(context.options().text(u"--folder"_s));
    if (context.json())
        context.print(summary.toJson());
    else
        context.print(summary.line());
    return 0;
}

int PortalCommands::files(CommandContext &context)
{
    const QList<core::portal::PortalFileRecord> files = core::portal::PortalFileLog::list(context.db());
    if (context.json()) {
        QJsonArray array;
        for (const core::portal::PortalFileRecord &file : files)
            array.append(file.toJson());
        context.print(array);
        return 0;
    }
    if (files.isEmpty()) {
        context.print(CliTr::tr("No report file has been fetched."));
        return 0;
    }
    TextTable table({{CliTr::tr("Id"), TextTable::Align::Right},
                     {CliTr::tr("File"), TextTable::Align::Left},
                     {CliTr::tr("Fetched (UTC)"), TextTable::Align::Left},
                     {CliTr::tr("By"), TextTable::Align::Left},
                     {CliTr::tr("Posted"), TextTable::Align::Right},
                     {CliTr::tr("Total"), TextTable::Align::Right},
                     {CliTr::tr("Refunds"), TextTable::Align::Right},
                     {CliTr::tr("Duplicates"), TextTable::Align::Right},
                     {CliTr::tr("Skipped"), TextTable::Align::Right},
                     {CliTr::tr("Exceptions"), TextTable::Align::Right}});
    for (const core::portal::PortalFileRecord &file : files) {
        const core::portal::FetchSummary &c = file.counts;
        table.addRow({QString::number(file.id),
                      file.name,
                      file.fetchedAt.toString(u"yyyy-MM-dd HH:mm"_s),
                      file.fetchedBy,
                      QString::number(c.posted),
                      c.postedTotal.toString(QLocale()),
                      QString::number(c.refunds),
                      QString::number(c.duplicates),
                      QString::number(c.skipped),
                      QString::number(c.exceptions)});
    }
    context.print(table.toString(0).chopped(1));
    return 0;
}

int PortalCommands::exceptions(CommandContext &context)
{
    const QList<core::portal::PortalException> list = core::portal::PortalExceptionQueue(context.db(), context.user())
                                                              .list(context.options().has(u"--all"_s));
    if (context.json()) {
        QJsonArray array;
        for (const core::portal::PortalException &e : list)
            array.append(e.toJson());
        context.print(array);
        return 0;
    }
    if (list.isEmpty()) {
        context.print(CliTr::tr("No portal exception is open."));
        return 0;
    }
    TextTable table({{CliTr::tr("Id"), TextTable::Align::Right},
                     {CliTr::tr("File"), TextTable::Align::Left},
                     {CliTr::tr("Line"), TextTable::Align::Right},
                     {CliTr::tr("Status"), TextTable::Align::Left},
                     {CliTr::tr("Amount"), TextTable::Align::Right},
                     {CliTr::tr("Reason"), TextTable::Align::Left}});
    for (const core::portal::PortalException &e : list) {
        QString amount;
        if (e.matchable)
            amount = (e.direction == core::portal::PortalDirection::Refund ? -e.amount : e.amount).toString(QLocale());
        table.addRow({QString::number(e.id), e.file, QString::number(e.line), e.statusLabel(), amount, e.reason});
    }
    context.print(table.toString(0).chopped(1));
    return 0;
}

int PortalCommands::match(CommandContext &context)
{
    const qint64 exception = context.options().id(u"--exception"_s);
    const qint64 family = context.options().id(u"--family"_s);
    const qint64 payment = core::portal::PortalExceptionQueue(context.db(), context.user()).match(exception, family);
    if (context.json())
        context.print(QJsonObject{{u"exception"_s, exception}, {u"family"_s, family}, {u"payment"_s, payment}});
    else
        context.print(CliTr::tr("Portal exception #%1 is matched to family %2: payment #%3.")
                              .arg(exception)
                              .arg(family)
                              .arg(payment));
    return 0;
}

int PortalCommands::dismiss(CommandContext &context)
{
    const qint64 exception = context.options().id(u"--exception"_s);
    core::portal::PortalExceptionQueue(context.db(), context.user())
            .dismiss(exception, context.options().text(u"--reason"_s));
    if (context.json())
        context.print(QJsonObject{{u"exception"_s, exception}, {u"status"_s, u"dismissed"_s}});
    else
        context.print(CliTr::tr("Portal exception #%1 is dismissed.").arg(exception));
    return 0;
}

} // namespace paydesk::cli
