#include "LedgerFingerprint.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace paydesk::test {

namespace {

struct Facts
{
    const char *name;
    int columns;
    const char *sql;
};

// Sums are cast because PostgreSQL's SUM(bigint) is NUMERIC.
const Facts facts[] = {
    {"families", 1, "SELECT COUNT(*) FROM families"},
    {"patients", 1, "SELECT COUNT(*) FROM patients"},
    {"charges", 2, "SELECT COUNT(*), CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM charges"},
    {"adjustments", 2, "SELECT COUNT(*), CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM adjustments"},
    {"payments", 3,
     "SELECT kind, COUNT(*), CAST(SUM(amount_cents) AS BIGINT) FROM payments WHERE amount_cents <> 0"
     " GROUP BY kind ORDER BY kind"},
    {"allocated", 5,
     "SELECT payment_id, target, COALESCE(charge_id, 0), COALESCE(adjustment_id, 0),"
     " CAST(SUM(amount_cents) AS BIGINT) FROM allocations GROUP BY payment_id, target, charge_id, adjustment_id"
     " HAVING SUM(amount_cents) <> 0 ORDER BY payment_id, target, 3, 4"},
    {"spread", 2,
     "SELECT charge_id, CAST(SUM(amount_cents) AS BIGINT) FROM claim_spreads GROUP BY charge_id"
     " HAVING SUM(amount_cents) <> 0 ORDER BY charge_id"},
    {"group", 2, "SELECT id, ledger FROM practice_groups ORDER BY id"},
    {"migration", 3,
     "SELECT practice_group_id, status, completed_on FROM migrations WHERE status <> 'error'"
     " ORDER BY practice_group_id"},
    {"billing day", 5,
     "SELECT date, statements, plans_disabled, plans_completed, billing_resumed FROM billing_days ORDER BY date"},
    {"billing", 6,
     "SELECT family_id, status, statements_sent, COALESCE(last_statement, ''), COALESCE(resume_on, ''),"
     " balance_cents FROM billing_accounts ORDER BY family_id"},
    {"statement", 5,
     "SELECT family_id, date, number, balance_cents, amount_due_cents FROM statements ORDER BY family_id, date"},
    {"plan", 4, "SELECT family_id, status, amount_cents, COALESCE(ended_on, '') FROM payment_plans ORDER BY id"},
};

} // namespace

QStringList ledgerFingerprint(const core::Database &db)
{
    QStringList lines;
    for (const Facts &f : facts) {
        core::SqlQuery q = db.query();
        q.prepare(QString::fromLatin1(f.sql)).exec();
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < f.columns; ++c)
                values << q.value(c).toString();
            lines << QString::fromLatin1(f.name) + u": "_s + values.join(u' ');
        }
    }
    return lines;
}

} // namespace paydesk::test
