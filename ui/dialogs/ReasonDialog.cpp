#include "dialogs/ReasonDialog.h"

#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/PaymentMethodCombo.h"
#include "dialogs/WindowFit.h"
#include "print/LedgerText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

ReasonDialog::ReasonDialog(
        Mode mode, const QString &summary, core::Money refundable, core::PaymentMethod method, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_reason(new QLineEdit(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(mode == Mode::Void ? tr("Void payment") : tr("Refund payment"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required: kept in the audit trail"));

    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("summary"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    if (mode == Mode::Refund) {
        m_amount = new MoneyEdit(this);
        m_amount->setObjectName(QStringLiteral("amount"));
        m_amount->setMoney(refundable);
        m_method = new PaymentMethodCombo(this);
        m_method->setMethod(method);
        m_amount->setRule([refundable](core::Money amount) {
            if (amount.isPositive() && amount <= refundable)
                return QString();
            return tr("The refund %1 must be more than %2 and at most the unallocated credit of %3.")
                    .arg(LedgerText::money(amount), LedgerText::money(core::Money()), LedgerText::money(refundable));
        });
        m_amount->setMessageLabel(ErrorLabel::addFieldRow(form, tr("A&mount to refund:"), m_amount));
        form->addRow(tr("Refund &by:"), m_method);
    }
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(mode == Mode::Void ? tr("&Void payment") : tr("Re&fund"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ok->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    (m_amount ? static_cast<QWidget *>(m_amount) : m_reason)->setFocus();
    WindowFit::fitForm(this, 520);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

core::PaymentMethod ReasonDialog::method() const
{
    return m_method ? m_method->method() : core::PaymentMethod::Cash;
}

void ReasonDialog::accept()
{
    if (reason().isEmpty())
        return;
    if (m_mode == Mode::Refund) {
        const std::optional<core::Money> amount = m_amount->takeMoney();
        if (!amount)
            return;
        m_amountValue = *amount;
    }
    if (!m_commit || m_errors->run(m_commit))
        QDialog::accept();
}

} // namespace paydesk::ui
