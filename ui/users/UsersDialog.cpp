#include "users/UsersDialog.h"

#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "users/AddUserDialog.h"
#include "users/ChangePasswordDialog.h"
#include "users/UserDirectory.h"
#include "users/UsersModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

UsersDialog::UsersDialog(const core::Database &db, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_model(new UsersModel(db, this))
    , m_list(new ListTableView(m_model, this))
    , m_errors(new ErrorLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_role(new QPushButton(tr("Change &role…"), this))
    , m_password(new QPushButton(tr("Reset &password…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_enable(new QPushButton(tr("&Enable"), this))
{
    setWindowTitle(tr("Users"));
    m_list->setObjectName(QStringLiteral("users"));
    m_list->setAccessibleName(tr("Users"));
    m_list->setStretchColumn(UsersModel::Name);
    m_list->setExportName(QStringLiteral("users"));
    m_add->setObjectName(QStringLiteral("add"));
    m_role->setObjectName(QStringLiteral("role"));
    m_password->setObjectName(QStringLiteral("resetPassword"));
    m_disable->setObjectName(QStringLiteral("disable"));
    m_enable->setObjectName(QStringLiteral("enable"));

    auto *intro = new QLabel(tr("Front desk posts and reads; billing manager also corrects, reports and exports; "
                                "administrator also sets up the practice and its users. Once an administrator "
                                "has a password, the database is secured: everyone signs in."),
                             this);
    intro->setWordWrap(true);

    auto *actions = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_role, m_password, m_disable, m_enable}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(actions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_enable, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &UsersDialog::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersDialog::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, m_errors, &ErrorLabel::clearMessages);
    // Read once the list is there, so that it fits its columns to the rows.
    m_model->reload();
    updateButtons();
    resize(720, 420);
    m_list->setFocus();
}

QString UsersDialog::errors() const
{
    return m_errors->isVisibleTo(this) ? m_errors->text() : QString();
}

QString UsersDialog::selectedName() const
{
    const int row = m_list->currentSourceRow();
    return row < 0 ? QString() : m_model->user(row).name;
}

void UsersDialog::updateButtons()
{
    const int row = m_list->currentSourceRow();
    const bool selected = row >= 0;
    m_role->setEnabled(selected);
    m_password->setEnabled(selected);
    m_disable->setEnabled(selected && m_model->user(row).active);
    m_enable->setEnabled(selected && !m_model->user(row).active);
}

void UsersDialog::reloadSelecting(const QString &name)
{
    m_model->reload();
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_list->selectId(m_model->user(row).id);
    updateButtons();
}

void UsersDialog::addUser()
{
    m_errors->clearMessages();
    AddUserDialog dialog(m_db, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadSelecting(dialog.addedName());
}

void UsersDialog::changeRole()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_errors->clearMessages();
    const core::User user = m_model->user(m_list->currentSourceRow());
    bool ok = false;
    const QStringList roles = AddUserDialog::roleNames();
    const QString chosen = QInputDialog::getItem(
            this, tr("Change role"), tr("Role of %1:").arg(name), roles, int(user.role), false, &ok);
    if (!ok)
        return;
    if (m_errors->run([&] { core::UserDirectory(m_db).setRole(m_actor, name, core::Role(roles.indexOf(chosen))); }))
        reloadSelecting(name);
}

void UsersDialog::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_errors->clearMessages();
    ChangePasswordDialog dialog(m_db, m_actor, name, ChangePasswordDialog::Mode::Reset, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadSelecting(name);
}

void UsersDialog::setActive(bool active)
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_errors->clearMessages();
    if (m_errors->run([&] { core::UserDirectory(m_db).setActive(m_actor, name, active); }))
        reloadSelecting(name);
}

} // namespace paydesk::ui
