#pragma once

#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLineEdit;
QT_END_NAMESPACE

namespace paydesk::ui {

class ErrorLabel;

// A new password typed twice, as the Users window and Change password ask for it: two
// fields that never show what is typed, each with its message beside it. The length rule
// is core's (PasswordHash::problem); that the two agree is the form's own check. A message
// goes as soon as its field is edited.
class PasswordFields : public QObject
{
    Q_OBJECT

public:
    // Adds the two rows to `form`. `optional`: an empty pair means "no password yet".
    PasswordFields(QFormLayout *form, bool optional, QWidget *parent);

    QLineEdit *password() const { return m_password; }
    QLineEdit *repeat() const { return m_repeat; }

    // The password when both fields hold the same acceptable one (or both are empty and it
    // is optional); otherwise nothing, after saying why beside the field and putting the
    // cursor there.
    std::optional<QString> take();
    // Shows a refusal of the password itself (from a service) beside the first field.
    void showProblem(const QString &message);

private:
    bool m_optional;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    ErrorLabel *m_passwordMessage;
    ErrorLabel *m_repeatMessage;
};

} // namespace paydesk::ui
