#include "users/ChangePasswordDialog.h"

#include "dialogs/ErrorLabel.h"
#include "dialogs/WindowFit.h"
#include "users/PasswordFields.h"
#include "users/SignIn.h"
#include "users/UserDirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

ChangePasswordDialog::ChangePasswordDialog(
        const core::Database &db, const QString &actor, const QString &userName, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_userName(userName)
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(mode == Mode::Own ? tr("Change password") : tr("Reset password"));
    auto *intro = new QLabel(mode == Mode::Own
                                     ? tr("A new password for %1.").arg(userName)
                                     : tr("A new password for %1, who uses it from the next sign-in.").arg(userName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    if (mode == Mode::Own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
        m_currentMessage = ErrorLabel::addFieldRow(form, tr("&Current password:"), m_current);
        connect(m_current, &QLineEdit::textEdited, m_currentMessage, &ErrorLabel::clearMessages);
    }
    m_new = new PasswordFields(form, false, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("ok"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    (m_current ? m_current : m_new->password())->setFocus();
    WindowFit::fitForm(this, 460);
}

void ChangePasswordDialog::accept()
{
    m_errors->clearMessages();
    const std::optional<QString> password = m_new->take();
    if (!password)
        return;
    if (m_current) {
        const bool signedIn = m_currentMessage->run(
                [this] { core::SignIn(m_db).signIn(m_userName, m_current->text()); });
        m_current->clear();
        if (!signedIn) {
            m_current->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_errors->run([&] { core::UserDirectory(m_db).setPassword(m_actor, m_userName, *password); }))
        QDialog::accept();
}

} // namespace paydesk::ui
