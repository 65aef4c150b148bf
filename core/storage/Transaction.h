#pragma once

namespace paydesk::core {

class Database;

// Holds one database transaction; rolls back unless commit() was called. On SQLite a
// writing transaction begins IMMEDIATE so that two writers queue on the lock instead of
// failing midway.
class Transaction
{
public:
    // Read: several queries see one state of the database (REPEATABLE READ on PostgreSQL,
    // a deferred read on SQLite's WAL) while others go on writing.
    enum class Mode { Write, Read };

    explicit Transaction(const Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Database &m_db;
    bool m_open = false;
};

} // namespace paydesk::core
