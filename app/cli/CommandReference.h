#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::cli {

class CommandContext;

// What an option's value must be; Invocation checks it before a command runs.
enum class ValueKind {
    Flag,   // no value
    Id,     // a positive whole number
    Date,   // YYYY-MM-DD, a real date
    Amount, // Money::parse
    Method, // a payment method code
    Count,  // a whole number from 1 to maxCount
    Seed,   // a whole number that fits 32 bits
    Text,   // anything; not empty when required
    Folder, // an existing folder
    File,   // a file to write
};

struct OptionSpec
{
    QString name; // "--patient"
    ValueKind kind = ValueKind::Flag;
    bool required = false;
};

// One command: how it is called, how its options are read, what it does. The table of
// these (CommandReference::commands()) is the single source of the parser and the help.
struct CommandSpec
{
    QStringList words;         // {"charge", "add"}
    OptionSpec operand;        // the one positional value ({"DIR", Folder}); no name when none
    QList<OptionSpec> options; // besides the global ones
    const char *synopsis;       // the options part, as printed in the help
    const char *summary;        // translatable (QT_TRANSLATE_NOOP)
    int (*run)(CommandContext &context);
    OptionSpec secondOperand = {}; // a positional value after the operand ({"VALUE", Text}); no name when none
    // It lays out text (a PDF): paydesk-cli then runs with a QGuiApplication on the offscreen
    // platform, which needs no display; every other command with a QCoreApplication.
    bool rendersDocuments = false;

    QString name() const { return words.join(u' '); }
};

// The command reference of paydesk-cli: every command, its options and its help text.
class CommandReference
{
public:
    static constexpr qint64 maxCount = 10'000'000;

    static const QList<CommandSpec> &commands();
    // --db, --config, --user, --password-file, --json, --help, --version: accepted before and
    // after the command.
    static const QList<OptionSpec> &globalOptions();

    // The command whose words begin `args`; sets `wordCount` to how many words it used.
    // Throws Refusal naming the words when they are no command.
    static const CommandSpec &find(const QStringList &args, qsizetype &wordCount);

    // "cash, check, card, portal, other"
    static QString methodCodes();

    static QString overview();
    static QString help(const CommandSpec &command);
};

} // namespace paydesk::cli
