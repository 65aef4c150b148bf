#pragma once

#include "users/Role.h"

#include <QString>

namespace paydesk::core {

class Database;
class Money;

// Every service asks here before it writes, so that roles are enforced in one place, the
// same for the desk and the CLI. While the database is open (UserDirectory::isSecured),
// any named user may do anything; once secured, a user must be active and hold the role
// an action needs. A refusal names the action and the role, and is written to the audit
// trail in a transaction of its own: a service asks before it opens its own.
//
// Reading needs a signed-in active user on a secured database. That check is the sign-in
// itself (SignIn::signIn refuses unknown, disabled and locked users): the CLI signs in when
// it opens the database for any command, the desk at its sign-in window; the services that
// read (account, search, lists) do not ask again on every query. The reports, verify and
// exports ask once per run, as they need a role or name what was read.
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
        PrintStatements,
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
        RunDailyBilling, // run-daily: statements, plans disabled, billing resumed
        ManagePaymentPlans, // enable, disable, change the amount; requeue a pending write-off
        ManageCollections, // the Collection Status Table, billing groups, collection plans, statuses by hand
        ManagePortalPayments, // fetch the clearinghouse's reports, match and dismiss their exceptions
        ManagePracticeGroups, // add practice groups, move families between them
        // administrator
        ChangePracticeSettings, // practice.*, ledger.lock_date, desk.*, nightly.*, backup.*
        ManageUsers,
        MigrateLedger, // queue a practice group's migration to tracked allocations, run the nightly job
        SetUpDatabase, // init and upgrades, demo, bench
        BackUpDatabase, // backup and restore of the whole database (DatabaseBackup)
    };

    static Role minimumRole(Action action);
    // What the action is, for the refusal ("Change users").
    static QString actionName(Action action);
    // Its stable code in the audit trail ("manage-users"), the same in every language.
    static QString actionCode(Action action);

    // Throws Refusal when `user` may not do `action`, after writing the refusal to the audit
    // trail. Called outside any transaction (std::logic_error otherwise: the refusal's audit
    // row would be rolled back with it).
    static void require(const Database &db, const QString &user, Action action);
    // Whether `user` may do `action`, to grey out what the desk offers; nothing is written.
    static bool allows(const Database &db, const QString &user, Action action);

    // The rules that depend on the entry: each service and the desk ask these for the action,
    // then require() or allows() it.
    // An adjustment of `signedAmount` as posted: below zero lowers the balance, else raises it.
    static Action forAdjustment(Money signedAmount);
    // A payment of `amount`: a negative one is NegativePayments, else PostPayments.
    static Action forPayment(Money amount);
    // Voiding payment `paymentId`: VoidOwnPayment when `user` posted it and entered it
    // (created_at, not the payment's date) on today's date in the practice's time zone
    // (LedgerCalendar), else VoidOrRefund. Reads the payment: call outside a transaction,
    // before the void's own. An unknown payment needs VoidOrRefund.
    static Action forVoidOfPayment(const Database &db, const QString &user, qint64 paymentId);

private:
    // Throws Refusal when `user` is empty: every posting records who made it, open or not.
    static void requireName(const QString &user);
};

} // namespace paydesk::core
