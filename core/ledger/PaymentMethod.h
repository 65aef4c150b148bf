#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk::core {

enum class PaymentMethod { Cash, Check, Card, Portal, Other };

// The stored and CSV form: "cash", "check", "card", "portal", "other".
QString paymentMethodCode(PaymentMethod method);
// Case-insensitive; nullopt for anything else.
std::optional<PaymentMethod> parsePaymentMethod(QStringView text);
// Translated label for screens and reports.
QString paymentMethodLabel(PaymentMethod method);
// Every method, in the order screens list them.
const std::initializer_list<PaymentMethod> &allPaymentMethods();

} // namespace paydesk::core
