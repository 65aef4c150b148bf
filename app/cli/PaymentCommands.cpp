#include "PaymentCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "ledger/AccountReader.h"
#include "ledger/Allocator.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

QJsonArray splitsJson(const QList<core::Split> &splits)
{
    QJsonArray array;
    for (const core::Split &split : splits) {
        array.append(QJsonObject{{u"target"_s, core::allocationTargetCode(split.target.kind)},
                                 {u"target_id"_s, split.target.id ? QJsonValue(split.target.id) : QJsonValue()},
                                 {u"amount"_s, split.amount.toString()}});
    }
    return array;
}

QString describe(const core::AllocationTarget &target)
{
    switch (target.kind) {
    case core::AllocationTarget::Kind::Charge: return CliTr::tr("charge #%1").arg(target.id);
    case core::AllocationTarget::Kind::Adjustment: return CliTr::tr("adjustment #%1").arg(target.id);
    case core::AllocationTarget::Kind::Unearned: return CliTr::tr("unearned income");
    }
    return {};
}

void printSplits(CommandContext &context, const QList<core::Split> &splits)
{
    for (const core::Split &split : splits)
        context.print(CliTr::tr("  %1 to %2").arg(split.amount.toString(QLocale()), describe(split.target)));
}

core::Money total(const QList<core::Split> &splits)
{
    core::Money sum;
    for (const core::Split &split : splits)
        sum += split.amount;
    return sum;
}

// The options that go with exactly one of allocate's three forms.
void checkAllocateForm(const Invocation &o)
{
    const int forms = int(o.has(u"--auto"_s)) + int(o.has(u"--charge"_s)) + int(o.has(u"--unearned"_s));
    if (forms != 1)
        throw core::Refusal(CliTr::tr("allocate needs exactly one of --auto, --charge ID --amount A, --unearned --amount A."));
    QStringList problems;
    if (o.has(u"--auto"_s) && o.has(u"--amount"_s))
        problems << CliTr::tr("--amount does not go with --auto: it allocates all of the unallocated credit.");
    if (!o.has(u"--auto"_s) && !o.has(u"--amount"_s))
        problems << CliTr::tr("--amount is required by allocate with --charge or --unearned.");
    if (!o.has(u"--auto"_s) && o.has(u"--patient-first"_s))
        problems << CliTr::tr("--patient-first only goes with --auto.");
    if (!problems.isEmpty())
        throw core::Refusal(problems);
}

} // namespace

int PaymentCommands::post(CommandContext &context)
{
    const Invocation &o = context.options();
    if (o.has(u"--patient-first"_s) && !o.has(u"--auto-allocate"_s))
        throw core::Refusal(CliTr::tr("--patient-first only goes with --auto-allocate."));
    core::PaymentDraft draft;
    draft.patientId = o.id(u"--patient"_s);
    draft.date = o.has(u"--date"_s) ? o.date(u"--date"_s) : core::LedgerCalendar(context.db()).today();
    draft.amount = o.amount(u"--amount"_s);
    draft.method = o.method(u"--method"_s);
    draft.reference = o.text(u"--reference"_s);
    draft.note = o.text(u"--note"_s);
    using Auto = core::PaymentPoster::AutoAllocate;
    const Auto mode = !o.has(u"--auto-allocate"_s) ? Auto::No
        : o.has(u"--patient-first"_s)              ? Auto::PatientFirst
                                                   : Auto::Family;
    const core::PostedPayment posted = core::PaymentPoster(context.db(), context.user()).post(draft, {}, mode);
    const core::Money unallocated = draft.amount - total(posted.splits);
    if (context.json()) {
        context.print(QJsonObject{{u"payment"_s, posted.paymentId},
                                  {u"splits"_s, splitsJson(posted.splits)},
                                  {u"unallocated"_s, unallocated.toString()}});
        return 0;
    }
    context.print(CliTr::tr("Posted payment #%1 of %2.").arg(posted.paymentId).arg(draft.amount.toString(QLocale())));
    printSplits(context, posted.splits);
    context.print(CliTr::tr("  %1 unallocated").arg(unallocated.toString(QLocale())));
    return 0;
}

int PaymentCommands::allocate(CommandContext &context)
{
    const Invocation &o = context.options();
    checkAllocateForm(o);
    const qint64 paymentId = o.id(u"--payment"_s);
    core::Allocator allocator(context.db(), context.user());
    core::Allocated allocated;
    if (o.has(u"--auto"_s)) {
        allocated = allocator.autoAllocate(paymentId, o.has(u"--patient-first"_s));
    } else if (o.has(u"--charge"_s)) {
        allocated.splits = {{core::AllocationTarget::charge(o.id(u"--charge"_s)), o.amount(u"--amount"_s)}};
        allocated.ids = allocator.allocate(paymentId, allocated.splits);
    } else {
        allocated.splits = {{core::AllocationTarget::unearned(), o.amount(u"--amount"_s)}};
        allocated.ids = {allocator.toUnearned(paymentId, o.amount(u"--amount"_s))};
    }
    if (context.json()) {
        QJsonArray allocationIds;
        for (qint64 id : std::as_const(allocated.ids))
            allocationIds.append(id);
        context.print(QJsonObject{{u"payment"_s, paymentId},
                                  {u"splits"_s, splitsJson(allocated.splits)},
                                  {u"allocations"_s, allocationIds}});
        return 0;
    }
    if (allocated.splits.isEmpty()) {
        context.print(CliTr::tr("Payment #%1: nothing to allocate (no unallocated credit or no open charges).").arg(paymentId));
        return 0;
    }
    // Each row written is a record: its id comes first.
    for (qsizetype i = 0; i < allocated.splits.size(); ++i) {
        const core::Split &split = allocated.splits.at(i);
        context.print(CliTr::tr("Allocation #%1: %2 of payment #%3 to %4.")
                          .arg(allocated.ids.at(i))
                          .arg(split.amount.toString(QLocale()))
                          .arg(paymentId)
                          .arg(describe(split.target)));
    }
    return 0;
}

int PaymentCommands::voidPayment(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 paymentId = o.id(u"--payment"_s);
    const qint64 voidId =
        core::PaymentPoster(context.db(), context.user()).voidPayment(paymentId, o.text(u"--reason"_s));
    if (context.json())
        context.print(QJsonObject{{u"payment"_s, paymentId}, {u"void"_s, voidId}});
    else
        context.print(CliTr::tr("Posted void #%1 of payment #%2.").arg(voidId).arg(paymentId));
    return 0;
}

int PaymentCommands::refund(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 paymentId = o.id(u"--payment"_s);
    core::PaymentMethod method = o.method(u"--method"_s);
    if (!o.has(u"--method"_s)) {
        // Money goes back the way it came unless the clerk says otherwise. An unknown
        // payment is left for refund() to refuse.
        const core::AccountReader reader(context.db());
        if (const auto family = reader.familyOfPayment(paymentId))
            method = reader.load(*family).payment(paymentId)->payment.method;
    }
    const core::Money amount = o.amount(u"--amount"_s);
    const qint64 refundId =
        core::PaymentPoster(context.db(), context.user()).refund(paymentId, amount, method, o.text(u"--reason"_s));
    if (context.json())
        context.print(QJsonObject{{u"payment"_s, paymentId}, {u"refund"_s, refundId}, {u"amount"_s, amount.toString()},
                                  {u"method"_s, core::paymentMethodCode(method)}});
    else
        context.print(CliTr::tr("Posted refund #%1: %2 of payment #%3, by %4.")
                          .arg(refundId)
                          .arg(amount.toString(QLocale()))
                          .arg(paymentId)
                          .arg(core::paymentMethodCode(method)));
    return 0;
}

} // namespace paydesk::cli
