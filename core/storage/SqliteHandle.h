#pragma once

struct sqlite3;

namespace paydesk::core {

class Database;

// The sqlite3 connection under the Qt SQLite driver of `db`, or nullptr on PostgreSQL.
// Statements prepared on it run on the driver's own connection, so they see its open
// transaction and settings (pragmas, busy timeout). The driver owns the handle: finalize
// every statement before the Database closes, and never close the handle itself.
sqlite3 *sqliteHandle(const Database &db);

} // namespace paydesk::core
