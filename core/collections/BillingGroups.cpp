#include "collections/BillingGroups.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>

#include <optional>

namespace paydesk::core {

namespace {

constexpr qsizetype maxNameLength = 40;

QJsonObject json(const BillingGroup &group)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("suppress_collections"), group.suppressCollections}};
}

BillingGroup groupFrom(const SqlQuery &q)
{
    return BillingGroup{q.id(0), q.text(1), q.id(2) != 0};
}

// The group called `name`, ignoring case.
std::optional<BillingGroup> named(const Database &db, const QString &name)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, name, suppress_collections FROM billing_groups WHERE LOWER(name) = :n"))
            .bind(QStringLiteral(":n"), FreeText::normalized(name).toLower())
            .exec();
    if (!q.next())
        return std::nullopt;
    return groupFrom(q);
}

QString unknownGroup(const QString &name)
{
    return Tr::tr("Billing group: there is no group \"%1\".").arg(name.trimmed());
}

BillingGroup existing(const Database &db, const QString &name)
{
    if (std::optional<BillingGroup> group = named(db, name))
        return *group;
    throw Refusal(unknownGroup(name));
}

} // namespace

BillingGroups::BillingGroups(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QList<BillingGroup> BillingGroups::list() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, name, suppress_collections FROM billing_groups ORDER BY LOWER(name), id"))
            .exec();
    QList<BillingGroup> groups;
    while (q.next())
        groups.append(groupFrom(q));
    return groups;
}

qint64 BillingGroups::add(const QString &text, bool suppressCollections)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    const QString name = FreeText::normalized(text);
    const QString field = Tr::tr("Billing group");
    Transaction tx(m_db);
    QString problem = FreeText::nameProblem(field, name, maxNameLength);
    if (problem.isEmpty()) {
        if (const std::optional<BillingGroup> same = named(m_db, name))
            problem = Tr::tr("%1: \"%2\" exists already.").arg(field, same->name);
    }
    if (!problem.isEmpty())
        throw Refusal(problem);
    const BillingGroup group{m_db.reserveIds(QStringLiteral("billing_groups"), 1), name, suppressCollections};
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO billing_groups (id, name, suppress_collections) VALUES (:id, :n, :s)"))
            .bind(QStringLiteral(":id"), group.id)
            .bind(QStringLiteral(":n"), group.name)
            .bind(QStringLiteral(":s"), group.suppressCollections ? 1 : 0)
            .exec();
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("create"),
                     QStringLiteral("billing-group"),
                     group.id,
                     QJsonObject(),
                     json(group));
    tx.commit();
    return group.id;
}

void BillingGroups::setSuppressCollections(const QString &name, bool suppress)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    const BillingGroup before = existing(m_db, name);
    if (before.suppressCollections == suppress)
        return;
    BillingGroup after = before;
    after.suppressCollections = suppress;
    m_db.query()
            .prepare(QStringLiteral("UPDATE billing_groups SET suppress_collections = :s WHERE id = :id"))
            .bind(QStringLiteral(":s"), suppress ? 1 : 0)
            .bind(QStringLiteral(":id"), after.id)
            .exec();
    AuditLog::record(
            m_db, m_user, QStringLiteral("edit"), QStringLiteral("billing-group"), after.id, json(before), json(after));
    tx.commit();
}

void BillingGroups::assign(qint64 familyId, const QString &groupName)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    SqlQuery family = m_db.query();
    family.prepare(QStringLiteral("SELECT billing_group_id FROM families WHERE id = :f"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    QStringList problems;
    const bool known = family.next();
    const qint64 beforeId = known ? family.id(0) : 0;
    family.finish();
    if (!known)
        problems << Tr::tr("There is no family with account number %1.").arg(familyId);
    const std::optional<BillingGroup> group = named(m_db, groupName);
    if (!group)
        problems << unknownGroup(groupName);
    if (!problems.isEmpty())
        throw Refusal(problems);
    if (beforeId == group->id)
        return;
    m_db.query()
            .prepare(QStringLiteral("UPDATE families SET billing_group_id = :g WHERE id = :f"))
            .bind(QStringLiteral(":g"), group->id)
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("billing-group-assign"),
                     QStringLiteral("family"),
                     familyId,
                     QJsonObject{{QStringLiteral("billing_group_id"), beforeId}},
                     QJsonObject{{QStringLiteral("billing_group_id"), group->id},
                                 {QStringLiteral("billing_group"), group->name}});
    tx.commit();
}

BillingGroup BillingGroups::groupOf(qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT g.id, g.name, g.suppress_collections FROM families f"
                             " JOIN billing_groups g ON g.id = f.billing_group_id WHERE f.id = :f"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (!q.next())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
    return groupFrom(q);
}

bool BillingGroups::suppressesCollections(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT g.suppress_collections FROM families f"
                             " JOIN billing_groups g ON g.id = f.billing_group_id WHERE f.id = :f"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    return q.next() && q.id(0) != 0;
}

} // namespace paydesk::core
