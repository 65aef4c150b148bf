#include "users/UserDirectory.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/PasswordHash.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {

const QString securedKey = QStringLiteral("security.secured");

QJsonObject json(const User &user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("role"), roleCode(user.role)},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("has_password"), user.hasPassword}};
}

User readRow(const SqlQuery &q)
{
    User user;
    user.id = q.id(0);
    user.name = q.text(1);
    user.role = roleFromCode(q.text(2)).value_or(Role::FrontDesk);
    user.active = q.id(3) == 1;
    user.hasPassword = !q.text(4).isEmpty();
    if (const QString at = q.text(5); !at.isEmpty())
        user.lastSignIn = QDateTime::fromString(at, Qt::ISODateWithMs);
    return user;
}

const QString columns = QStringLiteral("id, name, role, active, COALESCE(password_hash, ''), COALESCE(last_sign_in_at, '')");

} // namespace

QList<User> UserDirectory::list() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM users ORDER BY name")).exec();
    QList<User> users;
    while (q.next())
        users.append(readRow(q));
    return users;
}

std::optional<User> UserDirectory::find(const QString &name) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM users WHERE name = :name"))
        .bind(QStringLiteral(":name"), name.trimmed())
        .exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

bool UserDirectory::isSecured() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key")).bind(QStringLiteral(":key"), securedKey).exec();
    return q.next() && q.text(0) == u"true";
}

QStringList UserDirectory::reservedNames()
{
    return {QStringLiteral("daily-run"), QStringLiteral("nightly-run")};
}

QStringList UserDirectory::nameProblems(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {Tr::tr("The user name is empty.")};
    QStringList problems;
    if (trimmed.size() > maxNameLength)
        problems << Tr::tr("The user name \"%1\" is longer than %2 characters.").arg(trimmed).arg(maxNameLength);
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        problems << Tr::tr("The user name \"%1\" holds a control character.").arg(trimmed.simplified());
    if (reservedNames().contains(trimmed, Qt::CaseInsensitive))
        problems << Tr::tr("The user name \"%1\" is reserved for the scheduled jobs.").arg(trimmed);
    return problems;
}

User UserDirectory::existing(const QString &name) const
{
    std::optional<User> user = find(name);
    if (!user)
        throw Refusal(Tr::tr("There is no user \"%1\".").arg(name.trimmed()));
    return *user;
}

void UserDirectory::add(const QString &actor, const QString &name, Role role, const QString &password)
{
    Permissions::require(m_db, actor, Permissions::Action::ManageUsers);
    QStringList problems = nameProblems(name);
    if (const QString problem = password.isEmpty() ? QString() : PasswordHash::problem(password); !problem.isEmpty())
        problems << problem;
    if (problems.isEmpty() && find(name))
        problems << Tr::tr("There is already a user \"%1\".").arg(name.trimmed());
    if (!problems.isEmpty())
        throw Refusal(problems);
    const QString hash = password.isEmpty() ? QString() : PasswordHash::of(password);
    Transaction tx(m_db);
    User user;
    user.id = m_db.reserveIds(QStringLiteral("users"));
    user.name = name.trimmed();
    user.role = role;
    user.hasPassword = !hash.isEmpty();
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO users (id, name, created_at, role, password_hash, active)"
                             " VALUES (:id, :name, :at, :role, :hash, 1)"))
        .bind(QStringLiteral(":id"), user.id)
        .bind(QStringLiteral(":name"), user.name)
        .bind(QStringLiteral(":at"), Clock::nowUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":role"), roleCode(role))
        .bind(QStringLiteral(":hash"), hash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hash))
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("user"), user.id, {}, json(user));
    secureIfAdministratorHasPassword(user);
    tx.commit();
}

void UserDirectory::setRole(const QString &actor, const QString &name, Role role)
{
    Permissions::require(m_db, actor, Permissions::Action::ManageUsers);
    Transaction tx(m_db);
    const User before = existing(name);
    if (role != Role::Administrator && isLastAdministrator(before))
        throw Refusal(Tr::tr("%1 is the last active administrator: make another user an administrator first.")
                          .arg(before.name));
    User after = before;
    after.role = role;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET role = :role WHERE id = :id"))
        .bind(QStringLiteral(":role"), roleCode(role))
        .bind(QStringLiteral(":id"), before.id)
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("role"), QStringLiteral("user"), before.id, json(before), json(after));
    secureIfAdministratorHasPassword(after);
    tx.commit();
}

void UserDirectory::setActive(const QString &actor, const QString &name, bool active)
{
    Permissions::require(m_db, actor, Permissions::Action::ManageUsers);
    Transaction tx(m_db);
    const User before = existing(name);
    if (before.active == active)
        return; // nothing changes, so nothing is audited
    if (!active && isLastAdministrator(before))
        throw Refusal(Tr::tr("%1 is the last active administrator and cannot be disabled.").arg(before.name));
    User after = before;
    after.active = active;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET active = :active WHERE id = :id"))
        .bind(QStringLiteral(":active"), qint64(active ? 1 : 0))
        .bind(QStringLiteral(":id"), before.id)
        .exec();
    AuditLog::record(m_db, actor, active ? QStringLiteral("enable") : QStringLiteral("disable"), QStringLiteral("user"),
                     before.id, json(before), json(after));
    secureIfAdministratorHasPassword(after);
    tx.commit();
}

void UserDirectory::setPassword(const QString &actor, const QString &name, const QString &password)
{
    // One's own: any active user (signed in with the current password: SignIn).
    Permissions::require(m_db, actor,
                         actor.trimmed() == name.trimmed() ? Permissions::Action::ChangeOwnPassword
                                                           : Permissions::Action::ManageUsers);
    if (const QString problem = PasswordHash::problem(password); !problem.isEmpty())
        throw Refusal(problem);
    const QString hash = PasswordHash::of(password);
    Transaction tx(m_db);
    const User before = existing(name);
    User after = before;
    after.hasPassword = true;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"))
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":id"), before.id)
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("password"), QStringLiteral("user"), before.id, json(before), json(after));
    secureIfAdministratorHasPassword(after);
    tx.commit();
}

bool UserDirectory::isLastAdministrator(const User &user) const
{
    if (user.role != Role::Administrator || !user.active)
        return false;
    // Once secured, an administrator without a password cannot sign in, so only those with
    // one keep the database administrable.
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1 AND id <> :id")
              + (isSecured() ? QStringLiteral(" AND password_hash IS NOT NULL") : QString()))
        .bind(QStringLiteral(":id"), user.id)
        .exec();
    return q.next() && q.id(0) == 0;
}

void UserDirectory::secureIfAdministratorHasPassword(const User &user)
{
    if (user.role != Role::Administrator || !user.hasPassword || !user.active || isSecured())
        return;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, 'true')")).bind(QStringLiteral(":key"), securedKey).exec();
}

} // namespace paydesk::core
