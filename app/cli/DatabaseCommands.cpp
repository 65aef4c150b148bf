#include "DatabaseCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "bench/PracticeBenchmark.h"
#include "import/DemoPractice.h"
#include "import/Importer.h"
#include "ledger/LedgerCalendar.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "verify/Verifier.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int DatabaseCommands::init(CommandContext &context)
{
    const core::Database &db = context.db();
    core::Permissions::require(db, context.user(), core::Permissions::Action::SetUpDatabase);
    const QString where = db.spec().displayName();
    if (context.json())
        context.print(QJsonObject{{u"database"_s, where}, {u"schema_version"_s, core::Schema::currentVersion()}});
    else
        context.print(CliTr::tr("The database %1 is ready (schema version %2).").arg(where).arg(core::Schema::currentVersion()));
    return 0;
}

int DatabaseCommands::importFolder(CommandContext &context)
{
    const QString folder = context.options().operand();
    const core::ImportSummary s = core::Importer(context.db(), context.user()).importFolder(folder);
    if (context.json()) {
        context.print(QJsonObject{{u"families"_s, s.families}, {u"patients"_s, s.patients}, {u"charges"_s, s.charges},
                                  {u"adjustments"_s, s.adjustments}, {u"payments"_s, s.payments},
                                  {u"splits"_s, s.splits}, {u"claims"_s, s.claims},
                                  {u"claim_procs"_s, s.claimProcedures}, {u"claim_payments"_s, s.claimPayments},
                                  {u"procedure_codes"_s, s.procedureCodes}});
        return 0;
    }
    context.print(CliTr::tr("Imported %1 families, %2 patients, %3 charges, %4 adjustments, %5 payments and %6 splits "
                            "from %7.")
                      .arg(s.families)
                      .arg(s.patients)
                      .arg(s.charges)
                      .arg(s.adjustments)
                      .arg(s.payments)
                      .arg(s.splits)
                      .arg(folder));
    if (s.claims + s.claimProcedures + s.claimPayments > 0)
        context.print(CliTr::tr("Insurance: %1 claims, %2 claim procedures and %3 as-total claim payments.")
                          .arg(s.claims)
                          .arg(s.claimProcedures)
                          .arg(s.claimPayments));
    if (s.procedureCodes > 0)
        context.print(CliTr::tr("Procedure codes: %1 added or changed.").arg(s.procedureCodes));
    return 0;
}

int DatabaseCommands::verify(CommandContext &context)
{
    const QList<core::VerifyIssue> issues = core::Verifier(context.db(), context.user()).run();
    qint64 errors = 0;
    QJsonArray list;
    for (const core::VerifyIssue &issue : issues) {
        const bool error = issue.severity == core::VerifyIssue::Severity::Error;
        errors += error ? 1 : 0;
        const QString severity = error ? u"error"_s : u"warning"_s;
        if (context.json())
            list.append(QJsonObject{{u"severity"_s, severity}, {u"message"_s, issue.message}});
        else
            context.print(severity + u": "_s + issue.message);
    }
    const qint64 warnings = issues.size() - errors;
    if (context.json())
        context.print(QJsonObject{{u"errors"_s, errors}, {u"warnings"_s, warnings}, {u"issues"_s, list}});
    else if (issues.isEmpty())
        context.print(CliTr::tr("The ledger is consistent."));
    else
        context.print(CliTr::tr("%1 errors, %2 warnings.").arg(errors).arg(warnings));
    return errors > 0 ? 1 : 0;
}

int DatabaseCommands::demo(CommandContext &context)
{
    const Invocation &o = context.options();
    const quint32 seed = quint32(o.number(u"--seed"_s, 1));
    core::Permissions::require(context.db(), context.user(), core::Permissions::Action::SetUpDatabase);
    const core::DemoPractice::Added added = core::DemoPractice::add(
        context.db(), context.user(), int(o.number(u"--families"_s, 0)), seed, core::LedgerCalendar(context.db()).today());
    if (context.json()) {
        context.print(QJsonObject{{u"families"_s, added.families}, {u"patients"_s, added.patients},
                                  {u"providers"_s, added.providers}, {u"clinics"_s, added.clinics},
                                  {u"charges"_s, added.charges}, {u"adjustments"_s, added.adjustments},
                                  {u"payments"_s, added.payments}, {u"allocations"_s, added.allocations},
                                  {u"seed"_s, qint64(seed)}});
        return 0;
    }
    context.print(CliTr::tr("Added a demo practice (seed %1): %2 families, %3 patients, %4 charges, %5 adjustments, "
                            "%6 payments, %7 allocations.")
                      .arg(seed)
                      .arg(added.families)
                      .arg(added.patients)
                      .arg(added.charges)
                      .arg(added.adjustments)
                      .arg(added.payments)
                      .arg(added.allocations));
    return 0;
}

int DatabaseCommands::bench(CommandContext &context)
{
    const Invocation &o = context.options();
    core::PracticeBenchmark::Options options;
    options.families = int(o.number(u"--families"_s, options.families));
    options.seed = quint32(o.number(u"--seed"_s, options.seed));
    const core::Database &db = context.benchDb();
    const core::BenchFigures f = core::PracticeBenchmark(db, context.user()).run(options, context.benchLines());
    if (context.json()) {
        QJsonObject json{{u"database"_s, db.spec().displayName()},
                         {u"families"_s, options.families},
                         {u"baseline_rows"_s, f.baselineRows},
                         {u"baseline_ns"_s, f.baselineNs},
                         {u"generated_rows"_s, f.generatedRows},
                         {u"generate_ns"_s, f.generateNs},
                         {u"write_folder_ns"_s, f.writeFolderNs},
                         {u"imported_rows"_s, f.importedRows},
                         {u"import_ns"_s, f.importNs},
                         {u"import_peak_kb"_s, f.importPeakKb},
                         {u"postings"_s, f.postings},
                         {u"posting_median_ns"_s, f.postingMedianNs},
                         {u"posting_p95_ns"_s, f.postingP95Ns},
                         {u"account_views"_s, f.accountViews},
                         {u"account_median_ns"_s, f.accountMedianNs},
                         {u"account_p95_ns"_s, f.accountP95Ns},
                         {u"exported_rows"_s, f.exportedRows},
                         {u"export_ns"_s, f.exportNs},
                         {u"peak_kb"_s, f.peakKb}};
        if (db.isPostgres()) {
            json.insert(u"copy_reference_rows"_s, f.copyReferenceRows);
            json.insert(u"copy_reference_ns"_s, f.copyReferenceNs);
        }
        context.print(json);
    }
    return 0;
}

} // namespace paydesk::cli
