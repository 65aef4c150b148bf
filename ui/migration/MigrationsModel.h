#pragma once

#include "migration/MigrationStore.h"
#include "models/TableModel.h"

#include <QTimeZone>

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Tools > Migrations, drchrono's quick view: one page of core::MigrationStore::page (50 a
// page, newest first) at a time, read only when asked for. IdRole is the migration's id.
class MigrationsModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Group, CreatedAt, CreatedBy, Status, CompletedOn };

    MigrationsModel(const core::Database &db, const QString &user, QObject *parent = nullptr);

    // Reads page `page` (clamped by the store) of the migrations matching `search`.
    void load(const QString &search, int page);
    // The same page and search again: the nightly job moves statuses on.
    void reload() { load(m_search, m_page.page); }
    const core::MigrationPage &page() const { return m_page; }
    const QString &search() const { return m_search; }
    const core::Migration &migration(int row) const { return m_page.migrations.at(row); }
    // Whether a migration shown is In Progress: the view then reads itself again every few
    // seconds.
    bool anyInProgress() const;

    // "Old ledger (3)": the group's name and id, as the reference's Practice Group column.
    static QString groupText(const core::Migration &migration);
    // The Status column's tooltip: the families and rows counted, and why an Error failed.
    static QString statusToolTip(const core::Migration &migration);

protected:
    int rows() const override { return int(m_page.migrations.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    const core::Database &m_db;
    QString m_user;
    QString m_search;
    core::MigrationPage m_page;
    QTimeZone m_zone;
};

} // namespace paydesk::ui
