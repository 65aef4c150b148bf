#include "users/UsersModel.h"

#include "ledger/LedgerCalendar.h"
#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "users/UserDirectory.h"

namespace paydesk::ui {

UsersModel::UsersModel(const core::Database &db, QObject *parent)
    : TableModel({tr("Name"), tr("Role"), tr("Active"), tr("Password"), tr("Last sign-in")}, {}, parent)
    , m_db(db)
{}

void UsersModel::reload()
{
    const QList<core::User> users = core::UserDirectory(m_db).list();
    beginResetModel();
    m_zone = core::LedgerCalendar(m_db).timeZone();
    m_users = users;
    endResetModel();
}

int UsersModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

QVariant UsersModel::cell(int row, int column, int role) const
{
    const core::User &user = m_users.at(row);
    if (role == IdRole)
        return user.id;
    switch (Column(column)) {
    case Name:
        return CellData::text(user.name, role);
    case Role:
        return CellData::text(core::roleName(user.role), role);
    case Active:
        return CellData::text(user.active ? tr("Yes") : tr("No, disabled"), role);
    case Password:
        return CellData::text(user.hasPassword ? tr("Yes") : tr("None"), role);
    case LastSignIn:
        if (!user.lastSignIn.isValid())
            return CellData::text(role == ExportRole ? QString() : tr("never"), role);
        return CellData::dateTime(user.lastSignIn, m_zone, role);
    }
    return {};
}

} // namespace paydesk::ui
