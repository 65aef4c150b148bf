#include "collections/CollectionCodeTable.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::core {

CollectionCodeTable::CollectionCodeTable(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

bool CollectionCodeTable::exists(const Database &db, const QString &code)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM collection_codes WHERE code = :c"))
            .bind(QStringLiteral(":c"), CollectionCode::normalized(code))
            .exec();
    return q.next();
}

} // namespace paydesk::core
