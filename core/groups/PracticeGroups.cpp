#include "groups/PracticeGroups.h"

#include "migration/MigrationStore.h"
#include "migration/PostingLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {

constexpr qsizetype maxNameLength = 40;

// The group as the audit trail keeps it.
QJsonObject auditJson(const PracticeGroup &group)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("ledger"), PracticeGroup::ledgerCode(group.ledger)}};
}

PracticeGroup groupFrom(const SqlQuery &q)
{
    PracticeGroup group;
    group.id = q.id(0);
    group.name = q.text(1);
    // The column's CHECK allows only the two codes.
    group.ledger = PracticeGroup::ledgerFromCode(q.text(2)).value_or(PracticeGroup::Ledger::Tracked);
    return group;
}

std::optional<PracticeGroup> groupWithId(const Database &db, qint64 id)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, name, ledger FROM practice_groups WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
    if (!q.next())
        return std::nullopt;
    return groupFrom(q);
}

std::optional<PracticeGroup> groupNamed(const Database &db, const QString &name)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, name, ledger FROM practice_groups WHERE LOWER(name) = :n"))
            .bind(QStringLiteral(":n"), name.toLower())
            .exec();
    if (!q.next())
        return std::nullopt;
    return groupFrom(q);
}

std::optional<PracticeGroup> familyGroup(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT g.id, g.name, g.ledger FROM families f"
                             " JOIN practice_groups g ON g.id = f.practice_group_id WHERE f.id = :f"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (!q.next())
        return std::nullopt;
    return groupFrom(q);
}

QString unknownFamily(qint64 familyId)
{
    return Tr::tr("There is no family with account number %1.").arg(familyId);
}

} // namespace

PracticeGroups::PracticeGroups(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QList<PracticeGroup> PracticeGroups::list() const
{
    // Read first: on PostgreSQL a connection reads one result at a time.
    const QHash<qint64, Migration> migrations = MigrationStore(m_db, m_user).latestByGroup();
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT g.id, g.name, g.ledger, COUNT(f.id) FROM practice_groups g"
                             " LEFT JOIN families f ON f.practice_group_id = g.id"
                             " GROUP BY g.id, g.name, g.ledger ORDER BY g.id"))
            .exec();
    QList<PracticeGroup> groups;
    while (q.next()) {
        PracticeGroup group = groupFrom(q);
        group.families = q.id(3);
        if (const auto m = migrations.constFind(group.id); m != migrations.cend())
            group.migration = *m;
        groups.append(group);
    }
    return groups;
}

qint64 PracticeGroups::add(const QString &text, PracticeGroup::Ledger ledger)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePracticeGroups);
    const QString name = FreeText::normalized(text);
    Transaction tx(m_db);
    QString problem = nameProblem(name);
    if (problem.isEmpty()) {
        if (const std::optional<PracticeGroup> same = groupNamed(m_db, name))
            problem = Tr::tr("%1: \"%2\" exists already (id %3).")
                              .arg(Tr::tr("Practice group"), same->name)
                              .arg(same->id);
    }
    if (!problem.isEmpty())
        throw Refusal(problem);
    PracticeGroup group;
    group.id = m_db.reserveIds(QStringLiteral("practice_groups"), 1);
    group.name = name;
    group.ledger = ledger;
    insert(m_db, m_user, group);
    tx.commit();
    return group.id;
}

QList<PracticeGroup> PracticeGroups::stored(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, name, ledger FROM practice_groups ORDER BY id")).exec();
    QList<PracticeGroup> groups;
    while (q.next())
        groups.append(groupFrom(q));
    return groups;
}

QString PracticeGroups::nameProblem(const QString &normalizedName)
{
    return FreeText::nameProblem(Tr::tr("Practice group"), normalizedName, maxNameLength);
}

void PracticeGroups::insert(const Database &db, const QString &user, const PracticeGroup &group)
{
    db.query()
            .prepare(QStringLiteral("INSERT INTO practice_groups (id, name, ledger) VALUES (:id, :n, :l)"))
            .bind(QStringLiteral(":id"), group.id)
            .bind(QStringLiteral(":n"), group.name)
            .bind(QStringLiteral(":l"), PracticeGroup::ledgerCode(group.ledger))
            .exec();
    AuditLog::record(db,
                     user,
                     QStringLiteral("create"),
                     QStringLiteral("practice-group"),
                     group.id,
                     QJsonObject(),
                     auditJson(group));
}

void PracticeGroups::assign(qint64 familyId, qint64 groupId)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePracticeGroups);
    Transaction tx(m_db);
    // Locked before it is read: a posting reads the family's ledger after locking the family,
    // so the two never see each other half done.
    m_db.lockFamily(familyId);
    const std::optional<PracticeGroup> before = familyGroup(m_db, familyId);
    QStringList problems;
    if (!before)
        problems << unknownFamily(familyId);
    const std::optional<PracticeGroup> group = groupWithId(m_db, groupId);
    if (!group)
        problems << Tr::tr("Practice group: there is no group with id %1.").arg(groupId);
    if (before && group && before->ledger != group->ledger)
        problems << Tr::tr("Practice group: family %1 is in \"%2\" (id %3), which keeps %4; \"%5\" (id %6) keeps %7. "
                           "A family moves only between groups on the same ledger; a legacy group becomes tracked "
                           "by its migration, the whole group at once.")
                            .arg(familyId)
                            .arg(before->name)
                            .arg(before->id)
                            .arg(PracticeGroup::ledgerName(before->ledger), group->name)
                            .arg(group->id)
                            .arg(PracticeGroup::ledgerName(group->ledger));
    if (before && group && before->id != group->id) {
        // A migration converts the families its group holds when it starts: none may join or
        // leave while it runs ("the whole practice group or nobody"). On PostgreSQL the groups'
        // rows are shared first, which the conversion locks before listing its families.
        if (m_db.isPostgres())
            m_db.query()
                    .prepare(QStringLiteral("SELECT id FROM practice_groups WHERE id IN (:a, :b) FOR SHARE"))
                    .bind(QStringLiteral(":a"), before->id)
                    .bind(QStringLiteral(":b"), group->id)
                    .exec();
        for (const Migration &m : MigrationStore::withStatus(m_db, Migration::Status::InProgress)) {
            if (m.groupId == before->id || m.groupId == group->id)
                problems << PostingLock::message(m);
        }
    }
    if (!problems.isEmpty())
        throw Refusal(problems);
    if (before->id == group->id)
        return;
    m_db.query()
            .prepare(QStringLiteral("UPDATE families SET practice_group_id = :g WHERE id = :f"))
            .bind(QStringLiteral(":g"), group->id)
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("practice-group-assign"),
                     QStringLiteral("family"),
                     familyId,
                     QJsonObject{{QStringLiteral("practice_group_id"), before->id}},
                     QJsonObject{{QStringLiteral("practice_group_id"), group->id},
                                 {QStringLiteral("practice_group"), group->name}});
    tx.commit();
}

PracticeGroup PracticeGroups::groupOf(const Database &db, qint64 familyId)
{
    if (std::optional<PracticeGroup> group = familyGroup(db, familyId))
        return *group;
    throw Refusal(unknownFamily(familyId));
}

bool PracticeGroups::isLegacy(const Database &db, qint64 familyId)
{
    const std::optional<PracticeGroup> group = familyGroup(db, familyId);
    return group && group->ledger == PracticeGroup::Ledger::Legacy;
}

void PracticeGroups::requireTracked(const Database &db, qint64 familyId)
{
    const std::optional<PracticeGroup> group = familyGroup(db, familyId);
    if (!group || group->ledger != PracticeGroup::Ledger::Legacy)
        return;
    throw Refusal(legacyProblem(familyId, *group));
}

QString PracticeGroups::legacyProblem(qint64 familyId, const PracticeGroup &group)
{
    return Tr::tr("Family %1 is in practice group \"%2\" (id %3), which keeps the legacy ledger: payments only "
                  "lower the balance there. Allocation starts once the group is migrated (migrations queue "
                  "--group %3).")
            .arg(familyId)
            .arg(group.name)
            .arg(group.id);
}

} // namespace paydesk::core
