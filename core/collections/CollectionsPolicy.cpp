#include "collections/CollectionsPolicy.h"

#include "settings/PracticeSettings.h"
#include "util/Tr.h"

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

QStringList CollectionsPolicy::conflicts() const
{
    QStringList problems;
    const std::pair<const char *, QString> others[] = {{"collections.initial_status", initialStatus},
                                                       {"collections.plan_code", planCode},
                                                       {"collections.plan_failed_code", planFailedCode},
                                                       {"collections.nd_plan_failed_code", ndPlanFailedCode}};
    for (const auto &[key, code] : others)
        if (!ndPlanCode.isEmpty() && code == ndPlanCode)
            problems << Tr::tr("collections.nd_plan_code: %1 is also %2; the non-delinquent plan's status is the one "
                               "that is not in collections, so it needs a code of its own.")
                                .arg(ndPlanCode, QString::fromLatin1(key));
    if (!planCode.isEmpty() && planCode == planFailedCode)
        problems << Tr::tr("collections.plan_failed_code: %1 is also collections.plan_code; a failed plan must move "
                           "the account to another status.")
                            .arg(planCode);
    return problems;
}

} // namespace paydesk::core
