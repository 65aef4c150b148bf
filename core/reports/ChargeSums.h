#pragma once

#include <QByteArray>

namespace paydesk::core::ChargeSums {

// The sums a charge's balance is made of (ChargeAmounts), for the charge aliased `c`, as
// five BIGINT columns in ChargeAmounts' order: amount, adjusted, insurance paid (claim
// procedures and spread claim payments), written off, allocated. The lists and the reports
// read a charge with this one definition.
QByteArray columns();

} // namespace paydesk::core::ChargeSums
