#pragma once

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/Role.h"
#include "users/UserDirectory.h"

#include <QString>

// What the collections set-up tests share: who acts, and a count read from the database.
namespace paydesk::test::setup {

inline const QString manager = QStringLiteral("manager");
inline const QString clerk = QStringLiteral("clerk");

// SELECT COUNT(*) or another single integer; -1 when no row.
inline qint64 scalar(const core::Database &db, const QString &sql)
{
    core::SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

// Secures the database with an administrator and `clerk` at the front desk.
inline void addFrontDeskClerk(const core::Database &db)
{
    core::UserDirectory users(db);
    users.add(QStringLiteral("boss"), QStringLiteral("boss"), core::Role::Administrator, QStringLiteral("boss-password"));
    users.add(QStringLiteral("boss"), clerk, core::Role::FrontDesk, QStringLiteral("clerk-password"));
}

} // namespace paydesk::test::setup
