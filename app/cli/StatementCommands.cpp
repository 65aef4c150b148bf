#include "StatementCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "print/StatementDocument.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int StatementCommands::family(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 familyId = o.id(u"--family"_s);
    const QString path = o.text(u"--pdf"_s);
    ui::StatementDocument::saveFamily(context.db(), context.user(), familyId, path);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, familyId}, {u"pdf"_s, path}});
    else
        context.print(
                CliTr::tr("Wrote the statement of family %1 to %2.").arg(familyId).arg(QDir::toNativeSeparators(path)));
    return 0;
}

int StatementCommands::day(CommandContext &context)
{
    const Invocation &o = context.options();
    const QDate date = o.date(u"--date"_s);
    const QString path = o.text(u"--pdf"_s);
    const qsizetype count = ui::StatementDocument::saveDay(context.db(), context.user(), date, path);
    if (context.json())
        context.print(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)}, {u"statements"_s, count}, {u"pdf"_s, path}});
    else
        context.print(CliTr::tr("Statements of %1: %2, written to %3 one per page.")
                              .arg(date.toString(Qt::ISODate))
                              .arg(count)
                              .arg(QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace paydesk::cli
