#include "MigrationCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "bench/MigrationBenchmark.h"
#include "ledger/LedgerCalendar.h"
#include "migration/MigrationRunner.h"
#include "migration/MigrationStore.h"
#include "migration/NightlyRun.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// --id: the migration, refused when there is none.
core::Migration migrationOption(const core::MigrationStore &store, const Invocation &options)
{
    const qint64 id = options.id(u"--id"_s);
    if (const std::optional<core::Migration> m = store.find(id))
        return *m;
    throw core::Refusal(CliTr::tr("--id: there is no migration with id %1.").arg(id));
}

// The conversion's progress, on stderr so that stdout stays the summary a script reads; each
// line is flushed as it comes, for a person (or a test) watching a long job.
core::MigrationProgressFn progressLines()
{
    return [](const core::MigrationProgress &p) {
        static QTextStream err(stderr);
        const QLocale locale;
        err << CliTr::tr("migration %1: %2 of %3 families, %4 rows")
                        .arg(p.migrationId)
                        .arg(locale.toString(p.familiesDone), locale.toString(p.families), locale.toString(p.rows))
            << '\n';
        err.flush();
    };
}

// --at YYYY-MM-DDTHH:MM: the practice's local date and time.
std::optional<QDateTime> atOption(const Invocation &options)
{
    if (!options.has(u"--at"_s))
        return std::nullopt;
    const QString text = options.text(u"--at"_s).trimmed();
    const QDateTime at = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
    if (!at.isValid())
        throw core::Refusal(
                CliTr::tr("--at: \"%1\" is not a date and time of the form YYYY-MM-DDTHH:MM (the practice's time).")
                        .arg(text));
    return at;
}

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

int MigrationCommands::queue(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::Database &db = context.db();
    const qint64 groupId = o.id(u"--group"_s);
    core::MigrationStore store(db, context.user());
    if (!o.has(u"--yes"_s))
        throw core::Refusal(store.warnings(groupId)
                            << CliTr::tr("Nothing was queued: run the command again with --yes to queue the migration."));
    const core::Migration m = *store.find(store.queue(groupId));
    if (context.json())
        context.print(m.toJson());
    else
        context.print(CliTr::tr("Queued %1; the nightly job starts it at %2.")
                              .arg(core::MigrationStore::describe(m),
                                   core::PracticeSettings(db).timeOfDay(u"nightly.time"_s).toString(u"HH:mm"_s)));
    return 0;
}

int MigrationCommands::list(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::Database &db = context.db();
    const int page = o.has(u"--page"_s) ? int(o.number(u"--page"_s, 1)) : 1;
    const core::MigrationPage found = core::MigrationStore(db, context.user()).page(o.text(u"--search"_s), page);
    // A plain list, as `group list --json` and `portal files --json` print theirs: the page
    // asked for, newest first.
    if (context.json()) {
        QJsonArray array;
        for (const core::Migration &m : found.migrations)
            array.append(m.toJson());
        context.print(array);
        return 0;
    }
    const QTimeZone zone = core::LedgerCalendar(db).timeZone();
    TextTable table({{CliTr::tr("ID"), TextTable::Align::Right},
                     {CliTr::tr("Name")},
                     {CliTr::tr("Practice Group")},
                     {CliTr::tr("Created at")},
                     {CliTr::tr("Created by")},
                     {CliTr::tr("Status")},
                     {CliTr::tr("Completed On")}});
    for (const core::Migration &m : found.migrations)
        table.addRow({QString::number(m.id),
                      m.name,
                      CliTr::tr("%1 (%2)").arg(m.groupName).arg(m.groupId),
                      localTime(m.createdAt, zone),
                      m.createdBy,
                      core::Migration::statusText(m.status),
                      m.completedOn.toString(Qt::ISODate)});
    const QString footer = CliTr::tr("Page %1 of %2, %3 migrations.").arg(found.page).arg(found.pages).arg(found.total);
    context.print(table.isEmpty() ? footer : table.toString(0) + footer);
    return 0;
}

int MigrationCommands::log(CommandContext &context)
{
    const core::MigrationStore store(context.db(), context.user());
    const core::Migration m = migrationOption(store, context.options());
    const QList<core::MigrationLogEntry> entries = store.log(m.id);
    if (context.json()) {
        QJsonArray array;
        for (const core::MigrationLogEntry &entry : entries)
            array.append(entry.toJson());
        context.print(array);
        return 0;
    }
    const QTimeZone zone = core::LedgerCalendar(context.db()).timeZone();
    TextTable table({{CliTr::tr("At")},
                     {CliTr::tr("Step")},
                     {CliTr::tr("Families"), TextTable::Align::Right},
                     {CliTr::tr("Rows"), TextTable::Align::Right},
                     {CliTr::tr("Message")}});
    for (const core::MigrationLogEntry &entry : entries)
        table.addRow({localTime(entry.at, zone),
                      entry.step,
                      QString::number(entry.families),
                      QString::number(entry.rows),
                      entry.message});
    context.print(core::MigrationStore::describe(m) + u": "_s + core::Migration::statusText(m.status) + u'\n'
                  + table.toString(0).chopped(1));
    return 0;
}

int MigrationCommands::resume(CommandContext &context)
{
    const core::Database &db = context.db();
    const core::Migration m = migrationOption(core::MigrationStore(db, context.user()), context.options());
    const core::Migration ran = core::MigrationRunner(db, context.user())
                                        .run(m.id, core::LedgerCalendar(db).today(), progressLines());
    if (context.json())
        context.print(ran.toJson());
    else
        context.print(ran.outcome());
    return ran.status == core::Migration::Status::Error ? 1 : 0;
}

int MigrationCommands::runNightly(CommandContext &context)
{
    const std::optional<QDateTime> at = atOption(context.options());
    const core::NightlySummary summary = core::NightlyRun(context.db(), context.user()).run(at, progressLines());
    if (context.json())
        context.print(summary.toJson());
    else
        for (const QString &line : summary.lines())
            context.print(line);
    return summary.anyFailed() ? 1 : 0;
}

int MigrationCommands::bench(CommandContext &context)
{
    const Invocation &o = context.options();
    core::MigrationBenchmark::Options options;
    options.families = int(o.number(u"--families"_s, options.families));
    options.seed = quint32(o.number(u"--seed"_s, options.seed));
    const core::Database &db = context.benchDb();
    const core::MigrationBenchFigures f = core::MigrationBenchmark(db, context.user()).run(options, context.benchLines());
    if (context.json())
        context.print(QJsonObject{{u"database"_s, db.spec().displayName()},
                                  {u"families"_s, f.families},
                                  {u"charges"_s, f.charges},
                                  {u"payments"_s, f.payments},
                                  {u"generate_ns"_s, f.generateNs},
                                  {u"migrate_ns"_s, f.migrateNs},
                                  {u"migrate_cpu_ns"_s, f.migrateCpuNs},
                                  {u"convert_ns"_s, f.convertNs},
                                  {u"convert_cpu_ns"_s, f.convertCpuNs},
                                  {u"rows"_s, f.rowsWritten},
                                  {u"active"_s, f.active},
                                  {u"peak_kb"_s, f.peakKb},
                                  {u"convert_peak_kb"_s, f.convertPeakKb},
                                  {u"verify_peak_kb"_s, f.verifyPeakKb}});
    // A benchmark whose migration failed measured nothing worth keeping.
    return f.active ? 0 : 1;
}

} // namespace paydesk::cli
