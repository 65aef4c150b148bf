#include "GroupCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "groups/PracticeGroups.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// --ledger: legacy or tracked, tracked when not given.
core::PracticeGroup::Ledger ledgerOption(const Invocation &options)
{
    if (!options.has(u"--ledger"_s))
        return core::PracticeGroup::Ledger::Tracked;
    const QString text = options.text(u"--ledger"_s).trimmed();
    if (const auto ledger = core::PracticeGroup::ledgerFromCode(text.toLower()))
        return *ledger;
    throw core::Refusal(CliTr::tr("--ledger: \"%1\" is neither legacy nor tracked.").arg(text));
}

// The status of the group's latest migration ("Active 2026-12-07" with its date), or "none".
QString migrationText(const std::optional<core::Migration> &migration)
{
    if (!migration)
        return CliTr::tr("none");
    const QString status = core::Migration::statusName(migration->status);
    if (migration->status == core::Migration::Status::Active)
        return CliTr::tr("%1 %2").arg(status, migration->completedOn.toString(Qt::ISODate));
    return status;
}

} // namespace

int GroupCommands::add(CommandContext &context)
{
    const core::PracticeGroup::Ledger ledger = ledgerOption(context.options());
    core::PracticeGroups groups(context.db(), context.user());
    const qint64 id = groups.add(context.options().text(u"--name"_s), ledger);
    const QList<core::PracticeGroup> all = groups.list();
    const auto added = std::find_if(all.begin(), all.end(), [id](const core::PracticeGroup &g) { return g.id == id; });
    if (context.json())
        context.print(added->toJson());
    else
        context.print(CliTr::tr("Added practice group \"%1\" (id %2), which keeps %3.")
                              .arg(added->name)
                              .arg(id)
                              .arg(core::PracticeGroup::ledgerName(ledger)));
    return 0;
}

int GroupCommands::list(CommandContext &context)
{
    const QList<core::PracticeGroup> groups = core::PracticeGroups(context.db(), context.user()).list();
    if (context.json()) {
        QJsonArray array;
        for (const core::PracticeGroup &group : groups)
            array.append(group.toJson());
        context.print(array);
        return 0;
    }
    TextTable table({{CliTr::tr("Id"), TextTable::Align::Right},
                     {CliTr::tr("Name")},
                     {CliTr::tr("Ledger")},
                     {CliTr::tr("Families"), TextTable::Align::Right},
                     {CliTr::tr("Migration")}});
    for (const core::PracticeGroup &group : groups)
        table.addRow({QString::number(group.id),
                      group.name,
                      core::PracticeGroup::ledgerCode(group.ledger),
                      QString::number(group.families),
                      migrationText(group.migration)});
    context.print(table.toString(0).chopped(1));
    return 0;
}

int GroupCommands::assign(CommandContext &context)
{
    const qint64 family = context.options().id(u"--family"_s);
    core::PracticeGroups(context.db(), context.user()).assign(family, context.options().id(u"--group"_s));
    const core::PracticeGroup group = core::PracticeGroups::groupOf(context.db(), family);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"group"_s, group.id}, {u"group_name"_s, group.name}});
    else
        context.print(
                CliTr::tr("Family %1 is in practice group \"%2\" (id %3).").arg(family).arg(group.name).arg(group.id));
    return 0;
}

} // namespace paydesk::cli
