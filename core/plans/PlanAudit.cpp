#include "plans/PlanAudit.h"

namespace paydesk::core {

QJsonObject PlanAudit::plan(PaymentPlan::Status status, Money amount, QDate start, const QString &reason)
{
    QJsonObject json{{QStringLiteral("status"), PaymentPlan::statusText(status)},
                     {QStringLiteral("amount"), amount.toString()},
                     {QStringLiteral("start"), start.toString(Qt::ISODate)}};
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

} // namespace paydesk::core
