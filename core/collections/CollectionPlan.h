#pragma once

#include "money/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paydesk::core {

// How a CGM webPAY plan is collected: the processor charges a card it holds a token for.
// PayDesk never asks for, accepts or stores a card number or security code.
struct WebPay
{
    QString merchant; // one of the practice's merchants (collection_merchants)
    QString method;   // one of its payment methods (collection_methods)
    QString holder;   // Card Holder Name; may be empty
    QString zip;      // Card Holder Zip Code: five digits, or empty

    // merchant, method, holder, zip.
    QJsonObject toJson() const;
};

// A payment plan watched by the collections process (a row of collection_plans): a
// non-delinquent plan (CGM's Non-Delinquent Payment Plan screen) or a collection payment
// plan for an account already in collections. A family has at most one Active plan of any
// kind, this or a statement plan (PaymentPlan).
struct CollectionPlan
{
    enum class Kind { NonDelinquent, Collection };
    enum class Status { Active, Failed, Ended, Completed };

    qint64 id = 0;
    qint64 familyId = 0;
    Kind kind = Kind::NonDelinquent;
    Status status = Status::Active;
    QDate start;           // Start Date of Plan
    Money amount;          // Payment Amount, due every paymentDays
    int paymentDays = 0;   // Payment Days, 1–99
    QDate nextPaymentDate; // the due date the run checks on the day after it
    // The period being paid: payments dated after this, up to nextPaymentDate, count. The
    // day before the start for the first period, then the previous due date.
    QDate paidAfter;
    QString defaultStatus; // Status for Default: a collection status code
    std::optional<WebPay> webpay;
    QDate endedOn;         // Failed, Ended or Completed: the day
    QString endedBy;       // the user, or daily-run
    QString endNote;

    // Information only, from the ledger (not stored): the family's latest patient payment.
    QDate lastPaymentDate;
    Money lastPaymentAmount;

    // "non-delinquent", "collection"; "Active", "Failed", "Ended", "Completed": the JSON's and
    // the CSV's words, not translated.
    static QString kindText(Kind kind);
    static std::optional<Kind> parseKind(const QString &text);
    static QString statusText(Status status);
    // The status in the user's language, for the desk.
    static QString statusLabel(Status status);
    static std::optional<Status> parseStatus(const QString &text);

    // kind, start, amount, payment_days, next_payment_date, last_payment_date,
    // last_payment_amount, default_status, webpay (null or WebPay::toJson), status: the
    // `plan` of `collections status --json`. Money as two-decimal strings, dates YYYY-MM-DD
    // or null.
    QJsonObject toJson() const;
};

} // namespace paydesk::core
