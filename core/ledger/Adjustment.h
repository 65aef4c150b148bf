#pragma once

#include "money/Money.h"

#include <QAnyStringView>
#include <QDate>
#include <QString>

namespace paydesk::core {

// A signed change to what a patient owes: a discount or write-off (negative), a fee
// (positive). Attached to a charge it changes that charge's balance; on its own it is an
// item of the family's balance that payments can be allocated to.
//
// A void is an adjustment too, of kind Void and type AdjustmentTypes::voidCode(), so that
// every balance rule keeps counting charges + adjustments: with reversesAdjustmentId it
// cancels that adjustment (the negated amount, attached to the same charge or to none);
// without, attached to a charge, it voids the charge (the negated amount of the charge and
// its attached adjustments).
struct Adjustment
{
    enum class Kind { Adjustment, Void };

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 clinicId = 0;
    QDate date;
    QString type;
    Money amount;
    qint64 chargeId = 0; // 0: not attached to a charge
    Kind kind = Kind::Adjustment;
    qint64 reversesAdjustmentId = 0; // the adjustment a void cancels; 0 for a charge's void
    QString note{};                  // a void's reason

    bool isVoid() const { return kind == Kind::Void; }
    // The void of a whole charge (rather than of one adjustment).
    bool voidsCharge() const { return isVoid() && reversesAdjustmentId == 0 && chargeId != 0; }
};

QString adjustmentKindCode(Adjustment::Kind kind); // "adjustment", "void"
Adjustment::Kind adjustmentKindFromCode(QAnyStringView code);

} // namespace paydesk::core
