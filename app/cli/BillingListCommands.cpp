#include "BillingListCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "TextTable.h"

#include "billing/BillingAccountReader.h"
#include "billing/BillingListCsv.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : CliTr::tr("none");
}

core::BillingList listOperand(const QString &name)
{
    if (const auto list = core::BillingAccountReader::listNamed(name))
        return *list;
    QStringList names;
    for (const auto list : {core::BillingList::Queued, core::BillingList::Submitted, core::BillingList::Final,
                            core::BillingList::PendingWriteOff, core::BillingList::Plans,
                            core::BillingList::OtherSuspensions})
        names << core::BillingAccountReader::listName(list);
    throw core::Refusal(CliTr::tr("LIST: there is no billing list \"%1\"; the lists are %2.")
                                .arg(name, names.join(u", "_s)));
}

} // namespace

int BillingListCommands::status(CommandContext &context)
{
    const core::BillingAccount account =
            core::BillingAccountReader(context.db()).account(context.options().id(u"--family"_s));
    if (context.json()) {
        context.print(account.toJson());
        return 0;
    }
    QStringList lines = {
        CliTr::tr("Family %1 (%2): %3").arg(account.familyId).arg(account.guarantor, core::BillingStatuses::text(account.status)),
        CliTr::tr("  balance %1, statements sent %2, last statement %3, next statement %4")
                .arg(account.balance.toString())
                .arg(account.statementsSent)
                .arg(dateText(account.lastStatement), dateText(account.nextStatement)),
    };
    if (account.billingResumesOn.isValid())
        lines << CliTr::tr("  %1; billing resumes on %2")
                         .arg(account.suspensionReason, account.billingResumesOn.toString(Qt::ISODate));
    if (const auto &plan = account.plan) {
        lines << CliTr::tr("  plan %1: %2 a month from %3, last payment %4")
                         .arg(core::PaymentPlan::statusText(plan->status), plan->amount.toString(),
                              plan->start.toString(Qt::ISODate),
                              plan->lastPaymentDate.isValid()
                                      ? CliTr::tr("%1 on %2").arg(plan->lastPaymentAmount.toString(),
                                                                  plan->lastPaymentDate.toString(Qt::ISODate))
                                      : CliTr::tr("none"));
        if (account.daysSinceLastPayment)
            lines << CliTr::tr("  days since last payment: %1").arg(*account.daysSinceLastPayment);
        if (plan->status != core::PaymentPlan::Status::Enabled)
            lines << CliTr::tr("  ended on %1 by %2%3")
                             .arg(dateText(plan->endedOn), plan->endedBy,
                                  plan->endReason.isEmpty() ? QString() : u": "_s + plan->endReason);
    }
    context.print(lines.join(u'\n'));
    return 0;
}

int BillingListCommands::list(CommandContext &context)
{
    const core::BillingList list = listOperand(context.options().operand());
    const QString filter = context.options().text(u"--filter"_s);
    const core::Database &db = context.db();
    if (context.options().has(u"--csv"_s)) {
        const QString path = context.options().text(u"--csv"_s);
        const qint64 rows = core::BillingListCsv::write(db, context.user(), list, filter, path);
        if (context.json())
            context.print(QJsonObject{{u"file"_s, path}, {u"rows"_s, rows}});
        else
            context.print(CliTr::tr("Wrote %1 families to %2.").arg(rows).arg(path));
        return 0;
    }
    const QList<core::BillingAccount> accounts = core::BillingAccountReader(db).list(list, filter);
    if (context.json()) {
        QJsonArray array;
        for (const core::BillingAccount &account : accounts)
            array.append(account.toJson());
        context.print(array);
        return 0;
    }
    if (accounts.isEmpty()) {
        context.print(CliTr::tr("No families are on this list."));
        return 0;
    }
    // The CSV's columns, so that what a script reads and what a person reads agree, less
    // those no family of the list fills (a plan's on a list without plans).
    const QStringList header = core::BillingListCsv::header(list);
    QList<QStringList> rows;
    for (const core::BillingAccount &account : accounts)
        rows.append(core::BillingListCsv::row(list, account));
    QList<qsizetype> shown;
    for (qsizetype c = 0; c < header.size(); ++c)
        if (std::any_of(rows.begin(), rows.end(), [c](const QStringList &row) { return !row.at(c).isEmpty(); }))
            shown.append(c);
    QList<TextTable::Column> columns;
    for (const qsizetype c : shown)
        columns.append({header.at(c), TextTable::Align::Left});
    TextTable table(columns);
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (const qsizetype c : shown)
            cells << row.at(c);
        table.addRow(cells);
    }
    context.print(table.toString(0).chopped(1));
    return 0;
}

} // namespace paydesk::cli
