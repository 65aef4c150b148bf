#include "UserCommands.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "PasswordInput.h"
#include "TextTable.h"

#include "users/PasswordHash.h"
#include "users/UserDirectory.h"
#include "util/Errors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

const QString nameOption = u"--name"_s;
const QString roleOption = u"--role"_s;
const QString passwordOption = u"--new-password-file"_s;

// The role --role names, or nullopt after adding the problem.
std::optional<core::Role> roleOf(const CommandContext &context, QStringList &problems)
{
    const QString code = context.options().text(roleOption);
    const std::optional<core::Role> role = core::roleFromCode(code);
    if (!role)
        problems << CliTr::tr("%1: \"%2\" is not a role; use front-desk, billing-manager or administrator.")
                            .arg(roleOption, code);
    return role;
}

// The password in --new-password-file, or an empty string after adding the problem.
QString newPassword(const CommandContext &context, QStringList &problems)
{
    try {
        const QString password = PasswordInput::fromFile(passwordOption, context.options().text(passwordOption));
        if (const QString problem = core::PasswordHash::problem(password); !problem.isEmpty()) {
            problems << u"%1: %2"_s.arg(passwordOption, problem);
            return {};
        }
        return password;
    } catch (const core::Refusal &refusal) {
        problems << refusal.messages();
        return {};
    }
}

QString lastSignIn(const core::User &user)
{
    return user.lastSignIn.isValid() ? user.lastSignIn.toUTC().toString(Qt::ISODate) : QString();
}

void printDone(CommandContext &context, const QString &name, const QString &text)
{
    const std::optional<core::User> user = core::UserDirectory(context.db()).find(name);
    if (context.json() && user)
        context.print(QJsonObject{{u"name"_s, user->name},
                                  {u"role"_s, core::roleCode(user->role)},
                                  {u"active"_s, user->active},
                                  {u"has_password"_s, user->hasPassword}});
    else
        context.print(text);
}

int setActive(CommandContext &context, bool active)
{
    const QString name = context.options().text(nameOption).trimmed();
    core::UserDirectory(context.db()).setActive(context.user(), name, active);
    printDone(context, name, active ? CliTr::tr("%1 is enabled.").arg(name) : CliTr::tr("%1 is disabled.").arg(name));
    return 0;
}

} // namespace

int UserCommands::add(CommandContext &context)
{
    const Invocation &o = context.options();
    const QString name = o.text(nameOption).trimmed();
    // Every problem of the command line at once; nothing is written while there is one.
    QStringList problems;
    for (const QString &problem : core::UserDirectory::nameProblems(name))
        problems << u"--name: %1"_s.arg(problem);
    const std::optional<core::Role> role = roleOf(context, problems);
    const QString password = o.has(passwordOption) ? newPassword(context, problems) : QString();
    if (!problems.isEmpty())
        throw core::Refusal(problems);
    core::UserDirectory(context.db()).add(context.user(), name, *role, password);
    printDone(context, name, CliTr::tr("Added %1 as %2.").arg(name, core::roleName(*role)));
    return 0;
}

int UserCommands::list(CommandContext &context)
{
    const QList<core::User> users = core::UserDirectory(context.db()).list();
    if (context.json()) {
        QJsonArray array;
        for (const core::User &user : users) {
            array.append(QJsonObject{
                    {u"name"_s, user.name},
                    {u"role"_s, core::roleCode(user.role)},
                    {u"active"_s, user.active},
                    {u"last_sign_in"_s,
                     user.lastSignIn.isValid() ? QJsonValue(lastSignIn(user)) : QJsonValue(QJsonValue::Null)}});
        }
        context.print(QJsonObject{{u"users"_s, array}});
        return 0;
    }
    if (users.isEmpty()) {
        context.print(CliTr::tr("There are no users yet: the database is open to anyone named by --user."));
        return 0;
    }
    TextTable table({{CliTr::tr("Name")}, {CliTr::tr("Role")}, {CliTr::tr("Active")}, {CliTr::tr("Last sign-in")}});
    for (const core::User &user : users)
        table.addRow({user.name,
                      core::roleCode(user.role),
                      user.active ? CliTr::tr("yes") : CliTr::tr("no"),
                      user.lastSignIn.isValid() ? lastSignIn(user) : CliTr::tr("never")});
    context.print(table.toString(0).chopped(1));
    return 0;
}

int UserCommands::password(CommandContext &context)
{
    const QString name = context.options().text(nameOption).trimmed();
    QStringList problems;
    const QString password = newPassword(context, problems);
    if (!problems.isEmpty())
        throw core::Refusal(problems);
    core::UserDirectory(context.db()).setPassword(context.user(), name, password);
    printDone(context, name, CliTr::tr("The password of %1 is changed.").arg(name));
    return 0;
}

int UserCommands::role(CommandContext &context)
{
    const QString name = context.options().text(nameOption).trimmed();
    QStringList problems;
    const std::optional<core::Role> role = roleOf(context, problems);
    if (!problems.isEmpty())
        throw core::Refusal(problems);
    core::UserDirectory(context.db()).setRole(context.user(), name, *role);
    printDone(context, name, CliTr::tr("%1 is now %2.").arg(name, core::roleName(*role)));
    return 0;
}

int UserCommands::disable(CommandContext &context)
{
    return setActive(context, false);
}

int UserCommands::enable(CommandContext &context)
{
    return setActive(context, true);
}

} // namespace paydesk::cli
