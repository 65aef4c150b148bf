#pragma once

#include "money/Money.h"

#include <QLineEdit>

#include <functional>
#include <optional>

namespace paydesk::ui {

class ErrorLabel;

// An amount typed in the clerk's locale ("1,234.50", "$25"). A currency sign (the locale's,
// or "$") is allowed around it; the number is parsed exactly by core::Money, so nothing is
// rounded and "12.345" stays an error that names it.
//
// With a message label (placed next to the field by the dialog), a refused amount explains
// itself there when the clerk leaves the field or the dialog takes the amount, and the
// message goes as soon as the text is corrected.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    // Why an amount the text reads is still refused (zero, negative), or empty.
    using Rule = std::function<QString(core::Money)>;

    void setMessageLabel(ErrorLabel *label);
    void setRule(Rule rule);

    // The text, less a currency sign, as core::Money reads it.
    core::MoneyParseResult money() const;
    // Why the text is refused (unreadable, empty or against the rule), or empty.
    QString problem() const;
    // The amount; or, when the text is refused, nothing after showing why in the message
    // label and putting the cursor back here.
    std::optional<core::Money> takeMoney();
    void setMoney(core::Money value);

    // `text` without the locale's currency symbol or "$" before or after the number
    // ("-$25" -> "-25", "25 €" -> "25").
    static QString withoutCurrency(const QString &text, const QLocale &locale);

private:
    void showProblem(bool always);

    ErrorLabel *m_message = nullptr;
    Rule m_rule;
};

} // namespace paydesk::ui
