#include "BalancerCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "balancer/FamilyBalancer.h"
#include "bench/BalancerBenchmark.h"
#include "ledger/LedgerCalendar.h"
#include "reports/NetUnearnedReport.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

using Align = TextTable::Align;

core::BalancerMethod methodOption(const Invocation &o, core::BalancerMethod fallback)
{
    if (!o.has(u"--method"_s))
        return fallback;
    const auto method = core::parseBalancerMethod(o.text(u"--method"_s));
    if (!method)
        throw core::Refusal(CliTr::tr("--method: \"%1\" is not a method; use transfer-rigorous, transfer-fifo or recreate.")
                                .arg(o.text(u"--method"_s)));
    return *method;
}

QJsonObject summaryJson(const core::BalancerSummary &summary, const QString &method)
{
    QJsonArray refused;
    for (const core::FamilyOutcome &outcome : summary.refused)
        refused.append(QJsonObject{{u"family"_s, outcome.familyId}, {u"reason"_s, outcome.refusal}});
    QJsonArray changed;
    for (const core::FamilyOutcome &outcome : summary.changed)
        changed.append(QJsonObject{{u"family"_s, outcome.familyId},
                                   {u"rows"_s, outcome.rows},
                                   {u"amount_moved"_s, outcome.moved.toString()}});
    QJsonObject object{{u"method"_s, method},
                       {u"dry_run"_s, summary.dryRun},
                       {u"families_seen"_s, summary.familiesSeen},
                       {u"families_changed"_s, qint64(summary.changed.size())},
                       {u"families_refused"_s, refused},
                       {u"changed"_s, changed},
                       {u"rows_written"_s, summary.rowsWritten},
                       {u"amount_moved"_s, summary.amountMoved.toString()}};
    if (summary.runId != 0)
        object.insert(u"run"_s, summary.runId);
    return object;
}

QString summaryText(const core::BalancerSummary &summary, const QString &what)
{
    const QLocale locale;
    QString text;
    if (summary.dryRun)
        text = CliTr::tr("Dry run of %1: nothing was written.").arg(what);
    else
        text = CliTr::tr("Run #%1: %2.").arg(summary.runId).arg(what);
    text += u'\n'
        + CliTr::tr("Families seen %1, changed %2, refused %3; rows written %4; amount moved %5.")
              .arg(summary.familiesSeen)
              .arg(summary.changed.size())
              .arg(summary.refused.size())
              .arg(summary.rowsWritten)
              .arg(summary.amountMoved.toString(locale));
    if (!summary.refused.isEmpty()) {
        TextTable refused({{CliTr::tr("Family"), Align::Right}, {CliTr::tr("Refused because")}});
        for (const core::FamilyOutcome &outcome : summary.refused)
            refused.addRow({QString::number(outcome.familyId), outcome.refusal});
        text += u"\n\n"_s + refused.toString().chopped(1);
    }
    return text;
}

} // namespace

int BalancerCommands::balanceFamilies(CommandContext &context)
{
    const Invocation &o = context.options();
    if (o.has(u"--undo"_s)) {
        for (const QString &option : {u"--method"_s, u"--family"_s, u"--as-of"_s, u"--void-transfers"_s, u"--dry-run"_s}) {
            if (o.has(option))
                throw core::Refusal(CliTr::tr("--undo: %1 cannot be given with it; an undo reverses the whole run.").arg(option));
        }
        const qint64 run = o.id(u"--undo"_s);
        const core::BalancerSummary summary = core::FamilyBalancer(context.db(), context.user()).undo(run);
        const QString what = CliTr::tr("undo of run #%1").arg(run);
        if (context.json())
            context.print(summaryJson(summary, u"undo"_s));
        else
            context.print(summaryText(summary, what));
        return 0;
    }
    if (!o.has(u"--method"_s))
        throw core::Refusal(CliTr::tr("--method: required (transfer-rigorous, transfer-fifo or recreate), unless --undo RUN is given."));
    const core::BalancerMethod method = methodOption(o, {});
    core::BalancerOptions options;
    options.method = method;
    options.familyId = o.id(u"--family"_s);
    options.asOf = o.date(u"--as-of"_s);
    options.voidTransfers = o.has(u"--void-transfers"_s);
    options.dryRun = o.has(u"--dry-run"_s);
    const core::BalancerSummary summary = core::FamilyBalancer(context.db(), context.user()).run(options);
    if (context.json())
        context.print(summaryJson(summary, core::balancerMethodCode(method)));
    else
        context.print(summaryText(summary, core::balancerMethodLabel(method)));

    // A run over many families finishes with its refusals listed; a single family refused,
    // or a run with nothing it could balance, is a failure for the script that asked.
    // The summary is out; the refusal goes to stderr as every other one does, with exit 1.
    if (options.familyId != 0 && !summary.refused.isEmpty())
        throw core::Refusal(CliTr::tr("family %1: %2").arg(options.familyId).arg(summary.refused.constFirst().refusal));
    if (summary.familiesSeen == 0 || summary.refused.size() == summary.familiesSeen)
        throw core::Refusal(summary.familiesSeen == 0 ? CliTr::tr("There are no families to balance.")
                                                      : CliTr::tr("Every family was refused; nothing was balanced."));
    return 0;
}

int BalancerCommands::bench(CommandContext &context)
{
    const Invocation &o = context.options();
    core::BalancerBenchmark::Options options;
    options.families = int(o.number(u"--families"_s, options.families));
    options.seed = quint32(o.number(u"--seed"_s, options.seed));
    options.method = methodOption(o, options.method);
    const core::Database &db = context.benchDb();
    const core::BalancerBenchFigures f = core::BalancerBenchmark(db, context.user()).run(options, context.benchLines());
    if (context.json())
        context.print(QJsonObject{{u"database"_s, db.spec().displayName()},
                                  {u"families"_s, f.families},
                                  {u"method"_s, core::balancerMethodCode(options.method)},
                                  {u"generate_ns"_s, f.generateNs},
                                  {u"balance_ns"_s, f.balanceNs},
                                  {u"balance_cpu_ns"_s, f.balanceCpuNs},
                                  {u"peak_kb"_s, f.peakKb},
                                  {u"families_changed"_s, f.familiesChanged},
                                  {u"families_refused"_s, f.familiesRefused},
                                  {u"rows_written"_s, f.rowsWritten},
                                  {u"again_ns"_s, f.againNs},
                                  {u"again_rows"_s, f.againRows}});
    return 0;
}

int BalancerCommands::netUnearned(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::NetUnearnedReport report =
        core::NetUnearnedReport::build(context.db(), context.user(), core::LedgerCalendar(context.db()).today());
    if (o.has(u"--csv"_s)) {
        const QString path = o.text(u"--csv"_s);
        report.writeCsv(path);
        if (context.json())
            context.print(QJsonObject{{u"file"_s, path},
                                      {u"families"_s, qint64(report.lines.size())},
                                      {u"unearned"_s, report.totalUnearned.toString()}});
        else
            context.print(CliTr::tr("Wrote %1 families holding %2 of unearned income to %3.")
                              .arg(report.lines.size())
                              .arg(report.totalUnearned.toString(QLocale()), path));
        return 0;
    }
    if (context.json()) {
        QJsonArray lines;
        for (const core::NetUnearnedReport::Line &line : report.lines)
            lines.append(QJsonObject{{u"family"_s, line.familyId},
                                     {u"guarantor"_s, line.guarantor},
                                     {u"unearned"_s, line.unearned.toString()},
                                     {u"oldest_date"_s, line.oldest.toString(Qt::ISODate)},
                                     {u"days_held"_s, line.daysHeld},
                                     {u"charges_owe"_s, line.chargesOwe.toString()}});
        context.print(QJsonObject{{u"date"_s, report.today.toString(Qt::ISODate)},
                                  {u"families"_s, lines},
                                  {u"unearned"_s, report.totalUnearned.toString()},
                                  {u"charges_owe"_s, report.totalChargesOwe.toString()}});
        return 0;
    }
    const QLocale locale;
    TextTable table({{CliTr::tr("Family"), Align::Right}, {CliTr::tr("Guarantor")}, {CliTr::tr("Unearned"), Align::Right},
                     {CliTr::tr("Oldest"), Align::Right}, {CliTr::tr("Days held"), Align::Right},
                     {CliTr::tr("Charges owe"), Align::Right}});
    for (const core::NetUnearnedReport::Line &line : report.lines)
        table.addRow({QString::number(line.familyId), line.guarantor, line.unearned.toString(locale),
                      line.oldest.toString(Qt::ISODate), QString::number(line.daysHeld), line.chargesOwe.toString(locale)});
    QString text = CliTr::tr("Net unearned income on %1").arg(report.today.toString(Qt::ISODate)) + u"\n\n"_s;
    text += table.isEmpty() ? u"  "_s + CliTr::tr("No family holds unearned income.") + u'\n' : table.toString();
    text += u'\n'
        + CliTr::tr("%1 families hold %2; their charges owe %3.")
              .arg(report.lines.size())
              .arg(report.totalUnearned.toString(locale), report.totalChargesOwe.toString(locale));
    context.print(text);
    return 0;
}

} // namespace paydesk::cli
