#include "billing/BillingAccountReader.h"

#include "billing/BillingPolicy.h"
#include "billing/BillingStateStore.h"
#include "billing/LedgerDelta.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "ledger/PatientSearch.h"
#include "ledger/SearchTerms.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace paydesk::core {

namespace {

constexpr std::array<std::pair<BillingList, const char *>, 6> listNames = {{
    {BillingList::Queued, "queued"},
    {BillingList::Submitted, "submitted"},
    {BillingList::Final, "final"},
    {BillingList::PendingWriteOff, "pending-writeoff"},
    {BillingList::Plans, "plans"},
    {BillingList::OtherSuspensions, "other-suspensions"},
}};

BillingStatus statusOf(BillingList list)
{
    switch (list) {
    case BillingList::Queued: return BillingStatus::Queued;
    case BillingList::Submitted: return BillingStatus::Submitted;
    case BillingList::Final: return BillingStatus::FinalStatementSent;
    case BillingList::PendingWriteOff: return BillingStatus::PendingWriteOff;
    case BillingList::Plans: return BillingStatus::PaymentPlan;
    case BillingList::OtherSuspensions: return BillingStatus::PlanDisabled;
    }
    return BillingStatus::NotBilled;
}

// One family's row: its stored state, its latest plan and its guarantor. The columns every
// query of this reader selects, in this order, for FROM families f.
QString accountColumns()
{
    return QStringLiteral("f.id, g.last_name, g.first_name, b.status, b.statements_sent, b.last_statement, b.resume_on,"
                          " b.suspension_reason, b.balance_cents, pp.created_at, ")
           + BillingStateStore::planColumns(QStringLiteral("pp"));
}
constexpr int planColumn = 10; // where planColumns() begin
const char *const accountJoins =
    " FROM families f"
    " LEFT JOIN patients g ON g.family_id = f.id AND g.is_guarantor = 1"
    " LEFT JOIN billing_accounts b ON b.family_id = f.id"
    " LEFT JOIN payment_plans pp ON pp.id = (SELECT MAX(id) FROM payment_plans WHERE family_id = f.id)";

// The stored balances and the unread rows added to them must be of one state of the
// database: a run committing between the two reads would count a row twice or not at all.
class Snapshot
{
public:
    explicit Snapshot(const Database &db)
    {
        if (!db.inTransaction())
            m_read.emplace(db, Transaction::Mode::Read);
    }

private:
    std::optional<Transaction> m_read;
};

// What every row needs besides its own columns, read once per call.
struct Context
{
    BillingPolicy policy;
    QDate lastRun;
    QString lastRunAt; // when the last day was processed (UTC ISO), to know which plans it saw
    QDate nextRun;     // the day the next run processes first
    QHash<qint64, qint64> unreadCents; // per family, what the run has not counted yet

    static Context read(const Database &db)
    {
        Context c;
        c.policy = BillingPolicy::read(db);
        SqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT date, created_at FROM billing_days ORDER BY date DESC LIMIT 1")).exec();
        if (q.next()) {
            c.lastRun = q.date(0);
            c.lastRunAt = q.text(1);
        }
        c.nextRun = c.lastRun.isValid() ? c.lastRun.addDays(1) : LedgerCalendar(db).today();
        c.unreadCents = LedgerDelta::unreadByFamily(db);
        return c;
    }
};

BillingAccount accountFrom(const SqlQuery &q, const Context &c)
{
    BillingAccount a;
    a.familyId = q.id(0);
    a.guarantor = Patient::displayName(q.text(1), q.text(2));
    const BillingStatus stored = BillingStatuses::parse(q.text(3)).value_or(BillingStatus::NotBilled);
    a.statementsSent = q.value(4).toInt();
    a.lastStatement = q.date(5);
    a.balance = Money::fromCents(q.id(8) + c.unreadCents.value(a.familyId));
    if (q.id(planColumn)) {
        const PaymentPlan plan = BillingStateStore::planAt(q, planColumn, a.familyId);
        // Days since last payment as the last run saw them: a plan it has not seen yet
        // (enabled since, or starting after it) has none.
        const bool seen = c.lastRun.isValid() && plan.start <= c.lastRun && q.text(9) <= c.lastRunAt;
        if (seen) {
            const QDate until = plan.status == PaymentPlan::Status::Enabled ? c.lastRun : plan.endedOn;
            const QDate from = plan.lastPaymentDate.isValid() ? plan.lastPaymentDate : plan.start;
            if (until.isValid())
                a.daysSinceLastPayment = int(from.daysTo(until));
        }
        a.plan = plan;
    }
    const bool planEnabled = a.plan && a.plan->status == PaymentPlan::Status::Enabled;
    a.status = BillingStatuses::shown(stored, a.balance, planEnabled, c.policy.suspendByDefault);
    switch (a.status) {
    case BillingStatus::Queued:
        a.nextStatement = c.nextRun;
        break;
    case BillingStatus::Submitted:
    case BillingStatus::PaymentPlan:
        a.nextStatement = a.lastStatement.isValid()
            ? std::max(c.nextRun, a.lastStatement.addDays(c.policy.statementIntervalDays))
            : c.nextRun;
        break;
    case BillingStatus::PlanDisabled:
        a.billingResumesOn = q.date(6);
        a.suspensionReason = q.text(7);
        break;
    default:
        break;
    }
    return a;
}

// Whether the guarantor's name or the account number matches every piece of `filter`, as
// the patient search reads a typed text (names in any order, an account's digits).
class Filter
{
public:
    explicit Filter(const QString &text) : m_criteria(PatientSearch::read(text, QLocale::c(), QDate())) {}

    bool matches(const BillingAccount &account) const
    {
        if (std::any_of(m_criteria.familyIds.begin(), m_criteria.familyIds.end(),
                        [&](qint64 id) { return id != account.familyId; }))
            return false;
        const QStringList terms = SearchTerms::words(account.guarantor);
        return std::all_of(m_criteria.words.begin(), m_criteria.words.end(), [&](const QString &word) {
            return std::any_of(terms.begin(), terms.end(), [&](const QString &term) { return term.startsWith(word); });
        });
    }

private:
    PatientSearch::Criteria m_criteria;
};

} // namespace

BillingAccountReader::BillingAccountReader(const Database &db) : m_db(db) {}

std::optional<BillingList> BillingAccountReader::listNamed(const QString &name)
{
    for (const auto &[list, text] : listNames)
        if (name == QLatin1String(text))
            return list;
    return std::nullopt;
}

QString BillingAccountReader::listName(BillingList list)
{
    for (const auto &[value, text] : listNames)
        if (value == list)
            return QString::fromLatin1(text);
    return {};
}

QDate BillingAccountReader::lastRunDate() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MAX(date) FROM billing_days")).exec();
    return q.next() ? q.date(0) : QDate();
}

BillingAccount BillingAccountReader::account(qint64 familyId) const
{
    const Snapshot snapshot(m_db);
    const Context context = Context::read(m_db);
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1%2 WHERE f.id = :f").arg(accountColumns(), QLatin1String(accountJoins)))
        .bind(QStringLiteral(":f"), familyId)
        .exec();
    if (!q.next())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
    return accountFrom(q, context);
}

QList<BillingAccount> BillingAccountReader::list(BillingList list, const QString &filterText, qint64 afterFamilyId,
                                                 int limit) const
{
    const Snapshot snapshot(m_db);
    const Context context = Context::read(m_db);
    const Filter filter(filterText);
    const BillingStatus wanted = statusOf(list);
    // The families the list may hold, from the stored state: a status the run wrote (which
    // the balance now or a plan enabled since may change, hence the check of each row), or,
    // for the status a new balance takes, families the run has counted nothing for since.
    QString where;
    if (list == BillingList::Plans) {
        where = QStringLiteral("pp.status = 'Enabled'");
    } else {
        where = QStringLiteral("b.status = '%1'").arg(BillingStatuses::text(wanted));
        if (wanted == BillingStatuses::newBalance(context.policy.suspendByDefault)) {
            QStringList unread;
            for (auto it = context.unreadCents.cbegin(); it != context.unreadCents.cend(); ++it)
                unread << QString::number(it.key());
            where += QStringLiteral(" OR ((b.status IS NULL OR b.status = 'Not billed') AND b.balance_cents > 0)");
            if (!unread.isEmpty())
                where += QStringLiteral(" OR ((b.status IS NULL OR b.status = 'Not billed') AND f.id IN (%1))")
                             .arg(unread.join(u','));
        }
    }
    // Keyset pages, each read until the list's page is full: rows the check drops are skipped.
    const int batch = limit < 0 ? 5000 : std::max(limit, 200);
    QList<BillingAccount> accounts;
    qint64 after = afterFamilyId;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1%2 WHERE f.id > :after AND (%3) ORDER BY f.id LIMIT :limit")
                  .arg(accountColumns(), QLatin1String(accountJoins), where));
    for (;;) {
        q.bind(QStringLiteral(":after"), after).bind(QStringLiteral(":limit"), batch).exec();
        int read = 0;
        while (q.next()) {
            ++read;
            BillingAccount account = accountFrom(q, context);
            after = account.familyId;
            const bool inList = list == BillingList::Plans || account.status == wanted;
            if (inList && filter.matches(account)) {
                accounts.append(std::move(account));
                if (limit >= 0 && accounts.size() == limit)
                    return accounts;
            }
        }
        if (read < batch)
            return accounts;
    }
}

} // namespace paydesk::core
