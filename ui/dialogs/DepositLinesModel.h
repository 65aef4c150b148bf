#pragma once

#include "reports/DepositReport.h"

#include <QAbstractTableModel>

namespace paydesk::ui {

// The lines of a deposit report for a sortable table. SortRole gives numbers for ids and
// amounts (cents), so sorting never compares formatted text.
class DepositLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PaymentColumn,
        AccountColumn,
        PatientColumn,
        MethodColumn,
        ReferenceColumn,
        KindColumn,
        AmountColumn,
        PostedByColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit DepositLinesModel(QObject *parent = nullptr);

    void setLines(const QList<core::DepositReport::Line> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DepositReport::Line> m_lines;
};

} // namespace paydesk::ui
