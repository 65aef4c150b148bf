#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"

#include <QSqlError>

namespace paydesk::core {

Transaction::Transaction(const Database &db, Mode mode)
    : m_db(db)
{
    if (db.isPostgres()) {
        QSqlDatabase conn = db.connection();
        if (!conn.transaction())
            throw StorageError(conn.lastError().text());
        if (mode == Mode::Read) {
            try {
                db.execute(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
            } catch (...) {
                conn.rollback(); // the destructor does not run for a constructor that throws
                throw;
            }
        }
    } else {
        // Kept prepared like any other statement: a posting is short enough that parsing
        // BEGIN and COMMIT shows.
        db.query().prepare(mode == Mode::Read ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")).exec();
    }
    m_open = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    if (m_db.isPostgres()) {
        m_db.connection().rollback();
        return;
    }
    try {
        m_db.query().prepare(QStringLiteral("ROLLBACK")).exec();
    } catch (const StorageError &) {
        // SQLite may have rolled back on its own already (after an I/O error or a full disk).
    }
}

void Transaction::commit()
{
    if (m_db.isPostgres()) {
        QSqlDatabase conn = m_db.connection();
        if (!conn.commit())
            throw StorageError(conn.lastError().text());
    } else {
        m_db.query().prepare(QStringLiteral("COMMIT")).exec();
    }
    m_open = false;
    --m_db.m_transactionDepth;
}

} // namespace paydesk::core
