#include "dialogs/VoidRefundFlow.h"

#include "dialogs/ReasonDialog.h"
#include "ledger/AccountReader.h"
#include "ledger/PaymentPoster.h"
#include "print/LedgerText.h"
#include "util/Errors.h"

#include <QMessageBox>

namespace paydesk::ui {

namespace {

using core::FamilyAccount;
using core::PaymentLine;

// The payment, when it can still be reversed that way; otherwise tells the clerk why not,
// before anything is asked (the core's own checks: a payment of the closed period is refused
// here, as a charge's void is, not after the reason is typed).
const PaymentLine *reversiblePayment(const core::Database &db,
                                     const QString &user,
                                     qint64 paymentId,
                                     core::PaymentPoster::Reversal reversal,
                                     FamilyAccount &account,
                                     QWidget *parent)
{
    QString problem;
    const PaymentLine *line = nullptr;
    try {
        core::PaymentPoster(db, user).checkReversal(paymentId, reversal);
        const core::AccountReader reader(db);
        account = reader.load(*reader.familyOfPayment(paymentId));
        line = account.payment(paymentId);
    } catch (const core::Refusal &refusal) {
        problem = refusal.message();
    } catch (const core::StorageError &error) {
        problem = error.message();
    }
    if (problem.isEmpty())
        return line;
    QMessageBox::warning(parent, VoidRefundFlow::tr("Payment #%1").arg(paymentId), problem);
    return nullptr;
}

QString describePayment(const FamilyAccount &account, const PaymentLine &line)
{
    const core::Payment &p = line.payment;
    const core::Patient *patient = account.member(p.patientId);
    QString text = VoidRefundFlow::tr("Payment #%1: %2 by %3 on %4 from %5.")
                           .arg(QString::number(p.id),
                                LedgerText::money(p.amount),
                                QLocale().toLower(core::paymentMethodLabel(p.method)),
                                LedgerText::date(p.date),
                                patient ? patient->displayName() : QString());
    if (!p.reference.isEmpty())
        text += u'\n' + VoidRefundFlow::tr("Reference: %1").arg(p.reference);
    return text;
}

} // namespace

bool VoidRefundFlow::voidPayment(const core::Database &db, const QString &user, qint64 paymentId, QWidget *parent)
{
    FamilyAccount account;
    const PaymentLine *line = reversiblePayment(
            db, user, paymentId, core::PaymentPoster::Reversal::Void, account, parent);
    if (!line)
        return false;
    QStringList text{describePayment(account, *line),
                     tr("The void is a payment of %1 dated today.").arg(LedgerText::money(-line->payment.amount))};
    const QList<core::Split> standing = LedgerText::standingAllocations(account, paymentId);
    if (standing.isEmpty()) {
        text << tr("It paid no charge, so no balance changes.");
    } else {
        text << tr("These allocations are reversed, so the items owe again:");
        for (const core::Split &s : standing)
            text << tr("• %1 to %2").arg(LedgerText::money(s.amount), LedgerText::itemLine(account, s.target));
    }
    if (!line->unallocated().isZero())
        text << tr("Its unallocated credit of %1 is cancelled.").arg(LedgerText::money(line->unallocated()));
    if (!line->refunded.isZero())
        text << tr("Refunds of %1 already written against it stay as they are.").arg(LedgerText::money(line->refunded));

    ReasonDialog dialog(ReasonDialog::Mode::Void, text.join(u'\n'), {}, line->payment.method, parent);
    dialog.setCommit([&] { core::PaymentPoster(db, user).voidPayment(paymentId, dialog.reason()); });
    return dialog.exec() == QDialog::Accepted;
}

bool VoidRefundFlow::refundPayment(const core::Database &db, const QString &user, qint64 paymentId, QWidget *parent)
{
    FamilyAccount account;
    const PaymentLine *line = reversiblePayment(
            db, user, paymentId, core::PaymentPoster::Reversal::Refund, account, parent);
    if (!line)
        return false;
    const core::Money refundable = line->unallocated() + line->refunded;
    if (!refundable.isPositive()) {
        QMessageBox::warning(parent,
                             tr("Payment #%1").arg(paymentId),
                             tr("Payment #%1 has no unallocated credit to refund: take back an allocation first, "
                                "or void the payment.")
                                     .arg(paymentId));
        return false;
    }
    const QStringList text{describePayment(account, *line),
                           tr("Unallocated credit that can be returned: %1.").arg(LedgerText::money(refundable)),
                           tr("The refund is a negative payment dated today; the payment's allocations stay.")};

    ReasonDialog dialog(ReasonDialog::Mode::Refund, text.join(u'\n'), refundable, line->payment.method, parent);
    dialog.setCommit([&] {
        core::PaymentPoster(db, user).refund(paymentId, dialog.amount(), dialog.method(), dialog.reason());
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace paydesk::ui
