#pragma once

#include "ledger/AutoAllocator.h"
#include "ledger/Payment.h"
#include "ledger/RefundWriter.h"

#include <QList>

namespace paydesk::core {

class AuditLog;
class Database;
class LedgerCalendar;
struct PaymentLine;

// What a clerk enters for a new payment.
struct PaymentDraft
{
    qint64 patientId = 0;
    QDate date;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString note;
    qint64 providerId = 0;
    qint64 clinicId = 0;
};

struct PostedPayment
{
    qint64 paymentId = 0;
    QList<Split> splits; // what was allocated in the same posting
};

// Posts, voids and refunds payments. Each call is one transaction with its audit rows.
class PaymentPoster
{
public:
    enum class AutoAllocate { No, Family, PatientFirst };

    PaymentPoster(const Database &db, QString user);

    // Writes the payment and, in the same transaction, the manual splits, or the FIFO
    // splits when asked. A zero amount, a date in the future or in the closed period
    // (LedgerCalendar) or a negative payment with splits is refused.
    PostedPayment post(const PaymentDraft &draft, const QList<Split> &splits = {},
                       AutoAllocate autoAllocate = AutoAllocate::No);
    // post()'s checks and writing inside the caller's transaction, as `user`, for a posting
    // that is one part of a larger change (the clearinghouse's reports): asks no permission
    // (the caller did, before its transaction); the audit rows go to `audit`, which the caller
    // writes. Throws Refusal before it writes anything, except for what the allocation and the
    // collections re-check refuse afterwards: the caller's transaction must then roll back.
    static PostedPayment write(const Database &db, const QString &user, AuditLog &audit, const PaymentDraft &draft,
                               const QList<Split> &splits = {}, AutoAllocate autoAllocate = AutoAllocate::No);

    enum class Reversal { Void, Refund };
    // Throws Refusal when the payment may not be voided (refunded), whatever the reason and
    // amount: the user's role may not (Permissions), there is no such payment, it is a void or refund itself, it was voided (for a
    // void: or refunded) already, or it is dated in the closed period
    // (LedgerCalendar::checkReversible). voidPayment() and refund() check the same inside
    // their transaction; the desk asks first, before it asks for a reason.
    void checkReversal(qint64 paymentId, Reversal reversal) const;

    // Writes the reversing payment (−amount, today in the practice's time zone) and
    // reverses each of the payment's allocation rows on it. Returns the void's id. Refused
    // as checkReversal() refuses a void.
    qint64 voidPayment(qint64 paymentId, const QString &reason);

    // Returns money of the payment to the patient as a negative payment, dated today
    // (RefundWriter): up to its unallocated credit, or with TakeBackAllocations up to its
    // unrefunded amount, taking its allocations back. Refused as checkReversal() refuses a
    // refund, and for an amount beyond what the mode allows.
    qint64 refund(qint64 paymentId,
                  Money amount,
                  PaymentMethod method,
                  const QString &reason,
                  RefundWriter::Mode mode = RefundWriter::Mode::UnallocatedCredit);

    // The checks of checkReversal() on the account as read, without the role: the payment
    // is one, not voided, not in the closed period; a void is dated today, a refund `date`,
    // which must be an entry date (LedgerCalendar::checkEntryDate) not before the payment's.
    static void requireReversible(const PaymentLine &line,
                                  const LedgerCalendar &calendar,
                                  Reversal reversal,
                                  QDate date);

private:
    // The role check of a void or refund: the same before the desk asks for a reason as when
    // it is written.
    void requireReversalRole(qint64 paymentId, Reversal reversal) const;

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
