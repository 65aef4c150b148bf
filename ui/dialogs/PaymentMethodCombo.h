#pragma once

#include "ledger/PaymentMethod.h"

#include <QComboBox>

namespace paydesk::ui {

// Cash, check, card, portal or other, in the order the core lists them.
class PaymentMethodCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit PaymentMethodCombo(QWidget *parent = nullptr);

    core::PaymentMethod method() const;
    void setMethod(core::PaymentMethod method);
};

} // namespace paydesk::ui
