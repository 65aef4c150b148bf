#pragma once

#include "users/Role.h"

#include <QString>

namespace paydesk::core {

class Database;

// Every service asks here before it writes, so that roles are enforced in one place, the
// same for the desk and the CLI. While the database is open (UserDirectory::isSecured),
// any named user may do anything; once secured, a user must be active and hold the role
// an action needs. A refusal names the action and the role, and is written to the audit
// trail in a transaction of its own: a service asks before it opens its own.
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
        ManageUsers,
    };

    static Role minimumRole(Action action);
    // What the action is, for the refusal ("Change users").
    static QString actionName(Action action);

    // Throws Refusal when `user` may not do `action`, after writing the refusal to the audit
    // trail. Called outside any transaction (std::logic_error otherwise: the refusal's audit
    // row would be rolled back with it).
    static void require(const Database &db, const QString &user, Action action);
    // Whether `user` may do `action`, to grey out what the desk offers; nothing is written.
    static bool allows(const Database &db, const QString &user, Action action);
    // Throws Refusal when `user` is empty: every posting records who made it.
    static void require(const QString &user, Action action);
};

} // namespace paydesk::core
