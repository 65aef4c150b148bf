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

} // namespace paydesk::core
