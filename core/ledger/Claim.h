#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

// An insurance claim converted from another system. Insurance posting beyond the
// conversion is a later feature: here claims only carry what insurance already paid.
struct Claim
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString payer;
    QString status;
    qint64 providerId = 0; // defaults to the provider of the claim's first procedure
    qint64 clinicId = 0;
};

// What insurance paid and wrote off on one procedure (charge) of a claim.
struct ClaimProcedure
{
    qint64 id = 0;
    qint64 claimId = 0;
    qint64 chargeId = 0;
    Money insurancePaid;
    Money writeOff;
};

// An "as total" insurance payment on a claim, not tied to its procedures until the Family
// Balancer spreads it.
struct ClaimPayment
{
    qint64 id = 0;
    qint64 claimId = 0;
    QDate date;
    Money amount;
};

// A slice of an as-total claim payment spread onto a procedure. Like allocations, spreads
// are only added: taking one back is a spread of the opposite sign.
struct ClaimSpread
{
    qint64 id = 0;
    qint64 claimPaymentId = 0;
    qint64 chargeId = 0;
    Money amount;
    qint64 runId = 0;
    qint64 reversesSpreadId = 0;
};

} // namespace paydesk::core
