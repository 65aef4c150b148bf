#include "billing/BillingPolicy.h"

#include "settings/PracticeSettings.h"

namespace paydesk::core {

BillingPolicy BillingPolicy::read(const Database &db)
{
    const PracticeSettings settings(db);
    BillingPolicy policy;
    policy.statementIntervalDays = settings.number(QStringLiteral("statements.interval_days"));
    policy.maxStatements = settings.number(QStringLiteral("statements.max"));
    policy.suspendByDefault = settings.value(QStringLiteral("billing.default")) == u"suspend";
    policy.automatedPlans = settings.value(QStringLiteral("plans.automated")) == u"true";
    if (policy.automatedPlans) {
        policy.daysBetweenPayments = settings.number(QStringLiteral("plans.days_between_payments"));
        policy.suspendedDays = settings.number(QStringLiteral("plans.suspended_days"));
    }
    return policy;
}

} // namespace paydesk::core
