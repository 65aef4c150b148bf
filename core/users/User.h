#pragma once

#include "users/Role.h"

#include <QDateTime>
#include <QString>

namespace paydesk::core {

// A person who signs in to PayDesk. The password itself is never held here: only whether
// there is one.
struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::FrontDesk;
    bool active = true;
    bool hasPassword = false;
    QDateTime lastSignIn; // UTC; null: never
};

} // namespace paydesk::core
