#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

// A signed change to what a patient owes: a discount or write-off (negative), a fee
// (positive). Attached to a charge it changes that charge's balance; on its own it is an
// item of the family's balance that payments can be allocated to.
struct Adjustment
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 clinicId = 0;
    QDate date;
    QString type;
    Money amount;
    qint64 chargeId = 0; // 0: not attached to a charge
};

} // namespace paydesk::core
