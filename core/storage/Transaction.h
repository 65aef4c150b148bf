#pragma once

namespace paydesk::core {

class Database;

// Holds one database transaction; rolls back unless commit() was called. On SQLite it
// begins IMMEDIATE so that two writers queue on the lock instead of failing midway.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Database &m_db;
    bool m_open = false;
};

} // namespace paydesk::core
