#include "models/PaymentsModel.h"

#include "ledger/AccountLedger.h"
#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace paydesk::ui {

PaymentsModel::PaymentsModel(QObject *parent)
    : AccountTableModel({tr("Payment #"), tr("Date"), tr("Patient"), tr("Method"), tr("Reference"), tr("Amount"),
                         tr("Unallocated"), tr("Status"), tr("Posted by")},
                        {Id, Amount, Unallocated}, parent)
{
}

int PaymentsModel::rows() const
{
    return int(account().payments.size());
}

QVariant PaymentsModel::cell(int row, int column, int role) const
{
    const core::PaymentLine &line = account().payments.at(row);
    const core::Payment &payment = line.payment;
    if (role == IdRole)
        return payment.id;
    if (role == PatientIdRole)
        return payment.patientId;
    // A voided payment and its void cancel out: both stay listed, greyed. A $0 income
    // transfer moves no money in or out, so it is greyed too.
    const bool muted = line.isVoided() || payment.kind == core::Payment::Kind::Void
        || payment.method == core::PaymentMethod::Transfer;
    if (role == Qt::ForegroundRole && muted && column != Amount && column != Unallocated)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    switch (Column(column)) {
    case Id: return CellData::id(payment.id, role);
    case Date: return CellData::date(payment.date, role);
    case Patient: return CellData::text(patientName(payment.patientId), role);
    case Method: return CellData::text(core::paymentMethodLabel(payment.method), role);
    case Reference: return CellData::text(payment.reference, role);
    case Amount: return CellData::money(payment.amount, role);
    case Unallocated: return CellData::money(line.unallocated(), role);
    case Status:
        if (role == Qt::ToolTipRole)
            return payment.note;
        return CellData::text(status(line), role);
    case PostedBy: return CellData::text(payment.createdBy, role);
    }
    return {};
}

QString PaymentsModel::status(const core::PaymentLine &line) const
{
    const core::Payment &payment = line.payment;
    switch (payment.kind) {
    case core::Payment::Kind::Void: return tr("Void of #%1").arg(payment.relatedPaymentId);
    case core::Payment::Kind::Refund: return tr("Refund of #%1").arg(payment.relatedPaymentId);
    case core::Payment::Kind::Payment: break;
    }
    if (payment.method == core::PaymentMethod::Transfer)
        return core::AccountLedger::transferLabel(account(), payment.id);
    if (line.isVoided())
        return tr("Voided by #%1").arg(line.reversedById);
    if (!line.refunded.isZero())
        return tr("Refunded %1").arg((-line.refunded).toString(QLocale()));
    return {};
}

} // namespace paydesk::ui
