#pragma once

#include <QString>

namespace paydesk::core {

// Every service asks here before it writes, so that login and roles (a later feature)
// change one place. Today any named user may do anything.
class Permissions
{
public:
    enum class Action {
        EditPatients,
        PostCharges,
        PostPayments,
        Allocate,
        VoidOrRefund,
        Import,
        BatchJob,
        ChangeSettings,
        EditCodeTables, // adjustment types, procedure codes
    };

    // Throws Refusal when `user` may not do `action`.
    static void require(const QString &user, Action action);
};

} // namespace paydesk::core
