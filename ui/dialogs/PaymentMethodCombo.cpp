#include "dialogs/PaymentMethodCombo.h"

namespace paydesk::ui {

PaymentMethodCombo::PaymentMethodCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("method"));
    for (core::PaymentMethod m : core::allPaymentMethods())
        addItem(core::paymentMethodLabel(m), static_cast<int>(m));
}

core::PaymentMethod PaymentMethodCombo::method() const
{
    return static_cast<core::PaymentMethod>(currentData().toInt());
}

void PaymentMethodCombo::setMethod(core::PaymentMethod method)
{
    setCurrentIndex(findData(static_cast<int>(method)));
}

} // namespace paydesk::ui
