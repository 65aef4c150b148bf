#include "storage/Schema.h"

#include "ledger/SearchIndex.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QStringList>

namespace paydesk::core {

namespace {

// {ID} is the primary key: SQLite's INTEGER PRIMARY KEY is the rowid itself, which makes
// lookups by id and bulk inserts in id order cheapest. Ids are assigned by PayDesk (see
// Database::reserveIds), never by the database, so imported ids are kept.
// Amounts are BIGINT cents; dates are ISO text (YYYY-MM-DD), times ISO UTC text.
const char *const step1[] = {
    "CREATE TABLE id_counters (name TEXT PRIMARY KEY, next_id BIGINT NOT NULL)",
    "CREATE TABLE users (id {ID}, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)",
    "CREATE TABLE practice_groups (id {ID}, name TEXT NOT NULL)",
    "CREATE TABLE clinics (id {ID}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " practice_group_id BIGINT REFERENCES practice_groups(id))",
    "CREATE TABLE providers (id {ID}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL)",
    "CREATE TABLE families (id {ID}, created_at TEXT NOT NULL)",
    "CREATE TABLE patients (id {ID}, family_id BIGINT NOT NULL REFERENCES families(id),"
    " last_name TEXT NOT NULL, first_name TEXT NOT NULL, birth_date TEXT NOT NULL,"
    " is_guarantor INTEGER NOT NULL CHECK (is_guarantor IN (0, 1)),"
    " search_name TEXT NOT NULL)",
    "CREATE INDEX patients_family ON patients(family_id)",
    "CREATE INDEX patients_search ON patients(search_name)",
    "CREATE INDEX patients_birth ON patients(birth_date)",
    "CREATE TABLE charges (id {ID}, patient_id BIGINT NOT NULL REFERENCES patients(id),"
    " provider_id BIGINT NOT NULL REFERENCES providers(id), clinic_id BIGINT NOT NULL REFERENCES clinics(id),"
    " date TEXT NOT NULL, code TEXT NOT NULL, description TEXT NOT NULL, amount_cents BIGINT NOT NULL,"
    " created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX charges_patient ON charges(patient_id, date)",
    "CREATE TABLE adjustments (id {ID}, patient_id BIGINT NOT NULL REFERENCES patients(id),"
    " provider_id BIGINT NOT NULL REFERENCES providers(id), clinic_id BIGINT NOT NULL REFERENCES clinics(id),"
    " date TEXT NOT NULL, type TEXT NOT NULL, amount_cents BIGINT NOT NULL,"
    " charge_id BIGINT REFERENCES charges(id), created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX adjustments_patient ON adjustments(patient_id, date)",
    "CREATE INDEX adjustments_charge ON adjustments(charge_id)",
    "CREATE TABLE payments (id {ID}, patient_id BIGINT NOT NULL REFERENCES patients(id),"
    " date TEXT NOT NULL, amount_cents BIGINT NOT NULL, method TEXT NOT NULL, reference TEXT NOT NULL,"
    " note TEXT NOT NULL, provider_id BIGINT REFERENCES providers(id), clinic_id BIGINT REFERENCES clinics(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('payment', 'void', 'refund')),"
    " related_payment_id BIGINT REFERENCES payments(id), created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX payments_patient ON payments(patient_id, date)",
    "CREATE INDEX payments_date ON payments(date)",
    "CREATE INDEX payments_related ON payments(related_payment_id)",
    "CREATE TABLE allocations (id {ID}, payment_id BIGINT NOT NULL REFERENCES payments(id),"
    " target TEXT NOT NULL CHECK (target IN ('charge', 'adjustment', 'unearned')),"
    " charge_id BIGINT REFERENCES charges(id), adjustment_id BIGINT REFERENCES adjustments(id),"
    " amount_cents BIGINT NOT NULL, patient_id BIGINT NOT NULL REFERENCES patients(id),"
    " provider_id BIGINT REFERENCES providers(id), clinic_id BIGINT REFERENCES clinics(id),"
    " rule TEXT NOT NULL, transfer_id BIGINT REFERENCES payments(id),"
    " reverses_allocation_id BIGINT REFERENCES allocations(id),"
    " created_by TEXT NOT NULL, created_at TEXT NOT NULL,"
    " CHECK ((target = 'charge') = (charge_id IS NOT NULL)),"
    " CHECK ((target = 'adjustment') = (adjustment_id IS NOT NULL)))",
    "CREATE INDEX allocations_payment ON allocations(payment_id)",
    "CREATE INDEX allocations_charge ON allocations(charge_id)",
    "CREATE INDEX allocations_adjustment ON allocations(adjustment_id)",
    "CREATE INDEX allocations_patient ON allocations(patient_id)",
    "CREATE TABLE audit_log (id {ID}, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,"
    " entity TEXT NOT NULL, entity_id BIGINT NOT NULL, before_data TEXT NOT NULL, after_data TEXT NOT NULL)",
    "CREATE INDEX audit_entity ON audit_log(entity, entity_id)",
};

// Insurance converted from another system, and the Family Balancer's runs. A run's rows
// point back at it so that it can be reversed as a whole.
const char *const step2[] = {
    "CREATE TABLE balancer_runs (id {ID}, method TEXT NOT NULL, family_id BIGINT REFERENCES families(id),"
    " as_of TEXT, void_transfers INTEGER NOT NULL CHECK (void_transfers IN (0, 1)),"
    " reverses_run_id BIGINT REFERENCES balancer_runs(id), status TEXT NOT NULL,"
    " families_changed BIGINT NOT NULL, families_refused BIGINT NOT NULL, rows_written BIGINT NOT NULL,"
    " amount_moved_cents BIGINT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, finished_at TEXT)",
    "CREATE TABLE claims (id {ID}, patient_id BIGINT NOT NULL REFERENCES patients(id), date TEXT NOT NULL,"
    " payer TEXT NOT NULL, status TEXT NOT NULL, provider_id BIGINT NOT NULL REFERENCES providers(id),"
    " clinic_id BIGINT NOT NULL REFERENCES clinics(id), created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX claims_patient ON claims(patient_id)",
    "CREATE TABLE claim_procs (id {ID}, claim_id BIGINT NOT NULL REFERENCES claims(id),"
    " charge_id BIGINT NOT NULL REFERENCES charges(id), ins_paid_cents BIGINT NOT NULL,"
    " writeoff_cents BIGINT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX claim_procs_claim ON claim_procs(claim_id)",
    "CREATE INDEX claim_procs_charge ON claim_procs(charge_id)",
    "CREATE TABLE claim_payments (id {ID}, claim_id BIGINT NOT NULL REFERENCES claims(id), date TEXT NOT NULL,"
    " amount_cents BIGINT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX claim_payments_claim ON claim_payments(claim_id)",
    "CREATE TABLE claim_spreads (id {ID}, claim_payment_id BIGINT NOT NULL REFERENCES claim_payments(id),"
    " charge_id BIGINT NOT NULL REFERENCES charges(id), amount_cents BIGINT NOT NULL,"
    " run_id BIGINT REFERENCES balancer_runs(id), reverses_spread_id BIGINT REFERENCES claim_spreads(id),"
    " created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX claim_spreads_payment ON claim_spreads(claim_payment_id)",
    "CREATE INDEX claim_spreads_charge ON claim_spreads(charge_id)",
    "CREATE INDEX claim_spreads_run ON claim_spreads(run_id)",
    "ALTER TABLE allocations ADD COLUMN run_id BIGINT REFERENCES balancer_runs(id)",
    "CREATE INDEX allocations_run ON allocations(run_id)",
    "CREATE INDEX allocations_transfer ON allocations(transfer_id)",
};

// References that nearly every row leaves empty (an allocation to an adjustment, of a
// balancer run or of a transfer; a void's or a refund's payment) are indexed only where
// set: the queries look them up by value, which a partial index serves, and indexing the
// empty ones was a quarter of what a big import spent building indexes (measured, 100,000
// families: 7.5 s with them, 5.7 s without).
const char *const step3[] = {
    "DROP INDEX allocations_adjustment",
    "CREATE INDEX allocations_adjustment ON allocations(adjustment_id) WHERE adjustment_id IS NOT NULL",
    "DROP INDEX allocations_run",
    "CREATE INDEX allocations_run ON allocations(run_id) WHERE run_id IS NOT NULL",
    "DROP INDEX allocations_transfer",
    "CREATE INDEX allocations_transfer ON allocations(transfer_id) WHERE transfer_id IS NOT NULL",
    "DROP INDEX payments_related",
    "CREATE INDEX payments_related ON payments(related_payment_id) WHERE related_payment_id IS NOT NULL",
};

// What a front desk keeps beside the ledger: the practice's settings, its adjustment types
// (each with the direction it moves a balance) and procedure codes, the words patients are
// found by, and voids of charges and adjustments. A void is an adjustment of kind 'void':
// attached to a charge with no adjustment to reverse, it voids the charge; with
// reverses_adjustment_id, it reverses that adjustment. Types that adjustments already use
// join the table with sign 'either', under the code they are written with.
const char *const step4[] = {
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE adjustment_types (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " sign TEXT NOT NULL CHECK (sign IN ('lower', 'raise', 'either')))",
    "INSERT INTO adjustment_types (code, name, sign) VALUES ('discount', 'Discount', 'lower'),"
    " ('write-off', 'Write-off', 'lower'), ('fee', 'Fee', 'raise'), ('finance-charge', 'Finance charge', 'raise')",
    "INSERT INTO adjustment_types (code, name, sign) SELECT MIN(type), MIN(type), 'either' FROM adjustments"
    " WHERE LOWER(type) NOT IN (SELECT LOWER(code) FROM adjustment_types) GROUP BY LOWER(type)",
    "CREATE TABLE procedure_codes (code TEXT PRIMARY KEY, description TEXT NOT NULL, fee_cents BIGINT)",
    "ALTER TABLE adjustments ADD COLUMN kind TEXT NOT NULL DEFAULT 'adjustment' CHECK (kind IN ('adjustment', 'void'))",
    "ALTER TABLE adjustments ADD COLUMN reverses_adjustment_id BIGINT REFERENCES adjustments(id)",
    "ALTER TABLE adjustments ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX adjustments_reverses ON adjustments(reverses_adjustment_id) WHERE reverses_adjustment_id IS NOT NULL",
    "CREATE TABLE patient_terms (term TEXT NOT NULL, patient_id BIGINT NOT NULL REFERENCES patients(id),"
    " PRIMARY KEY (term, patient_id))",
    "CREATE INDEX patient_terms_patient ON patient_terms(patient_id)",
};

// Users who sign in, each with a role; sign-in attempts, for the lock-out. A password is
// kept only as an Argon2id hash (NULL: none). Every existing user stays front desk.
const char *const step5[] = {
    "ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'front-desk'"
    " CHECK (role IN ('front-desk', 'billing-manager', 'administrator'))",
    "ALTER TABLE users ADD COLUMN password_hash TEXT",
    "ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))",
    "ALTER TABLE users ADD COLUMN last_sign_in_at TEXT",
    "CREATE TABLE sign_in_attempts (id {ID}, user_name TEXT NOT NULL, at TEXT NOT NULL,"
    " succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1)))",
    "CREATE INDEX sign_in_attempts_user ON sign_in_attempts(user_name, at)",
};

// Patient billing: each family's place in the statement cycle as of the last daily run
// (billing_accounts; a family without a row is "Not billed" with no statement sent), its
// payment plans (one row per plan, the latest one current), the statements sent, the days
// the daily run has processed, and what it has already seen of the ledger (billing_marks:
// the highest id of each ledger table it read), so that a run reads only what changed. Each
// day keeps the marks it ended with, so that its statements print again as they were sent.
// billing_run_lock holds at most one row: the run in progress. The date indexes let a run
// find the entries dated on the days it processes.
const char *const step6[] = {
    "CREATE TABLE billing_accounts (family_id BIGINT PRIMARY KEY REFERENCES families(id),"
    " status TEXT NOT NULL, statements_sent INTEGER NOT NULL, last_statement TEXT, resume_on TEXT,"
    " suspension_reason TEXT NOT NULL, balance_cents BIGINT NOT NULL, status_since TEXT NOT NULL)",
    "CREATE INDEX billing_accounts_status ON billing_accounts(status)",
    "CREATE TABLE payment_plans (id {ID}, family_id BIGINT NOT NULL REFERENCES families(id),"
    " status TEXT NOT NULL CHECK (status IN ('Enabled', 'Disabled', 'Completed')),"
    " amount_cents BIGINT NOT NULL CHECK (amount_cents > 0), start_date TEXT NOT NULL,"
    " last_payment_date TEXT, last_payment_cents BIGINT, ended_on TEXT, ended_by TEXT,"
    " end_reason TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX payment_plans_family ON payment_plans(family_id)",
    "CREATE UNIQUE INDEX payment_plans_enabled ON payment_plans(family_id) WHERE status = 'Enabled'",
    "CREATE TABLE statements (id {ID}, family_id BIGINT NOT NULL REFERENCES families(id), date TEXT NOT NULL,"
    " number INTEGER NOT NULL, balance_cents BIGINT NOT NULL, amount_due_cents BIGINT NOT NULL,"
    " plan_id BIGINT REFERENCES payment_plans(id), plan_amount_cents BIGINT NOT NULL, created_by TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX statements_family ON statements(family_id, date)",
    "CREATE INDEX statements_date ON statements(date)",
    "CREATE TABLE billing_days (date TEXT PRIMARY KEY, statements BIGINT NOT NULL, plans_disabled BIGINT NOT NULL,"
    " plans_completed BIGINT NOT NULL, billing_resumed BIGINT NOT NULL, created_by TEXT NOT NULL,"
    " created_at TEXT NOT NULL, marks TEXT NOT NULL)",
    "CREATE TABLE billing_marks (name TEXT PRIMARY KEY, last_id BIGINT NOT NULL)",
    "CREATE TABLE billing_run_lock (id INTEGER PRIMARY KEY CHECK (id = 1), user_name TEXT NOT NULL,"
    " started_at TEXT NOT NULL, host TEXT NOT NULL, process_id BIGINT NOT NULL)",
    "CREATE INDEX charges_date ON charges(date)",
    "CREATE INDEX adjustments_date ON adjustments(date)",
    "CREATE INDEX claims_date ON claims(date)",
    "CREATE INDEX claim_payments_date ON claim_payments(date)",
    // The guarantor's postal address, printed on the family's statements (FamilyAddress).
    "ALTER TABLE families ADD COLUMN mailing_address TEXT NOT NULL DEFAULT ''",
};

// Collections (CGM's Patient Collections): the practice's Collection Status Table, its billing
// groups (every family is in one; group 1 is the default, so families made by any version are
// in it), the merchants and payment methods its webPAY plans name, each family's collection
// status as of now (collection_accounts: code NULL once it left collections; since = the
// date of its last change, which a catch-up of earlier days never overrides; stays = a plan's
// own Status for Default, whose Days to Remain are ignored), every change of it
// (collection_history: one row per change, a period ends where the next row begins), and
// collection payment plans, at most one Active per family. A plan's payments are those dated
// after paid_after up to next_payment_date. No card data has a column: the processor holds it.
const char *const step7[] = {
    "CREATE TABLE collection_codes (code TEXT PRIMARY KEY, description TEXT NOT NULL,"
    " days_to_remain INTEGER NOT NULL CHECK (days_to_remain >= 0), next_code TEXT REFERENCES collection_codes(code))",
    "CREATE TABLE billing_groups (id {ID}, name TEXT NOT NULL UNIQUE,"
    " suppress_collections INTEGER NOT NULL CHECK (suppress_collections IN (0, 1)))",
    "INSERT INTO billing_groups (id, name, suppress_collections) VALUES (1, 'Default', 0)",
    "ALTER TABLE families ADD COLUMN billing_group_id BIGINT NOT NULL DEFAULT 1",
    "CREATE INDEX families_billing_group ON families(billing_group_id) WHERE billing_group_id <> 1",
    "CREATE TABLE collection_merchants (name TEXT PRIMARY KEY)",
    "CREATE TABLE collection_methods (name TEXT PRIMARY KEY)",
    "CREATE TABLE collection_accounts (family_id BIGINT PRIMARY KEY REFERENCES families(id),"
    " code TEXT REFERENCES collection_codes(code), since TEXT NOT NULL,"
    " stays INTEGER NOT NULL CHECK (stays IN (0, 1)))",
    "CREATE INDEX collection_accounts_code ON collection_accounts(code)",
    "CREATE TABLE collection_history (id {ID}, family_id BIGINT NOT NULL REFERENCES families(id),"
    " code TEXT REFERENCES collection_codes(code), from_date TEXT NOT NULL, changed_by TEXT NOT NULL,"
    " note TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX collection_history_family ON collection_history(family_id, id)",
    "CREATE TABLE collection_plans (id {ID}, family_id BIGINT NOT NULL REFERENCES families(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('non-delinquent', 'collection')),"
    " status TEXT NOT NULL CHECK (status IN ('Active', 'Failed', 'Ended', 'Completed')),"
    " start_date TEXT NOT NULL, amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),"
    " payment_days INTEGER NOT NULL CHECK (payment_days BETWEEN 1 AND 99), next_payment_date TEXT NOT NULL,"
    " paid_after TEXT NOT NULL, default_status TEXT NOT NULL REFERENCES collection_codes(code),"
    " webpay INTEGER NOT NULL CHECK (webpay IN (0, 1)), merchant TEXT REFERENCES collection_merchants(name),"
    " method TEXT REFERENCES collection_methods(name), holder TEXT NOT NULL, zip TEXT NOT NULL,"
    " ended_on TEXT, ended_by TEXT, end_note TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX collection_plans_family ON collection_plans(family_id)",
    "CREATE UNIQUE INDEX collection_plans_active ON collection_plans(family_id) WHERE status = 'Active'",
    "CREATE INDEX collection_plans_due ON collection_plans(next_payment_date) WHERE status = 'Active'",
};

// The delinquency rule's window sums (Delinquency::recentCharges), which the daily run's
// collections step reads: every charge dated in the last delinquent_days and the adjustments
// attached to them. With the family's patient and the amounts in the index the sums never
// visit the tables' rows (measured on 100,000 families, 122,000 charges in a 90-day window:
// 1.0 s to 0.25 s on SQLite). Each replaces the narrower index it extends.
// collections_checked: the last day the run checked every family's delinquency and the rule
// it checked by (CollectionsDay): the next run's first day then re-checks only the families
// that can have turned delinquent since, unless the rule changed.
const char *const step8[] = {
    "CREATE TABLE collections_checked (id INTEGER PRIMARY KEY CHECK (id = 1), day TEXT NOT NULL,"
    " rule TEXT NOT NULL)",
    "DROP INDEX charges_date",
    "CREATE INDEX charges_date ON charges(date, patient_id, amount_cents)",
    "DROP INDEX adjustments_charge",
    "CREATE INDEX adjustments_charge ON adjustments(charge_id, date, amount_cents)",
};

// Fetch and Process Reports (issue 13): the clearinghouse's report files read (portal_files: a
// file whose sha256 is here and finished is skipped whole; one left unfinished by an
// interrupted fetch is read again, which the transactions' keys make harmless), one row per
// transaction read (portal_transactions: record_key is what makes two records the same
// transaction, (transaction id, action) for an EOD record, with the status for a skipped one so
// that a declined attempt never blocks the approved one; an 835 is the same as an EOD record
// when authorization number, amount, date and direction agree, which the index serves), and
// the exceptions queue (portal_exceptions: exception_key keeps any record from being queued
// twice; transaction_id names what was read when a record could be read, for a match).
const char *const step9[] = {
    "CREATE TABLE portal_files (id {ID}, name TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL UNIQUE,"
    " fetched_at TEXT NOT NULL, fetched_by TEXT NOT NULL, finished INTEGER NOT NULL CHECK (finished IN (0, 1)),"
    " posted BIGINT NOT NULL, posted_cents BIGINT NOT NULL, refunds BIGINT NOT NULL, duplicates BIGINT NOT NULL,"
    " skipped BIGINT NOT NULL, exceptions BIGINT NOT NULL)",
    "CREATE TABLE portal_transactions (id {ID}, file_id BIGINT NOT NULL REFERENCES portal_files(id),"
    " line INTEGER NOT NULL, record_key TEXT NOT NULL UNIQUE, source TEXT NOT NULL CHECK (source IN ('eod', '835')),"
    " raw TEXT NOT NULL, payment_type TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL,"
    " card_type TEXT NOT NULL, transaction_number TEXT NOT NULL, authorization_number TEXT NOT NULL,"
    " amount_cents BIGINT NOT NULL, report_time TEXT NOT NULL, report_date TEXT NOT NULL,"
    " direction TEXT NOT NULL CHECK (direction IN ('payment', 'refund')), last_name TEXT NOT NULL,"
    " first_name TEXT NOT NULL, middle_name TEXT NOT NULL, patient_name TEXT NOT NULL, account_number TEXT NOT NULL,"
    " outcome TEXT NOT NULL CHECK (outcome IN ('posted', 'refund', 'skipped', 'exception')), reason TEXT NOT NULL,"
    " payment_id BIGINT REFERENCES payments(id), created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX portal_transactions_same ON portal_transactions(authorization_number, amount_cents, report_date,"
    " direction)",
    "CREATE TABLE portal_exceptions (id {ID}, exception_key TEXT NOT NULL UNIQUE,"
    " file_id BIGINT REFERENCES portal_files(id), file_name TEXT NOT NULL, line INTEGER NOT NULL,"
    " raw TEXT NOT NULL, reason TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('open', 'matched', 'dismissed')),"
    " transaction_id BIGINT REFERENCES portal_transactions(id), family_id BIGINT REFERENCES families(id),"
    " payment_id BIGINT REFERENCES payments(id), resolved_by TEXT, resolved_at TEXT,"
    " resolution TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX portal_exceptions_open ON portal_exceptions(status) WHERE status = 'open'",
};

// Practice groups (issue 14): each keeps the legacy ledger (payments only lower the balance,
// never allocated) or tracked allocations. Every family is in one; group 1 "Default" holds
// every family of an earlier version, tracked, as PayDesk always was. Like billing_group_id,
// the column names its group without REFERENCES: SQLite refuses ALTER TABLE ADD COLUMN with
// a REFERENCES clause and a non-NULL default while foreign keys are on; PracticeGroups::assign
// checks the group. Most families stay in group 1, so the index leaves them out. Names are
// unique, as a person tells the groups apart by name (no earlier version wrote this table).
const char *const step10[] = {
    "ALTER TABLE practice_groups ADD COLUMN ledger TEXT NOT NULL DEFAULT 'tracked'"
    " CHECK (ledger IN ('legacy', 'tracked'))",
    "INSERT INTO practice_groups (id, name) SELECT 1, 'Default' WHERE NOT EXISTS (SELECT 1 FROM practice_groups WHERE id = 1)",
    "CREATE UNIQUE INDEX practice_groups_name ON practice_groups(name)",
    "ALTER TABLE families ADD COLUMN practice_group_id BIGINT NOT NULL DEFAULT 1",
    "CREATE INDEX families_practice_group ON families(practice_group_id) WHERE practice_group_id <> 1",
};

// Migrations from the legacy ledger (issue 14, drchrono's "patient_payment" migration): one
// row per request, kept for good (an Error row stays beside the next attempt), and at most one
// that is not Error per group, so two administrators queueing at once cannot both succeed.
// The log keeps each step with its time, families and rows, for the quick view's double-click.
const char *const step11[] = {
    "CREATE TABLE migrations (id {ID}, name TEXT NOT NULL DEFAULT 'patient_payment',"
    " practice_group_id BIGINT NOT NULL REFERENCES practice_groups(id), created_at TEXT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('queued', 'in_progress', 'active', 'error')),"
    " started_at TEXT, completed_on TEXT, reason TEXT NOT NULL DEFAULT '',"
    " families BIGINT NOT NULL DEFAULT 0, rows_written BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX migrations_live ON migrations(practice_group_id) WHERE status <> 'error'",
    "CREATE INDEX migrations_status ON migrations(status)",
    "CREATE TABLE migration_log (id {ID}, migration_id BIGINT NOT NULL REFERENCES migrations(id),"
    " at TEXT NOT NULL, step TEXT NOT NULL, families BIGINT NOT NULL DEFAULT 0,"
    " rows_written BIGINT NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX migration_log_migration ON migration_log(migration_id, id)",
};

// Verify (over the whole database, and over a group as each migration runs it) looks for a few
// rare rows among millions of allocations and payments: allocations reversed twice, unearned
// income taken below zero, income transfers that are not 0.00. Without an index each of those
// checks reads every allocation (or payment); these partial indexes hold only the rare rows, so
// the checks read nothing on a ledger without them and inserting an ordinary row costs only
// the test of the condition (measured on 50,000 migrated families: 0.3 s of verify to 0 s).
const char *const step12[] = {
    "CREATE INDEX allocations_reverses ON allocations(reverses_allocation_id) WHERE reverses_allocation_id IS NOT NULL",
    "CREATE INDEX allocations_unearned ON allocations(payment_id) WHERE target = 'unearned'",
    "CREATE INDEX payments_transfer ON payments(id) WHERE method = 'transfer'",
};

// The scheduled jobs write their rows as daily-run or nightly-run; this names the PayDesk user
// whose session ran them (the conf's user, --user, or the login name on an unsecured database).
const char *const step13[] = {
    "ALTER TABLE audit_log ADD COLUMN signed_in_as TEXT",
};

struct Step
{
    const char *const *begin;
    const char *const *end;
    // Work SQL alone cannot do, after the step's statements and in its transaction.
    void (*then)(const Database &db) = nullptr;
};

const Step steps[] = {
    {std::begin(step1), std::end(step1)},
    {std::begin(step2), std::end(step2)},
    {std::begin(step3), std::end(step3)},
    {std::begin(step4), std::end(step4), [](const Database &db) { SearchIndex::fillMissing(db); }},
    {std::begin(step5), std::end(step5)},
    {std::begin(step6), std::end(step6)},
    {std::begin(step7), std::end(step7)},
    {std::begin(step8), std::end(step8)},
    {std::begin(step9), std::end(step9)},
    {std::begin(step10), std::end(step10)},
    {std::begin(step11), std::end(step11)},
    {std::begin(step12), std::end(step12)},
    {std::begin(step13), std::end(step13)},
};

// Two programs opening one empty PostgreSQL database at once would both run step 1; the
// second waits on this session lock and then finds the schema current.
class MigrationLock
{
public:
    explicit MigrationLock(const Database &db) : m_db(db)
    {
        if (m_db.isPostgres())
            m_db.execute(QStringLiteral("SELECT pg_advisory_lock(7402016)"));
    }
    ~MigrationLock()
    {
        if (m_db.isPostgres()) {
            try {
                m_db.execute(QStringLiteral("SELECT pg_advisory_unlock(7402016)"));
            } catch (const StorageError &) {
                // The lock ends with the session anyway.
            }
        }
    }
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

private:
    const Database &m_db;
};

void ensureVersionTable(const Database &db)
{
    db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
}

} // namespace

int Schema::currentVersion()
{
    return int(std::size(steps));
}

int Schema::storedVersion(const Database &db)
{
    ensureVersionTable(db);
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version")).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void Schema::migrate(const Database &db)
{
    migrateTo(db, currentVersion());
}

void Schema::migrateTo(const Database &db, int version)
{
    const MigrationLock lock(db);
    const int stored = storedVersion(db);
    if (stored > currentVersion())
        throw Refusal(Tr::tr("The database %1 was written by a newer PayDesk (schema version %2; this program knows up to %3). "
                             "Install the newer PayDesk to open it.")
                          .arg(db.spec().displayName())
                          .arg(stored)
                          .arg(currentVersion()));
    const QString idType = db.isPostgres() ? QStringLiteral("BIGINT PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    for (int v = stored + 1; v <= version; ++v) {
        Transaction tx(db);
        const Step &step = steps[v - 1];
        for (auto sql = step.begin; sql != step.end; ++sql)
            db.execute(QString::fromLatin1(*sql).replace(QStringLiteral("{ID}"), idType));
        if (step.then)
            step.then(db);
        db.query().prepare(QStringLiteral("DELETE FROM schema_version")).exec();
        db.query().prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (:v)")).bind(QStringLiteral(":v"), v).exec();
        tx.commit();
    }
}

} // namespace paydesk::core
