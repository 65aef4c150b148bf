#include "dialogs/DepositLinesModel.h"

#include "print/LedgerText.h"

namespace paydesk::ui {

DepositLinesModel::DepositLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DepositLinesModel::setLines(const QList<core::DepositReport::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int DepositLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DepositLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepositLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DepositReport::Line &line = m_lines[index.row()];
    const core::Payment &p = line.payment;
    if (role == SortRole) {
        switch (index.column()) {
        case PaymentColumn:
            return p.id;
        case AccountColumn:
            return line.familyId;
        case AmountColumn:
            return p.amount.cents();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == PaymentColumn || index.column() == AccountColumn
                            || index.column() == AmountColumn;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PaymentColumn:
        return QString::number(p.id);
    case AccountColumn:
        return QString::number(line.familyId);
    case PatientColumn:
        return line.patientName;
    case MethodColumn:
        return core::paymentMethodLabel(p.method);
    case ReferenceColumn:
        return p.reference;
    case KindColumn:
        return p.kind == core::Payment::Kind::Payment
                       ? LedgerText::kindLabel(p.kind)
                       : tr("%1 of #%2").arg(LedgerText::kindLabel(p.kind), QString::number(p.relatedPaymentId));
    case AmountColumn:
        return LedgerText::money(p.amount);
    case PostedByColumn:
        return p.createdBy;
    }
    return {};
}

QVariant DepositLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PaymentColumn:
        return tr("Payment");
    case AccountColumn:
        return tr("Account");
    case PatientColumn:
        return tr("Patient");
    case MethodColumn:
        return tr("Method");
    case ReferenceColumn:
        return tr("Reference");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Amount");
    case PostedByColumn:
        return tr("Posted by");
    }
    return {};
}

} // namespace paydesk::ui
