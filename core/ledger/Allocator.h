#pragma once

#include "ledger/AutoAllocator.h"

#include <QList>

namespace paydesk::core {

class AuditLog;
class Database;
class LedgerStore;
struct FamilyAccount;
struct PaymentLine;

// What an allocation wrote: ids[i] is the row of splits[i].
struct Allocated
{
    QList<Split> splits;
    QList<qint64> ids;
};

// Assigns a payment's unallocated credit to the family's charges, stand-alone
// adjustments or unearned income, and takes allocations back. Each call is one
// transaction that locks the family, re-reads its account and writes the audit trail.
class Allocator
{
public:
    Allocator(const Database &db, QString user);

    // Manual split. Refused when a line would take an item below zero, when the lines
    // exceed the payment's unallocated credit, or when a target is not in the family, is
    // voided or is a void.
    // Returns the new allocation ids.
    QList<qint64> allocate(qint64 paymentId, const QList<Split> &lines);
    // FIFO over the family's open items (see AutoAllocator); returns what it allocated.
    Allocated autoAllocate(qint64 paymentId, bool patientFirst);
    // Keeps credit as a prepayment on purpose.
    qint64 toUnearned(qint64 paymentId, Money amount);
    // Writes the reversing row of one allocation; returns its id.
    qint64 unallocate(qint64 allocationId);

    // The validation and writing shared with PaymentPoster, inside the caller's transaction;
    // the audit rows go to `audit`, which the caller writes. Every allocation passes here, so
    // here a family of a legacy practice group is refused (PracticeGroups::requireTracked).
    static QList<qint64> apply(const Database &db, LedgerStore &store, AuditLog &audit, const FamilyAccount &account,
                               const PaymentLine &payment, const QList<Split> &lines, AllocationRule rule);
    static QList<Split> autoPlan(const FamilyAccount &account, const PaymentLine &payment, bool patientFirst);

private:
    template<typename Work>
    auto withPayment(qint64 paymentId, Work work);

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
