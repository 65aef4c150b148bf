#include "groups/AddGroupDialog.h"

#include "dialogs/ErrorLabel.h"
#include "groups/PracticeGroups.h"
#include "groups/PracticeGroupsModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

using core::PracticeGroup;

AddGroupDialog::AddGroupDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_name(new QLineEdit(this))
    , m_ledger(new QComboBox(this))
{
    setWindowTitle(tr("Add Practice Group"));
    m_name->setObjectName(QStringLiteral("name"));
    m_ledger->setObjectName(QStringLiteral("ledger"));
    m_ledger->addItem(PracticeGroupsModel::ledgerText(PracticeGroup::Ledger::Tracked),
                      QVariant::fromValue(int(PracticeGroup::Ledger::Tracked)));
    m_ledger->addItem(PracticeGroupsModel::ledgerText(PracticeGroup::Ledger::Legacy),
                      QVariant::fromValue(int(PracticeGroup::Ledger::Legacy)));

    auto *form = new QFormLayout;
    m_nameMessage = ErrorLabel::addFieldRow(form, tr("&Name:"), m_name);
    form->addRow(tr("&Ledger:"), m_ledger);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *addButton = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    addButton->setObjectName(QStringLiteral("add"));
    addButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddGroupDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &ErrorLabel::clearMessages);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void AddGroupDialog::add()
{
    m_nameMessage->clearMessages();
    const auto ledger = PracticeGroup::Ledger(m_ledger->currentData().toInt());
    if (m_nameMessage->run([&] { m_groupId = core::PracticeGroups(m_db, m_user).add(m_name->text(), ledger); })) {
        accept();
        return;
    }
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace paydesk::ui
