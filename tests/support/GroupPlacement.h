#pragma once

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QString>

namespace paydesk::test {

// Places a family in a practice group as an import does: PracticeGroups::assign refuses a move
// between ledgers, so a test that needs a family in a legacy group writes it here.
inline void placeInGroup(const core::Database &db, qint64 familyId, qint64 groupId)
{
    db.query()
            .prepare(QStringLiteral("UPDATE families SET practice_group_id = :g WHERE id = :f"))
            .bind(QStringLiteral(":g"), groupId)
            .bind(QStringLiteral(":f"), familyId)
            .exec();
}

} // namespace paydesk::test
