#include "MigrationCrash.h"

#include "CrashFixtures.h"
#include "LegacyGroups.h"

#include "ledger/LedgerCalendar.h"
#include "migration/MigrationStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace paydesk::test {

namespace {

constexpr int familiesPerGroup = 12;

} // namespace

void MigrationCrash::prepare(const Database &db)
{
    for (int g = 0; g < m_groups; ++g)
        addLegacyGroup(db, crashUser, u"Legacy %1"_s.arg(g + 1), familiesPerGroup);
}

QStringList MigrationCrash::next(const Database &db)
{
    const QList<Migration> waiting = MigrationStore::withStatus(db, Migration::Status::InProgress)
                                     + MigrationStore::withStatus(db, Migration::Status::Queued);
    if (waiting.isEmpty()) {
        const qint64 group = scalar(db, u"SELECT MIN(id) FROM practice_groups WHERE ledger = 'legacy'"_s);
        m_migration = MigrationStore(db, crashUser).queue(group);
    } else {
        m_migration = waiting.constFirst().id;
    }
    // After nightly.time (20:00), so the job starts what is queued.
    const QString at = LedgerCalendar(db).today().toString(Qt::ISODate) + u"T21:00"_s;
    return {u"run-nightly"_s, u"--at"_s, at};
}

CrashOperation::Effect MigrationCrash::effect(const Database &db, QString &problem)
{
    const Migration m = *MigrationStore(db, crashUser).find(m_migration);
    SqlQuery q = db.query();
    q.prepare(u"SELECT g.ledger, (SELECT COUNT(*) FROM allocations a JOIN patients p ON p.id = a.patient_id"
              " JOIN families f ON f.id = p.family_id WHERE f.practice_group_id = g.id)"
              " FROM practice_groups g WHERE g.id = :g"_s)
        .bind(u":g"_s, m.groupId)
        .exec();
    q.next();
    const QString ledger = q.text(0);
    const qint64 allocations = q.id(1);
    const bool converted = ledger == u"tracked" && allocations > 0;
    const bool untouched = ledger == u"legacy" && allocations == 0;
    switch (m.status) {
    case Migration::Status::Queued:
        if (!untouched)
            problem = u"migration %1 Queued with its group %2 and %3 allocations"_s.arg(m.id).arg(ledger).arg(allocations);
        return Effect::Nothing;
    case Migration::Status::InProgress:
        if (!untouched)
            problem = u"migration %1 In Progress with its group %2 and %3 allocations"_s.arg(m.id).arg(ledger).arg(
                allocations);
        return Effect::Partial;
    case Migration::Status::Active:
        if (!converted)
            problem = u"migration %1 Active with its group %2 and %3 allocations"_s.arg(m.id).arg(ledger).arg(allocations);
        return Effect::Whole;
    case Migration::Status::Error: break;
    }
    problem = u"migration %1 ended Error: %2"_s.arg(m.id).arg(m.reason);
    return Effect::Nothing;
}

bool MigrationCrash::pending(const Database &db) const
{
    return !MigrationStore::withStatus(db, Migration::Status::InProgress).isEmpty()
           || !MigrationStore::withStatus(db, Migration::Status::Queued).isEmpty();
}

qint64 MigrationCrash::progress(const Database &db) const
{
    return MigrationStore::withStatus(db, Migration::Status::Active).size();
}

QStringList MigrationCrash::catchUp(const Database &behind, const Database &ahead)
{
    return progress(behind) < progress(ahead) ? next(behind) : QStringList();
}

} // namespace paydesk::test
