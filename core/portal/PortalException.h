#pragma once

#include "money/Money.h"
#include "portal/PortalTransaction.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk::core::portal {

// One record of a clearinghouse report that could not post: an unknown account, a missing
// account number, a name that does not match, a refund with no payment to take back, a record
// that could not be read, an insurer's 835 (line 0: the whole file).
struct PortalException
{
    enum class Status { Open, Matched, Dismissed };

    qint64 id = 0;
    QString file;
    int line = 0;
    QString raw;
    QString reason; // translated when it was recorded, stored as shown
    Status status = Status::Open;

    // A transaction was read from the record: it can be matched to a family and posted. An
    // unreadable record (or an insurer's 835) can only be dismissed.
    bool matchable = false;
    // What was read, for the desk's queue (meaningful when matchable).
    PortalDirection direction = PortalDirection::Payment;
    Money amount;
    QDate date; // the date it would post on
    QString patientName; // "Last, First" of an EOD record, or an 835's N102
    QString accountNumber;

    // Once resolved.
    qint64 familyId = 0;  // matched to
    qint64 paymentId = 0; // the payment or refund the match posted
    QString resolvedBy;
    QDateTime resolvedAt; // UTC
    QString resolution; // the dismissal's reason

    static QString statusCode(Status status); // "open", "matched", "dismissed"
    QString statusLabel() const;              // translated

    // The keys: id, file, line, raw, reason, status (statusCode); more keys may follow.
    QJsonObject toJson() const;
};

} // namespace paydesk::core::portal
