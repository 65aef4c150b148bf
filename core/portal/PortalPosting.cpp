#include "portal/PortalPosting.h"

#include "groups/PracticeGroups.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "ledger/RefundWriter.h"
#include "portal/PortalTransaction.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "util/Tr.h"

namespace paydesk::core::portal {

PortalPosting::PortalPosting(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
    , m_calendar(db)
{
    const QTimeZone portal(PracticeSettings(db).value(QStringLiteral("portal.time_zone")).toUtf8());
    m_portalZone = portal.isValid() ? portal : m_calendar.timeZone();
}

QDate PortalPosting::dateOf(const PortalTransaction &transaction) const
{
    if (transaction.source == PortalSource::Remittance835)
        return transaction.time.date();
    return transaction.timeIn(m_portalZone).toTimeZone(m_calendar.timeZone()).date();
}

QString PortalPosting::refundReason(const PortalTransaction &transaction)
{
    const QString id = transaction.transactionId.isEmpty() ? transaction.authorizationNumber
                                                           : transaction.transactionId;
    return QStringLiteral("InstaMed %1 %2").arg(PortalTransaction::actionName(transaction.action), id);
}

PortalPosting::Result PortalPosting::post(const PortalTransaction &transaction,
                                          const PortalAccountMatcher::Match &match,
                                          AuditLog &audit) const
{
    const QDate date = dateOf(transaction);
    // LedgerCalendar's own check, on the calendar read once for the whole fetch.
    QStringList problems;
    m_calendar.checkEntryDate(problems,
                              date,
                              transaction.direction == PortalDirection::Payment ? Tr::tr("payment date")
                                                                                : Tr::tr("refund date"));
    if (!problems.isEmpty())
        return {.problem = problems.join(u' ')};
    if (transaction.direction == PortalDirection::Refund)
        return refund(transaction, match, date, audit);
    return {.paymentId = payment(transaction, match, date, audit), .problem = {}};
}

qint64 PortalPosting::payment(const PortalTransaction &transaction,
                              const PortalAccountMatcher::Match &match,
                              QDate date,
                              AuditLog &audit) const
{
    PaymentDraft draft;
    draft.patientId = match.guarantorId;
    draft.date = date;
    draft.amount = transaction.amount;
    draft.method = PaymentMethod::Portal;
    const bool eod = transaction.source == PortalSource::EodPostingFile;
    draft.reference = eod ? transaction.transactionId : transaction.authorizationNumber;
    draft.note = eod ? Tr::tr("InstaMed %1 %2, authorization %3")
                                 .arg(transaction.paymentType, transaction.cardType, transaction.authorizationNumber)
                                 .simplified()
                     : Tr::tr("InstaMed 835, %1").arg(transaction.patientName);
    // A legacy ledger never allocates: the payment only lowers the family balance (issue 14).
    const auto allocate = PracticeGroups::isLegacy(m_db, match.familyId) ? PaymentPoster::AutoAllocate::No
                                                                         : PaymentPoster::AutoAllocate::Family;
    return PaymentPoster::write(m_db, m_user, audit, draft, {}, allocate).paymentId;
}

PortalPosting::Result PortalPosting::refund(const PortalTransaction &transaction,
                                            const PortalAccountMatcher::Match &match,
                                            QDate date,
                                            AuditLog &audit) const
{
    m_db.lockFamily(match.familyId);
    const FamilyAccount account = AccountReader(m_db).load(match.familyId);
    const PaymentLine *target = nullptr;
    for (const PaymentLine &line : account.payments) {
        const Payment &p = line.payment;
        if (p.method != PaymentMethod::Portal || p.kind != Payment::Kind::Payment || line.isVoided() || p.date > date
            || p.amount + line.refunded < transaction.amount || m_calendar.isClosed(p.date))
            continue;
        if (!target || p.id > target->payment.id)
            target = &line;
    }
    if (!target)
        return {.problem = Tr::tr("Refund of %1 dated %2: family %3 has no portal payment on or before that date "
                                  "with %1 not yet refunded to take it back from.")
                                   .arg(transaction.amount.toString(), date.toString(Qt::ISODate))
                                   .arg(match.familyId)};
    LedgerStore store(m_db, m_user);
    return {.paymentId = RefundWriter::write(m_db,
                                             store,
                                             audit,
                                             account,
                                             target->payment.id,
                                             transaction.amount,
                                             date,
                                             PaymentMethod::Portal,
                                             refundReason(transaction),
                                             RefundWriter::Mode::TakeBackAllocations),
            .problem = {}};
}

} // namespace paydesk::core::portal
