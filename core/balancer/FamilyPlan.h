#pragma once

#include "ledger/Allocation.h"
#include "ledger/Charge.h"
#include "ledger/Claim.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace paydesk::core {

// A $0 procedure that takes the insurance money of a claim that had nowhere else to go, so
// that it shows as an insurance overpayment to review.
struct PlaceholderProcedure
{
    Charge charge; // id < 0 until written
    qint64 claimId = 0;
};

// What the Family Balancer would write for one family: rows only ever added. A refused
// family has a reason and nothing to write.
struct FamilyPlan
{
    // transferId of the rows that the run's new $0 income transfer groups.
    static constexpr qint64 newTransfer = -1;

    qint64 familyId = 0;
    QString refusal;
    QList<Allocation> allocations;
    QList<ClaimSpread> spreads; // chargeId < 0: a placeholder of this plan
    QList<PlaceholderProcedure> placeholders;
    QDate transferDate;
    qint64 transferPatientId = 0; // the guarantor, who holds the transfer
    // The offset rows this plan takes back: like the offsets, their reversals move nothing.
    QSet<qint64> reversedOffsets;

    bool isRefused() const { return !refusal.isEmpty(); }
    bool isEmpty() const { return allocations.isEmpty() && spreads.isEmpty() && placeholders.isEmpty(); }
    bool needsTransfer() const;
    // What left one place for another, each move counted once, whichever way it goes.
    // Offsets (a negative payment netted against what cancels it) move nothing.
    Money amountMoved() const;
    // The plan's rows as the balancer lists and counts them everywhere (outcomes, run
    // records, the undo prompt): allocation rows and claim spreads, the rows that move money
    // and that an undo reverses one for one. The $0 transfer payment and the placeholder
    // procedures that hold them are not rows of the count.
    qint64 rowCount() const;
};

} // namespace paydesk::core
