#pragma once

#include "collections/CollectionAccountStore.h"
#include "collections/CollectionPlan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace paydesk::core {

class AuditLog;
class Database;

// The changes the collections process makes by itself, the daily run (as daily-run) and the
// payment re-check (as the posting user), in the caller's transaction: each ends a plan with
// its own audit row at once and moves the account through CollectionAccountStore (its
// history row and its audit row) at write(). Their notes are stored in English, like the
// billing run's reasons.
class CollectionMoves
{
public:
    // `accounts`: the accounts as they stand before each change (the caller updates it after
    // each); a family without one never had a row.
    CollectionMoves(const Database &db, AuditLog &audit, QString by, const QHash<qint64, CollectionAccount> &accounts);

    // The leaving rule, one definition: an account with a collection status whose balance is
    // zero or a credit leaves collections.
    static bool settles(const QString &code, qint64 balanceCents) { return !code.isEmpty() && balanceCents <= 0; }

    // A delinquent account (`olderCents` older than the integration's days) enters `code`,
    // the initial status; its Active non-delinquent plan, if any, is Ended.
    void enter(qint64 familyId,
               const QString &code,
               QDate on,
               qint64 olderCents,
               int delinquentDays,
               const CollectionPlan *plan);
    // Days to Remain over: on to `code`, the Transfer to Next Status Code.
    void moveOn(qint64 familyId, const QString &code, QDate on, int days);
    // Out of collections (CollectionMoves::settles); its Active plan, if any, is Completed.
    void leave(qint64 familyId, QDate on, const QString &note, const CollectionPlan *plan);
    // A period paid less than the amount: the plan is Failed and the account moves to its
    // Status for Default, where it `stays` (Days to Remain ignored) unless that is the
    // integration's failed code for the plan's kind.
    void failPlan(const CollectionPlan &plan, QDate on, bool stays, qint64 paidCents);
    // A period paid in full: the plan moves on to its next period (`paid` is the plan after),
    // with an audit row of its dates before and after.
    void payPlan(const CollectionPlan &before, const CollectionPlan &paid, qint64 paidCents);
    // Writes the accounts' changes made since the last write(), a few rows to a statement.
    void write();

private:
    void change(const QString &action, qint64 familyId, const QString &code, QDate on, bool stays, const QString &note);

    const Database &m_db;
    AuditLog &m_audit;
    QString m_by;
    const QHash<qint64, CollectionAccount> &m_accounts;
    QList<CollectionAccountStore::Change> m_changes;
};

} // namespace paydesk::core
