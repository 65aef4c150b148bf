#include "models/AccountTableModel.h"

namespace paydesk::ui {

AccountTableModel::AccountTableModel(QStringList headers, QList<int> numericColumns, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)), m_numericColumns(std::move(numericColumns))
{
}

void AccountTableModel::setAccount(const core::FamilyAccount &account)
{
    beginResetModel();
    m_account = account;
    accountChanged();
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole: return m_headers.at(section);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter) | int(m_numericColumns.contains(section) ? Qt::AlignRight : Qt::AlignLeft);
    default: return {};
    }
}

QString AccountTableModel::patientName(qint64 patientId) const
{
    const core::Patient *patient = m_account.member(patientId);
    return patient ? patient->displayName() : QString::number(patientId);
}

} // namespace paydesk::ui
