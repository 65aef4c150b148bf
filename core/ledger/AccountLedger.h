#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paydesk::core {

struct AdjustmentLine;
struct FamilyAccount;

// One row of a family's ledger: something dated that changed, or might have changed, what
// the family owes.
struct LedgerEntry
{
    enum class Kind {
        Charge,
        Adjustment,       // attached or stand-alone, voids of charges and adjustments included
        InsurancePaid,    // a claim procedure's insurance payment
        WriteOff,         // a claim procedure's write-off
        InsurancePayment, // an as-total claim payment
        Payment,
        Void, // of a payment
        Refund,
        Transfer,     // the Family Balancer's $0 income transfer
        TransferLine, // what one transfer moved for one patient, provider and clinic
    };

    QDate date;
    Kind kind = Kind::Charge;
    // The record the row shows: the charge, adjustment, claim procedure, claim payment or
    // payment; a transfer line's transfer.
    qint64 id = 0;
    // The charge the row concerns: a charge itself, the charge an adjustment is attached to,
    // a claim procedure's charge; 0 for none.
    qint64 chargeId = 0;
    qint64 patientId = 0;
    QString description;
    // Signed by the row's effect on the balance: positive raises what the family owes.
    Money amount;
    // A transfer line's move (negative where the money left); zero on every other row.
    Money moved;
    // The family's balance after this row.
    Money balance;
};

// The family's ledger: every charge, adjustment, insurance payment and write-off, payment,
// void, refund and income transfer in one list with a running balance.
//
// Order: by date; on one date charges, then adjustments, then insurance (claim procedures,
// then as-total claim payments), then payments with their voids, refunds and transfers
// (each transfer followed by its lines); within each group by id, so the order is stable
// and a void follows what it voids. Insurance is dated by its claim (a procedure) or its
// own date (an as-total payment); spreading an as-total payment onto procedures changes no
// balance and is no row.
//
// Invariant: the last row's balance is account.balance(), since every amount that
// balance() sums is exactly one row's amount.
class AccountLedger
{
public:
    static QList<LedgerEntry> of(const FamilyAccount &account);

    // What an adjustment row says, in one place ("Discount on charge #41"); a voided one adds
    // "(voided by #57)", as a voided charge or payment does.
    static QString adjustmentLabel(const FamilyAccount &account, const AdjustmentLine &line);
    // What a $0 income transfer is, wherever it is listed: "Income transfer of run #3", and
    // once its rows are reversed ", reversed by run #5" (TransferLines::reversedByRun).
    static QString transferLabel(const FamilyAccount &account, qint64 transferId);
};

} // namespace paydesk::core
