#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// The merchants and the payment methods the practice keeps for CGM webPAY plans
// (`collections merchant add`, `collections method add`): a plan names one of each.
class WebPayLists
{
public:
    enum class List { Merchants, Methods };

    WebPayLists(const Database &db, QString user);

    QStringList names(List list) const; // sorted
    static bool contains(const Database &db, List list, const QString &name);
    // ManageCollections; refused: empty, over 40 characters, not one line, or already there.
    void add(List list, const QString &name);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
