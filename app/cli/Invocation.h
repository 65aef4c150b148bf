#pragma once

#include "CommandReference.h"

#include "ledger/PaymentMethod.h"
#include "money/Money.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace paydesk::cli {

// The options of one command line, read against the command's OptionSpecs and checked
// before anything runs: every value has the kind its option asks for, so a command can
// take them without checking again.
class Invocation
{
public:
    // Reads the global options that come before the command and returns the rest
    // (the command words and what follows).
    static Invocation leadingGlobals(const QStringList &args, QStringList &rest);
    // Reads the command's options and operand, and global options given after it.
    // Throws Refusal with one message per problem: an unknown option, a missing or
    // malformed value, a missing required option, an option given twice.
    static Invocation forCommand(const CommandSpec &command, const QStringList &args);

    // Takes the options of `other` that this invocation does not have.
    void merge(const Invocation &other);
    // Gives a text option that the command line left out the value `text` (from a settings
    // file); an empty `text` gives none.
    void fillIn(const QString &option, const QString &text);
    // A copy without `option`.
    Invocation without(const QString &option) const;

    bool has(const QString &option) const { return m_values.contains(option); }
    QString text(const QString &option) const { return m_values.value(option).text; }
    // 0, a null date or a zero amount when the option was not given.
    qint64 id(const QString &option) const { return m_values.value(option).number; }
    // A Count or Seed value, or `fallback` when the option was not given.
    qint64 number(const QString &option, qint64 fallback) const;
    QDate date(const QString &option) const { return m_values.value(option).date; }
    core::Money amount(const QString &option) const { return m_values.value(option).money; }
    core::PaymentMethod method(const QString &option) const { return m_values.value(option).method; }
    // The first or the second positional value; empty when the command takes none.
    QString operand(qsizetype index = 0) const { return m_operands.value(index); }

private:
    struct Value
    {
        QString text;
        qint64 number = 0;
        QDate date;
        core::Money money;
        core::PaymentMethod method = core::PaymentMethod::Cash;
    };

    // Checks `text` as a value of `option`; returns the problem, or an empty string.
    static QString convert(const OptionSpec &option, const QString &text, Value &value);
    void store(const OptionSpec &option, const QString &text, QStringList &problems);
    // Reads the option at args[i] and its value; returns the index after them.
    qsizetype readOption(const QStringList &args, qsizetype i, const QList<OptionSpec> &known, const QString &where,
                         QStringList &problems);

    QHash<QString, Value> m_values;
    // Options that were written, even with a refused value: those are not also "missing".
    QSet<QString> m_given;
    QStringList m_operands;
};

} // namespace paydesk::cli
