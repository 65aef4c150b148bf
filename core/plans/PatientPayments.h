#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace paydesk::core {

class Database;

// One patient payment of a family, as the payment-plans feature counts them.
struct PatientPayment
{
    qint64 familyId = 0;
    QDate date;
    qint64 cents = 0;
};

// The payment-plans feature's definition of a family's patient payments, the one both the
// statement plans (the days since the last payment) and the collection plans (what a period
// paid) read: positive payments (kind 'payment': not a refund, a void or a $0 transfer) not
// voided by a void dated up to the day looked from, and only rows with an id up to the
// daily run's payments mark (the run's balances count the same rows).
class PatientPayments
{
public:
    // The dates of one family's payments to read, both included.
    struct Window
    {
        qint64 familyId = 0;
        QDate from;
        QDate to;
    };

    // Each window's payments as seen on `asOf` with ids up to `mark`, grouped by family in
    // the windows' order and oldest first within a family. A family appears in one window.
    static QList<PatientPayment> read(const Database &db, const QList<Window> &windows, QDate asOf, qint64 mark);

    struct Latest
    {
        QDate date;
        Money amount;
    };
    // The family's latest one, by date then entry, whatever its date and counting every row
    // (no mark); nullopt: none. The plan screen's Last Payment Date and Last Payment Amount.
    static std::optional<Latest> latest(const Database &db, qint64 familyId);
};

} // namespace paydesk::core
