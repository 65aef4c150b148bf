#include "dialogs/MoneyEdit.h"

#include "dialogs/ErrorLabel.h"

#include <QLocale>

namespace paydesk::ui {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(core::Money().toString(locale()));
}

core::MoneyParseResult MoneyEdit::money() const
{
    return core::Money::parse(text(), locale());
}

std::optional<core::Money> MoneyEdit::takeMoney(ErrorLabel &errors)
{
    const core::MoneyParseResult parsed = money();
    if (parsed)
        return parsed.value();
    errors.showMessages({parsed.error()});
    setFocus();
    return std::nullopt;
}

void MoneyEdit::setMoney(core::Money value)
{
    setText(value.toString(locale()));
}

} // namespace paydesk::ui
