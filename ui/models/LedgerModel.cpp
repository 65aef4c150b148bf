#include "models/LedgerModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "print/LedgerText.h"

#include <QBrush>
#include <QPalette>

namespace paydesk::ui {

using EntryKind = core::LedgerEntry::Kind;

LedgerModel::LedgerModel(QObject *parent)
    : AccountTableModel({tr("Date"), tr("Type"), tr("Patient"), tr("Description"), tr("Amount"), tr("Balance")},
                        {Amount, Balance},
                        parent)
{}

qint64 LedgerModel::entryKey(EntryKind kind, qint64 id)
{
    // Ids of different tables may be equal: the kind keeps the keys apart. Ids stay far
    // below 2^56.
    return (qint64(kind) << 56) | id;
}

QString LedgerModel::kindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Charge:
        return tr("Charge");
    case EntryKind::Adjustment:
        return tr("Adjustment");
    case EntryKind::InsurancePaid:
        return tr("Insurance");
    case EntryKind::WriteOff:
        return tr("Write-off");
    case EntryKind::InsurancePayment:
        return tr("Insurance");
    case EntryKind::Payment:
        return tr("Payment");
    case EntryKind::Void:
        return tr("Void");
    case EntryKind::Refund:
        return tr("Refund");
    case EntryKind::Transfer:
    case EntryKind::TransferLine:
        return tr("Txfr");
    }
    return {};
}

void LedgerModel::accountChanged()
{
    m_entries = core::AccountLedger::of(account());
}

int LedgerModel::rows() const
{
    return int(m_entries.size());
}

QVariant LedgerModel::cell(int row, int column, int role) const
{
    const core::LedgerEntry &e = m_entries.at(row);
    if (role == IdRole)
        return entryKey(e.kind, e.id);
    if (role == PatientIdRole)
        return e.patientId;
    // A transfer moves money inside the family: its rows change no balance and are greyed.
    const bool muted = e.kind == EntryKind::Transfer || e.kind == EntryKind::TransferLine;
    if (role == Qt::ForegroundRole && muted && column != Amount && column != Balance)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    switch (Column(column)) {
    case Date:
        return CellData::date(e.date, role);
    case Type:
        return CellData::text(kindText(e.kind), role);
    case Patient:
        return CellData::text(e.patientId ? patientName(e.patientId) : QString(), role);
    case Description:
        // A transfer line says what it moved; its amount column stays the balance's 0.00.
        return CellData::text(e.kind == EntryKind::TransferLine
                                      ? tr("%1: %2").arg(e.description, LedgerText::money(e.moved))
                                      : e.description,
                              role);
    case Amount:
        return CellData::money(e.amount, role);
    case Balance:
        return CellData::money(e.balance, role);
    }
    return {};
}

} // namespace paydesk::ui
