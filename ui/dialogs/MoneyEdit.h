#pragma once

#include "money/Money.h"

#include <QLineEdit>

#include <optional>

namespace paydesk::ui {

class ErrorLabel;

// An amount typed in the clerk's locale ("1,234.50"). The text is parsed exactly by
// core::Money; nothing is rounded, so "12.345" stays an error that names it.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    core::MoneyParseResult money() const;
    // The amount; or, when the text is refused, nothing after showing the message in
    // `errors` and putting the cursor back here.
    std::optional<core::Money> takeMoney(ErrorLabel &errors);
    void setMoney(core::Money value);
};

} // namespace paydesk::ui
