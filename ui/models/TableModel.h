#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace paydesk::ui {

// A flat, read-only list with fixed translated headers: what every PayDesk list model has
// in common. Subclasses give the row count and each valid cell; headers of numeric columns
// are right-aligned like their cells (CellData).
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    TableModel(QStringList headers, QList<int> numericColumns, QObject *parent);

    virtual int rows() const = 0;
    // Only called for valid indexes.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    QStringList m_headers;
    QList<int> m_numericColumns;
};

} // namespace paydesk::ui
