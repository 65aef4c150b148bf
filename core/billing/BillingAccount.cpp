#include "billing/BillingAccount.h"

#include <QJsonValue>

namespace paydesk::core {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue planValue(const std::optional<PaymentPlan> &plan, std::optional<int> daysSince)
{
    if (!plan)
        return QJsonValue(QJsonValue::Null);
    const bool disabled = plan->status == PaymentPlan::Status::Disabled;
    return QJsonObject{
        {QStringLiteral("status"), PaymentPlan::statusText(plan->status)},
        {QStringLiteral("amount"), plan->amount.toString()},
        {QStringLiteral("start"), dateValue(plan->start)},
        {QStringLiteral("last_payment_date"), dateValue(plan->lastPaymentDate)},
        {QStringLiteral("last_payment_amount"), plan->lastPaymentDate.isValid()
                                                    ? QJsonValue(plan->lastPaymentAmount.toString())
                                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("days_since_last_payment"), daysSince ? QJsonValue(*daysSince) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("disabled_on"), disabled ? dateValue(plan->endedOn) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("disabled_by"), disabled ? QJsonValue(plan->endedBy) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

QJsonObject BillingAccount::toJson() const
{
    return QJsonObject{
        {QStringLiteral("family"), familyId},
        {QStringLiteral("guarantor"), guarantor},
        {QStringLiteral("status"), BillingStatuses::text(status)},
        {QStringLiteral("balance"), balance.toString()},
        {QStringLiteral("statements_sent"), statementsSent},
        {QStringLiteral("last_statement"), dateValue(lastStatement)},
        {QStringLiteral("next_statement"), dateValue(nextStatement)},
        {QStringLiteral("billing_resumes_on"), dateValue(billingResumesOn)},
        {QStringLiteral("suspension_reason"), suspensionReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(suspensionReason)},
        {QStringLiteral("plan"), planValue(plan, daysSinceLastPayment)},
    };
}

} // namespace paydesk::core
