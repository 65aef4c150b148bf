#include "users/SignInDialog.h"

#include "dialogs/ErrorLabel.h"
#include "dialogs/WindowFit.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "users/SignIn.h"
#include "users/UserDirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {
// Only the name: never a password, and not which names exist.
const QString lastUserKey = QStringLiteral("desk/lastUser");
} // namespace

SignInDialog::SignInDialog(const core::Database &db, Mode mode, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    const bool unlock = mode == Mode::Unlock;
    setWindowTitle(unlock ? tr("PayDesk is locked") : tr("Sign in to PayDesk"));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (unlock)
        intro->setText(tr("The desk locked itself after a time without use. Type the password of %1 to go on: "
                          "what was open is still there.")
                               .arg(userName));
    else
        intro->setText(tr("The database %1 is secured: sign in with your user name and password.")
                               .arg(db.spec().displayName()));

    auto *form = new QFormLayout;
    // Locked, the name cannot be changed nor take focus: no Alt+letter leads to it.
    m_nameMessage = ErrorLabel::addFieldRow(form, unlock ? tr("User name:") : tr("&User name:"), m_name);
    m_passwordMessage = ErrorLabel::addFieldRow(form, tr("&Password:"), m_password);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &ErrorLabel::clearMessages);
    connect(m_name, &QLineEdit::textEdited, m_passwordMessage, &ErrorLabel::clearMessages);
    connect(m_password, &QLineEdit::textEdited, m_passwordMessage, &ErrorLabel::clearMessages);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(unlock ? tr("&Unlock") : tr("&Sign in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signIn"));
    ok->setDefault(true);
    if (!unlock)
        buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    // One panel, centred: the lock covers the whole desk, and its fields stay a form's width.
    auto *panel = new QWidget(this);
    panel->setFixedWidth(440);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(panel, 0, Qt::AlignCenter);

    if (unlock) {
        m_name->setText(userName);
        m_name->setReadOnly(true);
        m_name->setFocusPolicy(Qt::NoFocus);
    } else {
        m_name->setText(userName.isEmpty() ? QSettings().value(lastUserKey).toString() : userName);
    }
    // Switching is for someone else: their name replaces the one shown.
    const bool typeName = m_name->text().isEmpty() || mode == Mode::SwitchUser;
    if (typeName)
        m_name->selectAll();
    (typeName ? m_name : m_password)->setFocus();
    WindowFit::fitForm(this, 460);
}

std::optional<QString> SignInDialog::userFor(const core::Database &db, const QString &openModeUser, QWidget *parent)
{
    if (!core::UserDirectory(db).isSecured())
        return openModeUser;
    SignInDialog dialog(db, Mode::SignIn, {}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user().name;
}

void SignInDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_nameMessage->showMessages({tr("Type your user name.")});
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A refusal says the same for an unknown name and a wrong password (core::SignIn).
    const bool signedIn = m_passwordMessage->run(
            [this] { m_user = core::SignIn(m_db).signIn(m_name->text(), m_password->text()); });
    m_password->clear();
    if (!signedIn) {
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_mode != Mode::Unlock)
        QSettings().setValue(lastUserKey, m_user.name);
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_mode != Mode::Unlock)
        QDialog::reject();
}

} // namespace paydesk::ui
