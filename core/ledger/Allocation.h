#pragma once

#include "money/Money.h"

#include <QAnyStringView>
#include <QString>

namespace paydesk::core {

// What an allocation pays: a charge, a stand-alone adjustment, or the family's unearned
// income (a prepayment kept on purpose).
struct AllocationTarget
{
    enum class Kind { Charge, Adjustment, Unearned };

    Kind kind = Kind::Unearned;
    qint64 id = 0; // charge or adjustment id; 0 for unearned

    static AllocationTarget charge(qint64 id) { return {Kind::Charge, id}; }
    static AllocationTarget adjustment(qint64 id) { return {Kind::Adjustment, id}; }
    static AllocationTarget unearned() { return {Kind::Unearned, 0}; }

    bool operator==(const AllocationTarget &) const = default;
};

QString allocationTargetCode(AllocationTarget::Kind kind); // "charge", "adjustment", "unearned"
// The target of a stored allocation row: its target code and its charge_id and adjustment_id.
AllocationTarget allocationTargetFromColumns(QAnyStringView code, qint64 chargeId, qint64 adjustmentId);

// Which rule wrote an allocation row. Transfer, Recreate and Offset are the Family
// Balancer's methods; Reverse takes back the rows of a balancer run or an earlier transfer.
// Migration: the FIFO rows a practice group's migration from the legacy ledger wrote, kept
// apart from Auto so that what the conversion did can be told from what clerks did since.
enum class AllocationRule { Manual, Auto, Import, Unallocate, Void, Transfer, Recreate, Offset, Reverse, Migration };

QString allocationRuleCode(AllocationRule rule);
AllocationRule allocationRuleFromCode(QAnyStringView code);

// A signed slice of one payment's money assigned to a target. Rows are only ever added:
// taking money back is a row with the opposite sign that names the row it reverses.
struct Allocation
{
    qint64 id = 0;
    qint64 paymentId = 0;
    AllocationTarget target;
    Money amount;
    qint64 patientId = 0;  // copied from the target (unearned: the payment's patient)
    qint64 providerId = 0; // 0: none
    qint64 clinicId = 0;   // 0: none
    AllocationRule rule = AllocationRule::Manual;
    qint64 reversesAllocationId = 0;
    qint64 transferId = 0; // the $0 income transfer (a payment) that groups the row, if any
    qint64 runId = 0;      // the balancer run that wrote it, if any
};

} // namespace paydesk::core
