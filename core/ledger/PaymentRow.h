#pragma once

#include "ledger/Payment.h"

namespace paydesk::core {

class SqlQuery;

// The one place that knows how a payments row maps onto Payment, for every reader.
namespace PaymentRow {
// The 13 columns read(), in its order, for a payments table aliased as `y`.
QString columns();
constexpr int columnCount = 13;
Payment read(const SqlQuery &q, int firstColumn = 0);
} // namespace PaymentRow

} // namespace paydesk::core
