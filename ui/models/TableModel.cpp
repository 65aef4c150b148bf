#include "models/TableModel.h"

namespace paydesk::ui {

TableModel::TableModel(QStringList headers, QList<int> numericColumns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_numericColumns(std::move(numericColumns))
{}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return m_headers.at(section);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter) | int(m_numericColumns.contains(section) ? Qt::AlignRight : Qt::AlignLeft);
    default:
        return {};
    }
}

} // namespace paydesk::ui
