#include "CollectionsRunCommands.h"

#include "BillingCommands.h"
#include "CliTr.h"
#include "CommandContext.h"

#include "bench/CollectionsBenchmark.h"
#include "collections/CollectionsPolicy.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int CollectionsRunCommands::populate(CommandContext &context)
{
    // The Populate Collection Roster of CGM is the daily run itself, never a second
    // scheduler: asked for while collections are off, it would send statements and nothing else.
    if (!core::CollectionsPolicy::read(context.db()).enabled())
        throw core::Refusal(CliTr::tr("Collections are off: set collections.initial_status to a collection status "
                                      "code first (config set), or use run-daily for the billing steps alone."));
    return BillingCommands::runDaily(context);
}

int CollectionsRunCommands::bench(CommandContext &context)
{
    const Invocation &o = context.options();
    core::CollectionsBenchmark::Options options;
    options.families = int(o.number(u"--families"_s, options.families));
    options.statementPlans = int(o.number(u"--statement-plans"_s, options.statementPlans));
    options.accounts = int(o.number(u"--accounts"_s, options.accounts));
    options.plans = int(o.number(u"--plans"_s, options.plans));
    options.seed = quint32(o.number(u"--seed"_s, options.seed));
    const core::Database &db = context.benchDb();
    const core::CollectionsBenchFigures f = core::CollectionsBenchmark(db, context.user())
                                                    .run(options, context.benchLines());
    if (context.json())
        context.print(QJsonObject{{u"database"_s, db.spec().displayName()},
                                  {u"families"_s, f.practice.families},
                                  {u"owing"_s, f.practice.owing},
                                  {u"statement_plans"_s, f.practice.plans},
                                  {u"delinquent"_s, f.delinquent},
                                  {u"accounts"_s, f.accounts},
                                  {u"collection_plans"_s, f.plans},
                                  {u"first_run_ns"_s, f.firstRunNs},
                                  {u"first_collections_ns"_s, f.firstCollectionsNs},
                                  {u"first_entered"_s, f.firstEntered},
                                  {u"day_payments"_s, f.dayPayments},
                                  {u"day_ns"_s, f.dayNs},
                                  {u"day_collections_ns"_s, f.dayCollectionsNs},
                                  {u"catch_up_days"_s, f.catchUpDays},
                                  {u"catch_up_ns"_s, f.catchUpNs},
                                  {u"catch_up_collections_ns"_s, f.catchUpCollectionsNs},
                                  {u"peak_kb"_s, f.peakKb}});
    return 0;
}

} // namespace paydesk::cli
