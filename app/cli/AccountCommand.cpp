#include "AccountCommand.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "ledger/AccountReader.h"
#include "ledger/LedgerJson.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

using Align = TextTable::Align;

QString money(core::Money amount)
{
    return amount.toString(QLocale());
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString optionalNumber(qint64 id)
{
    return id ? QString::number(id) : QString();
}

QString section(const QString &title, const TextTable &table)
{
    return title + u'\n' + (table.isEmpty() ? u"  "_s + CliTr::tr("(none)") + u'\n' : table.toString());
}

QString members(const core::FamilyAccount &account)
{
    TextTable table({{CliTr::tr("Patient"), Align::Right}, {CliTr::tr("Name")}, {CliTr::tr("Born")}, {QString()}});
    for (const core::Patient &p : account.members)
        table.addRow({QString::number(p.id), p.displayName(), day(p.birthDate),
                      p.isGuarantor ? CliTr::tr("guarantor") : QString()});
    return section(CliTr::tr("Members"), table);
}

QString charges(const core::FamilyAccount &account)
{
    TextTable table({{CliTr::tr("Charge"), Align::Right}, {CliTr::tr("Date")}, {CliTr::tr("Patient"), Align::Right},
                     {CliTr::tr("Code")}, {CliTr::tr("Provider")}, {CliTr::tr("Clinic")},
                     {CliTr::tr("Amount"), Align::Right}, {CliTr::tr("Adjusted"), Align::Right},
                     {CliTr::tr("Insurance"), Align::Right}, {CliTr::tr("Write-off"), Align::Right},
                     {CliTr::tr("Balance"), Align::Right}, {CliTr::tr("Status")}, {CliTr::tr("Description")}});
    for (const core::ChargeLine &line : account.charges) {
        const core::Charge &c = line.charge;
        table.addRow({QString::number(c.id), day(c.date), QString::number(c.patientId), c.code,
                      account.providerCodes.value(c.providerId), account.clinicCodes.value(c.clinicId), money(c.amount),
                      money(line.adjusted), money(line.insurancePaid), money(line.writtenOff), money(line.balance()),
                      line.isVoided() ? CliTr::tr("voided by #%1").arg(line.voidedById) : QString(), c.description});
    }
    return section(CliTr::tr("Charges"), table);
}

// As payments show theirs: "void of #12", "void of charge #41", "voided by #13".
QString kind(const core::AdjustmentLine &line)
{
    const core::Adjustment &a = line.adjustment;
    const QString code = core::adjustmentKindCode(a.kind);
    if (a.reversesAdjustmentId)
        return CliTr::tr("%1 of #%2").arg(code).arg(a.reversesAdjustmentId);
    if (a.voidsCharge())
        return CliTr::tr("%1 of charge #%2").arg(code).arg(a.chargeId);
    if (line.isVoided())
        return CliTr::tr("voided by #%1").arg(line.voidedById);
    return code;
}

QString adjustments(const core::FamilyAccount &account)
{
    TextTable table({{CliTr::tr("Adjustment"), Align::Right}, {CliTr::tr("Date")},
                     {CliTr::tr("Patient"), Align::Right}, {CliTr::tr("Type")}, {CliTr::tr("Charge"), Align::Right},
                     {CliTr::tr("Amount"), Align::Right}, {CliTr::tr("Balance"), Align::Right}, {CliTr::tr("Kind")},
                     {CliTr::tr("Note")}});
    for (const core::AdjustmentLine &line : account.adjustments) {
        const core::Adjustment &a = line.adjustment;
        table.addRow({QString::number(a.id), day(a.date), QString::number(a.patientId), a.type,
                      optionalNumber(a.chargeId), money(a.amount), money(line.balance()), kind(line), a.note});
    }
    return section(CliTr::tr("Adjustments"), table);
}

QString payments(const core::FamilyAccount &account)
{
    TextTable table({{CliTr::tr("Payment"), Align::Right}, {CliTr::tr("Date")}, {CliTr::tr("Patient"), Align::Right},
                     {CliTr::tr("Kind")}, {CliTr::tr("Method")}, {CliTr::tr("Reference")},
                     {CliTr::tr("Amount"), Align::Right}, {CliTr::tr("Unallocated"), Align::Right},
                     {CliTr::tr("Note")}});
    for (const core::PaymentLine &line : account.payments) {
        const core::Payment &p = line.payment;
        QString kind = core::paymentKindCode(p.kind);
        if (p.relatedPaymentId)
            kind = CliTr::tr("%1 of #%2").arg(kind).arg(p.relatedPaymentId);
        else if (line.isVoided())
            kind = CliTr::tr("voided by #%1").arg(line.reversedById);
        table.addRow({QString::number(p.id), day(p.date), QString::number(p.patientId), kind,
                      core::paymentMethodCode(p.method), p.reference, money(p.amount), money(line.unallocated()), p.note});
    }
    return section(CliTr::tr("Payments"), table);
}

QString allocations(const core::FamilyAccount &account)
{
    TextTable table({{CliTr::tr("Allocation"), Align::Right}, {CliTr::tr("Payment"), Align::Right},
                     {CliTr::tr("Target")}, {CliTr::tr("Patient"), Align::Right}, {CliTr::tr("Provider")},
                     {CliTr::tr("Clinic")}, {CliTr::tr("Rule")}, {CliTr::tr("Amount"), Align::Right}});
    for (const core::Allocation &a : account.allocations) {
        QString target = core::allocationTargetCode(a.target.kind);
        if (a.target.id)
            target += u" #"_s + QString::number(a.target.id);
        table.addRow({QString::number(a.id), QString::number(a.paymentId), target, QString::number(a.patientId),
                      account.providerCodes.value(a.providerId), account.clinicCodes.value(a.clinicId),
                      core::allocationRuleCode(a.rule), money(a.amount)});
    }
    return section(CliTr::tr("Allocations"), table);
}

QString totals(const core::FamilyAccount &account)
{
    TextTable table({{QString()}, {QString(), Align::Right}});
    table.addRow({CliTr::tr("Charges"), money(account.chargesTotal())});
    table.addRow({CliTr::tr("Adjustments"), money(account.adjustmentsTotal())});
    table.addRow({CliTr::tr("Payments"), money(account.paymentsTotal())});
    table.addRow({CliTr::tr("Insurance"), money(account.insuranceTotal())});
    table.addRow({CliTr::tr("Balance"), money(account.balance())});
    table.addRow({CliTr::tr("Unallocated credit"), money(account.unallocated())});
    table.addRow({CliTr::tr("Unearned income"), money(account.unearned())});
    return section(CliTr::tr("Totals"), table);
}

} // namespace

int AccountCommand::run(CommandContext &context)
{
    const core::FamilyAccount account = core::AccountReader(context.db()).load(context.options().id(u"--family"_s));
    if (context.json()) {
        context.print(core::LedgerJson::account(account));
        return 0;
    }
    const core::Patient *guarantor = account.guarantor();
    QString text = guarantor ? CliTr::tr("Account %1, guarantor %2 (#%3)")
                                   .arg(account.familyId)
                                   .arg(guarantor->displayName())
                                   .arg(guarantor->id)
                             : CliTr::tr("Account %1").arg(account.familyId);
    text += u"\n\n"_s + members(account) + u'\n' + charges(account);
    if (!account.adjustments.isEmpty())
        text += u'\n' + adjustments(account);
    text += u'\n' + payments(account);
    if (!account.allocations.isEmpty())
        text += u'\n' + allocations(account);
    text += u'\n' + totals(account);
    context.print(text.chopped(1));
    return 0;
}

} // namespace paydesk::cli
