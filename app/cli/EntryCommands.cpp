#include "EntryCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "ledger/ChargeEntry.h"
#include "ledger/ItemVoider.h"
#include "ledger/ProcedureCodes.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// What the procedure code fills in when --description or --amount is left out: the code's
// description and fee, and the code as the practice's table spells it.
void fillFromCode(const core::Database &db, const Invocation &o, core::Charge &charge)
{
    const bool description = !o.has(u"--description"_s);
    const bool amount = !o.has(u"--amount"_s);
    if (!description && !amount)
        return;
    const std::optional<core::ProcedureCode> code = core::ProcedureCodes(db).find(charge.code);
    QStringList problems;
    if (!code) {
        for (const QString &option : {u"--description"_s, u"--amount"_s}) {
            if (!o.has(option))
                problems << CliTr::tr("%1: procedure code \"%2\" is not in the practice's table, so it has nothing to "
                                      "fill in; give %1.")
                                .arg(option, charge.code);
        }
        throw core::Refusal(problems);
    }
    charge.code = code->code;
    if (description)
        charge.description = code->description;
    if (amount && !code->fee)
        throw core::Refusal(CliTr::tr("--amount: procedure code \"%1\" has no fee; give --amount.").arg(code->code));
    if (amount)
        charge.amount = *code->fee;
}

QString itemName(const core::ItemVoid &done)
{
    return done.item == core::ItemVoid::Item::Charge ? CliTr::tr("charge #%1").arg(done.itemId)
                                                     : CliTr::tr("adjustment #%1").arg(done.itemId);
}

void printVoid(CommandContext &context, const core::ItemVoid &done)
{
    const QList<core::ItemVoid::Credit> credits = done.creditByPayment();
    if (context.json()) {
        QJsonArray credit;
        for (const core::ItemVoid::Credit &c : credits)
            credit.append(QJsonObject{{u"payment"_s, c.paymentId}, {u"amount"_s, c.amount.toString()}});
        const bool charge = done.item == core::ItemVoid::Item::Charge;
        context.print(QJsonObject{{u"void"_s, done.voidRow.id},
                                  {charge ? u"charge"_s : u"adjustment"_s, done.itemId},
                                  {u"amount"_s, done.voidRow.amount.toString()},
                                  {u"returned"_s, done.returnedCredit().toString()},
                                  {u"credit"_s, credit}});
        return;
    }
    const QLocale locale;
    context.print(CliTr::tr("Entered void #%1 of %2 (%3); %4 returned to payments as credit.")
                      .arg(done.voidRow.id)
                      .arg(itemName(done), done.voidRow.amount.toString(locale), done.returnedCredit().toString(locale)));
    for (const core::ItemVoid::Credit &c : credits)
        context.print(CliTr::tr("  %1 to payment #%2").arg(c.amount.toString(locale)).arg(c.paymentId));
}

} // namespace

int EntryCommands::addCharge(CommandContext &context)
{
    const Invocation &o = context.options();
    core::Charge charge;
    charge.patientId = o.id(u"--patient"_s);
    charge.date = o.date(u"--date"_s);
    charge.code = o.text(u"--code"_s);
    charge.description = o.text(u"--description"_s);
    charge.amount = o.amount(u"--amount"_s);
    fillFromCode(context.db(), o, charge);
    const qint64 id = core::ChargeEntry(context.db(), context.user())
                          .addCharge(charge, o.text(u"--provider"_s), o.text(u"--clinic"_s));
    if (context.json())
        context.print(QJsonObject{{u"charge"_s, id},
                                  {u"description"_s, charge.description},
                                  {u"amount"_s, charge.amount.toString()}});
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

int EntryCommands::voidCharge(CommandContext &context)
{
    const Invocation &o = context.options();
    printVoid(context, core::ItemVoider(context.db(), context.user()).voidCharge(o.id(u"--charge"_s), o.text(u"--reason"_s)));
    return 0;
}

int EntryCommands::voidAdjustment(CommandContext &context)
{
    const Invocation &o = context.options();
    printVoid(context, core::ItemVoider(context.db(), context.user())
                           .voidAdjustment(o.id(u"--adjustment"_s), o.text(u"--reason"_s)));
    return 0;
}

} // namespace paydesk::cli
