#pragma once

#include <QDate>
#include <QString>

namespace paydesk::core {

class AuditLog;
class Database;

// A payment posted to an account with a collection status re-checks it at once, in the
// posting's transaction and as the posting user: a balance of zero or a credit takes it out
// of collections and completes its plan (the daily run's step 2, CollectionMoves::settles),
// dated the payment's date, or the account's last change when that is later, so that a
// catch-up of the days before the payment never puts it back.
class CollectionsRecheck
{
public:
    // After payment `paymentId` of `familyId`, dated `paymentDate`, is written by `user`, whose
    // `audit` the rows join. Nothing when
    // collections are off or the family has no collection status.
    static void afterPayment(const Database &db,
                             AuditLog &audit,
                             const QString &user,
                             qint64 familyId,
                             qint64 paymentId,
                             QDate paymentDate);
};

} // namespace paydesk::core
