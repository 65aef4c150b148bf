#include "EntryCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "ledger/ChargeEntry.h"
#include "util/Errors.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

int EntryCommands::addCharge(CommandContext &context)
{
    const Invocation &o = context.options();
    core::Charge charge;
    charge.patientId = o.id(u"--patient"_s);
    charge.date = o.date(u"--date"_s);
    charge.code = o.text(u"--code"_s);
    charge.description = o.text(u"--description"_s);
    charge.amount = o.amount(u"--amount"_s);
    const qint64 id = core::ChargeEntry(context.db(), context.user())
                          .addCharge(charge, o.text(u"--provider"_s), o.text(u"--clinic"_s));
    if (context.json())
        context.print(QJsonObject{{u"charge"_s, id}});
    else
        context.print(CliTr::tr("Entered charge #%1.").arg(id));
    return 0;
}

int EntryCommands::addAdjustment(CommandContext &context)
{
    const Invocation &o = context.options();
    const bool attached = o.has(u"--charge"_s);
    QStringList problems;
    for (const QString &option : {u"--provider"_s, u"--clinic"_s}) {
        if (attached && o.has(option))
            problems << CliTr::tr("%1: an adjustment attached to a charge takes the charge's provider and clinic.")
                            .arg(option);
        else if (!attached && !o.has(option))
            problems << CliTr::tr("%1 is required by adjustment add unless --charge is given.").arg(option);
    }
    if (!problems.isEmpty())
        throw core::Refusal(problems);

    core::Adjustment adjustment;
    adjustment.patientId = o.id(u"--patient"_s);
    adjustment.date = o.date(u"--date"_s);
    adjustment.type = o.text(u"--type"_s);
    adjustment.amount = o.amount(u"--amount"_s);
    adjustment.chargeId = o.id(u"--charge"_s);
    core::ChargeEntry entry(context.db(), context.user());
    const qint64 id = attached ? entry.addAdjustment(adjustment)
                               : entry.addAdjustment(adjustment, o.text(u"--provider"_s), o.text(u"--clinic"_s));
    if (context.json())
        context.print(QJsonObject{{u"adjustment"_s, id}});
    else
        context.print(CliTr::tr("Entered adjustment #%1.").arg(id));
    return 0;
}

} // namespace paydesk::cli
