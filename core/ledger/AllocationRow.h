#pragma once

#include "ledger/Allocation.h"

namespace paydesk::core {

class SqlQuery;

// The one place that knows how an allocations row maps onto Allocation, for every reader.
namespace AllocationRow {
// The 13 columns read(), in its order, for an allocations table aliased as `a`.
QString columns();
Allocation read(const SqlQuery &q, int firstColumn = 0);
} // namespace AllocationRow

} // namespace paydesk::core
