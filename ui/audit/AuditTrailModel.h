#pragma once

#include "audit/AuditTrail.h"
#include "models/TableModel.h"

#include <QTimeZone>

namespace paydesk::ui {

// The audit trail for the desk's viewer, newest first, read a page at a time as the view
// scrolls (Qt's fetchmore pattern over AuditTrail's keyset on the row id): a trail of a
// million rows costs one page until someone scrolls. Times show in the practice's zone.
class AuditTrailModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { At, User, Action, Entity, EntityId, Before, After };

    explicit AuditTrailModel(const core::Database &db, QObject *parent = nullptr);

    // Starts again from the newest row that matches.
    void setFilter(const core::AuditFilter &filter);
    // No rows, until the next setFilter.
    void clear();
    const core::AuditFilter &filter() const { return m_filter; }
    // The moment in the locale's short date and time, with the seconds (which the short
    // time format of many locales drops): entries of one minute stay apart.
    static QString timeText(const QDateTime &local);
    const core::AuditEntry &entry(int row) const { return m_entries.at(row); }
    // Rows read per page; tests make it small.
    void setPageSize(int rows) { m_pageSize = rows; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    int rows() const override { return int(m_entries.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::AuditEntry> readPage(qint64 beforeId) const;

    const core::Database &m_db;
    QTimeZone m_zone;
    core::AuditFilter m_filter;
    QList<core::AuditEntry> m_entries;
    int m_pageSize = 200;
    bool m_more = false;
};

} // namespace paydesk::ui
