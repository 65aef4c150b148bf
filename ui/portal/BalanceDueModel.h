#pragma once

#include "models/TableModel.h"
#include "portal/BalanceDueList.h"

namespace paydesk::ui {

// The balance-due list of the Online payments page: account number, guarantor, balance and
// Pay Now address (core::BalanceDueList, the rows `portal balance-due` prints). The core
// reads the list in one pass (it needs every family's balance anyway); the view is handed
// a page of rows at a time as it scrolls (Qt's fetchmore pattern), so that 100,000 families
// cost one page of items until someone scrolls, sorts or exports.
class BalanceDueModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Account, Guarantor, Balance, PayUrl };

    explicit BalanceDueModel(QObject *parent = nullptr);

    // Shows the first page of `rows`.
    void setRows(QList<core::BalanceDue> rows);
    const core::BalanceDue &row(int row) const { return m_rows.at(row); }
    // Every family owing, shown or not.
    qsizetype total() const { return m_rows.size(); }
    // Shows every row: a sort needs them all.
    void fetchAll();
    // Rows shown per page; tests make it small.
    void setPageSize(int rows) { m_pageSize = rows; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    int rows() const override { return m_shown; }
    QVariant cell(int row, int column, int role) const override;

private:
    void show(qsizetype count);

    QList<core::BalanceDue> m_rows;
    int m_shown = 0;
    int m_pageSize = 200;
};

} // namespace paydesk::ui
