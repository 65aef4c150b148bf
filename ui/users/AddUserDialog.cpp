#include "users/AddUserDialog.h"

#include "dialogs/ErrorLabel.h"
#include "dialogs/WindowFit.h"
#include "users/PasswordFields.h"
#include "users/UserDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

AddUserDialog::AddUserDialog(const core::Database &db, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Add user"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(int(core::UserDirectory::maxNameLength) + 1); // one more: refused with a message, not cut
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addItems(roleNames());

    auto *form = new QFormLayout;
    m_nameMessage = ErrorLabel::addFieldRow(form, tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    m_password = new PasswordFields(form, true, this);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &ErrorLabel::clearMessages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Add user"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("ok"));
    ok->setDefault(true);
    // The order the clerk fills the form in. Wrapping a field beside its message
    // (ErrorLabel::addFieldRow) leaves the chain in creation order, which skipped the
    // password fields: a password typed after the role went into the name.
    const QList<QWidget *> order{
            m_name, m_role, m_password->password(), m_password->repeat(), ok, buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    m_name->setFocus();
    WindowFit::fitForm(this, 460);
}

QStringList AddUserDialog::roleNames()
{
    using core::Role;
    return {core::roleName(Role::FrontDesk), core::roleName(Role::BillingManager), core::roleName(Role::Administrator)};
}

void AddUserDialog::accept()
{
    m_errors->clearMessages();
    const QStringList nameProblems = core::UserDirectory::nameProblems(m_name->text());
    m_nameMessage->showMessages(nameProblems);
    if (!nameProblems.isEmpty()) {
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    const std::optional<QString> password = m_password->take();
    if (!password)
        return;
    const QString name = m_name->text().trimmed();
    if (m_errors->run(
                [&] { core::UserDirectory(m_db).add(m_actor, name, core::Role(m_role->currentIndex()), *password); })) {
        m_added = name;
        QDialog::accept();
    }
}

} // namespace paydesk::ui
