#include "CommandContext.h"

#include "CliTr.h"
#include "PasswordInput.h"

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "users/SignIn.h"
#include "users/UserDirectory.h"
#include "util/Errors.h"
#include "util/LoginName.h"
#include "util/Permissions.h"
#include "util/SiteConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

CommandContext::CommandContext(Invocation options, Invocation signIn, QTextStream &out)
    : m_options(std::move(options)), m_signIn(std::move(signIn)), m_out(out)
{
}

CommandContext::~CommandContext() = default;

QString CommandContext::user() const
{
    if (!m_signedIn.isEmpty())
        return m_signedIn;
    return m_signIn.has(u"--user"_s) ? m_signIn.text(u"--user"_s).trimmed() : core::loginName();
}

void CommandContext::signIn(const core::Database &db)
{
    if (!core::UserDirectory(db).isSecured())
        return;
    const QString name = user();
    QString password;
    if (m_signIn.has(u"--password-file"_s)) {
        password = PasswordInput::fromFile(u"--password-file"_s, m_signIn.text(u"--password-file"_s));
    } else if (const auto typed = PasswordInput::fromTerminal(CliTr::tr("Password for %1: ").arg(name))) {
        password = *typed;
    } else {
        throw core::Refusal(CliTr::tr("This database is secured: sign in with --user NAME --password-file FILE (a "
                                      "file only its owner may read, holding the password), or run the command on "
                                      "a terminal to be asked for the password."));
    }
    m_signedIn = core::SignIn(db).signIn(name, password).name;
}

core::Database &CommandContext::db()
{
    if (!m_db) {
        // Without --db (or --config naming one), the shared database that the installation's
        // settings file names, else the GUI's file.
        const QString where = m_options.has(u"--db"_s)
            ? m_options.text(u"--db"_s)
            : core::SiteConfig::defaultDatabase().value_or(core::ConnectionSpec::defaultSqlitePath());
        auto opened = std::make_unique<core::Database>(core::ConnectionSpec::parse(where));
        signIn(*opened);
        opened->setSessionUser(user());
        m_db = std::move(opened);
    }
    return *m_db;
}

core::Database &CommandContext::scratchOrGivenDb()
{
    if (m_options.has(u"--db"_s) || m_db)
        return db();
    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_scratch->isValid())
        throw core::StorageError(CliTr::tr("Cannot create a scratch folder: %1").arg(m_scratch->errorString()));
    m_db = std::make_unique<core::Database>(core::ConnectionSpec::parse(m_scratch->filePath(u"bench.sqlite"_s)));
    return *m_db;
}

core::Database &CommandContext::benchDb()
{
    core::Database &db = scratchOrGivenDb();
    core::Permissions::require(db, user(), core::Permissions::Action::SetUpDatabase);
    return db;
}

std::function<void(const QString &line)> CommandContext::benchLines()
{
    if (json())
        return [](const QString &) {};
    return [this](const QString &line) { print(line); };
}

void CommandContext::print(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CommandContext::print(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CommandContext::print(const QString &text)
{
    // Flushed line by line, so that a long run (bench) shows its progress as it goes.
    m_out << text << u'\n';
    m_out.flush();
}

} // namespace paydesk::cli
