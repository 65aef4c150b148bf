#pragma once

#include <QString>

#include <optional>

namespace paydesk::core {

// What a user may do; each role includes the one before it.
enum class Role { FrontDesk, BillingManager, Administrator };

// "front-desk", "billing-manager", "administrator": the stored, CLI and JSON form.
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
// "front desk", ... in the user's language.
QString roleName(Role role);

} // namespace paydesk::core
