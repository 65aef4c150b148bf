#include "users/PasswordFields.h"

#include "dialogs/ErrorLabel.h"
#include "users/PasswordHash.h"

#include <QFormLayout>
#include <QLineEdit>

namespace paydesk::ui {

PasswordFields::PasswordFields(QFormLayout *form, bool optional, QWidget *parent)
    : QObject(parent)
    , m_optional(optional)
    , m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
{
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit *edit : {m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    if (optional)
        m_password->setPlaceholderText(tr("Empty: none yet"));
    m_passwordMessage = ErrorLabel::addFieldRow(form, tr("New pass&word:"), m_password);
    m_repeatMessage = ErrorLabel::addFieldRow(form, tr("Re&peat it:"), m_repeat);
    connect(m_password, &QLineEdit::textEdited, m_passwordMessage, &ErrorLabel::clearMessages);
    connect(m_repeat, &QLineEdit::textEdited, m_repeatMessage, &ErrorLabel::clearMessages);
}

std::optional<QString> PasswordFields::take()
{
    const QString password = m_password->text();
    const QString problem = password.isEmpty() && m_optional ? QString() : core::PasswordHash::problem(password);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return std::nullopt;
    }
    if (m_repeat->text() != password) {
        m_repeatMessage->showMessages({tr("The two passwords differ: type the new one again.")});
        m_repeat->setFocus(Qt::OtherFocusReason);
        m_repeat->selectAll();
        return std::nullopt;
    }
    return password;
}

void PasswordFields::showProblem(const QString &message)
{
    m_passwordMessage->showMessages({message});
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

} // namespace paydesk::ui
