#pragma once

#include "collections/CollectionPlan.h"
#include "money/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::core {

class Database;

// One account on the Collection Roster: every family with a collection status.
struct CollectionRosterRow
{
    qint64 familyId = 0;
    QString guarantor;     // "Last, First"
    Money balance;         // now
    Money delinquent;      // the part older than delinquent_days (Delinquency), today
    QString code;
    int daysInStatus = 0;  // today minus since
    QDate nextPaymentDate; // the Active plan's; null without one
    std::optional<CollectionPlan::Status> planStatus; // the latest plan's; nullopt: none

    // family, guarantor, balance, delinquent, code, days_in_status, next_payment_date,
    // plan_status (null): `collections roster --json`; csvHeader() is the same keys.
    QJsonObject toJson() const;
    static QStringList csvHeader();
};

// A webPAY instalment due on a date: what the processor is asked to collect. Never card data.
struct WebPayDue
{
    qint64 familyId = 0;
    QString guarantor;
    Money amount;
    WebPay webpay;

    // family, guarantor, amount, merchant, method, holder: `collections due` (JSON and CSV).
    QJsonObject toJson() const;
    static QStringList csvHeader();
};

// Reading the roster (ReadLedger: front desk may).
class CollectionRoster
{
public:
    explicit CollectionRoster(const Database &db);

    // Every account with a collection status (or only `code`), in family order.
    QList<CollectionRosterRow> rows(const QString &code = {}) const;
    // The same, a page at a time for the desk: families after `afterFamily`, at most `limit`.
    QList<CollectionRosterRow> page(const QString &code, qint64 afterFamily, int limit) const;
    // How many accounts hold each code, in code order.
    QList<std::pair<QString, qint64>> countsByCode() const;
    // Active webPAY plans whose Next Payment Date is `date`.
    QList<WebPayDue> due(QDate date) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
