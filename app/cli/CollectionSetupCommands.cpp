#include "CollectionSetupCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "collections/BillingGroups.h"
#include "collections/CollectionCodeTable.h"
#include "collections/WebPayLists.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// --days: a whole number; its range is the table's rule, checked by the core with the code.
int daysOption(const Invocation &options)
{
    const QString text = options.text(u"--days"_s).trimmed();
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || text.startsWith(u'+') || text.startsWith(u'-'))
        throw core::Refusal(CliTr::tr("--days: \"%1\" is not a whole number from 0 to 999.").arg(text));
    return days;
}

QJsonObject groupJson(const core::BillingGroup &group)
{
    return {{u"id"_s, group.id}, {u"name"_s, group.name}, {u"suppress_collections"_s, group.suppressCollections}};
}

void printCode(CommandContext &context, const core::CollectionCode &code, const QString &done)
{
    if (context.json())
        context.print(code.toJson());
    else
        context.print(done);
}

int addToList(CommandContext &context, core::WebPayLists::List list)
{
    const QString name = context.options().text(u"--name"_s).trimmed();
    core::WebPayLists(context.db(), context.user()).add(list, name);
    if (context.json())
        context.print(QJsonObject{{u"name"_s, name}});
    else
        context.print(list == core::WebPayLists::List::Merchants ? CliTr::tr("Added merchant \"%1\".").arg(name)
                                                                 : CliTr::tr("Added payment method \"%1\".").arg(name));
    return 0;
}

int printList(CommandContext &context, core::WebPayLists::List list)
{
    const QStringList names = core::WebPayLists(context.db(), context.user()).names(list);
    if (context.json())
        context.print(QJsonArray::fromStringList(names));
    else if (names.isEmpty())
        context.print(list == core::WebPayLists::List::Merchants ? CliTr::tr("No merchants yet.")
                                                                 : CliTr::tr("No payment methods yet."));
    else
        context.print(names.join(u'\n'));
    return 0;
}

} // namespace

int CollectionSetupCommands::codeAdd(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::CollectionCode code{core::CollectionCode::normalized(o.text(u"--code"_s)),
                                    o.text(u"--description"_s), o.has(u"--days"_s) ? daysOption(o) : 0,
                                    o.text(u"--next"_s)};
    core::CollectionCodeTable table(context.db(), context.user());
    table.add(code);
    printCode(context, *table.find(code.code), CliTr::tr("Added collection status code %1.").arg(code.code));
    return 0;
}

int CollectionSetupCommands::codeEdit(CommandContext &context)
{
    const Invocation &o = context.options();
    if (o.has(u"--next"_s) && o.has(u"--no-next"_s))
        throw core::Refusal(CliTr::tr("--next and --no-next: give one of them."));
    core::CollectionCodeTable::Edit edit;
    if (o.has(u"--description"_s))
        edit.description = o.text(u"--description"_s);
    if (o.has(u"--days"_s))
        edit.daysToRemain = daysOption(o);
    if (o.has(u"--next"_s))
        edit.nextCode = o.text(u"--next"_s);
    else if (o.has(u"--no-next"_s))
        edit.nextCode = QString();
    const QString code = core::CollectionCode::normalized(o.text(u"--code"_s));
    core::CollectionCodeTable table(context.db(), context.user());
    table.edit(code, edit);
    printCode(context, *table.find(code), CliTr::tr("Changed collection status code %1.").arg(code));
    return 0;
}

int CollectionSetupCommands::codeDelete(CommandContext &context)
{
    const QString code = core::CollectionCode::normalized(context.options().text(u"--code"_s));
    core::CollectionCodeTable(context.db(), context.user()).remove(code);
    if (context.json())
        context.print(QJsonObject{{u"code"_s, code}, {u"deleted"_s, true}});
    else
        context.print(CliTr::tr("Deleted collection status code %1.").arg(code));
    return 0;
}

int CollectionSetupCommands::codeList(CommandContext &context)
{
    const QList<core::CollectionCode> codes = core::CollectionCodeTable(context.db(), context.user()).list();
    if (context.json()) {
        QJsonArray array;
        for (const core::CollectionCode &code : codes)
            array.append(code.toJson());
        context.print(array);
        return 0;
    }
    if (codes.isEmpty()) {
        context.print(CliTr::tr("The Collection Status Table is empty."));
        return 0;
    }
    TextTable table({{CliTr::tr("Code")},
                     {CliTr::tr("Description")},
                     {CliTr::tr("Days to Remain"), TextTable::Align::Right},
                     {CliTr::tr("Next")}});
    for (const core::CollectionCode &code : codes)
        table.addRow({code.code, code.description, QString::number(code.daysToRemain), code.nextCode});
    context.print(table.toString(0).chopped(1));
    return 0;
}

int CollectionSetupCommands::merchantAdd(CommandContext &context)
{
    return addToList(context, core::WebPayLists::List::Merchants);
}

int CollectionSetupCommands::merchantList(CommandContext &context)
{
    return printList(context, core::WebPayLists::List::Merchants);
}

int CollectionSetupCommands::methodAdd(CommandContext &context)
{
    return addToList(context, core::WebPayLists::List::Methods);
}

int CollectionSetupCommands::methodList(CommandContext &context)
{
    return printList(context, core::WebPayLists::List::Methods);
}

int CollectionSetupCommands::setupDefaults(CommandContext &context)
{
    core::CollectionCodeTable table(context.db(), context.user());
    table.addDefaults();
    if (context.json()) {
        QJsonArray array;
        for (const core::CollectionCode &code : table.list())
            array.append(code.toJson());
        context.print(array);
    } else {
        context.print(CliTr::tr("Added the default collection status codes and turned collections on "
                                "(collections.initial_status IC)."));
    }
    return 0;
}

int CollectionSetupCommands::groupAdd(CommandContext &context)
{
    const QString name = context.options().text(u"--name"_s).trimmed();
    const bool suppress = context.options().has(u"--suppress-collections"_s);
    const qint64 id = core::BillingGroups(context.db(), context.user()).add(name, suppress);
    if (context.json())
        context.print(groupJson({id, name, suppress}));
    else
        context.print(suppress ? CliTr::tr("Added billing group \"%1\" (suppresses collections).").arg(name)
                               : CliTr::tr("Added billing group \"%1\".").arg(name));
    return 0;
}

int CollectionSetupCommands::groupEdit(CommandContext &context)
{
    const Invocation &o = context.options();
    const bool suppress = o.has(u"--suppress-collections"_s);
    if (suppress == o.has(u"--no-suppress-collections"_s))
        throw core::Refusal(CliTr::tr("--suppress-collections or --no-suppress-collections: give one of them."));
    const QString name = o.text(u"--name"_s).trimmed();
    core::BillingGroups(context.db(), context.user()).setSuppressCollections(name, suppress);
    if (context.json())
        context.print(QJsonObject{{u"name"_s, name}, {u"suppress_collections"_s, suppress}});
    else
        context.print(suppress ? CliTr::tr("Billing group \"%1\" suppresses collections.").arg(name)
                               : CliTr::tr("Billing group \"%1\" does not suppress collections.").arg(name));
    return 0;
}

int CollectionSetupCommands::groupAssign(CommandContext &context)
{
    const qint64 family = context.options().id(u"--family"_s);
    core::BillingGroups groups(context.db(), context.user());
    groups.assign(family, context.options().text(u"--group"_s));
    const core::BillingGroup group = groups.groupOf(family);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"group"_s, groupJson(group)}});
    else
        context.print(CliTr::tr("Family %1 is in billing group \"%2\".").arg(family).arg(group.name));
    return 0;
}

int CollectionSetupCommands::groupList(CommandContext &context)
{
    const QList<core::BillingGroup> groups = core::BillingGroups(context.db(), context.user()).list();
    if (context.json()) {
        QJsonArray array;
        for (const core::BillingGroup &group : groups)
            array.append(groupJson(group));
        context.print(array);
        return 0;
    }
    TextTable table({{CliTr::tr("Id"), TextTable::Align::Right}, {CliTr::tr("Name")}, {CliTr::tr("Collections")}});
    for (const core::BillingGroup &group : groups)
        table.addRow({QString::number(group.id), group.name,
                      group.suppressCollections ? CliTr::tr("suppressed") : CliTr::tr("on")});
    context.print(table.toString(0).chopped(1));
    return 0;
}

} // namespace paydesk::cli
