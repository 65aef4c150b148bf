#include "plans/PaymentPlan.h"

namespace paydesk::core {

QString PaymentPlan::statusText(Status status)
{
    switch (status) {
    case Status::Enabled: return QStringLiteral("Enabled");
    case Status::Disabled: return QStringLiteral("Disabled");
    case Status::Completed: return QStringLiteral("Completed");
    }
    return {};
}

std::optional<PaymentPlan::Status> PaymentPlan::parseStatus(const QString &text)
{
    for (const auto status : {Status::Enabled, Status::Disabled, Status::Completed})
        if (statusText(status) == text)
            return status;
    return std::nullopt;
}

} // namespace paydesk::core
