#pragma once

#include "ledger/Adjustment.h"
#include "ledger/Allocation.h"

#include <QList>
#include <QString>

namespace paydesk::core {

class Database;
class LedgerCalendar;
struct FamilyAccount;

// What voiding a charge or an adjustment writes: the void (an adjustment of kind void,
// dated today) and a mirror (rule void) of each allocation row it takes back, whose money
// goes back to its payment as unallocated credit.
struct ItemVoid
{
    enum class Item { Charge, Adjustment };

    struct Credit
    {
        qint64 paymentId = 0;
        Money amount;
    };

    Item item = Item::Charge;
    qint64 itemId = 0;
    qint64 familyId = 0;
    Adjustment voidRow;          // id 0 in a preview
    QList<Allocation> takenBack; // the rows reversed, as they stand (not their mirrors)

    // Σ takenBack: what goes back to payments as credit.
    Money returnedCredit() const;
    // The same per payment, in payment id order.
    QList<Credit> creditByPayment() const;
};

// Takes back a charge or an adjustment entered by mistake. Nothing is deleted: the void is
// one more adjustment row that cancels the item, so a charge's balance stays its amount +
// adjustments − insurance − write-off − allocations in every report and export.
//
// - A charge: the void is attached to it with −(its amount + its attached adjustments),
//   after every standing allocation to it is reversed. Refused when a claim names it
//   (insurance is settled on the claim), when it was voided already, or when it is dated
//   in the closed period.
// - An adjustment: the void reverses it (−its amount, attached to the same charge or to
//   none). A stand-alone one's allocations are reversed first; voiding an attached one
//   that would take its charge below zero (a fee on a paid charge) takes back the charge's
//   allocations, newest first and whole rows, until it is not. Refused when it is a void
//   or voided already, when its charge was voided, or when it is in the closed period.
//
// Each void is one transaction that locks the family and writes the audit trail.
class ItemVoider
{
public:
    ItemVoider(const Database &db, QString user);

    // What the void would write as the ledger stands, for the clerk to confirm. Throws
    // Refusal when the item may not be voided.
    ItemVoid previewCharge(qint64 chargeId) const;
    ItemVoid previewAdjustment(qint64 adjustmentId) const;

    // Writes the void; refused as the preview is, and for an empty reason. The result has
    // the ids written.
    ItemVoid voidCharge(qint64 chargeId, const QString &reason);
    ItemVoid voidAdjustment(qint64 adjustmentId, const QString &reason);

    // The plans themselves, on an account as read.
    static ItemVoid planChargeVoid(const FamilyAccount &account, qint64 chargeId, const LedgerCalendar &calendar);
    static ItemVoid planAdjustmentVoid(const FamilyAccount &account,
                                       qint64 adjustmentId,
                                       const LedgerCalendar &calendar);

private:
    ItemVoid preview(ItemVoid::Item item, qint64 id) const;
    ItemVoid write(ItemVoid::Item item, qint64 id, const QString &reason);

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
