#include "storage/SessionUser.h"

#include "storage/Database.h"

#include <QHash>
#include <QMutex>

namespace paydesk::core {

namespace {

// Keyed by the connection's name, which no later connection reuses; Database itself stays
// as it is, which every storage file includes.
QMutex mutex;
QHash<QString, QString> users;

} // namespace

void SessionUser::set(const Database &db, const QString &user)
{
    const QMutexLocker lock(&mutex);
    users.insert(db.connection().connectionName(), user);
}

QString SessionUser::of(const Database &db)
{
    const QMutexLocker lock(&mutex);
    return users.value(db.connection().connectionName());
}

} // namespace paydesk::core
