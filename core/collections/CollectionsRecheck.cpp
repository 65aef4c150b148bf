#include "collections/CollectionsRecheck.h"

#include "billing/LedgerDelta.h"
#include "collections/CollectionAccountStore.h"
#include "collections/CollectionMoves.h"
#include "collections/CollectionNote.h"
#include "collections/CollectionPlanStore.h"
#include "collections/CollectionsPolicy.h"
#include "storage/AuditLog.h"

#include <algorithm>

namespace paydesk::core {

void CollectionsRecheck::afterPayment(
        const Database &db, AuditLog &audit, const QString &user, qint64 familyId, qint64 paymentId, QDate paymentDate)
{
    const std::optional<CollectionAccount> account = CollectionAccountStore(db).read(familyId);
    if (!account || account->code.isEmpty() || !CollectionsPolicy::read(db).enabled())
        return;
    if (!CollectionMoves::settles(account->code, LedgerDelta::currentBalance(db, familyId)))
        return;
    std::optional<CollectionPlan> plan = CollectionPlanStore(db).active(familyId);
    const QHash<qint64, CollectionAccount> accounts{{familyId, *account}};
    CollectionMoves moves(db, audit, user, accounts);
    moves.leave(familyId,
                std::max(paymentDate, account->since),
                CollectionNote::paidOff(paymentId),
                plan ? &*plan : nullptr);
    moves.write();
}

} // namespace paydesk::core
