#include "storage/Transaction.h"

#include "storage/Database.h"
#include "util/Errors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paydesk::core {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    if (db.isPostgres()) {
        QSqlDatabase conn = db.connection();
        if (!conn.transaction())
            throw StorageError(conn.lastError().text());
    } else {
        db.execute(QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_db.isPostgres())
        m_db.connection().rollback();
    else
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    if (m_db.isPostgres()) {
        QSqlDatabase conn = m_db.connection();
        if (!conn.commit())
            throw StorageError(conn.lastError().text());
    } else {
        m_db.execute(QStringLiteral("COMMIT"));
    }
    m_open = false;
}

} // namespace paydesk::core
