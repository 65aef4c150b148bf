#pragma once

#include "Invocation.h"

#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QJsonArray;
class QJsonObject;
class QTemporaryDir;
class QTextStream;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::cli {

// What a command works with: its checked options, the acting user, the database (opened
// only when the command asks for it, so a refused command line never creates a file) and
// standard output in the form asked for.
//
// On a secured database (UserDirectory::isSecured) opening it signs the user in (SignIn),
// before any command reads or writes: --user with --password-file, else a password asked
// on the terminal, else a refusal saying how to sign in. That sign-in is the check that
// reading needs an active user; each service still asks Permissions for its own action.
class CommandContext
{
public:
    // `signIn` holds the options that say who is acting (--user, --password-file): the
    // command's own when they are globals, the ones before the command when the command
    // uses --user for something else (audit --user filters).
    CommandContext(Invocation options, Invocation signIn, QTextStream &out);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    const Invocation &options() const { return m_options; }
    // The signed-in user on a secured database; else --user, else the login name, else "unknown".
    QString user() const;
    bool json() const { return m_options.has(QStringLiteral("--json")); }
    // --db, else the file the GUI uses too. Opening creates or upgrades the schema and, when
    // the database is secured, signs in (a Refusal when that fails).
    core::Database &db();
    // --db, else a scratch SQLite file deleted when the command ends: benchmarks add whole
    // invented practices, which must not land in the database the desk uses.
    core::Database &scratchOrGivenDb();
    // A benchmark's database: scratchOrGivenDb(), once the user may set up a database.
    core::Database &benchDb();
    // Where a benchmark's report lines go: printed as they come, or nowhere with --json,
    // which prints the figures as one object at the end.
    std::function<void(const QString &line)> benchLines();

    void print(const QJsonObject &object);
    void print(const QJsonArray &array);
    // Writes `text` and a line end.
    void print(const QString &text);

private:
    void signIn(const core::Database &db);

    Invocation m_options;
    Invocation m_signIn;
    QString m_signedIn;
    QTextStream &m_out;
    // Declared before the database, so that the file outlives the connection to it.
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<core::Database> m_db;
};

} // namespace paydesk::cli
