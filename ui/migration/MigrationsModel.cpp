#include "migration/MigrationsModel.h"

#include "ledger/LedgerCalendar.h"
#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <algorithm>

namespace paydesk::ui {

using core::Migration;

MigrationsModel::MigrationsModel(const core::Database &db, const QString &user, QObject *parent)
    : TableModel({tr("ID"),
                  tr("Name"),
                  tr("Practice Group"),
                  tr("Created at"),
                  tr("Created by"),
                  tr("Status"),
                  tr("Completed On")},
                 {Id},
                 parent)
    , m_db(db)
    , m_user(user)
{}

void MigrationsModel::load(const QString &search, int page)
{
    // Read before the reset: a refusal or a failure leaves the page shown as it was.
    core::MigrationPage read = core::MigrationStore(m_db, m_user).page(search, page);
    const QTimeZone zone = core::LedgerCalendar(m_db).timeZone();
    beginResetModel();
    m_search = search;
    m_page = std::move(read);
    m_zone = zone;
    endResetModel();
}

bool MigrationsModel::anyInProgress() const
{
    return std::any_of(m_page.migrations.cbegin(), m_page.migrations.cend(), [](const Migration &m) {
        return m.status == Migration::Status::InProgress;
    });
}

QString MigrationsModel::groupText(const Migration &migration)
{
    return tr("%1 (%2)").arg(migration.groupName).arg(migration.groupId);
}

QString MigrationsModel::statusToolTip(const Migration &migration)
{
    if (migration.status == Migration::Status::Queued)
        return tr("Waits for the nightly job.");
    // The conversion's counts are stored with its commit: a job still converting shows none
    // to other desks (Run Nightly Job Now shows its own progress).
    if (migration.status == Migration::Status::InProgress)
        return tr("The nightly job is converting the group; its counts appear when it ends.");
    const QString counted = tr("%n family(ies), %1 row(s) written", nullptr, int(migration.families)).arg(migration.rows);
    return migration.status == Migration::Status::Error ? tr("%1 (%2)").arg(migration.reason, counted) : counted;
}

QVariant MigrationsModel::cell(int row, int column, int role) const
{
    const Migration &m = m_page.migrations.at(row);
    if (role == IdRole)
        return m.id;
    switch (Column(column)) {
    case Id:
        return CellData::id(m.id, role);
    case Name:
        return CellData::text(m.name, role);
    case Group:
        return CellData::text(groupText(m), role);
    case CreatedAt:
        return CellData::dateTime(m.createdAt, m_zone, role);
    case CreatedBy:
        return CellData::text(m.createdBy, role);
    case Status:
        if (role == Qt::ToolTipRole)
            return statusToolTip(m);
        return CellData::text(Migration::statusName(m.status), role);
    case CompletedOn:
        return m.completedOn.isValid() ? CellData::date(m.completedOn, role) : CellData::text({}, role);
    }
    return {};
}

} // namespace paydesk::ui
