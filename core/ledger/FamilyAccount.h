#pragma once

#include "ledger/Adjustment.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/Allocation.h"
#include "ledger/Balances.h"
#include "ledger/Charge.h"
#include "ledger/Claim.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"

#include <QHash>
#include <QList>

namespace paydesk::core {

// A charge with what has been applied to it.
struct ChargeLine
{
    Charge charge;
    Money adjusted;      // attached adjustments (signed)
    Money insurancePaid; // claim procedures plus spread as-total claim payments
    Money writtenOff;    // insurance write-offs
    Money allocated;     // net allocations of patient money to it
    qint64 voidedById = 0; // the adjustment of kind void that voided it, if any

    bool isVoided() const { return voidedById != 0; }
    // The patient portion before patient money: never below zero, since what insurance
    // pays beyond the charge is an insurance overpayment, not a credit of the patient.
    Money patientPortion() const { return Money::max(charge.amount + adjusted - insurancePaid - writtenOff, {}); }
    ChargeAmounts amounts() const
    {
        return {.amount = charge.amount,
                .adjusted = adjusted,
                .insurancePaid = insurancePaid,
                .writtenOff = writtenOff,
                .allocated = allocated};
    }
    // ChargeAmounts::balance(): negative means overpaid.
    Money balance() const { return amounts().balance(); }
    // Patient money beyond the patient portion: the part the Family Balancer moves on.
    Money patientOverpaid() const { return Money::max(Money::min(allocated - patientPortion(), allocated), {}); }
    // Insurance and write-off beyond the charge: reported, never moved.
    Money insuranceOverpaid() const { return Money::max(insurancePaid + writtenOff - charge.amount - adjusted, {}); }
};

struct AdjustmentLine
{
    Adjustment adjustment;
    Money allocated;       // only stand-alone adjustments take allocations
    qint64 voidedById = 0; // the void that reversed it, if any
    Money voided;          // that void's amount (the negated amount of this one)

    bool isVoided() const { return voidedById != 0; }
    // What a stand-alone adjustment still asks of the family, its void counted in; attached
    // ones count in their charge, and a void counts in what it reverses, so its own is 0.
    Money balance() const
    {
        return adjustment.chargeId || adjustment.isVoid() ? Money() : adjustment.amount + voided - allocated;
    }
};

struct PaymentLine
{
    Payment payment;
    Money allocated;         // every allocation row of the payment, unearned included
    qint64 reversedById = 0; // the void that cancelled it, if any
    Money refunded;          // sum of refunds written against it (negative)

    Money unallocated() const { return payment.amount - allocated; }
    // What may still be allocated or refunded: refunds are payments of their own, so the
    // original's rows do not show the credit that was handed back.
    Money availableCredit() const { return unallocated() + refunded; }
    bool isVoided() const { return reversedById != 0; }
};

struct ClaimPaymentLine
{
    ClaimPayment payment;
    Money spread; // net spread onto procedures

    Money unspread() const { return payment.amount - spread; }
};

// Everything PayDesk knows about one family's money, read in one go. Totals are computed,
// never stored. Invariant: balance() == Σ charge balances + Σ stand-alone adjustment
// balances − unallocated() − unearned() − unspreadInsurance().
struct FamilyAccount
{
    qint64 familyId = 0;
    QList<Patient> members;
    QList<ChargeLine> charges;         // date, id order
    QList<AdjustmentLine> adjustments; // date, id order
    QList<PaymentLine> payments;       // date, id order
    QList<Allocation> allocations;     // id order
    QList<Claim> claims;               // id order
    QList<ClaimProcedure> claimProcedures;
    QList<ClaimPaymentLine> claimPayments; // date, id order
    QList<ClaimSpread> claimSpreads;       // id order
    QHash<qint64, QString> providerCodes;
    QHash<qint64, QString> clinicCodes;
    QHash<QString, AdjustmentType> adjustmentTypes; // by code in lower case

    const Patient *guarantor() const;
    const Patient *member(qint64 patientId) const;
    const ChargeLine *charge(qint64 chargeId) const;
    const AdjustmentLine *adjustment(qint64 adjustmentId) const;
    const PaymentLine *payment(qint64 paymentId) const;
    const Claim *claim(qint64 claimId) const;
    // The payment's allocation rows still standing: neither a reversal nor reversed, in id
    // order. What a void or a refund takes back.
    QList<Allocation> standingAllocations(qint64 paymentId) const;
    // The type's name in the user's language ("Discount", "Void"); a code the table lacks
    // is shown as written.
    QString adjustmentTypeName(const Adjustment &adjustment) const;

    Money chargesTotal() const;
    Money adjustmentsTotal() const;
    Money paymentsTotal() const;
    // Adds a row to the account and to the lines it touches, as if it had been read.
    void apply(const Allocation &allocation);
    void apply(const ClaimSpread &spread);

    // Insurance paid and written off on procedures, plus as-total claim payments.
    Money insuranceTotal() const;
    // As-total claim payments not yet spread onto procedures.
    Money unspreadInsurance() const;
    FamilyTotals totals() const;
    // FamilyTotals::balance(): charges + adjustments − patient payments − insurance,
    // whatever the allocation.
    Money balance() const;
    // Σ over payments of amount − allocations.
    Money unallocated() const;
    // Σ of the rows that target unearned income.
    Money unearned() const;
    // What the patient still owes on charges and stand-alone adjustments (positive parts only).
    Money outstanding() const;
};

} // namespace paydesk::core
