#pragma once

#include "portal/PortalException.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {
class Database;
}

namespace paydesk::core::portal {

// The exceptions queue of Fetch and Process Reports. Reading needs ReadLedger (the sign-in);
// match and dismiss ask Permissions (ManagePortalPayments) and are each one transaction with
// their audit rows.
class PortalExceptionQueue
{
public:
    PortalExceptionQueue(const Database &db, QString user);

    // The open exceptions (or, with `all`, every one), oldest first.
    QList<PortalException> list(bool all = false) const;
    std::optional<PortalException> find(qint64 id) const;
    qint64 openCount() const;

    // Posts the exception's transaction on family `familyId` as a fetch would have (the name
    // check is the clerk's choice here and is not repeated); returns the payment or refund
    // written. Refused for an unreadable record, a resolved exception, an unknown family, or
    // a refund with no portal payment of that family to take back.
    qint64 match(qint64 exceptionId, qint64 familyId);
    // Closes it without posting; `reason` is required.
    void dismiss(qint64 exceptionId, const QString &reason);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core::portal
