#pragma once

#include <QString>

class QSqlError;

namespace paydesk::core {

// Throws the StorageError for a failed statement. A lock held longer than every connection
// waits for one (SQLite's busy timeout and PostgreSQL's lock_timeout, both 30 s) becomes a
// message a clerk can act on; any other failure keeps the driver's text and the statement.
[[noreturn]] void throwStatementError(const QString &driverText, bool busy, const QString &sql);
// Whether the driver gave up waiting for a lock.
bool isBusy(const QSqlError &error, bool postgres);

} // namespace paydesk::core
