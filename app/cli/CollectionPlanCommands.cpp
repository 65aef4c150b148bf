#include "CollectionPlanCommands.h"

#include "CliTr.h"
#include "CommandContext.h"

#include "collections/CollectionAccountStore.h"
#include "collections/CollectionPlanService.h"
#include "util/Errors.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

using Field = core::CollectionPlanProblem::Field;

// The plan screen's options as typed, each refused naming the reference's field and the
// option; what the service checks (ranges, lists, codes) it checks, beside these.
struct TypedTerms
{
    QStringList problems;
    QList<Field> unread; // fields whose text was refused: the service's checks of them would repeat it
    std::optional<core::Money> amount;
    std::optional<int> paymentDays;
};

TypedTerms readTerms(const Invocation &o)
{
    TypedTerms terms;
    if (o.has(u"--amount"_s)) {
        const core::MoneyParseResult parsed = core::Money::parse(o.text(u"--amount"_s));
        if (parsed.isOk()) {
            terms.amount = parsed.value();
        } else {
            terms.problems << CliTr::tr("Payment Amount (--amount): %1").arg(parsed.error());
            terms.unread << Field::Amount;
        }
    }
    if (o.has(u"--days"_s)) {
        bool ok = false;
        const int days = o.text(u"--days"_s).trimmed().toInt(&ok);
        if (ok) {
            terms.paymentDays = days;
        } else {
            terms.problems << CliTr::tr("Payment Days (--days): \"%1\" is not a whole number.").arg(o.text(u"--days"_s));
            terms.unread << Field::PaymentDays;
        }
    }
    return terms;
}

std::optional<core::WebPay> readWebPay(const Invocation &o, QStringList &problems)
{
    const QStringList cardOptions = {u"--merchant"_s, u"--method"_s, u"--holder"_s, u"--zip"_s};
    if (!o.has(u"--webpay"_s)) {
        for (const QString &option : cardOptions)
            if (o.has(option))
                problems << CliTr::tr("%1: only with --webpay (CGM webPAY).").arg(option);
        return std::nullopt;
    }
    return core::WebPay{o.text(u"--merchant"_s), o.text(u"--method"_s), o.text(u"--holder"_s), o.text(u"--zip"_s)};
}

QString planLine(const core::CollectionPlan &plan)
{
    const QString kind = plan.kind == core::CollectionPlan::Kind::NonDelinquent
                                 ? CliTr::tr("non-delinquent payment plan")
                                 : CliTr::tr("collection payment plan");
    return CliTr::tr("%1 of %2 every %3 days from %4, next payment %5, status for default %6")
            .arg(kind, plan.amount.toString(QLocale()))
            .arg(plan.paymentDays)
            .arg(plan.start.toString(Qt::ISODate), plan.nextPaymentDate.toString(Qt::ISODate), plan.defaultStatus);
}

// The family's plan and collection status after a change, as the command prints it.
int printPlan(CommandContext &context, qint64 family, const QString &done)
{
    const core::Database &db = context.db();
    const std::optional<core::CollectionPlan> plan = core::CollectionPlanService(db, context.user()).current(family);
    const std::optional<core::CollectionAccount> account = core::CollectionAccountStore(db).read(family);
    const QString code = account ? account->code : QString();
    if (context.json()) {
        context.print(QJsonObject{{u"family"_s, family},
                                  {u"code"_s, code.isEmpty() ? QJsonValue() : QJsonValue(code)},
                                  {u"plan"_s, plan ? QJsonValue(plan->toJson()) : QJsonValue()}});
        return 0;
    }
    context.print(done.arg(family));
    if (plan)
        context.print(u"  "_s + planLine(*plan));
    context.print(code.isEmpty() ? CliTr::tr("  no collection status") : CliTr::tr("  collection status %1").arg(code));
    return 0;
}

} // namespace

int CollectionPlanCommands::add(CommandContext &context)
{
    const Invocation &o = context.options();
    const core::Database &db = context.db();
    core::CollectionPlanService plans(db, context.user());
    TypedTerms terms = readTerms(o);
    core::CollectionPlanDraft draft;
    draft.familyId = o.id(u"--family"_s);
    draft.kind = o.has(u"--delinquent"_s) ? core::CollectionPlan::Kind::Collection
                                          : core::CollectionPlan::Kind::NonDelinquent;
    draft.start = o.date(u"--start"_s);
    draft.amount = terms.amount.value_or(core::Money());
    draft.paymentDays = terms.paymentDays.value_or(0);
    draft.nextPaymentDate = o.date(u"--next"_s);
    draft.defaultStatus = o.text(u"--default-status"_s);
    draft.webpay = readWebPay(o, terms.problems);
    if (!terms.problems.isEmpty()) {
        // Every problem at once: the typed ones, then the service's of the other fields.
        QStringList problems;
        if (const QString why = plans.refusal(draft.familyId, draft.kind); !why.isEmpty())
            problems << why;
        problems << terms.problems;
        for (const core::CollectionPlanProblem &problem : plans.problems(draft))
            if (!terms.unread.contains(problem.field))
                problems << problem.message;
        throw core::Refusal(problems);
    }
    plans.add(draft);
    return printPlan(context, draft.familyId, CliTr::tr("Family %1 is on a payment plan in collections."));
}

int CollectionPlanCommands::edit(CommandContext &context)
{
    const Invocation &o = context.options();
    TypedTerms terms = readTerms(o);
    const QStringList changes = {u"--amount"_s, u"--days"_s, u"--next"_s, u"--default-status"_s};
    if (std::none_of(changes.begin(), changes.end(), [&](const QString &option) { return o.has(option); }))
        terms.problems << CliTr::tr("Nothing to change: give %1.").arg(changes.join(u", "_s));
    if (!terms.problems.isEmpty())
        throw core::Refusal(terms.problems);
    core::CollectionPlanService::Edit edit;
    edit.amount = terms.amount;
    edit.paymentDays = terms.paymentDays;
    if (o.has(u"--next"_s))
        edit.nextPaymentDate = o.date(u"--next"_s);
    if (o.has(u"--default-status"_s))
        edit.defaultStatus = o.text(u"--default-status"_s);
    const qint64 family = o.id(u"--family"_s);
    core::CollectionPlanService(context.db(), context.user()).edit(family, edit);
    return printPlan(context, family, CliTr::tr("Family %1's payment plan in collections is changed."));
}

int CollectionPlanCommands::end(CommandContext &context)
{
    const Invocation &o = context.options();
    const qint64 family = o.id(u"--family"_s);
    core::CollectionPlanService(context.db(), context.user()).end(family, o.text(u"--note"_s));
    return printPlan(context, family, CliTr::tr("Family %1's payment plan in collections has ended."));
}

} // namespace paydesk::cli
