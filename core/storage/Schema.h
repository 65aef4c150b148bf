#pragma once

namespace paydesk::core {

class Database;

// The numbered schema migrations. Each step runs in its own transaction and records the
// version it reached, so an interrupted upgrade resumes at the step that failed.
class Schema
{
public:
    static int currentVersion();
    // The version stored in the database; 0 for an empty one.
    static int storedVersion(const Database &db);
    // Upgrades an older database step by step. Throws Refusal when the database was
    // written by a newer PayDesk.
    static void migrate(const Database &db);
    // Applies steps up to `version` only: tests use it to build every earlier schema.
    static void migrateTo(const Database &db, int version);
};

} // namespace paydesk::core
