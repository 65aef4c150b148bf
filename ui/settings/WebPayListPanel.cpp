#include "settings/WebPayListPanel.h"

#include "dialogs/ErrorLabel.h"
#include "util/Permissions.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

WebPayListPanel::WebPayListPanel(const core::Database &db,
                                 const QString &user,
                                 core::WebPayLists::List list,
                                 QWidget *parent)
    : QGroupBox(list == core::WebPayLists::List::Merchants ? tr("webPAY merchants") : tr("webPAY payment methods"),
                parent)
    , m_db(db)
    , m_user(user)
    , m_list(list)
    , m_names(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(list == core::WebPayLists::List::Merchants ? tr("Add &merchant") : tr("Add met&hod"), this))
    , m_message(new ErrorLabel(this))
{
    const QString prefix = list == core::WebPayLists::List::Merchants ? QStringLiteral("merchant")
                                                                      : QStringLiteral("method");
    setObjectName(prefix + QStringLiteral("s"));
    m_names->setObjectName(prefix + QStringLiteral("Names"));
    m_name->setObjectName(prefix + QStringLiteral("Name"));
    m_add->setObjectName(prefix + QStringLiteral("Add"));
    m_message->setObjectName(prefix + QStringLiteral("NameMessage"));
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(list == core::WebPayLists::List::Merchants ? tr("New merchant")
                                                                          : tr("New payment method"));
    m_names->setAccessibleName(title());
    m_name->setAccessibleName(m_name->placeholderText());
    m_add->setAutoDefault(false);
    // A practice keeps a handful: room for eight without scrolling is enough.
    m_names->setMaximumHeight(m_names->fontMetrics().height() * 10);

    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_names, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &WebPayListPanel::add);
    connect(m_name, &QLineEdit::textEdited, m_message, &ErrorLabel::clearMessages);
    const bool editable = core::Permissions::allows(db, user, core::Permissions::Action::ManageCollections);
    m_name->setVisible(editable);
    m_add->setVisible(editable);
    reload();
}

QStringList WebPayListPanel::names() const
{
    QStringList shown;
    for (int row = 0; row < m_names->count(); ++row)
        shown << m_names->item(row)->text();
    return shown;
}

bool WebPayListPanel::add()
{
    m_message->clearMessages();
    if (!m_message->run([this] { core::WebPayLists(m_db, m_user).add(m_list, m_name->text()); })) {
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_name->clear();
    reload();
    return true;
}

void WebPayListPanel::reload()
{
    m_names->clear();
    m_names->addItems(core::WebPayLists(m_db, m_user).names(m_list));
}

} // namespace paydesk::ui
