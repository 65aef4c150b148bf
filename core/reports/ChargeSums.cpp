#include "reports/ChargeSums.h"

namespace paydesk::core::ChargeSums {

QByteArray columns()
{
    // Sums of BIGINT are NUMERIC on PostgreSQL, hence the casts.
    return QByteArrayLiteral(
            "c.amount_cents,"
            " COALESCE((SELECT CAST(SUM(a.amount_cents) AS BIGINT) FROM adjustments a WHERE a.charge_id = c.id), 0),"
            " COALESCE((SELECT CAST(SUM(i.ins_paid_cents) AS BIGINT) FROM claim_procs i WHERE i.charge_id = c.id), 0)"
            " + COALESCE((SELECT CAST(SUM(s.amount_cents) AS BIGINT) FROM claim_spreads s WHERE s.charge_id = c.id), "
            "0),"
            " COALESCE((SELECT CAST(SUM(i.writeoff_cents) AS BIGINT) FROM claim_procs i WHERE i.charge_id = c.id), 0),"
            " COALESCE((SELECT CAST(SUM(l.amount_cents) AS BIGINT) FROM allocations l WHERE l.charge_id = c.id), 0)");
}

} // namespace paydesk::core::ChargeSums
