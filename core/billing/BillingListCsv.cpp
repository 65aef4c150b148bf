#include "billing/BillingListCsv.h"

#include "csv/CsvWriter.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {

const char *const accountKeys[] = {"family", "guarantor", "status", "balance", "statements_sent", "last_statement",
                                   "next_statement", "billing_resumes_on", "suspension_reason"};
const char *const planKeys[] = {"status", "amount", "start", "last_payment_date", "last_payment_amount",
                                "days_since_last_payment", "disabled_on", "disabled_by"};

// A JSON value as a CSV field: null is empty, numbers as whole numbers.
QString field(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QStringList BillingListCsv::header(BillingList list)
{
    if (list == BillingList::Plans)
        return {QStringLiteral("Account"), QStringLiteral("Guarantor"), QStringLiteral("MontlyPaymentPlanAmount"),
                QStringLiteral("PlanStart"), QStringLiteral("LastPaymentDate"), QStringLiteral("LastPaymentAmount"),
                QStringLiteral("DaysSinceLastPayment"), QStringLiteral("LastStatement"), QStringLiteral("Balance"),
                QStringLiteral("Status")};
    QStringList columns;
    for (const char *key : accountKeys)
        columns << QString::fromLatin1(key);
    for (const char *key : planKeys)
        columns << QStringLiteral("plan_") + QString::fromLatin1(key);
    return columns;
}

QStringList BillingListCsv::row(BillingList list, const BillingAccount &account)
{
    const QJsonObject json = account.toJson();
    const QJsonObject plan = json.value(QStringLiteral("plan")).toObject();
    if (list == BillingList::Plans) {
        return {field(json.value(QStringLiteral("family"))), account.guarantor,
                field(plan.value(QStringLiteral("amount"))), field(plan.value(QStringLiteral("start"))),
                field(plan.value(QStringLiteral("last_payment_date"))),
                field(plan.value(QStringLiteral("last_payment_amount"))),
                field(plan.value(QStringLiteral("days_since_last_payment"))),
                field(json.value(QStringLiteral("last_statement"))), field(json.value(QStringLiteral("balance"))),
                field(json.value(QStringLiteral("status")))};
    }
    QStringList fields;
    for (const char *key : accountKeys)
        fields << field(json.value(QLatin1String(key)));
    for (const char *key : planKeys)
        fields << field(plan.value(QLatin1String(key)));
    return fields;
}

qint64 BillingListCsv::write(const Database &db, const QString &user, BillingList list, const QString &filter,
                             const QString &path)
{
    Permissions::require(db, user, Permissions::Action::Export);
    const QList<BillingAccount> accounts = BillingAccountReader(db).list(list, filter);
    CsvWriter csv(path);
    csv.writeRow(header(list));
    for (const BillingAccount &account : accounts)
        csv.writeRow(row(list, account));
    if (!csv.finish())
        throw Refusal(csv.error());
    return accounts.size();
}

} // namespace paydesk::core
