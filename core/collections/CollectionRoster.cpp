#include "collections/CollectionRoster.h"

#include "billing/LedgerDelta.h"
#include "collections/CollectionPlanStore.h"
#include "collections/CollectionsPolicy.h"
#include "collections/Delinquency.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace paydesk::core {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString guarantorName(const SqlQuery &q, int column)
{
    return Patient::displayName(q.text(column), q.text(column + 1));
}

QStringList keysOf(std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *key : keys)
        list << QString::fromLatin1(key);
    return list;
}

} // namespace

QJsonObject CollectionRosterRow::toJson() const
{
    return QJsonObject{
            {QStringLiteral("family"), familyId},
            {QStringLiteral("guarantor"), guarantor},
            {QStringLiteral("balance"), balance.toString()},
            {QStringLiteral("delinquent"), delinquent.toString()},
            {QStringLiteral("code"), code},
            {QStringLiteral("days_in_status"), daysInStatus},
            {QStringLiteral("next_payment_date"), dateValue(nextPaymentDate)},
            {QStringLiteral("plan_status"),
             planStatus ? QJsonValue(CollectionPlan::statusText(*planStatus)) : QJsonValue()},
    };
}

QStringList CollectionRosterRow::csvHeader()
{
    return keysOf({"family",
                   "guarantor",
                   "balance",
                   "delinquent",
                   "code",
                   "days_in_status",
                   "next_payment_date",
                   "plan_status"});
}

QJsonObject WebPayDue::toJson() const
{
    return QJsonObject{{QStringLiteral("family"), familyId},
                       {QStringLiteral("guarantor"), guarantor},
                       {QStringLiteral("amount"), amount.toString()},
                       {QStringLiteral("merchant"), webpay.merchant},
                       {QStringLiteral("method"), webpay.method},
                       {QStringLiteral("holder"), webpay.holder}};
}

QStringList WebPayDue::csvHeader()
{
    return keysOf({"family", "guarantor", "amount", "merchant", "method", "holder"});
}

CollectionRoster::CollectionRoster(const Database &db)
    : m_db(db)
{}

QList<CollectionRosterRow> CollectionRoster::rows(const QString &code) const
{
    return page(code, 0, -1); // no limit
}

QList<CollectionRosterRow> CollectionRoster::page(const QString &code, qint64 afterFamily, int limit) const
{
    // The accounts, their balances and the ledger's recent charges of one state of the database.
    std::optional<Transaction> snapshot;
    if (!m_db.inTransaction())
        snapshot.emplace(m_db, Transaction::Mode::Read);
    const QDate today = LedgerCalendar(m_db).today();
    QString sql = QStringLiteral(
                          "SELECT a.family_id, g.last_name, g.first_name, a.code, a.since,"
                          " (SELECT next_payment_date FROM collection_plans WHERE family_id = a.family_id AND status = "
                          "'Active'),"
                          " (SELECT status FROM collection_plans WHERE family_id = a.family_id ORDER BY %1 LIMIT 1)"
                          " FROM collection_accounts a LEFT JOIN patients g ON g.family_id = a.family_id AND "
                          "g.is_guarantor = 1"
                          " WHERE a.code IS NOT NULL AND a.family_id > :after")
                          .arg(CollectionPlanStore::latestFirst());
    if (!code.isEmpty())
        sql += QStringLiteral(" AND a.code = :code");
    sql += QStringLiteral(" ORDER BY a.family_id");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT :limit");
    SqlQuery q = m_db.query();
    q.prepare(sql).bind(QStringLiteral(":after"), afterFamily);
    if (!code.isEmpty())
        q.bind(QStringLiteral(":code"), code);
    if (limit >= 0)
        q.bind(QStringLiteral(":limit"), limit);
    q.exec();
    QList<CollectionRosterRow> rows;
    while (q.next()) {
        CollectionRosterRow row;
        row.familyId = q.id(0);
        row.guarantor = guarantorName(q, 1);
        row.code = q.text(3);
        row.daysInStatus = int(q.date(4).daysTo(today));
        row.nextPaymentDate = q.date(5);
        row.planStatus = CollectionPlan::parseStatus(q.text(6));
        rows.append(row);
    }
    q.finish();

    // A page's few families one by one; a whole roster (or a long page) from the practice's
    // balances and recent charges at once.
    constexpr int oneByOne = 200;
    const bool bulk = limit < 0 || limit > oneByOne;
    const CollectionsPolicy policy = CollectionsPolicy::read(m_db);
    const QHash<qint64, qint64> balances = bulk ? LedgerDelta::currentBalances(m_db) : QHash<qint64, qint64>();
    const QHash<qint64, qint64> recent = bulk ? Delinquency::recentCharges(m_db, today, policy.delinquentDays)
                                              : QHash<qint64, qint64>();
    for (CollectionRosterRow &row : rows) {
        const qint64 balance = bulk ? balances.value(row.familyId) : LedgerDelta::currentBalance(m_db, row.familyId);
        const qint64 charges = bulk ? recent.value(row.familyId)
                                    : Delinquency::recentCharges(m_db, row.familyId, today, policy.delinquentDays);
        row.balance = Money::fromCents(balance);
        row.delinquent = Money::fromCents(Delinquency::olderCents(balance, charges));
    }
    return rows;
}

QList<std::pair<QString, qint64>> CollectionRoster::countsByCode() const
{
    QList<std::pair<QString, qint64>> counts;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, COUNT(*) FROM collection_accounts WHERE code IS NOT NULL"
                             " GROUP BY code ORDER BY code"))
            .exec();
    while (q.next())
        counts.append({q.text(0), q.id(1)});
    return counts;
}

QList<WebPayDue> CollectionRoster::due(QDate date) const
{
    QList<WebPayDue> instalments;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT p.family_id, g.last_name, g.first_name, p.amount_cents, p.merchant, p.method,"
                             " p.holder, p.zip FROM collection_plans p"
                             " LEFT JOIN patients g ON g.family_id = p.family_id AND g.is_guarantor = 1"
                             " WHERE p.status = 'Active' AND p.webpay = 1 AND p.next_payment_date = :d"
                             " ORDER BY p.family_id"))
            .bind(QStringLiteral(":d"), date.toString(Qt::ISODate))
            .exec();
    while (q.next())
        instalments.append({q.id(0),
                            guarantorName(q, 1),
                            Money::fromCents(q.id(3)),
                            WebPay{q.text(4), q.text(5), q.text(6), q.text(7)}});
    return instalments;
}

} // namespace paydesk::core
