#include "billing/BillingStateStore.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

#include <QStringList>

#include <algorithm>

namespace paydesk::core {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Text columns are NOT NULL: a null QString would bind NULL.
QString textValue(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString accountColumns = QStringLiteral("family_id, status, statements_sent, last_statement, resume_on, "
                                              "suspension_reason, balance_cents, status_since");

FamilyBillingState accountOf(const SqlQuery &q)
{
    FamilyBillingState state;
    state.familyId = q.id(0);
    state.status = BillingStatuses::parse(q.text(1)).value_or(BillingStatus::NotBilled);
    state.statementsSent = int(q.id(2));
    state.lastStatement = q.date(3);
    state.resumeOn = q.date(4);
    state.suspensionReason = q.text(5);
    state.balanceCents = q.id(6);
    state.statusSince = q.date(7);
    return state;
}

const QString clockColumns = QStringLiteral("family_id, id, amount_cents, start_date, last_payment_date,"
                                           " last_payment_cents, last_payment_cents IS NOT NULL");

PlanClock clockOf(const SqlQuery &q)
{
    return PlanClock{.id = q.id(1),
                     .amount = Money::fromCents(q.id(2)),
                     .start = q.date(3),
                     .lastPaymentDate = q.date(4),
                     .lastPaymentCents = q.id(5),
                     .lastPaymentKnown = q.id(6) != 0};
}

} // namespace

BillingStateStore::BillingStateStore(const Database &db)
    : m_db(db)
{}

QHash<qint64, FamilyBillingState> BillingStateStore::readAll() const
{
    QHash<qint64, FamilyBillingState> families;
    SqlQuery accounts = m_db.query();
    accounts.prepare(QStringLiteral("SELECT %1 FROM billing_accounts").arg(accountColumns)).exec();
    while (accounts.next()) {
        FamilyBillingState state = accountOf(accounts);
        families.insert(state.familyId, std::move(state));
    }
    accounts.finish();
    SqlQuery plans = m_db.query();
    plans.prepare(QStringLiteral("SELECT %1 FROM payment_plans WHERE status = 'Enabled'").arg(clockColumns)).exec();
    while (plans.next()) {
        FamilyBillingState &state = families[plans.id(0)];
        state.familyId = plans.id(0);
        state.plan = clockOf(plans);
    }
    return families;
}

FamilyBillingState BillingStateStore::read(qint64 familyId) const
{
    FamilyBillingState state;
    state.familyId = familyId;
    SqlQuery account = m_db.query();
    account.prepare(QStringLiteral("SELECT %1 FROM billing_accounts WHERE family_id = :f").arg(accountColumns))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (account.next())
        state = accountOf(account);
    account.finish();
    SqlQuery plan = m_db.query();
    plan.prepare(QStringLiteral("SELECT %1 FROM payment_plans WHERE family_id = :f AND status = 'Enabled'")
                         .arg(clockColumns))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (plan.next())
        state.plan = clockOf(plan);
    return state;
}

void BillingStateStore::write(const FamilyBillingState &state) const
{
    write(QList<FamilyBillingState>{state});
}

void BillingStateStore::write(const QList<FamilyBillingState> &states) const
{
    // Several rows to a statement: on PostgreSQL a day's thousands of changed families would
    // otherwise be as many round trips. Not many more: SQLite finds a named parameter by
    // looking through the statement's names.
    constexpr qsizetype rowsPerStatement = 32;
    for (qsizetype first = 0; first < states.size(); first += rowsPerStatement) {
        const qsizetype rows = std::min(rowsPerStatement, states.size() - first);
        QStringList tuples;
        for (qsizetype i = 0; i < rows; ++i)
            tuples << QStringLiteral("(:f%1, :s%1, :n%1, :l%1, :r%1, :w%1, :b%1, :d%1)").arg(i);
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("INSERT INTO billing_accounts (%1) VALUES %2"
                                 " ON CONFLICT (family_id) DO UPDATE SET status = excluded.status,"
                                 " statements_sent = excluded.statements_sent, last_statement = excluded.last_statement,"
                                 " resume_on = excluded.resume_on, suspension_reason = excluded.suspension_reason,"
                                 " balance_cents = excluded.balance_cents, status_since = excluded.status_since")
                          .arg(accountColumns, tuples.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < rows; ++i) {
            const FamilyBillingState &state = states.at(first + i);
            const QString n = QString::number(i);
            q.bind(u":f" + n, state.familyId)
                .bind(u":s" + n, BillingStatuses::text(state.status))
                .bind(u":n" + n, state.statementsSent)
                .bind(u":l" + n, dateValue(state.lastStatement))
                .bind(u":r" + n, dateValue(state.resumeOn))
                .bind(u":w" + n, textValue(state.suspensionReason))
                .bind(u":b" + n, state.balanceCents)
                .bind(u":d" + n, state.statusSince.toString(Qt::ISODate));
        }
        q.exec();
    }
}

std::optional<PaymentPlan> BillingStateStore::latestPlan(qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM payment_plans p WHERE family_id = :f ORDER BY id DESC LIMIT 1")
                      .arg(planColumns(QStringLiteral("p"))))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (!q.next())
        return std::nullopt;
    return planAt(q, 0, familyId);
}

QString BillingStateStore::planColumns(const QString &alias)
{
    QStringList columns;
    for (const char *column : {"id", "status", "amount_cents", "start_date", "last_payment_date", "last_payment_cents",
                               "ended_on", "ended_by", "end_reason"})
        columns << alias + u'.' + QLatin1String(column);
    return columns.join(QStringLiteral(", "));
}

PaymentPlan BillingStateStore::planAt(const SqlQuery &q, int column, qint64 familyId)
{
    PaymentPlan plan;
    plan.id = q.id(column);
    plan.familyId = familyId;
    plan.status = PaymentPlan::parseStatus(q.text(column + 1)).value_or(PaymentPlan::Status::Disabled);
    plan.amount = Money::fromCents(q.id(column + 2));
    plan.start = q.date(column + 3);
    plan.lastPaymentDate = q.date(column + 4);
    plan.lastPaymentAmount = Money::fromCents(q.id(column + 5));
    plan.endedOn = q.date(column + 6);
    plan.endedBy = q.text(column + 7);
    plan.endReason = q.text(column + 8);
    return plan;
}

qint64 BillingStateStore::insertPlan(qint64 familyId, Money amount, QDate start, const QString &user) const
{
    const qint64 id = m_db.reserveIds(QStringLiteral("payment_plans"));
    m_db.query()
            .prepare(QStringLiteral(
                    "INSERT INTO payment_plans (id, family_id, status, amount_cents, start_date, end_reason,"
                    " created_by, created_at) VALUES (?, ?, 'Enabled', ?, ?, '', ?, ?)"))
            .execWith({id,
                       familyId,
                       amount.cents(),
                       start.toString(Qt::ISODate),
                       user,
                       Clock::nowUtc().toString(Qt::ISODateWithMs)});
    return id;
}

void BillingStateStore::setPlanAmount(qint64 planId, Money amount) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE payment_plans SET amount_cents = ? WHERE id = ?"))
            .execWith({amount.cents(), planId});
}

void BillingStateStore::writeLastPayment(const PlanClock &plan) const
{
    m_db.query()
            .prepare(QStringLiteral(
                    "UPDATE payment_plans SET last_payment_date = ?, last_payment_cents = ? WHERE id = ?"))
            .execWith({dateValue(plan.lastPaymentDate), plan.lastPaymentCents, plan.id});
}

void BillingStateStore::endPlan(
        const PlanClock &plan, PaymentPlan::Status status, QDate on, const QString &by, const QString &reason) const
{
    m_db.query()
            .prepare(QStringLiteral("UPDATE payment_plans SET status = ?, ended_on = ?, ended_by = ?, end_reason = ?,"
                                    " last_payment_date = ?, last_payment_cents = ? WHERE id = ?"))
            .execWith({PaymentPlan::statusText(status),
                       on.toString(Qt::ISODate),
                       by,
                       textValue(reason),
                       dateValue(plan.lastPaymentDate),
                       plan.lastPaymentKnown ? QVariant(plan.lastPaymentCents) : QVariant(QMetaType::fromType<qint64>()),
                       plan.id});
}

} // namespace paydesk::core
