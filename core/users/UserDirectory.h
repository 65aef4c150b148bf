#pragma once

#include "users/User.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace paydesk::core {

class Database;

// The practice's users and whether the database is secured.
//
// A new database is open: nobody has a password, the name a program is given is recorded
// in the audit trail and roles are not enforced. As soon as an administrator has a password
// the database is secured, for good: every program signs in and every role is enforced.
//
// Changing users is an administrator's work (anyone's while the database is open); a user
// may change its own password. The last active administrator can be neither disabled nor
// given another role. Every change writes the audit trail, never a password or its hash.
class UserDirectory
{
public:
    explicit UserDirectory(const Database &db) : m_db(db) {}

    // By name.
    QList<User> list() const;
    std::optional<User> find(const QString &name) const;
    bool isSecured() const;

    // Refused: a bad name (nameProblems), one in use, a password shorter than
    // PasswordHash::minimumLength. An empty password: none yet.
    void add(const QString &actor, const QString &name, Role role, const QString &password = {});
    void setRole(const QString &actor, const QString &name, Role role);
    void setActive(const QString &actor, const QString &name, bool active);
    // An administrator sets anyone's; any user its own, once signed in with the current one.
    void setPassword(const QString &actor, const QString &name, const QString &password);

    // Why `name` cannot name a user: empty, over 64 characters, a control character, or a
    // name reserved for the scheduled jobs (daily-run, nightly-run).
    static QStringList nameProblems(const QString &name);
    static QStringList reservedNames();
    static constexpr qsizetype maxNameLength = 64;

private:
    User existing(const QString &name) const;
    // Whether `user` is the only active administrator left who can sign in: taking the role
    // or the account away would leave nobody to manage users and settings.
    bool isLastAdministrator(const User &user) const;
    // Inside the caller's transaction: the database is secured once an active
    // administrator has a password, and stays so.
    void secureIfAdministratorHasPassword(const User &user);

    const Database &m_db;
};

} // namespace paydesk::core
