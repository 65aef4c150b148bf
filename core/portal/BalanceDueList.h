#pragma once

#include "money/Money.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// A family that owes the practice, with the address it pays at online.
struct BalanceDue
{
    qint64 familyId = 0; // the account number the patient types on the guest-pay page
    QString guarantor;   // "Last, First"; empty for a family without one
    Money balance;       // above zero: the lists' balance (LedgerDelta::currentBalances)
    QString payUrl;      // PayNowLink::url(); empty until the link is available

    // Keys family (a number), guarantor, balance (two decimals, as a string), pay_url.
    QJsonObject toJson() const;
};

// Every family with a balance due, in account (family id) order, read from the one balance
// the billing lists show, for `portal balance-due` and the desk's Online payments page.
class BalanceDueList
{
public:
    explicit BalanceDueList(const Database &db)
        : m_db(db)
    {}

    // Asks Permissions (ReadLedger). The rows carry PayNowLink's address, or none while the
    // link is not available: the caller shows PayNowLink::missing() instead.
    QList<BalanceDue> read(const QString &user) const;

    // The CSV's columns are the JSON keys: family, guarantor, balance, pay_url.
    static QStringList header();
    static QStringList row(const BalanceDue &due);
    // Writes the list to `path`, replacing it only when complete. Asks Permissions (Export),
    // and refuses with PayNowLink::missing() while there is no link, writing nothing.
    // Returns the rows written; throws Refusal when the file cannot be written.
    qint64 writeCsv(const QString &user, const QString &path) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
