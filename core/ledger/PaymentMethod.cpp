#include "ledger/PaymentMethod.h"

#include "util/Tr.h"

namespace paydesk::core {

namespace {
const std::initializer_list<PaymentMethod> methods = {PaymentMethod::Cash, PaymentMethod::Check, PaymentMethod::Card,
                                                      PaymentMethod::Portal, PaymentMethod::Other};
}

QString paymentMethodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::Check: return QStringLiteral("check");
    case PaymentMethod::Card: return QStringLiteral("card");
    case PaymentMethod::Portal: return QStringLiteral("portal");
    case PaymentMethod::Other: return QStringLiteral("other");
    case PaymentMethod::Transfer: return QStringLiteral("transfer");
    }
    return {};
}

std::optional<PaymentMethod> parsePaymentMethod(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (PaymentMethod m : methods) {
        if (trimmed.compare(paymentMethodCode(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

std::optional<PaymentMethod> paymentMethodFromCode(QAnyStringView code)
{
    // Stored codes are written by paymentMethodCode(): compared as they are, without a copy.
    for (PaymentMethod m : methods) {
        if (code == paymentMethodCode(m))
            return m;
    }
    if (code == paymentMethodCode(PaymentMethod::Transfer))
        return PaymentMethod::Transfer;
    return parsePaymentMethod(code.toString());
}

QString paymentMethodLabel(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return Tr::tr("Cash");
    case PaymentMethod::Check: return Tr::tr("Check");
    case PaymentMethod::Card: return Tr::tr("Card");
    case PaymentMethod::Portal: return Tr::tr("Portal");
    case PaymentMethod::Other: return Tr::tr("Other");
    case PaymentMethod::Transfer: return Tr::tr("Txfr");
    }
    return {};
}

const std::initializer_list<PaymentMethod> &allPaymentMethods()
{
    return methods;
}

} // namespace paydesk::core
