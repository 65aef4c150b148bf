#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// The practice's Pay Now address: the clearinghouse's guest-pay page, where the patient types
// the account number (InstaMed: https://pay.instamed.com/<portal.instamed_alias>). Until
// portal.clearinghouse and its alias are set there is none, and missing() says which to set:
// no Pay Now link is shown anywhere before then.
class PayNowLink
{
public:
    static PayNowLink read(const Database &db);
    static QString instaMedAddress(const QString &alias);

    bool isAvailable() const { return m_missing.isEmpty(); }
    // Empty while a setting is missing.
    const QString &url() const { return m_url; }
    // One message per setting still to set, naming its key; empty when the link is available.
    const QStringList &missing() const { return m_missing; }
    // Throws Refusal with missing() unless the link is available.
    void require() const;

private:
    QString m_url;
    QStringList m_missing;
};

} // namespace paydesk::core
