#include "PortalBenchCommands.h"

#include "CommandContext.h"

#include "bench/PortalBenchmark.h"
#include "storage/Database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int PortalBenchCommands::bench(CommandContext &context)
{
    const Invocation &o = context.options();
    core::PortalBenchmark::Options options;
    options.families = int(o.number(u"--families"_s, options.families));
    options.transactions = int(o.number(u"--transactions"_s, options.transactions));
    options.files = int(o.number(u"--files"_s, options.files));
    options.seed = quint32(o.number(u"--seed"_s, options.seed));
    options.folder = o.text(u"--folder"_s);
    const core::Database &db = context.benchDb();
    const core::PortalBenchFigures f = core::PortalBenchmark(db, context.user()).run(options, context.benchLines());
    if (context.json())
        context.print(QJsonObject{{u"database"_s, db.spec().displayName()},
                                  {u"families"_s, f.families},
                                  {u"files"_s, f.folder.files},
                                  {u"transactions"_s, f.folder.transactions},
                                  {u"fetch_ns"_s, f.fetchNs},
                                  {u"fetch_cpu_ns"_s, f.fetchCpuNs},
                                  {u"fetched"_s, f.fetched.toJson()},
                                  {u"again_ns"_s, f.againNs},
                                  {u"again_cpu_ns"_s, f.againCpuNs},
                                  {u"again"_s, f.again.toJson()},
                                  {u"peak_kb"_s, f.peakKb}});
    return 0;
}

} // namespace paydesk::cli
