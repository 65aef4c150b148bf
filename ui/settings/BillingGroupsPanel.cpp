#include "settings/BillingGroupsPanel.h"

#include "collections/BillingGroups.h"
#include "dialogs/ErrorLabel.h"
#include "util/Permissions.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

BillingGroupsPanel::BillingGroupsPanel(const core::Database &db, const QString &user, QWidget *parent)
    : QGroupBox(tr("Billing groups"), parent)
    , m_db(db)
    , m_user(user)
    , m_groups(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_suppress(new QCheckBox(tr("Supp&ress Collections"), this))
    , m_add(new QPushButton(tr("Add &group"), this))
    , m_message(new ErrorLabel(this))
    , m_editable(core::Permissions::allows(db, user, core::Permissions::Action::ManageCollections))
{
    setObjectName(QStringLiteral("billingGroups"));
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setAccessibleName(tr("Billing groups"));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_suppress->setObjectName(QStringLiteral("groupSuppress"));
    m_add->setObjectName(QStringLiteral("groupAdd"));
    m_message->setObjectName(QStringLiteral("groupNameMessage"));
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(tr("New group"));
    m_add->setAutoDefault(false);
    // A practice keeps a handful: room for eight without scrolling is enough.
    m_groups->setMaximumHeight(m_groups->fontMetrics().height() * 10);

    auto *hint = new QLabel(tr("Checked: Suppress Collections, the group's families stay out of the collections "
                               "process."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_suppress);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_groups, 1);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &BillingGroupsPanel::add);
    connect(m_name, &QLineEdit::textEdited, m_message, &ErrorLabel::clearMessages);
    connect(m_groups, &QListWidget::itemChanged, this, &BillingGroupsPanel::suppressionToggled);
    for (QWidget *field :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_suppress), static_cast<QWidget *>(m_add)})
        field->setVisible(m_editable);
    reload();
}

QStringList BillingGroupsPanel::shown() const
{
    QStringList groups;
    for (int row = 0; row < m_groups->count(); ++row) {
        const QListWidgetItem *item = m_groups->item(row);
        groups << (item->checkState() == Qt::Checked ? tr("%1 (suppressed)").arg(item->text()) : item->text());
    }
    return groups;
}

bool BillingGroupsPanel::add()
{
    m_message->clearMessages();
    if (!m_message->run([this] { core::BillingGroups(m_db, m_user).add(m_name->text(), m_suppress->isChecked()); })) {
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_name->clear();
    m_suppress->setChecked(false);
    reload();
    return true;
}

void BillingGroupsPanel::suppressionToggled(QListWidgetItem *item)
{
    const bool suppress = item->checkState() == Qt::Checked;
    m_message->clearMessages();
    if (!m_message->run([&] { core::BillingGroups(m_db, m_user).setSuppressCollections(item->text(), suppress); })) {
        // The stored state, not the refused click.
        const QSignalBlocker quiet(m_groups);
        item->setCheckState(suppress ? Qt::Unchecked : Qt::Checked);
    }
}

void BillingGroupsPanel::reload()
{
    const QSignalBlocker quiet(m_groups);
    m_groups->clear();
    for (const core::BillingGroup &group : core::BillingGroups(m_db, m_user).list()) {
        auto *item = new QListWidgetItem(group.name, m_groups);
        item->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setCheckState(group.suppressCollections ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace paydesk::ui
