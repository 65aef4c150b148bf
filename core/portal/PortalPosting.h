#pragma once

#include "ledger/LedgerCalendar.h"
#include "portal/PortalAccountMatcher.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace paydesk::core {
class AuditLog;
class Database;
} // namespace paydesk::core

namespace paydesk::core::portal {

struct PortalTransaction;

// Posts one clearinghouse transaction on the family it matched, inside the caller's
// transaction, as `user`: a payment on the guarantor (method portal, reference the transaction
// id or an 835's authorization number, auto-allocated FIFO across the family unless it keeps the legacy ledger, PaymentPoster's
// own writing), or a refund of the family's portal payment it belongs to (RefundWriter, taking
// allocations back), dated the practice's date of the transaction.
class PortalPosting
{
public:
    // Reads the practice's calendar and portal.time_zone once: a fetch posts many.
    PortalPosting(const Database &db, QString user);

    // The practice's date (practice.time_zone) of the transaction's time read in
    // portal.time_zone; an 835's BPR16 date as it is.
    QDate dateOf(const PortalTransaction &transaction) const;
    // "InstaMed <action> <transaction id>": a refund's reason.
    static QString refundReason(const PortalTransaction &transaction);

    struct Result
    {
        qint64 paymentId = 0; // the payment or refund written
        QString problem;      // why nothing was written (translated); then paymentId is 0
    };
    // Refuses with `problem`, having written nothing, a date the ledger does not take (the
    // closed period, after today) and a refund with no payment to take back (method portal,
    // a payment not voided, dated on or before the refund, whose unrefunded amount covers it;
    // the highest id of those). A Refusal thrown past those checks may follow writes: the
    // caller's transaction must roll back.
    Result post(const PortalTransaction &transaction, const PortalAccountMatcher::Match &match, AuditLog &audit) const;

private:
    qint64 payment(const PortalTransaction &transaction,
                   const PortalAccountMatcher::Match &match,
                   QDate date,
                   AuditLog &audit) const;
    Result refund(const PortalTransaction &transaction,
                  const PortalAccountMatcher::Match &match,
                  QDate date,
                  AuditLog &audit) const;

    const Database &m_db;
    QString m_user;
    LedgerCalendar m_calendar;
    QTimeZone m_portalZone;
};

} // namespace paydesk::core::portal
