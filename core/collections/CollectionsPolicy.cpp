#include "collections/CollectionsPolicy.h"

#include "settings/PracticeSettings.h"

namespace paydesk::core {

CollectionsPolicy CollectionsPolicy::read(const Database &db)
{
    const PracticeSettings settings(db);
    CollectionsPolicy policy;
    policy.delinquentDays = settings.number(QStringLiteral("collections.delinquent_days"));
    policy.minAmount = settings.money(QStringLiteral("collections.min_amount"));
    policy.initialStatus = settings.value(QStringLiteral("collections.initial_status"));
    policy.planCode = settings.value(QStringLiteral("collections.plan_code"));
    policy.planFailedCode = settings.value(QStringLiteral("collections.plan_failed_code"));
    policy.ndPlanCode = settings.value(QStringLiteral("collections.nd_plan_code"));
    policy.ndPlanFailedCode = settings.value(QStringLiteral("collections.nd_plan_failed_code"));
    return policy;
}

QString CollectionsPolicy::planCodeFor(CollectionPlan::Kind kind) const
{
    return kind == CollectionPlan::Kind::NonDelinquent ? ndPlanCode : planCode;
}

QString CollectionsPolicy::failedCodeFor(CollectionPlan::Kind kind) const
{
    return kind == CollectionPlan::Kind::NonDelinquent ? ndPlanFailedCode : planFailedCode;
}

} // namespace paydesk::core
