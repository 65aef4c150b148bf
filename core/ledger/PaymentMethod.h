#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk::core {

// Transfer is the $0 income transfer the Family Balancer writes to group the rows it moves
// (shown as "Txfr"); nobody posts one by hand, so it is not among the methods a clerk or an
// import may choose.
enum class PaymentMethod { Cash, Check, Card, Portal, Other, Transfer };

// The stored and CSV form: "cash", "check", "card", "portal", "other".
QString paymentMethodCode(PaymentMethod method);
// A method a clerk or an import may give, case-insensitive; nullopt for anything else
// (transfer included).
std::optional<PaymentMethod> parsePaymentMethod(QStringView text);
// Any stored code, transfer included.
std::optional<PaymentMethod> paymentMethodFromCode(QAnyStringView code);
// Translated label for screens and reports.
QString paymentMethodLabel(PaymentMethod method);
// Every method a clerk may choose, in the order screens list them.
const std::initializer_list<PaymentMethod> &allPaymentMethods();

} // namespace paydesk::core
