#pragma once

#include "collections/CollectionAccount.h"
#include "collections/CollectionPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

// A family's collection state and history: `collections status --family F --json` and the
// Collections page's account panel.
struct CollectionAccountStatus
{
    qint64 familyId = 0;
    QString code;  // empty: no collection status
    QString description;
    QDate since;
    QList<CollectionHistoryEntry> history;
    std::optional<CollectionPlan> plan; // the Active plan, or the latest

    // family, code (null), since (null), history, plan (null or CollectionPlan::toJson).
    QJsonObject toJson() const;
};

// A user's changes of a collection status: by hand with a note, or out of collections.
// Each asks Permissions (ManageCollections), is refused for an unknown family or code or an
// empty note, and writes through CollectionAccountStore with its audit row
// (collections-set, collections-clear) in one transaction, dated today.
class CollectionStatusService
{
public:
    CollectionStatusService(const Database &db, QString user);

    void set(qint64 familyId, const QString &code, const QString &note);
    // Refused for an account without a collection status; an Active plan ends with it.
    void clear(qint64 familyId, const QString &note);

    // Reading needs ReadLedger only (front desk).
    CollectionAccountStatus status(qint64 familyId) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
