#pragma once

#include <QString>

namespace paydesk::core {

class Database;

// Whose session a connection serves: the user the CLI signed in as (its --user, the
// settings file's user, or the login name on a database that is not secured), or the
// desk's. Set once after opening; AuditLog writes it beside rows written under another
// name, so that the scheduled jobs' daily-run and nightly-run rows say who ran them.
class SessionUser
{
public:
    static void set(const Database &db, const QString &user);
    // Empty when none was set for this connection.
    static QString of(const Database &db);
};

} // namespace paydesk::core
