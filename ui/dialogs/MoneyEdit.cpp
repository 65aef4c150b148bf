#include "dialogs/MoneyEdit.h"

#include "dialogs/ErrorLabel.h"

#include <QLocale>

namespace paydesk::ui {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(core::Money().toString(locale()));
    connect(this, &QLineEdit::textChanged, this, [this] { showProblem(false); });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (!text().trimmed().isEmpty())
            showProblem(true);
    });
}

void MoneyEdit::setMessageLabel(ErrorLabel *label)
{
    m_message = label;
}

void MoneyEdit::setRule(Rule rule)
{
    m_rule = std::move(rule);
}

QString MoneyEdit::withoutCurrency(const QString &text, const QLocale &locale)
{
    QString rest = text.trimmed();
    QString sign;
    if (rest.startsWith(u'-') || rest.startsWith(u'+')) {
        sign = rest.left(1);
        rest = rest.mid(1).trimmed();
    }
    for (const QString &symbol : {locale.currencySymbol(QLocale::CurrencySymbol), QStringLiteral("$")}) {
        if (symbol.isEmpty())
            continue;
        if (rest.startsWith(symbol))
            rest = rest.mid(symbol.size()).trimmed();
        else if (rest.endsWith(symbol))
            rest = rest.chopped(symbol.size()).trimmed();
    }
    return sign + rest;
}

core::MoneyParseResult MoneyEdit::money() const
{
    return core::Money::parse(withoutCurrency(text(), locale()), locale());
}

QString MoneyEdit::problem() const
{
    const core::MoneyParseResult parsed = money();
    if (!parsed)
        return parsed.error();
    return m_rule ? m_rule(parsed.value()) : QString();
}

void MoneyEdit::showProblem(bool always)
{
    if (!m_message)
        return;
    const QString why = problem();
    if (why.isEmpty())
        m_message->clearMessages();
    else if (always || !m_message->isHidden())
        m_message->showMessages({why});
}

std::optional<core::Money> MoneyEdit::takeMoney()
{
    showProblem(true);
    if (problem().isEmpty())
        return money().value();
    setFocus();
    selectAll();
    return std::nullopt;
}

void MoneyEdit::setMoney(core::Money value)
{
    setText(value.toString(locale()));
}

} // namespace paydesk::ui
