#include "BillingCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "bench/DailyBillingBenchmark.h"
#include "billing/BillingStatus.h"
#include "billing/DailyBillingRun.h"
#include "ledger/LedgerCalendar.h"
#include "plans/PlanService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int BillingCommands::runDaily(CommandContext &context)
{
    const Invocation &o = context.options();
    core::DailyBillingRun run(context.db(), context.user());
    const QList<core::BillingDay> days = run.run(o.date(u"--date"_s));
    const std::optional<core::portal::FetchSummary> &portal = run.portalSummary();
    if (context.json()) {
        QJsonArray list;
        for (const core::BillingDay &day : days) {
            QJsonObject object = day.toJson();
            if (list.isEmpty() && run.backupSummary())
                object.insert(u"backup"_s, run.backupSummary()->toJson());
            if (portal && list.isEmpty())
                object.insert(u"portal"_s, portal->toJson());
            list.append(object);
        }
        context.print(list);
        return 0;
    }
    if (run.backupSummary())
        context.print(run.backupSummary()->line());
    if (portal)
        context.print(CliTr::tr("portal: %1").arg(portal->line()));
    for (const core::BillingDay &day : days) {
        context.print(day.line());
        if (const QString collections = day.collectionsLine(); !collections.isEmpty())
            context.print(collections);
    }
    return 0;
}

int BillingCommands::planEnable(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 family = o.id(u"--family"_s);
    const core::Money amount = o.amount(u"--amount"_s);
    const QDate start = o.has(u"--start"_s) ? o.date(u"--start"_s) : core::LedgerCalendar(context.db()).today();
    const qint64 plan = core::PlanService(context.db(), context.user()).enable(family, amount, start);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family},
                                  {u"plan"_s, plan},
                                  {u"amount"_s, amount.toString()},
                                  {u"start"_s, start.toString(Qt::ISODate)}});
    else
        context.print(CliTr::tr("Family %1 is on a payment plan of %2 a month from %3 (plan %4).")
                              .arg(family)
                              .arg(amount.toString(QLocale()), start.toString(Qt::ISODate))
                              .arg(plan));
    return 0;
}

int BillingCommands::planDisable(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 family = o.id(u"--family"_s);
    core::PlanService(context.db(), context.user()).disable(family, o.text(u"--reason"_s));
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"plan"_s, u"Disabled"_s}});
    else
        context.print(
                CliTr::tr("Family %1's payment plan is disabled: the family is back in standard billing.").arg(family));
    return 0;
}

int BillingCommands::planAmount(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 family = o.id(u"--family"_s);
    const core::Money amount = o.amount(u"--amount"_s);
    core::PlanService(context.db(), context.user()).changeAmount(family, amount);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"amount"_s, amount.toString()}});
    else
        context.print(
                CliTr::tr("Family %1's payment plan is now %2 a month.").arg(family).arg(amount.toString(QLocale())));
    return 0;
}

int BillingCommands::requeue(CommandContext &context)
{
    const qint64 family = context.options().id(u"--family"_s);
    core::PlanService(context.db(), context.user()).requeue(family);
    const QString status = core::BillingStatuses::text(core::BillingStatus::Queued);
    if (context.json())
        context.print(QJsonObject{{u"family"_s, family}, {u"status"_s, status}});
    else
        context.print(CliTr::tr("Family %1 is \"%2\".").arg(family).arg(status));
    return 0;
}

int BillingCommands::bench(CommandContext &context)
{
    const Invocation &o = context.options();
    core::DailyBillingBenchmark::Options options;
    options.families = int(o.number(u"--families"_s, options.families));
    options.plans = int(o.number(u"--plans"_s, options.plans));
    options.seed = quint32(o.number(u"--seed"_s, options.seed));
    const core::Database &db = context.benchDb();
    const core::DailyBillingBenchFigures f = core::DailyBillingBenchmark(db, context.user())
                                                     .run(options, context.benchLines());
    if (context.json())
        context.print(QJsonObject{{u"database"_s, db.spec().displayName()},
                                  {u"families"_s, f.practice.families},
                                  {u"owing"_s, f.practice.owing},
                                  {u"plans"_s, f.practice.plans},
                                  {u"generate_ns"_s, f.practice.generateNs},
                                  {u"first_run_ns"_s, f.firstRunNs},
                                  {u"day_payments"_s, f.dayPayments},
                                  {u"day_ns"_s, f.dayNs},
                                  {u"day_statements"_s, f.dayStatements},
                                  {u"catch_up_days"_s, f.catchUpDays},
                                  {u"catch_up_ns"_s, f.catchUpNs},
                                  {u"catch_up_statements"_s, f.catchUpStatements},
                                  {u"catch_up_plans_disabled"_s, f.catchUpDisabled},
                                  {u"peak_kb"_s, f.peakKb}});
    return 0;
}

} // namespace paydesk::cli
