#include "storage/StatementError.h"

#include "storage/Database.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QSqlError>

namespace paydesk::core {

void throwStatementError(const QString &driverText, bool busy, const QString &sql)
{
    if (busy)
        throw StorageError(Tr::tr("The database stayed busy for %1 seconds: another workstation is in the middle of a "
                                  "long job, such as a Family Balancer run. Nothing was saved; try again in a moment.")
                               .arg(Database::lockTimeoutSeconds));
    throw StorageError(QStringLiteral("%1 [%2]").arg(driverText, sql.simplified()));
}

bool isBusy(const QSqlError &error, bool postgres)
{
    // PostgreSQL reports a SQLSTATE (some are all digits); Qt's SQLite driver SQLite's
    // extended result code, whose low byte is the primary one.
    const QString code = error.nativeErrorCode();
    if (postgres)
        return code == QLatin1String("55P03"); // lock_not_available
    bool numeric = false;
    return (code.toInt(&numeric) & 0xff) == 5 && numeric; // SQLITE_BUSY: the timeout ran out
}

} // namespace paydesk::core
