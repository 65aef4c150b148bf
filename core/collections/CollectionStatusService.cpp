#include "collections/CollectionStatusService.h"

#include "collections/CollectionAccountLock.h"
#include "collections/CollectionAccountStore.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionPlanService.h"
#include "collections/CollectionPlanStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonArray>

namespace paydesk::core {

QJsonObject CollectionAccountStatus::toJson() const
{
    QJsonArray entries;
    for (const CollectionHistoryEntry &entry : history)
        entries.append(entry.toJson());
    const bool inStatus = !code.isEmpty();
    return QJsonObject{{QStringLiteral("family"), familyId},
                       {QStringLiteral("code"), inStatus ? QJsonValue(code) : QJsonValue()},
                       {QStringLiteral("since"), inStatus ? QJsonValue(since.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("history"), entries},
                       {QStringLiteral("plan"), plan ? QJsonValue(plan->toJson()) : QJsonValue()}};
}

CollectionStatusService::CollectionStatusService(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

void CollectionStatusService::set(qint64 familyId, const QString &code, const QString &note)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    const QString to = CollectionCode::normalized(code);
    QStringList problems;
    const QString field = Tr::tr("Code");
    if (const QString problem = CollectionCode::problem(field, code); !problem.isEmpty())
        problems << problem;
    else if (!CollectionCodeTable::exists(m_db, to))
        problems << Tr::tr("%1: \"%2\" is not a code of the Collection Status Table.").arg(field, to);
    QString why;
    try {
        why = CollectionAccountLock::checkedNote(note);
    } catch (const Refusal &refusal) {
        problems << refusal.messages();
    }
    if (!problems.isEmpty())
        throw Refusal(problems);
    Transaction tx(m_db);
    const CollectionAccountLock lock(m_db, familyId);
    AuditLog audit(m_db, m_user);
    CollectionAccountStore(m_db).change(
            audit, QStringLiteral("collections-set"), familyId, to, lock.changeDay(), false, m_user, why);
    audit.write();
    tx.commit();
}

void CollectionStatusService::clear(qint64 familyId, const QString &note)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    const QString why = CollectionAccountLock::checkedNote(note);
    Transaction tx(m_db);
    const CollectionAccountLock lock(m_db, familyId);
    if (lock.code().isEmpty())
        throw Refusal(Tr::tr("Family %1 has no collection status.").arg(familyId));
    AuditLog audit(m_db, m_user);
    const QString action = QStringLiteral("collections-clear");
    const CollectionPlanStore plans(m_db);
    if (const std::optional<CollectionPlan> plan = plans.active(familyId))
        plans.end(audit, action, *plan, CollectionPlan::Status::Ended, lock.today(), m_user, why);
    CollectionAccountStore(m_db).change(audit, action, familyId, {}, lock.changeDay(), false, m_user, why);
    audit.write();
    tx.commit();
}

CollectionAccountStatus CollectionStatusService::status(qint64 familyId) const
{
    Permissions::require(m_db, m_user, Permissions::Action::ReadLedger);
    std::optional<Transaction> snapshot;
    if (!m_db.inTransaction())
        snapshot.emplace(m_db, Transaction::Mode::Read);
    CollectionAccountLock::requireFamily(m_db, familyId);
    const CollectionAccountStore accounts(m_db);
    CollectionAccountStatus status;
    status.familyId = familyId;
    if (const std::optional<CollectionAccount> account = accounts.read(familyId)) {
        status.code = account->code;
        status.since = account->since;
    }
    if (const std::optional<CollectionCode> code = CollectionCodeTable(m_db, m_user).find(status.code))
        status.description = code->description;
    status.history = accounts.history(familyId);
    status.plan = CollectionPlanService(m_db, m_user).current(familyId);
    return status;
}

} // namespace paydesk::core
