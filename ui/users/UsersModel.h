#pragma once

#include "models/TableModel.h"
#include "users/User.h"

#include <QTimeZone>

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The practice's users (core::UserDirectory) for the Users window: name, role, whether
// active, whether they have a password (without one, nobody signs in as them once the
// database is secured), and the last sign-in in the practice's time. Empty until reload(); read again after
// every change.
class UsersModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Active, Password, LastSignIn };

    UsersModel(const core::Database &db, QObject *parent = nullptr);

    void reload();
    const core::User &user(int row) const { return m_users.at(row); }
    // The row of the user named `name`, -1 for none.
    int rowOf(const QString &name) const;

protected:
    int rows() const override { return int(m_users.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    const core::Database &m_db;
    QTimeZone m_zone;
    QList<core::User> m_users;
};

} // namespace paydesk::ui
