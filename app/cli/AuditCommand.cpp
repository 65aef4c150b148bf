#include "AuditCommand.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "audit/AuditExport.h"
#include "util/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// The JSON a row holds, as JSON; null when the row has none (a creation has no before).
QJsonValue parsed(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return text;
}

} // namespace

int AuditCommand::run(CommandContext &context)
{
    const Invocation &o = context.options();
    core::AuditFilter filter;
    filter.familyId = o.id(u"--family"_s);
    filter.user = o.text(u"--user"_s).trimmed();
    filter.action = o.text(u"--action"_s).trimmed();
    filter.since = o.date(u"--since"_s);
    const core::Database &db = context.db();
    if (o.has(u"--csv"_s)) {
        const QString path = o.text(u"--csv"_s);
        const qint64 rows = core::AuditExport(db, context.user()).writeCsv(filter, path);
        if (context.json())
            context.print(QJsonObject{{u"file"_s, path}, {u"rows"_s, rows}});
        else
            context.print(CliTr::tr("Wrote %1 audit rows to %2.").arg(rows).arg(path));
        return 0;
    }
    core::Permissions::require(db, context.user(), core::Permissions::Action::ReadAudit);
    if (context.json()) {
        QJsonArray array;
        core::AuditExport::forEach(db, filter, [&](const core::AuditEntry &entry) {
            array.append(QJsonObject{{u"at"_s, entry.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {u"user"_s, entry.user},
                                     {u"action"_s, entry.action},
                                     {u"entity"_s, entry.entity},
                                     {u"entity_id"_s, entry.entityId},
                                     {u"before"_s, parsed(entry.before)},
                                     {u"after"_s, parsed(entry.after)},
                                     {u"signed_in_as"_s, entry.signedInAs.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                    : QJsonValue(entry.signedInAs)}});
        });
        context.print(QJsonObject{{u"entries"_s, array}});
        return 0;
    }
    // The same columns as the CSV, in the same order.
    QList<TextTable::Column> columns;
    for (const QString &title : core::AuditExport::csvHeader())
        columns.append({title, title == u"entity_id" ? TextTable::Align::Right : TextTable::Align::Left});
    TextTable table(columns);
    core::AuditExport::forEach(
            db, filter, [&](const core::AuditEntry &entry) { table.addRow(core::AuditExport::csvRow(entry)); });
    if (table.isEmpty()) {
        context.print(CliTr::tr("No audit rows match."));
        return 0;
    }
    context.print(table.toString(0).chopped(1));
    return 0;
}

} // namespace paydesk::cli
