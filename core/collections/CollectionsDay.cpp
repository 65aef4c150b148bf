#include "collections/CollectionsDay.h"

#include "billing/DailyBillingRun.h"
#include "billing/FamilyBillingState.h"
#include "collections/CollectionAccountStore.h"
#include "collections/CollectionMoves.h"
#include "collections/CollectionNote.h"
#include "collections/CollectionPlanStore.h"
#include "collections/Delinquency.h"
#include "plans/PatientPayments.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QList>

#include <algorithm>

namespace paydesk::core {

namespace {

// The run's own name in the audit trail, the history and on the plans it ends.
const QString runUser = QStringLiteral("daily-run");

} // namespace

CollectionsDay::CollectionsDay(const Database &db, CollectionsPolicy policy)
    : m_db(db)
    , m_policy(std::move(policy))
{}

void CollectionsDay::load(QDate lastDay)
{
    if (!enabled())
        return;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, days_to_remain, next_code FROM collection_codes")).exec();
    while (q.next())
        m_codes.insert(q.text(0), Code{int(q.id(1)), q.text(2)});
    q.prepare(QStringLiteral("SELECT f.id FROM families f JOIN billing_groups g ON g.id = f.billing_group_id"
                             " WHERE g.suppress_collections = 1"))
            .exec();
    while (q.next())
        m_suppressed.insert(q.id(0));
    q.finish();
    m_rule = ruleFingerprint();
    q.prepare(QStringLiteral("SELECT day, rule FROM collections_checked")).exec();
    if (q.next() && q.date(0) == lastDay && q.text(1) == m_rule)
        m_everyoneChecked = lastDay;
}

QString CollectionsDay::ruleFingerprint() const
{
    QList<qint64> suppressed(m_suppressed.cbegin(), m_suppressed.cend());
    std::sort(suppressed.begin(), suppressed.end());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (qint64 family : std::as_const(suppressed))
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&family), sizeof family));
    return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(m_policy.delinquentDays)
            .arg(m_policy.minAmount.cents())
            .arg(m_policy.initialStatus, m_policy.ndPlanCode, QString::fromLatin1(hash.result().toHex()));
}

void CollectionsDay::process(QDate day,
                             const QHash<QString, qint64> &marks,
                             const QMap<qint64, FamilyBillingState> &families,
                             const QSet<qint64> &balanceChanged,
                             BillingDay &counts)
{
    if (!enabled())
        return;
    // What the day starts from is what is stored: a payment posted during a catch-up takes its
    // account out of collections at once (CollectionsRecheck), and the run must not write its
    // older view of that account back.
    m_accounts = CollectionAccountStore(m_db).readAll();
    m_plans = CollectionPlanStore(m_db).readActive();
    AuditLog audit(m_db, runUser);
    CollectionMoves moves(m_db, audit, runUser, m_accounts);
    checkPlans(day, marks, moves, counts);
    followDelinquency(day, marks, families, balanceChanged, moves, counts);
    moveOn(day, moves, counts);
    moves.write();
    audit.write();
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO collections_checked (id, day, rule) VALUES (1, :day, :rule)"
                                    " ON CONFLICT (id) DO UPDATE SET day = excluded.day, rule = excluded.rule"))
            .bind(QStringLiteral(":day"), day.toString(Qt::ISODate))
            .bind(QStringLiteral(":rule"), m_rule)
            .exec();
}

bool CollectionsDay::mayChange(qint64 familyId, QDate day) const
{
    const auto account = m_accounts.constFind(familyId);
    return account == m_accounts.cend() || account->since <= day;
}

CollectionPlan *CollectionsDay::activePlan(qint64 familyId)
{
    const auto plan = m_plans.find(familyId);
    return plan == m_plans.end() ? nullptr : &*plan;
}

void CollectionsDay::checkPlans(QDate day,
                                const QHash<QString, qint64> &marks,
                                CollectionMoves &moves,
                                BillingDay &counts)
{
    const qint64 mark = marks.value(QStringLiteral("payments"));
    QList<qint64> due;
    for (const CollectionPlan &plan : std::as_const(m_plans))
        if (plan.nextPaymentDate < day && mayChange(plan.familyId, day))
            due.append(plan.familyId);
    // Usually one period each; a plan the run meets late (added with past dates, or after a
    // gap) checks its periods one after the other, each with its own payments.
    while (!due.isEmpty()) {
        QList<PatientPayments::Window> windows;
        for (qint64 family : std::as_const(due)) {
            const CollectionPlan &plan = m_plans[family];
            windows.append({family, plan.paidAfter.addDays(1), plan.nextPaymentDate});
        }
        QHash<qint64, qint64> paid;
        for (const PatientPayment &payment : PatientPayments::read(m_db, windows, day, mark))
            paid[payment.familyId] += payment.cents;
        QList<qint64> again;
        for (qint64 family : std::as_const(due)) {
            CollectionPlan &plan = m_plans[family];
            const qint64 cents = paid.value(family);
            if (cents >= plan.amount.cents()) {
                const CollectionPlan before = plan;
                plan.paidAfter = plan.nextPaymentDate;
                plan.nextPaymentDate = plan.nextPaymentDate.addDays(plan.paymentDays);
                moves.payPlan(before, plan, cents);
                ++counts.collectionPlansPaid;
                if (plan.nextPaymentDate < day)
                    again.append(family);
                continue;
            }
            // A Status for Default other than the kind's failed code keeps the account there
            // until a user changes it.
            const bool stays = plan.defaultStatus != m_policy.failedCodeFor(plan.kind);
            moves.failPlan(plan, day, stays, cents);
            m_accounts.insert(family, CollectionAccount{family, plan.defaultStatus, day, stays});
            m_plans.remove(family);
            ++counts.collectionPlansFailed;
        }
        due = again;
    }
}

void CollectionsDay::followDelinquency(QDate day,
                                       const QHash<QString, qint64> &marks,
                                       const QMap<qint64, FamilyBillingState> &families,
                                       const QSet<qint64> &balanceChanged,
                                       CollectionMoves &moves,
                                       BillingDay &counts)
{
    const auto codeOf = [this](qint64 family) { return m_accounts.value(family).code; };
    const auto leave = [&](qint64 family, qint64 balance) {
        moves.leave(
                family, day, CollectionNote::balance(Money::fromCents(balance)), activePlan(family));
        m_accounts.insert(family, CollectionAccount{family, {}, day, false});
        m_plans.remove(family);
        ++counts.collectionsLeft;
    };
    // Accounts with a status whose family the billing run has never seen owe nothing.
    QList<qint64> unseen;
    for (const CollectionAccount &account : std::as_const(m_accounts))
        if (!account.code.isEmpty() && !families.contains(account.familyId) && account.since <= day)
            unseen.append(account.familyId);
    for (qint64 family : std::as_const(unseen))
        leave(family, 0);

    const bool everyone = m_everyoneChecked != day.addDays(-1);
    const QSet<qint64> leavers = everyone ? QSet<qint64>()
                                          : Delinquency::windowLeavers(m_db, day, m_policy.delinquentDays, marks);
    const auto mayTurn = [&](qint64 family) {
        // A change since the previous day (a user's, a payment's) is checked again as well.
        return everyone || balanceChanged.contains(family) || leavers.contains(family)
               || m_accounts.value(family).since >= day.addDays(-1);
    };
    QList<const FamilyBillingState *> candidates;
    QList<qint64> candidateIds;
    for (const FamilyBillingState &family : families) {
        if (!mayChange(family.familyId, day))
            continue;
        const QString code = codeOf(family.familyId);
        if (CollectionMoves::settles(code, family.balanceCents)) {
            leave(family.familyId, family.balanceCents);
            continue;
        }
        // The part older than the days is at most the balance: below the minimum, never delinquent.
        if (!m_policy.inCollections(code) && family.balanceCents >= m_policy.minAmount.cents()
            && family.balanceCents > 0 && !m_suppressed.contains(family.familyId) && mayTurn(family.familyId)) {
            candidates.append(&family);
            candidateIds.append(family.familyId);
        }
    }
    m_everyoneChecked = day;
    if (candidates.isEmpty())
        return;
    const QHash<qint64, qint64> recent = everyone
                                                 ? Delinquency::recentCharges(m_db, day, m_policy.delinquentDays, &marks)
                                                 : Delinquency::recentCharges(
                                                         m_db, candidateIds, day, m_policy.delinquentDays, &marks);
    for (const FamilyBillingState *family : std::as_const(candidates)) {
        const qint64 older = Delinquency::olderCents(family->balanceCents, recent.value(family->familyId));
        if (!Delinquency::isDelinquent(older, m_policy))
            continue;
        moves.enter(family->familyId,
                    m_policy.initialStatus,
                    day,
                    older,
                    m_policy.delinquentDays,
                    activePlan(family->familyId));
        m_accounts.insert(family->familyId, CollectionAccount{family->familyId, m_policy.initialStatus, day, false});
        m_plans.remove(family->familyId);
        ++counts.collectionsEntered;
    }
}

void CollectionsDay::moveOn(QDate day, CollectionMoves &moves, BillingDay &counts)
{
    for (CollectionAccount &account : m_accounts) {
        if (account.code.isEmpty() || account.stays || m_plans.contains(account.familyId))
            continue;
        const Code code = m_codes.value(account.code);
        if (code.daysToRemain <= 0 || code.next.isEmpty() || account.since.daysTo(day) < code.daysToRemain)
            continue;
        moves.moveOn(account.familyId, code.next, day, code.daysToRemain);
        account = CollectionAccount{account.familyId, code.next, day, false};
        ++counts.collectionsMoved;
    }
}

} // namespace paydesk::core
