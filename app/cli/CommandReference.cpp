#include "CommandReference.h"

#include "AccountCommand.h"
#include "AuditCommand.h"
#include "BalancerCommands.h"
#include "BillingCommands.h"
#include "BillingListCommands.h"
#include "CliTr.h"
#include "CollectionPlanCommands.h"
#include "CollectionSetupCommands.h"
#include "CollectionStatusCommands.h"
#include "CollectionsRunCommands.h"
#include "ConfigCommands.h"
#include "DatabaseCommands.h"
#include "EntryCommands.h"
#include "GroupCommands.h"
#include "MigrationCommands.h"
#include "PatientCommands.h"
#include "PaymentCommands.h"
#include "PortalBenchCommands.h"
#include "PortalCommands.h"
#include "ReportCommands.h"
#include "StatementCommands.h"
#include "UserCommands.h"

#include "ledger/PaymentMethod.h"
#include "reports/ListExporter.h"
#include "storage/ConnectionSpec.h"
#include "util/Errors.h"
#include "util/SiteConfig.h"

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

constexpr qsizetype helpWidth = 80;
constexpr qsizetype summaryIndent = 6;

OptionSpec required(const QString &name, ValueKind kind)
{
    return {name, kind, true};
}

OptionSpec optional(const QString &name, ValueKind kind = ValueKind::Flag)
{
    return {name, kind, false};
}

// Breaks `text` into lines of at most helpWidth columns: the first indented by `indent`,
// the others by `hanging` (a synopsis continues further right than it starts).
QString wrapped(const QString &text, qsizetype indent, qsizetype hanging = -1)
{
    QString margin(indent, u' ');
    QString result;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && margin.size() + line.size() + 1 + word.size() > helpWidth) {
            result += margin + line + u'\n';
            line.clear();
            if (hanging >= 0)
                margin = QString(hanging, u' ');
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        result += margin + line + u'\n';
    return result;
}

QString usageLine(const CommandSpec &command)
{
    QString line = command.name();
    for (const OptionSpec &operand : {command.operand, command.secondOperand}) {
        if (!operand.name.isEmpty())
            line += u' ' + operand.name;
    }
    if (qstrlen(command.synopsis) > 0)
        line += u' ' + QString::fromLatin1(command.synopsis);
    return line;
}

} // namespace

QString CommandReference::methodCodes()
{
    QStringList codes;
    for (core::PaymentMethod method : core::allPaymentMethods())
        codes << core::paymentMethodCode(method);
    return codes.join(u", "_s);
}

const QList<CommandSpec> &CommandReference::commands()
{
    using K = ValueKind;
    static const QList<CommandSpec> table = {
        {{u"init"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Creates the database, or upgrades it to this version of PayDesk, and prints where it is."),
         &DatabaseCommands::init},
        {{u"import"_s}, required(u"DIR"_s, K::Folder), {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Imports a folder of PayDesk CSV files (patients.csv, charges.csv, adjustments.csv, "
                                         "payments.csv, optional splits.csv, claims.csv, claim_procs.csv, "
                                         "claim_payments.csv and procedure_codes.csv), all or nothing, and prints what "
                                         "it imported."),
         &DatabaseCommands::importFolder},
        {{u"patient"_s, u"add"_s}, {},
         {required(u"--family"_s, K::Id), required(u"--last"_s, K::Text), required(u"--first"_s, K::Text),
          required(u"--birth"_s, K::Date), optional(u"--guarantor"_s)},
         "--family ID --last L --first F --birth YYYY-MM-DD [--guarantor]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a patient to family ID, creating the family when it is new (its first "
                                         "member is its guarantor), and prints the new family and patient ids."),
         &PatientCommands::add},
        {{u"charge"_s, u"add"_s}, {},
         {required(u"--patient"_s, K::Id), required(u"--date"_s, K::Date), required(u"--code"_s, K::Text),
          required(u"--provider"_s, K::Text), required(u"--clinic"_s, K::Text), optional(u"--amount"_s, K::Amount),
          optional(u"--description"_s, K::Text)},
         "--patient ID --date YYYY-MM-DD --code C --provider P --clinic K [--amount A] [--description T]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Enters a charge. P and K are provider and clinic codes, created when new. "
                                         "Without --description or --amount, the procedure code's description and "
                                         "fee are taken from the practice's table (refused when it has none). "
                                         "Prints the charge id."),
         &EntryCommands::addCharge},
        {{u"charge"_s, u"void"_s}, {}, {required(u"--charge"_s, K::Id), required(u"--reason"_s, K::Text)},
         "--charge ID --reason TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Voids a charge entered by mistake: takes back what was allocated to it (the "
                                         "money goes back to its payments as unallocated credit) and writes a void "
                                         "dated today that brings its balance to 0.00. Refused for a charge on an "
                                         "insurance claim. Prints the void's id."),
         &EntryCommands::voidCharge},
        {{u"adjustment"_s, u"add"_s}, {},
         {required(u"--patient"_s, K::Id), required(u"--date"_s, K::Date), required(u"--type"_s, K::Text),
          required(u"--amount"_s, K::Amount), optional(u"--charge"_s, K::Id), optional(u"--provider"_s, K::Text),
          optional(u"--clinic"_s, K::Text)},
         "--patient ID --date YYYY-MM-DD --type T --amount A (--charge ID | --provider P --clinic K)",
         QT_TRANSLATE_NOOP("PayDeskCli", "Enters a signed adjustment of one of the practice's types, with the type's "
                                         "sign (a discount or write-off is negative, a fee positive). Attached to "
                                         "a charge it takes the charge's provider and clinic; on its own it needs "
                                         "provider and clinic codes. Prints the adjustment id."),
         &EntryCommands::addAdjustment},
        {{u"adjustment"_s, u"void"_s}, {}, {required(u"--adjustment"_s, K::Id), required(u"--reason"_s, K::Text)},
         "--adjustment ID --reason TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Voids an adjustment entered by mistake with a reversing one dated today. "
                                         "What was allocated to a stand-alone adjustment goes back to its payments as "
                                         "credit, as does what overpays a charge once its fee is voided. Prints the "
                                         "void's id."),
         &EntryCommands::voidAdjustment},
        {{u"post-payment"_s}, {},
         {required(u"--patient"_s, K::Id), required(u"--amount"_s, K::Amount), required(u"--method"_s, K::Method),
          optional(u"--date"_s, K::Date), optional(u"--reference"_s, K::Text), optional(u"--note"_s, K::Text),
          optional(u"--auto-allocate"_s), optional(u"--patient-first"_s)},
         "--patient ID --amount A --method M [--date YYYY-MM-DD] [--reference R] [--note N] "
         "[--auto-allocate [--patient-first]]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Posts a payment (dated today unless --date is given) and prints its id. "
                                         "--auto-allocate pays the family's open charges oldest first in the same "
                                         "posting; --patient-first pays this patient's charges before the rest."),
         &PaymentCommands::post},
        {{u"allocate"_s}, {},
         {required(u"--payment"_s, K::Id), optional(u"--auto"_s), optional(u"--patient-first"_s),
          optional(u"--charge"_s, K::Id), optional(u"--unearned"_s), optional(u"--amount"_s, K::Amount)},
         "--payment ID (--auto [--patient-first] | --charge ID --amount A | --unearned --amount A)",
         QT_TRANSLATE_NOOP("PayDeskCli", "Allocates a payment's unallocated credit: oldest charges first, an amount "
                                         "to one charge, or an amount kept as unearned income (a prepayment)."),
         &PaymentCommands::allocate},
        {{u"void-payment"_s}, {}, {required(u"--payment"_s, K::Id), required(u"--reason"_s, K::Text)},
         "--payment ID --reason TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Voids a payment: writes a reversing payment dated today and reverses its "
                                         "allocations, so its charges owe again what it paid. Prints the void's id."),
         &PaymentCommands::voidPayment},
        {{u"refund"_s}, {},
         {required(u"--payment"_s, K::Id), required(u"--amount"_s, K::Amount), required(u"--reason"_s, K::Text),
          optional(u"--method"_s, K::Method)},
         "--payment ID --amount A --reason TEXT [--method M]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Returns up to a payment's unallocated credit to the patient (by the "
                                         "payment's own method unless --method is given). Prints the refund's id."),
         &PaymentCommands::refund},
        {{u"report"_s, u"deposit"_s}, {}, {required(u"--date"_s, K::Date), optional(u"--csv"_s, K::File)},
         "--date YYYY-MM-DD [--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The day's payments, voids and refunds with totals by method and by user: "
                                         "a table, JSON with --json, or a CSV file with --csv."),
         &ReportCommands::deposit},
        {{u"report"_s, u"aging"_s}, {}, {required(u"--as-of"_s, K::Date), optional(u"--csv"_s, K::File)},
         "--as-of YYYY-MM-DD [--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The balance of every family that owes, aged 0-30, 31-60, 61-90 and over 90 "
                                         "days by the charges it comes from (money pays the oldest first), with totals "
                                         "per bucket: a table, JSON with --json, or a CSV file with --csv."),
         &ReportCommands::aging},
        {{u"report"_s, u"net-unearned"_s}, {}, {optional(u"--csv"_s, K::File)}, "[--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Families holding unearned income, with the amount, the oldest date and days "
                                         "held, and what their charges still owe: a table, JSON with --json, or a "
                                         "CSV file with --csv."),
         &BalancerCommands::netUnearned},
        {{u"balance-families"_s}, {},
         {optional(u"--method"_s, K::Text), optional(u"--family"_s, K::Id), optional(u"--as-of"_s, K::Date),
          optional(u"--void-transfers"_s), optional(u"--dry-run"_s), optional(u"--undo"_s, K::Id)},
         "--method transfer-rigorous|transfer-fifo|recreate [--family ID] [--as-of YYYY-MM-DD] [--void-transfers] "
         "[--dry-run] | --undo RUN",
         QT_TRANSLATE_NOOP("PayDeskCli", "Family Balancer: attributes each family's patient money to the charges it "
                                         "paid (income transfers, or recreated payment splits) without changing any "
                                         "family's balance or any payment, and prints the summary. Payments, charges "
                                         "and adjustments dated after --as-of are left alone. --void-transfers first "
                                         "reverses earlier transfers; --dry-run writes nothing; --undo reverses a "
                                         "whole run. Exit status 1 when a single --family was refused or nothing "
                                         "could be balanced."),
         &BalancerCommands::balanceFamilies},
        {{u"family"_s, u"address"_s}, {},
         {required(u"--family"_s, K::Id), optional(u"--address"_s, K::Text), optional(u"--clear"_s)},
         "--family ID (--address TEXT | --clear)",
         QT_TRANSLATE_NOOP("PayDeskCli", "Sets the mailing address printed under the guarantor's name on the family's "
                                         "statements: several lines (write \\n between them, or quote real line "
                                         "breaks), at most 500 characters, no other control character; --clear "
                                         "removes it. Recorded in the audit trail with the address before and after."),
         &PatientCommands::familyAddress},
        {{u"statement"_s}, {}, {required(u"--family"_s, K::Id), required(u"--pdf"_s, K::File)},
         "--family ID --pdf FILE",
         QT_TRANSLATE_NOOP("PayDeskCli", "Writes the family's latest statement to a PDF file, or its current account "
                                         "(as of today, the balance now) when none was sent. Printing is not sending: "
                                         "nothing is written to the database."),
         &StatementCommands::family, {}, true},
        {{u"statements"_s, u"print"_s}, {}, {required(u"--date"_s, K::Date), required(u"--pdf"_s, K::File)},
         "--date YYYY-MM-DD --pdf FILE",
         QT_TRANSLATE_NOOP("PayDeskCli", "Writes every statement the daily run sent on that date to one PDF file, one "
                                         "per page, for mailing. Exit status 1 naming the date when none was sent "
                                         "that day. Printing is not sending: nothing is written to the database."),
         &StatementCommands::day, {}, true},
        {{u"account"_s}, {}, {required(u"--family"_s, K::Id)}, "--family ID",
         QT_TRANSLATE_NOOP("PayDeskCli", "Shows a family's account: members, charges with balances, payments with "
                                         "unallocated credit, allocations and totals."),
         &AccountCommand::run},
        {{u"export"_s}, required(u"LIST"_s, K::Text), {required(u"--csv"_s, K::File)}, "--csv FILE",
         QT_TRANSLATE_NOOP("PayDeskCli", "Writes a whole list to a CSV file and prints how many rows it wrote."),
         &ReportCommands::exportList},
        {{u"verify"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Checks every ledger invariant over the whole database and prints each "
                                         "issue as \"error: ...\" or \"warning: ...\". Exit status 1 when there is "
                                         "an error; warnings alone leave it 0."),
         &DatabaseCommands::verify},
        {{u"config"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Lists the practice's settings: each key with its value (marked when it is "
                                         "the default), its type and what it is for. With --json: a list \"settings\" "
                                         "of objects with key, value, default, type and meaning."),
         &ConfigCommands::list},
        {{u"config"_s, u"set"_s}, required(u"KEY"_s, K::Text), {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Changes a practice setting (see config list for the keys); an empty VALUE "
                                         "(\"\") clears a date or a text. A value of the wrong type or an unknown key "
                                         "is refused and nothing is written; every change is recorded in the audit "
                                         "trail with the value before and after."),
         &ConfigCommands::set, optional(u"VALUE"_s, K::Text)},
        {{u"user"_s, u"add"_s}, {},
         {required(u"--name"_s, K::Text), required(u"--role"_s, K::Text), optional(u"--new-password-file"_s, K::Text)},
         "--name N --role front-desk|billing-manager|administrator [--new-password-file F]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a user (an administrator's work once the database is secured). The "
                                         "password, at least 8 characters, is read from F, a file only its owner may "
                                         "read (chmod 600). The first administrator given a password secures the "
                                         "database for good: from then on every command signs in and roles are "
                                         "enforced. The names daily-run and nightly-run are reserved."),
         &UserCommands::add},
        {{u"user"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Lists the users: name, role, whether active, and the last sign-in (UTC). "
                                         "With --json: a list \"users\" of objects with name, role, active and "
                                         "last_sign_in. Never a password or its hash."),
         &UserCommands::list},
        {{u"user"_s, u"password"_s}, {}, {required(u"--name"_s, K::Text), required(u"--new-password-file"_s, K::Text)},
         "--name N --new-password-file F",
         QT_TRANSLATE_NOOP("PayDeskCli", "Sets a user's password from F (at least 8 characters; a file only its owner "
                                         "may read). An administrator sets anyone's; any user its own, signed in with "
                                         "the current one."),
         &UserCommands::password},
        {{u"user"_s, u"role"_s}, {}, {required(u"--name"_s, K::Text), required(u"--role"_s, K::Text)},
         "--name N --role front-desk|billing-manager|administrator",
         QT_TRANSLATE_NOOP("PayDeskCli", "Gives a user another role. The last active administrator keeps the role."),
         &UserCommands::role},
        {{u"user"_s, u"disable"_s}, {}, {required(u"--name"_s, K::Text)}, "--name N",
         QT_TRANSLATE_NOOP("PayDeskCli", "Disables a user: it can no longer sign in; what it did stays in the ledger "
                                         "and the audit trail. The last active administrator cannot be disabled."),
         &UserCommands::disable},
        {{u"user"_s, u"enable"_s}, {}, {required(u"--name"_s, K::Text)}, "--name N",
         QT_TRANSLATE_NOOP("PayDeskCli", "Enables a disabled user again."), &UserCommands::enable},
        {{u"audit"_s}, {},
         {optional(u"--family"_s, K::Id), optional(u"--user"_s, K::Text), optional(u"--action"_s, K::Text),
          optional(u"--since"_s, K::Date), optional(u"--csv"_s, K::File)},
         "[--family F] [--user U] [--action A] [--since YYYY-MM-DD] [--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The audit trail, newest first: at (UTC), user, action, entity, entity_id, "
                                         "before and after (the record as JSON). --family keeps the rows about a "
                                         "family, its patients and their ledger rows; --user, --action and --since "
                                         "(that day or later, in the practice's time zone) filter further. A table, JSON with --json (a list "
                                         "\"entries\"), or a CSV file with --csv. Here --user filters: name the "
                                         "user who signs in with --user before the command."),
         &AuditCommand::run},
        {{u"run-daily"_s}, {}, {optional(u"--date"_s, K::Date)}, "[--date YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The daily billing run (a billing manager's): processes each day from the day "
                                         "after the last run up to --date (default today; the first run ever processes "
                                         "that date alone), each in one transaction: plans disabled or completed, "
                                         "billing resumed, new balances queued and statements sent. Prints one line "
                                         "per day, or with --json a list of objects with date, statements, "
                                         "plans_disabled, completed and billing_resumed. With collections on "
                                         "(collections.initial_status set) each day also runs the collections step: "
                                         "its line is followed by an indented line of collection counts, and its "
                                         "object has collections_entered, collections_moved, collections_left, "
                                         "collection_plans_failed and collection_plans_paid. The last run's date again "
                                         "does nothing; a date after today or before the last run is refused, as is "
                                         "a second run while one is in progress. When portal.report_folder is set, "
                                         "portal fetch runs first, as daily-run, even when no day is left to run: "
                                         "its summary is printed first as \"portal: \" and the summary, and with "
                                         "--json it is the key portal of the first day's object (when no day is "
                                         "processed the list stays empty)."),
         &BillingCommands::runDaily},
        {{u"plan"_s, u"enable"_s}, {},
         {required(u"--family"_s, K::Id), required(u"--amount"_s, K::Amount), optional(u"--start"_s, K::Date)},
         "--family F --amount A [--start YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Puts a family on a monthly payment plan of A from --start (default today). "
                                         "Refused when the family owes nothing, A is not more than zero or is more "
                                         "than the balance, the start is after today, a plan is already enabled, or a "
                                         "payment plan in collections is active (collections plan add). "
                                         "Cancels a pending resume of billing."),
         &BillingCommands::planEnable},
        {{u"plan"_s, u"disable"_s}, {}, {required(u"--family"_s, K::Id), optional(u"--reason"_s, K::Text)},
         "--family F [--reason TEXT]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Ends a family's payment plan: the family returns to standard billing at once, "
                                         "without a suspension."),
         &BillingCommands::planDisable},
        {{u"plan"_s, u"amount"_s}, {}, {required(u"--family"_s, K::Id), required(u"--amount"_s, K::Amount)},
         "--family F --amount A",
         QT_TRANSLATE_NOOP("PayDeskCli", "Changes the monthly amount of a family's enabled plan, with the same checks "
                                         "as plan enable."),
         &BillingCommands::planAmount},
        {{u"billing"_s, u"requeue"_s}, {}, {required(u"--family"_s, K::Id)}, "--family F",
         QT_TRANSLATE_NOOP("PayDeskCli", "Queues a family in \"Suspended - Pending write-off\" for statements again."),
         &BillingCommands::requeue},
        {{u"billing"_s, u"status"_s}, {}, {required(u"--family"_s, K::Id)}, "--family F",
         QT_TRANSLATE_NOOP("PayDeskCli", "A family's patient billing: its status as the Patient Billing page shows "
                                         "it, balance, statements sent, last and next statement, the date billing "
                                         "resumes after a disabled plan, and its latest payment plan (with days since "
                                         "the last payment as of the last daily run). --json prints the object the "
                                         "lists are made of."),
         &BillingListCommands::status},
        {{u"billing"_s, u"list"_s}, required(u"LIST"_s, K::Text),
         {optional(u"--filter"_s, K::Text), optional(u"--csv"_s, K::File)},
         "queued|submitted|final|pending-writeoff|plans|other-suspensions [--filter TEXT] [--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The families on one tab of the Patient Billing page, in account order: "
                                         "as a table, as JSON with --json (a list of the objects billing status "
                                         "prints), or a CSV file with --csv (the JSON keys as headers; the plans "
                                         "list keeps ZOLL's header, MontlyPaymentPlanAmount included). --filter keeps "
                                         "the families whose guarantor's name words begin with the words given, in "
                                         "any order, or whose account number is given."),
         &BillingListCommands::list},
        // Collections set-up: the Collection Status Table, the webPAY lists, billing groups.
        {{u"collections"_s, u"code"_s, u"add"_s}, {},
         {required(u"--code"_s, K::Text), required(u"--description"_s, K::Text), optional(u"--days"_s, K::Text),
          optional(u"--next"_s, K::Text)},
         "--code C --description T [--days N] [--next C2]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a code to the Collection Status Table (a billing manager's): 1 to 3 "
                                         "letters or digits, kept upper case; a description of at most 40 characters "
                                         "on one line; Days to Remain in Status from 0 (until a user changes it, the "
                                         "default) to 999; a Transfer to Next Status Code that is in the table. "
                                         "--json prints the code as code list does."),
         &CollectionSetupCommands::codeAdd},
        {{u"collections"_s, u"code"_s, u"edit"_s}, {},
         {required(u"--code"_s, K::Text), optional(u"--description"_s, K::Text), optional(u"--days"_s, K::Text),
          optional(u"--next"_s, K::Text), optional(u"--no-next"_s)},
         "--code C [--description T] [--days N] [--next C2|--no-next]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Changes a code of the Collection Status Table, with the checks of code add; "
                                         "a transfer that would lead back to the code (a loop) is refused. --no-next "
                                         "takes its Transfer to Next Status Code away."),
         &CollectionSetupCommands::codeEdit},
        {{u"collections"_s, u"code"_s, u"delete"_s}, {}, {required(u"--code"_s, K::Text)}, "--code C",
         QT_TRANSLATE_NOOP("PayDeskCli", "Deletes a code of the Collection Status Table. Refused while an account "
                                         "holds it or held it, a payment plan names it as its Status for Default, a "
                                         "collections.* setting names it or another code transfers to it."),
         &CollectionSetupCommands::codeDelete},
        {{u"collections"_s, u"code"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "The Collection Status Table in code order; --json prints a list of objects "
                                         "with code, description, days_to_remain and next (null when none)."),
         &CollectionSetupCommands::codeList},
        {{u"collections"_s, u"merchant"_s, u"add"_s}, {}, {required(u"--name"_s, K::Text)}, "--name N",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a merchant that CGM webPAY payment plans can name (at most 40 "
                                         "characters on one line, not in the list already, ignoring case)."),
         &CollectionSetupCommands::merchantAdd},
        {{u"collections"_s, u"merchant"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "The merchants, sorted; --json prints a list of names."),
         &CollectionSetupCommands::merchantList},
        {{u"collections"_s, u"method"_s, u"add"_s}, {}, {required(u"--name"_s, K::Text)}, "--name N",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a payment method that CGM webPAY payment plans can name, with the "
                                         "checks of merchant add."),
         &CollectionSetupCommands::methodAdd},
        {{u"collections"_s, u"method"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "The webPAY payment methods, sorted; --json prints a list of names."),
         &CollectionSetupCommands::methodList},
        {{u"collections"_s, u"setup-defaults"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "Fills an empty Collection Status Table with CGM-like codes (IC Initial "
                                         "collection 30 days then C2, C2 Second notice 30 days then AG, AG Agency, ND "
                                         "Non-Delinquent Payment Plan, NDF Non-Delinquent Pmt Plan Failed 30 days then "
                                         "IC, CP Collection Payment Plan, CPF Collection Payment Plan Failed 15 days "
                                         "then AG) and sets the collections.* codes to them, which turns collections "
                                         "on. Refused when the table has codes already."),
         &CollectionSetupCommands::setupDefaults},
        {{u"billing-group"_s, u"add"_s}, {}, {required(u"--name"_s, K::Text), optional(u"--suppress-collections"_s)},
         "--name N [--suppress-collections]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a billing group (a name of at most 40 characters, unique ignoring "
                                         "case); with --suppress-collections its families are kept out of the "
                                         "collections process."),
         &CollectionSetupCommands::groupAdd},
        {{u"billing-group"_s, u"edit"_s}, {},
         {required(u"--name"_s, K::Text), optional(u"--suppress-collections"_s),
          optional(u"--no-suppress-collections"_s)},
         "--name N --suppress-collections|--no-suppress-collections",
         QT_TRANSLATE_NOOP("PayDeskCli", "Checks or clears a billing group's Suppress Collections."),
         &CollectionSetupCommands::groupEdit},
        {{u"billing-group"_s, u"assign"_s}, {}, {required(u"--family"_s, K::Id), required(u"--group"_s, K::Text)},
         "--family F --group N",
         QT_TRANSLATE_NOOP("PayDeskCli", "Puts a family in a billing group (every family is in one; \"Default\" "
                                         "until assigned)."),
         &CollectionSetupCommands::groupAssign},
        {{u"billing-group"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "The billing groups by name; --json prints a list of objects with id, name "
                                         "and suppress_collections."),
         &CollectionSetupCommands::groupList},
        // Practice groups: each keeps the legacy ledger or tracked allocations.
        {{u"group"_s, u"add"_s}, {}, {required(u"--name"_s, K::Text), optional(u"--ledger"_s, K::Text)},
         "--name N [--ledger legacy|tracked]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a practice group (a name of at most 40 characters, unique ignoring "
                                         "case) keeping tracked allocations, or with --ledger legacy the legacy "
                                         "ledger: payments only lower the family balance and are never allocated "
                                         "until the group is migrated. A billing manager's."),
         &GroupCommands::add},
        {{u"group"_s, u"list"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "The practice groups by id with their ledger and number of families; "
                                         "--json prints a list of objects with id, name, ledger (legacy or tracked), "
                                         "families and migration (null: none)."),
         &GroupCommands::list},
        {{u"group"_s, u"assign"_s}, {}, {required(u"--family"_s, K::Id), required(u"--group"_s, K::Id)},
         "--family F --group ID",
         QT_TRANSLATE_NOOP("PayDeskCli", "Puts a family in a practice group (every family is in one; 1, "
                                         "\"Default\", until assigned). Refused between groups on different "
                                         "ledgers. A billing manager's."),
         &GroupCommands::assign},
        // Migrations from the legacy ledger to tracked allocations, and the nightly job that runs them.
        {{u"migrations"_s, u"queue"_s}, {}, {required(u"--group"_s, K::Id), optional(u"--yes"_s)},
         "--group ID [--yes]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Queues the migration of a legacy practice group to tracked allocations "
                                         "(an administrator's). Without --yes it prints what the migration does (the "
                                         "whole group, for good; the nightly job starts it at nightly.time and "
                                         "postings to the group are locked while it runs), queues nothing and exits "
                                         "1. Refused for an unknown or tracked group and for a group whose migration "
                                         "is Queued, In Progress or Active; after Error it may be queued again. "
                                         "--json prints the migration as migrations list does."),
         &MigrationCommands::queue},
        {{u"migrations"_s, u"list"_s}, {}, {optional(u"--search"_s, K::Text), optional(u"--page"_s, K::Count)},
         "[--search T] [--page N]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The migrations quick view, newest first, 50 a page (--page, default 1): ID, "
                                         "Name, Practice Group, Created at, Created by, Status (Queued, In Progress, "
                                         "Active, Error) and Completed On. --search keeps those whose id, name, "
                                         "group, creator or status contains T. --json prints the page as a list of "
                                         "objects with id, name, group, group_name, created_at, created_by, status "
                                         "and completed_on (a date or null)."),
         &MigrationCommands::list},
        {{u"migrations"_s, u"log"_s}, {}, {required(u"--id"_s, K::Id)}, "--id N",
         QT_TRANSLATE_NOOP("PayDeskCli", "A migration's log, oldest first: each step (queued, started, converting, "
                                         "verified, active, error, restarted) with its time, families, rows and "
                                         "message. --json prints a list of objects with at, step, families, rows and "
                                         "message."),
         &MigrationCommands::log},
        {{u"migrations"_s, u"resume"_s}, {}, {required(u"--id"_s, K::Id)}, "--id N",
         QT_TRANSLATE_NOOP("PayDeskCli", "Runs a Queued migration now, or starts again one left In Progress by a job "
                                         "that stopped, whatever the time (an administrator's). Prints the line "
                                         "run-nightly prints for it; exit status 1 when it ends in Error."),
         &MigrationCommands::resume},
        {{u"run-nightly"_s}, {}, {optional(u"--at"_s, K::Text)}, "[--at YYYY-MM-DDTHH:MM]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The nightly job (an administrator's, or the scheduled job): once the "
                                         "practice's time (--at, default now in practice.time_zone) has reached "
                                         "nightly.time it runs every Queued migration, and at any time it starts "
                                         "again a migration left In Progress. Prints a line per migration run "
                                         "(\"migration 7 (Old ledger, id 3): Active on 2026-12-07, 1,234 families, "
                                         "5,678 rows\" or \"...: Error: reason\"), or what waits for nightly.time; "
                                         "progress goes to stderr. --json prints an object with at, nightly_time, "
                                         "due, migrations (each as migrations list prints it, with families, rows "
                                         "and reason) and waiting. Exit status 1 when a migration ended in Error."),
         &MigrationCommands::runNightly},
        // Collection payment plans, statuses by hand, the roster and the webPAY instalments due.
        {{u"collections"_s, u"plan"_s, u"add"_s}, {},
         {required(u"--family"_s, K::Id), required(u"--start"_s, K::Date), required(u"--amount"_s, K::Text),
          required(u"--days"_s, K::Text), optional(u"--next"_s, K::Date), optional(u"--default-status"_s, K::Text),
          optional(u"--delinquent"_s), optional(u"--webpay"_s), optional(u"--merchant"_s, K::Text),
          optional(u"--method"_s, K::Text), optional(u"--holder"_s, K::Text), optional(u"--zip"_s, K::Text)},
         "--family F --start YYYY-MM-DD --amount A --days N [--next YYYY-MM-DD] [--default-status C] "
         "[--delinquent] [--webpay --merchant M --method M --holder NAME --zip NNNNN]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Puts a family on a payment plan watched by the collections process: A "
                                         "every N days (1 to 99) from --start, the first payment due on --next "
                                         "(default the start plus N days, never before the start). Without "
                                         "--delinquent a non-delinquent plan: refused for an account that is "
                                         "delinquent and in collections or in a billing group with Suppress "
                                         "Collections; the account goes to collections.nd_plan_code. With "
                                         "--delinquent a collection payment plan for an account in collections; it "
                                         "goes to collections.plan_code. --default-status is the status a default "
                                         "moves it to (default the plan's failed code). --webpay: the processor "
                                         "collects with a card it holds; merchant and method come from the "
                                         "practice's lists, the zip is five digits; no card number is ever taken. "
                                         "Refused while the family has any active payment plan."),
         &CollectionPlanCommands::add},
        {{u"collections"_s, u"plan"_s, u"edit"_s}, {},
         {required(u"--family"_s, K::Id), optional(u"--amount"_s, K::Text), optional(u"--days"_s, K::Text),
          optional(u"--next"_s, K::Date), optional(u"--default-status"_s, K::Text)},
         "--family F [--amount A] [--days N] [--next YYYY-MM-DD] [--default-status C]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Changes the terms of the family's active payment plan in collections, "
                                         "with the same checks as collections plan add."),
         &CollectionPlanCommands::edit},
        {{u"collections"_s, u"plan"_s, u"end"_s}, {}, {required(u"--family"_s, K::Id), required(u"--note"_s, K::Text)},
         "--family F --note TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Ends the family's active payment plan in collections: after a "
                                         "non-delinquent plan the account leaves collections, after a collection "
                                         "payment plan it returns to collections.initial_status."),
         &CollectionPlanCommands::end},
        {{u"collections"_s, u"set"_s}, {},
         {required(u"--family"_s, K::Id), required(u"--code"_s, K::Text), required(u"--note"_s, K::Text)},
         "--family F --code C --note TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Puts the family's account in collection status C by hand, with a note; "
                                         "from then on it moves on by C's Days to Remain."),
         &CollectionStatusCommands::set},
        {{u"collections"_s, u"clear"_s}, {}, {required(u"--family"_s, K::Id), required(u"--note"_s, K::Text)},
         "--family F --note TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Takes the family's account out of collections, with a note; an active "
                                         "payment plan in collections ends with it."),
         &CollectionStatusCommands::clear},
        {{u"collections"_s, u"status"_s}, {}, {required(u"--family"_s, K::Id)}, "--family F",
         QT_TRANSLATE_NOOP("PayDeskCli", "The family's collection status, since when, its history and its payment "
                                         "plan in collections. --json prints family, code, since, history (code, "
                                         "from, to, by, note) and plan (null or its terms, last payment and status)."),
         &CollectionStatusCommands::status},
        {{u"collections"_s, u"roster"_s}, {}, {optional(u"--code"_s, K::Text), optional(u"--csv"_s, K::File)},
         "[--code C] [--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The Collection Roster: every account with a collection status (or only "
                                         "C), in account order, as a table with the count per status, as JSON with "
                                         "--json, or a CSV file with --csv; columns family, guarantor, balance, "
                                         "delinquent, code, days_in_status, next_payment_date, plan_status."),
         &CollectionStatusCommands::roster},
        {{u"collections"_s, u"due"_s}, {}, {required(u"--date"_s, K::Date), optional(u"--csv"_s, K::File)},
         "--date YYYY-MM-DD [--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The CGM webPAY instalments due on the date: family, guarantor, amount, "
                                         "merchant, method and card holder of each active webPAY plan whose next "
                                         "payment date it is; never card data. As a table, JSON with --json, or a "
                                         "CSV file with --csv."),
         &CollectionStatusCommands::due},
        // The collections step of the daily run.
        {{u"collections"_s, u"populate"_s}, {}, {optional(u"--date"_s, K::Date)}, "[--date YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Populates the Collection Roster: the daily run (run-daily) up to --date "
                                         "(default today), whose collections step checks, for each day, the "
                                         "collection plans due the day before (paid, or failed to their Status for "
                                         "Default), the accounts that turned delinquent (into the initial status) or "
                                         "owe nothing (out of collections, their plan completed), and the accounts "
                                         "whose Days to Remain are over (on to the next status). Prints run-daily's "
                                         "lines, each followed by a line of collection counts, or its JSON. Refused "
                                         "while collections are off (no collections.initial_status)."),
         &CollectionsRunCommands::populate},
        // Online payments through the clearinghouse.
        {{u"portal"_s, u"balance-due"_s}, {}, {optional(u"--csv"_s, K::File)}, "[--csv FILE]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Every family with a balance due, in account order, with its guarantor, "
                                         "balance and the practice's Pay Now address (where the patient types the "
                                         "account number): as a table, as JSON with --json or a CSV file with --csv "
                                         "(keys and headers family, guarantor, balance, pay_url). Refused, naming "
                                         "what is missing, until portal.clearinghouse and its alias are set."),
         &PortalCommands::balanceDue},
        {{u"portal"_s, u"fetch"_s}, {}, {optional(u"--folder"_s, K::Folder)}, "[--folder DIR]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Fetch and Process Reports (a billing manager's): reads every report file in "
                                         "--folder (default portal.report_folder) in the order of their names; a file "
                                         "whose SHA-256 was read before is skipped. InstaMed EOD Posting Files, and "
                                         "X12 835 files named *_dpa835_*.rep. Each payment posts on its family's "
                                         "guarantor (the account number is the family number, the patient's last "
                                         "name a member's), method portal, allocated oldest first; a refund, "
                                         "chargeback or returned item takes back the family's portal payment; "
                                         "declined, voided and errored transactions are skipped; a transaction "
                                         "read before is a duplicate; anything else goes to the exceptions queue. "
                                         "Prints the summary, or with --json an object with files, files_skipped, "
                                         "posted, posted_total, refunds, duplicates, skipped and exceptions."),
         &PortalCommands::fetch},
        {{u"portal"_s, u"files"_s}, {}, {}, "",
         QT_TRANSLATE_NOOP("PayDeskCli", "The report files fetched, newest first: name, when (UTC), by whom and what "
                                         "came of each. With --json a list of objects with id, name, size, sha256, "
                                         "fetched_at, fetched_by and the counts of portal fetch."),
         &PortalCommands::files},
        {{u"portal"_s, u"exceptions"_s}, {}, {optional(u"--all"_s)}, "[--all]",
         QT_TRANSLATE_NOOP("PayDeskCli", "The exceptions queue of portal fetch, oldest first: the open exceptions, or "
                                         "every one with --all. With --json a list of objects with id, file, line, "
                                         "raw, reason and status (open, matched, dismissed), and what was read of a "
                                         "transaction (matchable, direction, amount, date, patient, account)."),
         &PortalCommands::exceptions},
        {{u"portal"_s, u"match"_s}, {}, {required(u"--exception"_s, K::Id), required(u"--family"_s, K::Id)},
         "--exception ID --family F",
         QT_TRANSLATE_NOOP("PayDeskCli", "Posts an open exception's transaction on family F as portal fetch would "
                                         "have (without the name check): a payment on its guarantor, or a refund "
                                         "of its portal payment. Refused for a record that could not be read."),
         &PortalCommands::match},
        {{u"portal"_s, u"dismiss"_s}, {}, {required(u"--exception"_s, K::Id), required(u"--reason"_s, K::Text)},
         "--exception ID --reason TEXT",
         QT_TRANSLATE_NOOP("PayDeskCli", "Closes an open exception without posting anything, with the reason."),
         &PortalCommands::dismiss},
        {{u"bench"_s, u"collections"_s}, {},
         {optional(u"--families"_s, K::Count), optional(u"--statement-plans"_s, K::Count),
          optional(u"--accounts"_s, K::Count), optional(u"--plans"_s, K::Count), optional(u"--seed"_s, K::Seed)},
         "[--families N] [--statement-plans M] [--accounts A] [--plans P] [--seed S]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a generated practice of N families (default 100,000; M of them on "
                                         "statement plans, default none), puts A of its delinquent families in "
                                         "collections (default 20,000), P of those on collection payment plans "
                                         "(default 10,000), then times the first daily run, one day's run after a day "
                                         "of payments and a 30-day catch-up, each with the collections step's share, "
                                         "and peak memory. Without --db it works on a scratch SQLite file."),
         &CollectionsRunCommands::bench},
        {{u"bench"_s, u"portal"_s}, {},
         {optional(u"--families"_s, K::Count), optional(u"--transactions"_s, K::Count),
          optional(u"--files"_s, K::Count), optional(u"--seed"_s, K::Seed), optional(u"--folder"_s, K::Folder)},
         "[--families N] [--transactions T] [--files F] [--seed S] [--folder DIR]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a generated practice of N families (default 100,000), writes F InstaMed "
                                         "EOD Posting Files (default 10, one a day before today) holding T "
                                         "transactions (default 100,000: payments of what families owe, declined "
                                         "cards, refunds of earlier payments, accounts that match no family) into "
                                         "DIR (default a temporary folder), then times portal fetch on the folder and "
                                         "again on the same folder (every file skipped by its SHA-256), and peak "
                                         "memory. Without --db it works on a scratch SQLite file."),
         &PortalBenchCommands::bench},
        {{u"bench"_s, u"migration"_s}, {}, {optional(u"--families"_s, K::Count), optional(u"--seed"_s, K::Seed)},
         "[--families N] [--seed S]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a legacy practice group of N families (default 100,000), each with ten "
                                         "charges and ten payments, queues its migration and runs it as the nightly "
                                         "job would, printing the time, the allocations written and peak memory. "
                                         "Exit status 1 when the migration does not end Active. Without --db it "
                                         "works on a scratch SQLite file."),
         &MigrationCommands::bench},
        {{u"demo"_s}, {}, {required(u"--families"_s, K::Count), optional(u"--seed"_s, K::Seed)},
         "--families N [--seed S]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a generated practice of N families to the database; the same seed "
                                         "(default 1) gives the same practice."),
         &DatabaseCommands::demo},
        {{u"bench"_s}, {}, {optional(u"--families"_s, K::Count), optional(u"--seed"_s, K::Seed)},
         "[--families N] [--seed S]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a generated practice of N families (default 100,000) and measures the "
                                         "import rate against the database's own bulk insert, auto-allocation per "
                                         "posting, the account view, a CSV export and peak memory. Without --db it "
                                         "works on a scratch SQLite file that it deletes afterwards; never point it "
                                         "at a practice's database."),
         &DatabaseCommands::bench},
        {{u"bench"_s, u"balancer"_s}, {},
         {optional(u"--families"_s, K::Count), optional(u"--seed"_s, K::Seed), optional(u"--method"_s, K::Text)},
         "[--families N] [--seed S] [--method M]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a generated practice of N families (default 100,000) and balances all of "
                                         "them with the Family Balancer (default method transfer-fifo), printing the "
                                         "time, peak memory and rows written, then runs the method again (it must "
                                         "write nothing). Without --db it works on a scratch SQLite file."),
         &BalancerCommands::bench},
        {{u"bench"_s, u"daily"_s}, {},
         {optional(u"--families"_s, K::Count), optional(u"--plans"_s, K::Count), optional(u"--seed"_s, K::Seed)},
         "[--families N] [--plans M] [--seed S]",
         QT_TRANSLATE_NOOP("PayDeskCli", "Adds a generated practice of N families (default 100,000) whose history ends "
                                         "32 days ago, puts M of those that owe on payment plans (default 50,000), "
                                         "then times the first daily run, one day's run after a day of payments, and "
                                         "a 30-day catch-up, with peak memory. Without --db it works on a scratch "
                                         "SQLite file."),
         &BillingCommands::bench},
    };
    return table;
}

const QList<OptionSpec> &CommandReference::globalOptions()
{
    static const QList<OptionSpec> options = {
        optional(u"--db"_s, ValueKind::Text), optional(u"--config"_s, ValueKind::Text), optional(u"--user"_s, ValueKind::Text),
        optional(u"--password-file"_s, ValueKind::Text), optional(u"--json"_s), optional(u"--help"_s),
        optional(u"--version"_s),
    };
    return options;
}

const CommandSpec &CommandReference::find(const QStringList &args, qsizetype &wordCount)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &command : commands()) {
        const bool matches = args.size() >= command.words.size()
            && std::equal(command.words.begin(), command.words.end(), args.begin());
        if (matches && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (best) {
        wordCount = best->words.size();
        return *best;
    }
    QStringList family;
    for (const CommandSpec &command : commands()) {
        if (!args.isEmpty() && command.words.size() > 1 && command.words.constFirst() == args.constFirst())
            family << command.name();
    }
    if (!family.isEmpty()) {
        const QString given = args.size() > 1 ? args.mid(0, 2).join(u' ') : args.constFirst();
        throw core::Refusal(CliTr::tr("\"%1\" is not a command; did you mean %2?").arg(given, family.join(u", "_s)));
    }
    throw core::Refusal(CliTr::tr("\"%1\" is not a command; see paydesk-cli --help.").arg(args.value(0)));
}

QString CommandReference::overview()
{
    QString text = CliTr::tr("Usage: paydesk-cli [--db URL] [--user NAME] [--json] COMMAND [OPTIONS]") + u"\n\n"_s;
    text += wrapped(CliTr::tr("PayDesk's batch tool: the same ledger, rules and audit trail as the PayDesk "
                              "window, for scripts and conversions."),
                    0);
    text += u'\n' + CliTr::tr("Global options (before or after the command):") + u'\n';
    const QList<std::pair<QString, QString>> globals = {
        {u"--db URL"_s, CliTr::tr("a SQLite file, postgresql://user@host[:port]/dbname (the password from "
                                  "~/.pgpass or PGPASSFILE), or postgresql://?service=NAME (default: the database "
                                  "%1 names, if that file exists, else %2)")
                            .arg(core::SiteConfig::defaultPath(), core::ConnectionSpec::defaultSqlitePath())},
        {u"--config FILE"_s, CliTr::tr("a settings file like /etc/paydesk/paydesk.conf: its database, user and "
                                       "password_file stand for --db, --user and --password-file where those are "
                                       "not given")},
        {u"--user NAME"_s, CliTr::tr("who is acting, for the audit trail (default: the login name); on a secured "
                                     "database the user who signs in")},
        {u"--password-file F"_s, CliTr::tr("on a secured database, the file holding --user's password; only its "
                                           "owner may read it (chmod 600). Without it, a terminal asks for the "
                                           "password")},
        {u"--json"_s, CliTr::tr("print results as JSON on stdout")},
        {u"--help"_s, CliTr::tr("this help; COMMAND --help for one command")},
        {u"--version"_s, CliTr::tr("print the version")},
    };
    for (const auto &[option, meaning] : globals)
        text += u"  "_s + option.leftJustified(19) + wrapped(meaning, 21).mid(21);
    text += u'\n' + CliTr::tr("Commands:") + u'\n';
    for (const CommandSpec &command : commands()) {
        text += wrapped(usageLine(command), 2, 4);
        text += wrapped(CliTr::tr(command.summary), summaryIndent);
    }
    text += u'\n';
    text += wrapped(CliTr::tr("Values: ids are positive whole numbers; dates are YYYY-MM-DD; amounts are written "
                              "like 1234.50 or 1,234.50, at most two decimals, up to 999,999,999,999.99; "
                              "methods are %1.")
                        .arg(methodCodes()),
                    0);
    text += wrapped(CliTr::tr("Exit status: 0 on success; 1 when input is refused, with one line per problem on "
                              "stderr and nothing written."),
                    0);
    return text;
}

QString CommandReference::help(const CommandSpec &command)
{
    QString text = CliTr::tr("Usage: paydesk-cli [--db URL] [--user NAME] [--json] %1").arg(usageLine(command))
        + u"\n\n"_s + wrapped(CliTr::tr(command.summary), 0);
    if (command.run == &ReportCommands::exportList)
        text += wrapped(CliTr::tr("LIST is one of: %1.").arg(core::ListExporter::lists().join(u", "_s)), 0);
    if (std::any_of(command.options.begin(), command.options.end(),
                    [](const OptionSpec &o) { return o.kind == ValueKind::Method; }))
        text += wrapped(CliTr::tr("Methods: %1.").arg(methodCodes()), 0);
    return text;
}

} // namespace paydesk::cli
