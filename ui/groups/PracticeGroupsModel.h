#pragma once

#include "groups/PracticeGroup.h"
#include "migration/Migration.h"
#include "models/TableModel.h"

#include <QHash>

namespace paydesk::ui {

// The practice's groups with their ledger, families and Patient Payment status as drchrono's
// CRM page shows it ("Migrate", "Queued", "In Progress", "Active [Jan. 24, 2018]", "Error"
// with the reason as its tooltip). IdRole is the group's id.
class PracticeGroupsModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Ledger, Families, PatientPayment };

    explicit PracticeGroupsModel(QObject *parent = nullptr);

    // `latest`: each group's latest migration (core::MigrationStore::latestByGroup).
    void setGroups(QList<core::PracticeGroup> groups, QHash<qint64, core::Migration> latest);
    const core::PracticeGroup &group(int row) const { return m_groups.at(row); }
    // The group's latest migration, nullptr when it has none.
    const core::Migration *migration(qint64 groupId) const;
    // Whether an administrator may queue the group now: a legacy group with no live migration.
    bool mayMigrate(int row) const;
    // The row of `groupId`, -1 when it is not listed.
    int rowOf(qint64 groupId) const;

    static QString ledgerText(core::PracticeGroup::Ledger ledger);
    // The Patient Payment column of a group, as the reference's Features line reads.
    static QString statusText(const core::PracticeGroup &group, const core::Migration *migration);

protected:
    int rows() const override { return int(m_groups.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<core::PracticeGroup> m_groups;
    QHash<qint64, core::Migration> m_latest;
};

} // namespace paydesk::ui
