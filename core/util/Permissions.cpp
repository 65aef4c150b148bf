#include "util/Permissions.h"

#include "ledger/LedgerCalendar.h"
#include "money/Money.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/UserDirectory.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QJsonObject>

#include <stdexcept>

namespace paydesk::core {

Role Permissions::minimumRole(Action action)
{
    switch (action) {
    case Action::ReadLedger:
    case Action::EditPatients:
    case Action::PostCharges:
    case Action::RaiseBalance:
    case Action::PostPayments:
    case Action::Allocate:
    case Action::VoidOwnPayment:
    case Action::PrintReceipts:
    case Action::PrintStatements:
    case Action::ChangeOwnPassword:
        return Role::FrontDesk;
    case Action::LowerBalance:
    case Action::NegativePayments:
    case Action::VoidOrRefund:
    case Action::Import:
    case Action::Export:
    case Action::RunBalancer:
    case Action::RunReports:
    case Action::ReadAudit:
    case Action::ChangeSettings:
    case Action::EditCodeTables:
    case Action::RunDailyBilling:
    case Action::ManagePaymentPlans:
    case Action::ManageCollections:
    case Action::ManagePortalPayments:
    case Action::ManagePracticeGroups:
        return Role::BillingManager;
    case Action::ChangePracticeSettings:
    case Action::ManageUsers:
    case Action::MigrateLedger:
    case Action::SetUpDatabase:
    case Action::BackUpDatabase:
        return Role::Administrator;
    }
    return Role::Administrator;
}

QString Permissions::actionCode(Action action)
{
    switch (action) {
    case Action::ReadLedger: return QStringLiteral("read-ledger");
    case Action::EditPatients: return QStringLiteral("edit-patients");
    case Action::PostCharges: return QStringLiteral("post-charges");
    case Action::RaiseBalance: return QStringLiteral("raise-balance");
    case Action::PostPayments: return QStringLiteral("post-payments");
    case Action::Allocate: return QStringLiteral("allocate");
    case Action::VoidOwnPayment: return QStringLiteral("void-own-payment");
    case Action::PrintReceipts: return QStringLiteral("print-receipts");
    case Action::PrintStatements: return QStringLiteral("print-statements");
    case Action::ChangeOwnPassword: return QStringLiteral("change-own-password");
    case Action::LowerBalance: return QStringLiteral("lower-balance");
    case Action::NegativePayments: return QStringLiteral("negative-payments");
    case Action::VoidOrRefund: return QStringLiteral("void-or-refund");
    case Action::Import: return QStringLiteral("import");
    case Action::Export: return QStringLiteral("export");
    case Action::RunBalancer: return QStringLiteral("run-balancer");
    case Action::RunReports: return QStringLiteral("run-reports");
    case Action::ReadAudit: return QStringLiteral("read-audit");
    case Action::ChangeSettings: return QStringLiteral("change-settings");
    case Action::EditCodeTables: return QStringLiteral("edit-code-tables");
    case Action::RunDailyBilling: return QStringLiteral("run-daily-billing");
    case Action::ManagePaymentPlans: return QStringLiteral("manage-payment-plans");
    case Action::ManageCollections: return QStringLiteral("manage-collections");
    case Action::ManagePortalPayments: return QStringLiteral("manage-portal-payments");
    case Action::ManagePracticeGroups: return QStringLiteral("manage-practice-groups");
    case Action::ChangePracticeSettings: return QStringLiteral("change-practice-settings");
    case Action::ManageUsers: return QStringLiteral("manage-users");
    case Action::MigrateLedger: return QStringLiteral("migrate-ledger");
    case Action::SetUpDatabase: return QStringLiteral("set-up-database");
    case Action::BackUpDatabase: return QStringLiteral("back-up-database");
    }
    return {};
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::ReadLedger: return Tr::tr("Read accounts");
    case Action::EditPatients: return Tr::tr("Add patients");
    case Action::PostCharges: return Tr::tr("Enter charges");
    case Action::RaiseBalance: return Tr::tr("Adjustments that raise the balance");
    case Action::PostPayments: return Tr::tr("Post payments");
    case Action::Allocate: return Tr::tr("Allocate payments");
    case Action::VoidOwnPayment: return Tr::tr("Void a payment posted today");
    case Action::PrintReceipts: return Tr::tr("Print receipts");
    case Action::PrintStatements: return Tr::tr("Print statements");
    case Action::ChangeOwnPassword: return Tr::tr("Change one's own password");
    case Action::LowerBalance: return Tr::tr("Adjustments that lower the balance");
    case Action::NegativePayments: return Tr::tr("Negative payments");
    case Action::VoidOrRefund: return Tr::tr("Void or refund");
    case Action::Import: return Tr::tr("Import");
    case Action::Export: return Tr::tr("Export");
    case Action::RunBalancer: return Tr::tr("Run the Family Balancer");
    case Action::RunReports: return Tr::tr("Run reports");
    case Action::ReadAudit: return Tr::tr("Read the audit trail");
    case Action::ChangeSettings: return Tr::tr("Change settings");
    case Action::EditCodeTables: return Tr::tr("Change adjustment types and procedure codes");
    case Action::RunDailyBilling: return Tr::tr("Run daily billing");
    case Action::ManagePaymentPlans: return Tr::tr("Change payment plans and patient billing");
    case Action::ManageCollections: return Tr::tr("Change collections and collection payment plans");
    case Action::ManagePortalPayments: return Tr::tr("Fetch online payment reports and resolve their exceptions");
    case Action::ManagePracticeGroups: return Tr::tr("Change practice groups");
    case Action::ChangePracticeSettings: return Tr::tr("Change practice settings");
    case Action::ManageUsers: return Tr::tr("Change users");
    case Action::MigrateLedger: return Tr::tr("Migrate a practice group");
    case Action::SetUpDatabase: return Tr::tr("Set up databases");
    case Action::BackUpDatabase: return Tr::tr("Back up and restore the database");
    }
    return {};
}

void Permissions::requireName(const QString &user)
{
    if (user.trimmed().isEmpty())
        throw Refusal(Tr::tr("No user is named: every posting records who made it."));
}

namespace {

// Why `user` may not do `action`, empty when it may; the user row it found, if any.
QString refusalFor(const Database &db, const QString &user, Permissions::Action action, std::optional<User> &who)
{
    const UserDirectory users(db);
    if (!users.isSecured())
        return {};
    who = users.find(user);
    const Role needed = Permissions::minimumRole(action);
    if (!who || !who->active)
        return Tr::tr("%1: %2 is not an active user of this database.").arg(Permissions::actionName(action), user.trimmed());
    if (who->role < needed)
        return Tr::tr("%1: this needs the %2 role; %3 has the %4 role.")
            .arg(Permissions::actionName(action), roleName(needed), who->name, roleName(who->role));
    return {};
}

} // namespace

bool Permissions::allows(const Database &db, const QString &user, Action action)
{
    std::optional<User> who;
    return !user.trimmed().isEmpty() && refusalFor(db, user, action, who).isEmpty();
}

void Permissions::require(const Database &db, const QString &user, Action action)
{
    requireName(user);
    if (db.inTransaction())
        throw std::logic_error("Permissions::require inside a transaction: its refusal could not be audited");
    std::optional<User> who;
    const QString refusal = refusalFor(db, user, action, who);
    if (refusal.isEmpty())
        return;
    Transaction tx(db);
    // Codes, not the words of the refusing program's language, for whoever reads the trail
    // later; the reason is the sentence the user was shown.
    QJsonObject after{{QStringLiteral("action"), actionCode(action)},
                      {QStringLiteral("needs"), roleCode(minimumRole(action))},
                      {QStringLiteral("reason"), refusal}};
    if (who)
        after.insert(QStringLiteral("role"), who->active ? roleCode(who->role) : QStringLiteral("disabled"));
    AuditLog::record(db, user.trimmed(), QStringLiteral("refused"), QStringLiteral("user"), who ? who->id : 0, {}, after);
    tx.commit();
    throw Refusal(refusal);
}

Permissions::Action Permissions::forAdjustment(Money signedAmount)
{
    return signedAmount.isNegative() ? Action::LowerBalance : Action::RaiseBalance;
}

Permissions::Action Permissions::forPayment(Money amount)
{
    return amount.isNegative() ? Action::NegativePayments : Action::PostPayments;
}

Permissions::Action Permissions::forVoidOfPayment(const Database &db, const QString &user, qint64 paymentId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT created_by, created_at FROM payments WHERE id = :id"))
        .bind(QStringLiteral(":id"), paymentId)
        .exec();
    if (!q.next() || q.text(0).trimmed() != user.trimmed())
        return Action::VoidOrRefund;
    // The day it was entered, where the practice is: a payment dated last week but entered
    // this morning by mistake is still this morning's.
    const LedgerCalendar calendar(db);
    const QDateTime entered = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
    if (!entered.isValid() || entered.toTimeZone(calendar.timeZone()).date() != calendar.today())
        return Action::VoidOrRefund;
    return Action::VoidOwnPayment;
}

} // namespace paydesk::core
