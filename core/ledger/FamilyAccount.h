#pragma once

#include "ledger/Adjustment.h"
#include "ledger/Allocation.h"
#include "ledger/Charge.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"

#include <QHash>
#include <QList>

namespace paydesk::core {

// A charge with what has been applied to it.
struct ChargeLine
{
    Charge charge;
    Money adjusted;  // attached adjustments (signed)
    Money allocated; // net allocations to it

    // amount + attached adjustments − allocations. Negative means overpaid (legacy imports only).
    Money balance() const { return charge.amount + adjusted - allocated; }
};

struct AdjustmentLine
{
    Adjustment adjustment;
    Money allocated; // only stand-alone adjustments take allocations

    // What a stand-alone adjustment still asks of the family; attached ones count in their charge.
    Money balance() const { return adjustment.chargeId ? Money() : adjustment.amount - allocated; }
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

// Everything PayDesk knows about one family's money, read in one go. Totals are computed,
// never stored. Invariant: balance() == Σ charge balances + Σ stand-alone adjustment
// balances − unallocated() − unearned().
struct FamilyAccount
{
    qint64 familyId = 0;
    QList<Patient> members;
    QList<ChargeLine> charges;         // date, id order
    QList<AdjustmentLine> adjustments; // date, id order
    QList<PaymentLine> payments;       // date, id order
    QList<Allocation> allocations;     // id order
    QHash<qint64, QString> providerCodes;
    QHash<qint64, QString> clinicCodes;

    const Patient *guarantor() const;
    const Patient *member(qint64 patientId) const;
    const ChargeLine *charge(qint64 chargeId) const;
    const AdjustmentLine *adjustment(qint64 adjustmentId) const;
    const PaymentLine *payment(qint64 paymentId) const;

    Money chargesTotal() const;
    Money adjustmentsTotal() const;
    Money paymentsTotal() const;
    // charges + adjustments − payments, whatever the allocation.
    Money balance() const;
    // Σ over payments of amount − allocations.
    Money unallocated() const;
    // Σ of the rows that target unearned income.
    Money unearned() const;
    // What the patient still owes on charges and stand-alone adjustments (positive parts only).
    Money outstanding() const;
};

} // namespace paydesk::core
