#include "CommandLine.h"

#include "CliTr.h"
#include "CommandContext.h"
#include "CommandReference.h"
#include "Invocation.h"

#include "money/Money.h"
#include "util/Errors.h"
#include "util/SiteConfig.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

// --config FILE: the file's database, user and password file where the command line gives
// none. Its password file goes only with its user. `ownsUser`: the command's --user is its
// own (a filter), so the file's user only signs in.
void applyConfig(Invocation &options, Invocation &signIn, bool ownsUser)
{
    if (!options.has(u"--config"_s))
        return;
    const core::SiteConfig config = core::SiteConfig::read(options.text(u"--config"_s));
    options.fillIn(u"--db"_s, config.database());
    if (signIn.has(u"--user"_s))
        return;
    for (Invocation *who : {&signIn, ownsUser ? nullptr : &options}) {
        if (who) {
            who->fillIn(u"--user"_s, config.user());
            who->fillIn(u"--password-file"_s, config.passwordFile());
        }
    }
}

} // namespace

int CommandLine::run(const QStringList &arguments)
{
    try {
        return dispatch(arguments);
    } catch (const core::Refusal &refusal) {
        report(refusal.messages());
    } catch (const core::StorageError &error) {
        report({error.message()});
    } catch (const core::MoneyOverflow &) {
        report({CliTr::tr("A total is out of range: amounts go up to 999,999,999,999.99.")});
    } catch (const std::exception &error) {
        report({QString::fromLocal8Bit(error.what())});
    }
    return 1;
}

int CommandLine::dispatch(const QStringList &arguments)
{
    QStringList rest;
    const Invocation globals = Invocation::leadingGlobals(arguments, rest);
    const bool helpCommand = !rest.isEmpty() && rest.constFirst() == u"help";
    if (helpCommand)
        rest.removeFirst();
    if (rest.isEmpty()) {
        if (globals.has(u"--version"_s)) {
            m_out << u"paydesk-cli "_s << QCoreApplication::applicationVersion() << u'\n';
            return 0;
        }
        if (globals.has(u"--help"_s) || helpCommand) {
            m_out << CommandReference::overview();
            return 0;
        }
        throw core::Refusal(CliTr::tr("No command given; see paydesk-cli --help."));
    }
    qsizetype wordCount = 0;
    const CommandSpec &command = CommandReference::find(rest, wordCount);
    if (helpCommand || globals.has(u"--help"_s)) {
        m_out << CommandReference::help(command);
        return 0;
    }
    Invocation options = Invocation::forCommand(command, rest.mid(wordCount));
    if (options.has(u"--help"_s)) {
        m_out << CommandReference::help(command);
        return 0;
    }
    // A command that has an --user option of its own (audit --user filters) signs in as the
    // --user given before the command.
    const bool ownsUser = std::any_of(
            command.options.begin(), command.options.end(), [](const OptionSpec &o) { return o.name == u"--user"; });
    options.merge(ownsUser ? globals.without(u"--user"_s) : globals);
    Invocation signIn = ownsUser ? globals : options;
    if (ownsUser)
        signIn.merge(options.without(u"--user"_s));
    applyConfig(options, signIn, ownsUser);
    CommandContext context(std::move(options), std::move(signIn), m_out);
    return command.run(context);
}

bool CommandLine::rendersDocuments(const QStringList &arguments)
{
    try {
        QStringList rest;
        Invocation::leadingGlobals(arguments, rest);
        qsizetype wordCount = 0;
        return !rest.isEmpty() && CommandReference::find(rest, wordCount).rendersDocuments;
    } catch (const core::Refusal &) {
        return false;
    }
}

void CommandLine::report(const QStringList &problems)
{
    // One line per problem, whatever line ends a driver's message carries.
    for (const QString &problem : problems)
        m_err << u"paydesk-cli: "_s << problem.simplified() << u'\n';
    m_err.flush();
}

} // namespace paydesk::cli
