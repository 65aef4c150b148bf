#pragma once

#include "ledger/PaymentMethod.h"
#include "money/Money.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

namespace paydesk::ui {

class ErrorLabel;
class MoneyEdit;
class PaymentMethodCombo;

// Confirms a reversal: shows what will be reversed and asks why (the reason goes to the
// audit trail, so OK stays disabled until one is typed). A refund also asks how much, up
// to the refundable credit, and how the money goes back. On OK the commit function runs;
// a refusal it throws is shown here and the dialog stays open.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Void, Refund };

    // `refundable` and `method` (the refund's default) are used by Mode::Refund only.
    ReasonDialog(Mode mode,
                 const QString &summary,
                 core::Money refundable,
                 core::PaymentMethod method,
                 QWidget *parent = nullptr);

    void setCommit(std::function<void()> commit) { m_commit = std::move(commit); }

    QString reason() const;
    // Refund only; valid when accepted.
    core::Money amount() const { return m_amountValue; }
    core::PaymentMethod method() const;

    void accept() override;

private:
    Mode m_mode;
    core::Money m_amountValue;
    std::function<void()> m_commit;

    QLineEdit *m_reason;
    MoneyEdit *m_amount = nullptr;
    PaymentMethodCombo *m_method = nullptr;
    ErrorLabel *m_errors;
    QPushButton *m_ok;
};

} // namespace paydesk::ui
