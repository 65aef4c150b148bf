#pragma once

#include "billing/BillingAccountReader.h"
#include "models/TableModel.h"

namespace paydesk::ui {

// One tab of the Patient Billing page: the families of a BillingList, read a keyset page at a
// time as the view scrolls (Qt's fetchmore pattern over BillingAccountReader::list), so that
// a tab of 50,000 plans costs one page until someone scrolls, sorts or exports. The columns
// are ZOLL's for the tab: the status tabs, Payment plans and Other suspensions each have
// their own.
class BillingListModel : public TableModel
{
    Q_OBJECT

public:
    enum class Field {
        Guarantor,
        Account,
        Balance,
        StatementsSent,
        LastStatement,
        NextStatement,
        Status,
        MonthlyAmount,
        PlanStart,
        LastPaymentDate,
        LastPaymentAmount,
        DaysSinceLastPayment,
        SuspensionReason,
        ResumesOn,
    };

    BillingListModel(const core::Database &db, core::BillingList list, QObject *parent = nullptr);

    core::BillingList list() const { return m_list; }
    // The tab's columns, in order.
    static QList<Field> fields(core::BillingList list);
    // The column of `field`, -1 when the tab does not show it.
    int column(Field field) const { return int(m_fields.indexOf(field)); }

    // Reads the first page again with `filter` (a guarantor's name or an account number,
    // as BillingAccountReader::list takes it; empty: every family of the list).
    void setFilter(const QString &filter);
    const QString &filter() const { return m_filter; }
    // Reads the first page again with the same filter (after a review changed a family).
    void reload() { setFilter(m_filter); }
    // Reads every remaining page: a sort or an export needs the whole list.
    void fetchAll();
    const core::BillingAccount &account(int row) const { return m_accounts.at(row); }
    // Rows read per page; tests make it small.
    void setPageSize(int rows) { m_pageSize = rows; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    int rows() const override { return int(m_accounts.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    static QStringList headers(core::BillingList list);
    static QList<int> numericColumns(core::BillingList list);
    QList<core::BillingAccount> readPage(qint64 afterFamilyId) const;

    const core::Database &m_db;
    core::BillingList m_list;
    QList<Field> m_fields;
    QString m_filter;
    QList<core::BillingAccount> m_accounts;
    int m_pageSize = 200;
    bool m_more = false;
};

} // namespace paydesk::ui
