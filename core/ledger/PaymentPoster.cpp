#include "ledger/PaymentPoster.h"

#include "collections/CollectionsRecheck.h"
#include "ledger/AccountReader.h"
#include "ledger/Allocator.h"
#include "ledger/CorrectionReason.h"
#include "ledger/FamilyAccount.h"
#include "ledger/FamilyLimits.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/LedgerJson.h"
#include "migration/PostingLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

namespace paydesk::core {

namespace {

enum class Lock { Family, None };

// Asked before a posting's transaction opens (see PostingLock): an unknown payment is left for
// the posting's own refusal.
void requireOpenForPayment(const Database &db, qint64 paymentId)
{
    if (const auto family = AccountReader(db).familyOfPayment(paymentId))
        PostingLock::requireOpen(db, *family);
}

// Loads the account that holds `paymentId`, after locking its family for a posting.
FamilyAccount accountOfPayment(const Database &db, qint64 paymentId, Lock lock)
{
    const AccountReader reader(db);
    const auto family = reader.familyOfPayment(paymentId);
    if (!family)
        throw Refusal(Tr::tr("There is no payment #%1.").arg(paymentId));
    if (lock == Lock::Family)
        db.lockFamily(*family);
    return reader.load(*family);
}

} // namespace

PaymentPoster::PaymentPoster(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

void PaymentPoster::requireReversalRole(qint64 paymentId, Reversal reversal) const
{
    Permissions::require(m_db,
                         m_user,
                         reversal == Reversal::Void ? Permissions::forVoidOfPayment(m_db, m_user, paymentId)
                                                    : Permissions::Action::VoidOrRefund);
}

void PaymentPoster::requireReversible(const PaymentLine &line,
                                      const LedgerCalendar &calendar,
                                      Reversal reversal,
                                      QDate date)
{
    const bool isVoid = reversal == Reversal::Void;
    if (line.payment.kind != Payment::Kind::Payment)
        throw Refusal(Tr::tr("Payment #%1 is itself a reversal of #%2: it cannot be %3.")
                          .arg(line.payment.id)
                          .arg(line.payment.relatedPaymentId)
                          .arg(isVoid ? Tr::tr("voided") : Tr::tr("refunded")));
    if (line.isVoided())
        throw Refusal(Tr::tr("Payment #%1 was already voided by #%2.").arg(line.payment.id).arg(line.reversedById));
    QStringList problems;
    calendar.checkReversible(problems, line.payment.date, Tr::tr("Payment #%1").arg(line.payment.id),
                             LedgerCalendar::Reversal::VoidOrRefund);
    // A refund dated before today (a clearinghouse's, on the day it happened) is an entry of
    // its own date; checkReversible() has checked today.
    if (problems.isEmpty() && date != calendar.today())
        calendar.checkEntryDate(problems, date, Tr::tr("refund date"));
    if (problems.isEmpty() && date < line.payment.date)
        problems << Tr::tr("The refund date %1 is before payment #%2 of %3: money cannot go back before it came in.")
                            .arg(date.toString(Qt::ISODate))
                            .arg(line.payment.id)
                            .arg(line.payment.date.toString(Qt::ISODate));
    if (!problems.isEmpty())
        throw Refusal(problems);
    if (isVoid && !line.refunded.isZero())
        throw Refusal(Tr::tr("Payment #%1 was refunded %2 already: voiding it would return that money twice.")
                          .arg(line.payment.id)
                          .arg((-line.refunded).toString()));
}

void PaymentPoster::checkReversal(qint64 paymentId, Reversal reversal) const
{
    requireReversalRole(paymentId, reversal);
    const FamilyAccount account = accountOfPayment(m_db, paymentId, Lock::None);
    const LedgerCalendar calendar(m_db);
    requireReversible(*account.payment(paymentId), calendar, reversal, calendar.today());
}

PostedPayment PaymentPoster::post(const PaymentDraft &draft, const QList<Split> &splits, AutoAllocate autoAllocate)
{
    Permissions::require(m_db, m_user, Permissions::forPayment(draft.amount));
    if (const auto family = AccountReader(m_db).familyOfPatient(draft.patientId))
        PostingLock::requireOpen(m_db, *family);
    Transaction tx(m_db);
    AuditLog audit(m_db, m_user);
    PostedPayment posted = write(m_db, m_user, audit, draft, splits, autoAllocate);
    audit.write();
    tx.commit();
    return posted;
}

PostedPayment PaymentPoster::write(const Database &db, const QString &user, AuditLog &audit, const PaymentDraft &draft,
                                   const QList<Split> &splits, AutoAllocate autoAllocate)
{
    QStringList problems;
    if (draft.amount.isZero())
        problems << Tr::tr("The payment amount is 0.00: enter what the patient paid.");
    if (draft.amount.isNegative() && (!splits.isEmpty() || autoAllocate != AutoAllocate::No))
        problems << Tr::tr("Payment amount %1 is negative: negative payments are never allocated.").arg(draft.amount.toString());
    LedgerCalendar(db).checkEntryDate(problems, draft.date, Tr::tr("payment date"));
    if (!problems.isEmpty())
        throw Refusal(problems);
    const AccountReader reader(db);
    const auto family = reader.familyOfPatient(draft.patientId);
    if (!family)
        throw Refusal(Tr::tr("There is no patient #%1.").arg(draft.patientId));
    db.lockFamily(*family);
    FamilyLimits::checkPosting(db, draft.patientId, {.payments = draft.amount});

    Payment payment;
    payment.id = db.reserveIds(QStringLiteral("payments"));
    payment.patientId = draft.patientId;
    payment.date = draft.date;
    payment.amount = draft.amount;
    payment.method = draft.method;
    payment.reference = draft.reference.trimmed();
    payment.note = draft.note.trimmed();
    payment.providerId = draft.providerId;
    payment.clinicId = draft.clinicId;
    LedgerStore store(db, user);
    store.insertPayment(payment);

    PostedPayment posted{payment.id, splits};
    if (!splits.isEmpty() || autoAllocate != AutoAllocate::No) {
        const FamilyAccount account = reader.loadBalances(*family);
        // Just written: nothing of it is allocated, refunded or voided yet.
        PaymentLine line;
        line.payment = payment;
        if (autoAllocate != AutoAllocate::No)
            posted.splits = Allocator::autoPlan(account, line, autoAllocate == AutoAllocate::PatientFirst);
        Allocator::apply(db, store, audit, account, line, posted.splits,
                         autoAllocate != AutoAllocate::No ? AllocationRule::Auto : AllocationRule::Manual);
    }
    // Id counters are taken in one order by every service (payments, allocations, then
    // audit_log), so two postings to different families never deadlock on PostgreSQL.
    audit.add(QStringLiteral("post"), QStringLiteral("payment"), payment.id, {}, LedgerJson::payment(payment));
    CollectionsRecheck::afterPayment(db, audit, user, *family, payment.id, payment.date);
    return posted;
}

qint64 PaymentPoster::voidPayment(qint64 paymentId, const QString &reason)
{
    requireReversalRole(paymentId, Reversal::Void);
    const QString why = requireCorrectionReason(reason);
    requireOpenForPayment(m_db, paymentId);
    Transaction tx(m_db);
    const FamilyAccount account = accountOfPayment(m_db, paymentId, Lock::Family);
    const PaymentLine &original = *account.payment(paymentId);
    const LedgerCalendar calendar(m_db);
    requireReversible(original, calendar, Reversal::Void, calendar.today());
    FamilyLimits::checkPosting(m_db, original.payment.patientId, {.payments = -original.payment.amount});

    Payment reversal = original.payment;
    reversal.id = m_db.reserveIds(QStringLiteral("payments"));
    reversal.date = calendar.today();
    reversal.amount = -original.payment.amount;
    reversal.kind = Payment::Kind::Void;
    reversal.relatedPaymentId = paymentId;
    reversal.note = why;
    LedgerStore store(m_db, m_user);
    store.insertPayment(reversal);

    // Each row of the original still standing gets its mirror on the void, so charges
    // owe again exactly what this payment had paid.
    const QList<Allocation> standing = account.standingAllocations(paymentId);
    qint64 nextId = standing.isEmpty() ? 0 : m_db.reserveIds(QStringLiteral("allocations"), standing.size());
    for (const Allocation &a : std::as_const(standing)) {
        Allocation mirror = a;
        mirror.id = nextId++;
        mirror.paymentId = reversal.id;
        mirror.amount = -a.amount;
        mirror.rule = AllocationRule::Void;
        mirror.reversesAllocationId = a.id;
        // The mirror is the void's: an undo of the balancer run that wrote `a` must not
        // take it for one of the run's rows and reverse it again.
        mirror.runId = 0;
        store.insertAllocation(mirror);
    }
    QJsonObject after = LedgerJson::payment(reversal);
    after.insert(QStringLiteral("reason"), why);
    AuditLog::record(m_db, m_user, QStringLiteral("void"), QStringLiteral("payment"), paymentId,
                     LedgerJson::payment(original.payment), after);
    tx.commit();
    return reversal.id;
}

qint64 PaymentPoster::refund(
        qint64 paymentId, Money amount, PaymentMethod method, const QString &reason, RefundWriter::Mode mode)
{
    requireReversalRole(paymentId, Reversal::Refund);
    const QString why = requireCorrectionReason(reason);
    requireOpenForPayment(m_db, paymentId);
    Transaction tx(m_db);
    const FamilyAccount account = accountOfPayment(m_db, paymentId, Lock::Family);
    LedgerStore store(m_db, m_user);
    AuditLog audit(m_db, m_user);
    const qint64 refundId = RefundWriter::write(
            m_db, store, audit, account, paymentId, amount, LedgerCalendar(m_db).today(), method, why, mode);
    audit.write();
    tx.commit();
    return refundId;
}

} // namespace paydesk::core
