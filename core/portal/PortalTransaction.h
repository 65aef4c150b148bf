#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class QTimeZone;

namespace paydesk::core::portal {

// Which report a transaction was read from: the reports differ in what they can say (an EOD
// record has a time of day and the patient's name in parts; an 835 has only a date and the
// name as one string), and matching and dating follow from that.
enum class PortalSource { EodPostingFile, Remittance835 };

// InstaMed's transaction action (EOD field 6).
enum class PortalAction { AuthCapt, Credit, Return };

// Whether the money came in (a payment) or goes back to the patient (a refund, a chargeback,
// a returned eCheck).
enum class PortalDirection { Payment, Refund };

// One transaction as read from a clearinghouse report, before any matching or posting. A
// parser fills it only from a record it read completely: every field here was checked, so a
// PortalTransaction never holds a guessed value.
struct PortalTransaction
{
    PortalSource source = PortalSource::EodPostingFile;
    QString file; // the report's file name, as in the folder
    int line = 0; // 1-based line of the record (for an 835, of its ST segment)
    QString raw;  // the record as it stands in the file, for the exceptions queue

    QString paymentType; // CreditCard, DebitCard, eCheck, Cash (empty for an 835)
    PortalAction action = PortalAction::AuthCapt;
    core::Money amount; // always positive; the direction says which way it goes
    QString cardType;
    QString transactionId;       // with the action, what makes a transaction the same one
    QString authorizationNumber; // an 835's TRN02

    // The wall-clock time InstaMed wrote, which carries no zone: its timeSpec is only a
    // carrier (UTC, so that no daylight-saving rule of this machine shifts or refuses it).
    // Read it through timeIn(portal.time_zone). For an 835 it is BPR16's date at 00:00.
    QDateTime time;
    QString status; // A, C, S, D, V, SE, CB, RI (empty for an 835)

    QString patientLastName;
    QString patientFirstName;
    QString patientMiddleName;
    QString patientName;   // an 835's N102 as one string ("Patient" when unknown); empty for EOD
    QString accountNumber; // as written, leading zeros kept; may be empty

    PortalDirection direction = PortalDirection::Payment;

    // The longest identifier or name a transaction keeps. InstaMed's are far shorter; a longer
    // one is a damaged record, and the database indexes these values.
    static constexpr qsizetype maxFieldLength = 100;
    // A reason for each field longer than maxFieldLength, named as its report names it; the
    // parsers refuse the record with them.
    QStringList overlongFields() const;

    // The instant of `time` read in the given zone (portal.time_zone).
    QDateTime timeIn(const QTimeZone &zone) const;

    // Why this transaction posts nothing although it was read completely (a declined, voided or
    // errored card transaction: status D, V or SE), translated; empty when it posts.
    QString skipReason() const;

    // What an EOD (action, status) pair does, the one definition of "What each status does":
    // AuthCapt with A, C or S is a payment; Credit or Return with A, C or S, and any action with
    // CB or RI, is a refund; D, V and SE are skipped (skipReason; directionOf still names the
    // way the money would have gone). Any other status is unknown: the record is a problem.
    static bool isKnownStatus(const QString &status);
    static PortalDirection directionOf(PortalAction action, const QString &status);

    static QString actionName(PortalAction action); // "AuthCapt", "Credit", "Return"
};

} // namespace paydesk::core::portal
