#include "ledger/AllocationRow.h"

#include "storage/SqlQuery.h"

namespace paydesk::core::AllocationRow {

QString columns()
{
    return QStringLiteral("a.id, a.payment_id, a.target, a.charge_id, a.adjustment_id, a.amount_cents, a.patient_id,"
                          " a.provider_id, a.clinic_id, a.rule, a.reverses_allocation_id, a.transfer_id, a.run_id");
}

Allocation read(const SqlQuery &q, int first)
{
    Allocation a;
    a.id = q.id(first);
    a.paymentId = q.id(first + 1);
    a.target = allocationTargetFromColumns(q.textView(first + 2), q.id(first + 3), q.id(first + 4));
    a.amount = q.money(first + 5);
    a.patientId = q.id(first + 6);
    a.providerId = q.id(first + 7);
    a.clinicId = q.id(first + 8);
    a.rule = allocationRuleFromCode(q.textView(first + 9));
    a.reversesAllocationId = q.id(first + 10);
    a.transferId = q.id(first + 11);
    a.runId = q.id(first + 12);
    return a;
}

} // namespace paydesk::core::AllocationRow
