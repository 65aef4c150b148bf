#include "users/Role.h"

#include "util/Tr.h"

namespace paydesk::core {

QString roleCode(Role role)
{
    switch (role) {
    case Role::FrontDesk: return QStringLiteral("front-desk");
    case Role::BillingManager: return QStringLiteral("billing-manager");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : {Role::FrontDesk, Role::BillingManager, Role::Administrator}) {
        if (code.trimmed().compare(roleCode(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::FrontDesk: return Tr::tr("front desk");
    case Role::BillingManager: return Tr::tr("billing manager");
    case Role::Administrator: return Tr::tr("administrator");
    }
    return {};
}

} // namespace paydesk::core
