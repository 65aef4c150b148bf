#include "dialogs/ItemVoidDialog.h"

#include "dialogs/ErrorLabel.h"
#include "dialogs/WindowFit.h"
#include "ledger/AccountReader.h"
#include "print/LedgerText.h"
#include "util/Errors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

ItemVoidDialog::ItemVoidDialog(
        const core::Database &db, QString user, core::ItemVoid::Item item, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(std::move(user))
    , m_reason(new QLineEdit(this))
    , m_errors(new ErrorLabel(this))
{
    core::ItemVoider voider(m_db, m_user);
    m_preview = item == core::ItemVoid::Item::Charge ? voider.previewCharge(id) : voider.previewAdjustment(id);
    m_account = core::AccountReader(m_db).load(m_preview.familyId);

    const bool charge = item == core::ItemVoid::Item::Charge;
    setWindowTitle(charge ? tr("Void charge #%1").arg(id) : tr("Void adjustment #%1").arg(id));
    auto *what = new QLabel(itemText(), this);
    what->setObjectName(QStringLiteral("item"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    auto *preview = new QLabel(previewText(), this);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setWordWrap(true);
    preview->setTextFormat(Qt::PlainText);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required: kept in the audit trail"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(charge ? tr("&Void charge") : tr("&Void adjustment"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    // A refusal names the reason or the ledger as it stood: typing again clears it.
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ok->setEnabled(!text.trimmed().isEmpty());
        m_errors->clearMessages();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemVoidDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(preview);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    m_reason->setFocus();
    WindowFit::fitForm(this, 560);
}

QString ItemVoidDialog::itemText() const
{
    if (m_preview.item == core::ItemVoid::Item::Charge) {
        const core::ChargeLine &line = *m_account.charge(m_preview.itemId);
        return tr("Charge #%1: %2, %3.")
                .arg(QString::number(line.charge.id),
                     LedgerText::itemLine(m_account, core::AllocationTarget::charge(line.charge.id)),
                     LedgerText::money(line.charge.amount));
    }
    const core::Adjustment &a = m_account.adjustment(m_preview.itemId)->adjustment;
    const core::Patient *patient = m_account.member(a.patientId);
    const QString text = tr("Adjustment #%1: %2 of %3 on %4 (%5).")
                                 .arg(QString::number(a.id),
                                      m_account.adjustmentTypeName(a),
                                      LedgerText::money(a.amount),
                                      LedgerText::date(a.date),
                                      patient ? patient->displayName() : QString());
    return a.chargeId ? text + u'\n' + tr("It is on charge #%1.").arg(a.chargeId) : text;
}

QString ItemVoidDialog::previewText() const
{
    const QString amount = LedgerText::money(m_preview.voidRow.amount);
    QStringList text{
            m_preview.item == core::ItemVoid::Item::Charge
                    ? tr("The void is an adjustment of %1 dated today: the charge then owes nothing.").arg(amount)
                    : tr("The void is an adjustment of %1 dated today that cancels it.").arg(amount)};
    const QList<core::ItemVoid::Credit> credits = m_preview.creditByPayment();
    if (credits.isEmpty()) {
        text << tr("No payment is allocated to it, so no payment changes.");
    } else {
        text << tr("These payments get back what they paid on it, as unallocated credit:");
        for (const core::ItemVoid::Credit &credit : credits) {
            const core::Payment &p = m_account.payment(credit.paymentId)->payment;
            text << tr("• %1 to payment #%2 (%3, %4)")
                            .arg(LedgerText::money(credit.amount),
                                 QString::number(p.id),
                                 QLocale().toLower(core::paymentMethodLabel(p.method)),
                                 LedgerText::date(p.date));
        }
    }
    return text.join(u'\n');
}

void ItemVoidDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return;
    core::ItemVoider voider(m_db, m_user);
    const bool written = m_errors->run([&] {
        m_done = m_preview.item == core::ItemVoid::Item::Charge ? voider.voidCharge(m_preview.itemId, reason)
                                                                : voider.voidAdjustment(m_preview.itemId, reason);
    });
    if (written)
        QDialog::accept();
}

} // namespace paydesk::ui
