#include "storage/SqliteHandle.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

namespace paydesk::core {

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace paydesk::core
