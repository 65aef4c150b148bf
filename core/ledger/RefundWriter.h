#pragma once

#include "ledger/PaymentMethod.h"
#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

class AuditLog;
class Database;
class LedgerStore;
struct FamilyAccount;

// Writes a refund of a payment: a negative payment of kind Refund that names it. The one
// writer behind PaymentPoster::refund (a clerk's) and the clearinghouse's refunds (portal).
class RefundWriter
{
public:
    enum class Mode {
        // Only the payment's unallocated credit goes back (a clerk's refund at the desk).
        UnallocatedCredit,
        // The payment's unallocated credit first, then its allocations newest first: each
        // taken back whole (a reversing row) and the part not refunded allocated again to the
        // same target, so every charge owes exactly what the refunded money had paid. The
        // refund may be up to the payment's unrefunded amount (a chargeback, a card credit).
        TakeBackAllocations,
    };

    // Inside the caller's transaction, with the payment's family locked and `account` read
    // after the lock; asks no permission (the caller did, before its transaction). Refused
    // (Refusal) as PaymentPoster::checkReversal refuses a refund, for a `date` in the closed
    // period or after today, and for an amount not between 0.01 and what the mode allows.
    // Adds its audit rows to `audit` (the caller writes them). Returns the refund's id.
    static qint64 write(const Database &db, LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                        qint64 paymentId, Money amount, QDate date, PaymentMethod method, const QString &reason,
                        Mode mode);
};

} // namespace paydesk::core
