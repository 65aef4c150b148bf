#include "storage/StatementError.h"

#include "util/Errors.h"
#include "util/Tr.h"

#include <QSqlError>

namespace paydesk::core {

void throwStatementError(const QString &driverText, bool busy, const QString &sql)
{
    if (busy)
        throw StorageError(Tr::tr("The database stayed busy for 30 seconds: another workstation is in the middle of a "
                                  "long job, such as a Family Balancer run. Nothing was saved; try again in a moment."));
    throw StorageError(QStringLiteral("%1 [%2]").arg(driverText, sql.simplified()));
}

bool isBusy(const QSqlError &error)
{
    // PostgreSQL reports a SQLSTATE; Qt's SQLite driver SQLite's (extended) result code.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("55P03")) // lock_not_available
        return true;
    bool numeric = false;
    const int primary = code.toInt(&numeric) & 0xff;
    return numeric && (primary == 5 || primary == 6); // SQLITE_BUSY, SQLITE_LOCKED
}

} // namespace paydesk::core
