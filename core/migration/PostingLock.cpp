#include "migration/PostingLock.h"

#include "migration/MigrationStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

// Statements stay short however many families an import or a fetch names.
constexpr qsizetype familiesPerQuery = 1000;

} // namespace

std::optional<Migration> PostingLock::lockingMigration(const Database &db, const QList<qint64> &familyIds)
{
    if (familyIds.isEmpty())
        return std::nullopt;
    const QList<Migration> running = MigrationStore::withStatus(db, Migration::Status::InProgress);
    if (running.isEmpty())
        return std::nullopt;
    QHash<qint64, Migration> byGroup;
    QStringList groups;
    for (const Migration &m : running) {
        byGroup.insert(m.groupId, m);
        groups << QString::number(m.groupId);
    }
    // The ids are integers, written into the statement.
    for (qsizetype from = 0; from < familyIds.size(); from += familiesPerQuery) {
        QStringList ids;
        for (qint64 id : familyIds.mid(from, familiesPerQuery))
            ids << QString::number(id);
        SqlQuery q = db.query();
        q.prepare(u"SELECT practice_group_id FROM families WHERE id IN (%1) AND practice_group_id IN (%2) LIMIT 1"_s.arg(
                          ids.join(u','), groups.join(u',')))
                .exec();
        if (q.next())
            return byGroup.value(q.id(0));
    }
    return std::nullopt;
}

void PostingLock::requireOpen(const Database &db, const QList<qint64> &familyIds)
{
    if (const std::optional<Migration> locking = lockingMigration(db, familyIds))
        throw Refusal(message(*locking));
}

void PostingLock::requireOpen(const Database &db, qint64 familyId)
{
    requireOpen(db, QList<qint64>{familyId});
}

QString PostingLock::message(const Migration &m)
{
    return Tr::tr("Postings to practice group \"%1\" (id %2) are locked while migration %3 (%4) is In Progress: the "
                  "nightly job is converting the group's payments to tracked allocations. Post again once it is "
                  "Active (Tools > Migrations).")
            .arg(m.groupName)
            .arg(m.groupId)
            .arg(m.id)
            .arg(m.name);
}

} // namespace paydesk::core
