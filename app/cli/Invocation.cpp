#include "Invocation.h"

#include "CliTr.h"

#include "util/Errors.h"

#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace paydesk::cli {

namespace {

bool allDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

// A whole number in [low, high], or nullopt.
std::optional<qint64> wholeNumber(const QString &text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 n = allDigits(text) ? text.toLongLong(&ok) : 0;
    if (!ok || n < low || n > high)
        return std::nullopt;
    return n;
}

bool isIsoDateShape(const QString &text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    return allDigits(text.left(4)) && allDigits(text.mid(5, 2)) && allDigits(text.mid(8, 2));
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    const auto it = std::find_if(options.begin(), options.end(), [&](const OptionSpec &o) { return o.name == name; });
    return it == options.end() ? nullptr : &*it;
}

bool isOption(const QString &arg)
{
    return arg.startsWith(u"--"_s) || arg == u"-h";
}

} // namespace

QString Invocation::convert(const OptionSpec &option, const QString &text, Value &value)
{
    value.text = text;
    switch (option.kind) {
    case ValueKind::Flag:
        return {};
    case ValueKind::Id:
        if (const auto n = wholeNumber(text, 1, std::numeric_limits<qint64>::max())) {
            value.number = *n;
            return {};
        }
        return CliTr::tr("%1: \"%2\" is not a positive whole number.").arg(option.name, text);
    case ValueKind::Count:
        if (const auto n = wholeNumber(text, 1, CommandReference::maxCount)) {
            value.number = *n;
            return {};
        }
        return CliTr::tr("%1: \"%2\" is not a whole number from 1 to %3.").arg(option.name, text).arg(CommandReference::maxCount);
    case ValueKind::Seed:
        if (const auto n = wholeNumber(text, 0, std::numeric_limits<quint32>::max())) {
            value.number = *n;
            return {};
        }
        return CliTr::tr("%1: \"%2\" is not a whole number from 0 to %3.")
            .arg(option.name, text)
            .arg(std::numeric_limits<quint32>::max());
    case ValueKind::Date:
        value.date = isIsoDateShape(text) ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (value.date.isValid())
            return {};
        return CliTr::tr("%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(option.name, text);
    case ValueKind::Amount: {
        const core::MoneyParseResult parsed = core::Money::parse(text);
        if (parsed.isOk()) {
            value.money = parsed.value();
            return {};
        }
        return CliTr::tr("%1: %2").arg(option.name, parsed.error());
    }
    case ValueKind::Method:
        if (const auto method = core::parsePaymentMethod(text)) {
            value.method = *method;
            return {};
        }
        return CliTr::tr("%1: \"%2\" is not a payment method; use one of %3.").arg(option.name, text, CommandReference::methodCodes());
    case ValueKind::Folder:
        if (QFileInfo(text).isDir())
            return {};
        return CliTr::tr("%1: \"%2\" is not a folder.").arg(option.name, text);
    case ValueKind::Text:
    case ValueKind::File:
        if (option.required && text.trimmed().isEmpty())
            return CliTr::tr("%1: the value is empty.").arg(option.name);
        return {};
    }
    return {};
}

void Invocation::store(const OptionSpec &option, const QString &text, QStringList &problems)
{
    Value value;
    m_given.insert(option.name);
    if (const QString problem = convert(option, text, value); !problem.isEmpty())
        problems << problem;
    else if (m_values.contains(option.name))
        problems << CliTr::tr("%1 is given more than once.").arg(option.name);
    else
        m_values.insert(option.name, value);
}

qsizetype Invocation::readOption(const QStringList &args, qsizetype i, const QList<OptionSpec> &known,
                                 const QString &where, QStringList &problems)
{
    QString name = args[i] == u"-h" ? u"--help"_s : args[i];
    std::optional<QString> inlineValue;
    if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
        inlineValue = name.mid(eq + 1);
        name.truncate(eq);
    }
    const OptionSpec *option = findOption(known, name);
    if (!option) {
        // `where` is the command, or the program itself for the options before a command.
        const QString help = where == u"paydesk-cli" ? where : u"paydesk-cli "_s + where;
        problems << CliTr::tr("\"%1\" is not an option of %2; see %3 --help.").arg(name, where, help);
        // What follows is most likely its value: one mistake, one message.
        const bool valueFollows = !inlineValue && i + 1 < args.size() && !isOption(args[i + 1]);
        return valueFollows ? i + 2 : i + 1;
    }
    if (option->kind == ValueKind::Flag) {
        if (inlineValue)
            problems << CliTr::tr("%1 takes no value (given \"%2\").").arg(name, *inlineValue);
        else
            store(*option, QString(), problems);
        return i + 1;
    }
    if (inlineValue) {
        store(*option, *inlineValue, problems);
        return i + 1;
    }
    if (i + 1 >= args.size()) {
        problems << CliTr::tr("%1 needs a value.").arg(name);
        m_given.insert(option->name);
        return i + 1;
    }
    // The next argument is the value whatever it looks like, so "--amount --5" names "--5".
    store(*option, args[i + 1], problems);
    return i + 2;
}

Invocation Invocation::leadingGlobals(const QStringList &args, QStringList &rest)
{
    Invocation result;
    QStringList problems;
    qsizetype i = 0;
    while (i < args.size() && isOption(args[i]))
        i = result.readOption(args, i, CommandReference::globalOptions(), u"paydesk-cli"_s, problems);
    if (!problems.isEmpty())
        throw core::Refusal(problems);
    rest = args.mid(i);
    return result;
}

Invocation Invocation::forCommand(const CommandSpec &command, const QStringList &args)
{
    Invocation result;
    QStringList problems;
    const QList<OptionSpec> known = command.options + CommandReference::globalOptions();
    QList<OptionSpec> operands;
    for (const OptionSpec &operand : {command.operand, command.secondOperand}) {
        if (!operand.name.isEmpty())
            operands.append(operand);
    }
    qsizetype i = 0;
    while (i < args.size()) {
        if (isOption(args[i])) {
            i = result.readOption(args, i, known, command.name(), problems);
            continue;
        }
        if (result.m_operands.size() == operands.size()) {
            problems << CliTr::tr("\"%1\" is not expected after %2.").arg(args[i], command.name());
        } else {
            Value value;
            if (const QString problem = convert(operands.at(result.m_operands.size()), args[i], value); !problem.isEmpty())
                problems << problem;
            result.m_operands.append(args[i]);
        }
        ++i;
    }
    // Asking for help needs nothing else.
    if (!result.has(u"--help"_s)) {
        for (qsizetype missing = result.m_operands.size(); missing < operands.size(); ++missing)
            problems << CliTr::tr("%1 needs %2.").arg(command.name(), operands.at(missing).name);
        for (const OptionSpec &option : command.options) {
            if (option.required && !result.m_given.contains(option.name))
                problems << CliTr::tr("%1 is required by %2.").arg(option.name, command.name());
        }
    }
    if (!problems.isEmpty())
        throw core::Refusal(problems);
    return result;
}

void Invocation::merge(const Invocation &other)
{
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it) {
        if (!m_values.contains(it.key()))
            m_values.insert(it.key(), it.value());
    }
}

void Invocation::fillIn(const QString &option, const QString &text)
{
    if (text.isEmpty() || m_values.contains(option))
        return;
    Value value;
    value.text = text;
    m_values.insert(option, value);
}

Invocation Invocation::without(const QString &option) const
{
    Invocation copy = *this;
    copy.m_values.remove(option);
    copy.m_given.remove(option);
    return copy;
}

qint64 Invocation::number(const QString &option, qint64 fallback) const
{
    return has(option) ? id(option) : fallback;
}

} // namespace paydesk::cli
