#pragma once

#include "collections/CollectionRoster.h"
#include "models/TableModel.h"

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The Collection Roster on the Collections page: the accounts holding a collection status
// (one code, or all), read a keyset page at a time as the view scrolls (Qt's fetchmore
// pattern over core::CollectionRoster::page), so a roster of 20,000 accounts costs one page
// until someone scrolls, sorts or exports. Find narrows it to a guarantor's name or an
// account number: the pages read are sifted until a page's worth matches.
class CollectionRosterModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Account, Guarantor, Code, DaysInStatus, Balance, Delinquent, NextPayment, PlanStatus };

    explicit CollectionRosterModel(const core::Database &db, QObject *parent = nullptr);

    // Reads the first page again for `code` (empty: every account with a status) and `find`
    // (part of a guarantor's name, or an account number; empty: every one).
    void setFilter(const QString &code, const QString &find);
    const QString &code() const { return m_code; }
    const QString &find() const { return m_find; }
    void reload() { setFilter(m_code, m_find); }
    // Reads every remaining page: a sort needs the whole roster.
    void fetchAll();
    const core::CollectionRosterRow &row(int row) const { return m_rows.at(row); }
    // Rows read per page; tests make it small.
    void setPageSize(int rows) { m_pageSize = rows; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    bool matches(const core::CollectionRosterRow &row) const;
    struct Read
    {
        QList<core::CollectionRosterRow> rows; // the matching ones
        qint64 last = 0;                       // the last family read, matching or not
        bool more = false;                     // the roster goes on after it
    };
    // Pages after `afterFamily` until `limit` rows match (-1: to the end).
    Read read(qint64 afterFamily, int limit) const;
    void append(int limit);

    const core::Database &m_db;
    QString m_code;
    QString m_find;
    QList<core::CollectionRosterRow> m_rows;
    qint64 m_lastRead = 0; // where the next page starts
    int m_pageSize = 200;
    bool m_more = false;
};

} // namespace paydesk::ui
