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
    // One entry per thing the role table names; the minimum role of each is in
    // minimumRole(), the one place the table lives.
    enum class Action {
        // front desk
        ReadLedger, // search, accounts, lists, statuses, the deposit report, verify
        EditPatients,
        PostCharges,
        RaiseBalance, // adjustments that raise the balance
        PostPayments, // a positive amount
        Allocate,
        VoidOwnPayment, // a payment the user posted, on the local day it was entered
        PrintReceipts,
        ChangeOwnPassword,
        // billing manager
        LowerBalance, // adjustments that lower the balance
        NegativePayments,
        VoidOrRefund, // voids of anything, refunds
        Import,
        Export,
        RunBalancer, // the Family Balancer and its undo
        RunReports,
        ReadAudit,
        ChangeSettings, // every setting not kept for the administrator
        EditCodeTables, // adjustment types, procedure codes
        // administrator
        ChangePracticeSettings, // practice.*, ledger.lock_date, desk.*, nightly.*, backup.*
        ManageUsers,
        SetUpDatabase, // init and upgrades, demo, bench
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
