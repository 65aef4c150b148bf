#pragma once

#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// A billing group: every family is in one (group 1, "Default", until assigned elsewhere).
// Suppress Collections keeps its families out of the collections process.
struct BillingGroup
{
    qint64 id = 0;
    QString name;
    bool suppressCollections = false;
};

// The practice's billing groups. Changes ask Permissions (ManageCollections) and write with
// their audit rows in one transaction; a refused change names the field and the value.
class BillingGroups
{
public:
    BillingGroups(const Database &db, QString user);

    QList<BillingGroup> list() const; // by name
    // Refused: an empty or over-long name, or one that exists (names compare ignoring case).
    qint64 add(const QString &name, bool suppressCollections);
    void setSuppressCollections(const QString &name, bool suppress);
    // Refused for an unknown family or group.
    void assign(qint64 familyId, const QString &groupName);
    BillingGroup groupOf(qint64 familyId) const;
    static bool suppressesCollections(const Database &db, qint64 familyId);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
