#include "groups/PracticeGroupsDialog.h"

#include "ListTableView.h"
#include "ScreenFit.h"
#include "dialogs/ErrorLabel.h"
#include "groups/AddGroupDialog.h"
#include "groups/PracticeGroups.h"
#include "groups/PracticeGroupsModel.h"
#include "migration/MigrationStore.h"
#include "users/Role.h"
#include "users/ActionGate.h"
#include "util/Permissions.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

using Action = core::Permissions::Action;


PracticeGroupsDialog::PracticeGroupsDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_model(new PracticeGroupsModel(this))
    , m_view(new ListTableView(m_model, this))
    , m_add(new QPushButton(tr("A&dd Group…"), this))
    , m_migrate(new QPushButton(tr("&Migrate…"), this))
    , m_hint(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Practice Groups"));
    m_view->setObjectName(QStringLiteral("groups"));
    m_view->setAccessibleName(tr("Practice groups"));
    m_add->setObjectName(QStringLiteral("addGroup"));
    m_migrate->setObjectName(QStringLiteral("migrate"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_view->setExportName(QStringLiteral("practice-groups"));
    m_view->setStretchColumn(PracticeGroupsModel::Name);
    m_view->setKeyColumns({PracticeGroupsModel::Name, PracticeGroupsModel::Ledger, PracticeGroupsModel::PatientPayment});
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("A legacy group's payments only lower the balance. Migrate moves the whole group to tracked "
                       "allocations, once, by the nightly job."));

    const bool mayAdd = core::Permissions::allows(db, user, Action::ManagePracticeGroups);
    m_add->setEnabled(mayAdd);
    if (!mayAdd)
        m_add->setToolTip(ActionGate::needsRole(Action::ManagePracticeGroups));
    m_mayMigrate = core::Permissions::allows(db, user, Action::MigrateLedger);
    for (QPushButton *button : {m_add, m_migrate})
        button->setAutoDefault(false);

    connect(m_add, &QPushButton::clicked, this, &PracticeGroupsDialog::addGroup);
    connect(m_migrate, &QPushButton::clicked, this, &PracticeGroupsDialog::migrate);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PracticeGroupsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PracticeGroupsDialog::updateButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_hint, 1);
    actions->addWidget(m_add);
    actions->addWidget(m_migrate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_errors);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(ScreenFit::size(this, QSize(860, 460)));
}

void PracticeGroupsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded)
        load();
    m_view->setFocus(Qt::OtherFocusReason);
}

void PracticeGroupsDialog::load()
{
    const qint64 current = m_view->currentId();
    QList<core::PracticeGroup> groups;
    QHash<qint64, core::Migration> latest;
    m_loaded = m_errors->run([&] {
        groups = core::PracticeGroups(m_db, m_user).list();
        latest = core::MigrationStore(m_db, m_user).latestByGroup();
    });
    m_model->setGroups(groups, latest);
    if (!current || !m_view->selectId(current)) {
        if (m_model->rowCount() > 0)
            m_view->selectId(m_model->group(0).id);
    }
    updateButtons();
}

void PracticeGroupsDialog::updateButtons()
{
    const int row = m_view->currentSourceRow();
    const core::Migration *latest = row >= 0 ? m_model->migration(m_model->group(row).id) : nullptr;
    const bool again = latest && latest->status == core::Migration::Status::Error;
    m_migrate->setText(again ? tr("&Migrate again…") : tr("&Migrate…"));
    const bool fits = m_model->mayMigrate(row);
    m_migrate->setEnabled(m_mayMigrate && fits);
    if (!m_mayMigrate)
        m_migrate->setToolTip(ActionGate::needsRole(Action::MigrateLedger));
    else if (row >= 0 && !fits)
        m_migrate->setToolTip(tr("Only a legacy group with no migration Queued, In Progress or Active is migrated."));
    else
        m_migrate->setToolTip(tr("Moves the whole group to tracked allocations, by the nightly job."));
}

void PracticeGroupsDialog::addGroup()
{
    m_errors->clearMessages();
    AddGroupDialog dialog(m_db, m_user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    load();
    m_view->selectId(dialog.groupId());
    m_view->setFocus(Qt::OtherFocusReason);
}

void PracticeGroupsDialog::migrate()
{
    m_errors->clearMessages();
    const int row = m_view->currentSourceRow();
    if (row < 0 || !m_migrate->isEnabled())
        return;
    const core::PracticeGroup group = m_model->group(row);
    // Another desk may have queued it since the list was read: its refusal instead.
    QStringList warnings;
    if (const QString stale = ErrorLabel::refusalOf(
                [&] { warnings = core::MigrationStore(m_db, m_user).warnings(group.id); });
        !stale.isEmpty()) {
        load();
        m_view->selectId(group.id);
        m_errors->showMessages({stale});
        return;
    }
    QMessageBox warning(QMessageBox::Warning,
                        tr("Migrate practice group"),
                        warnings.join(u"\n\n"),
                        QMessageBox::Ok | QMessageBox::Cancel,
                        this);
    warning.setObjectName(QStringLiteral("migrateWarning"));
    warning.setDefaultButton(QMessageBox::Cancel);
    warning.setEscapeButton(QMessageBox::Cancel);
    if (warning.exec() != QMessageBox::Ok)
        return;
    // The list is read again either way (another desk may have queued it): the refusal after.
    const QString refusal = ErrorLabel::refusalOf([&] { core::MigrationStore(m_db, m_user).queue(group.id); });
    m_changed = m_changed || refusal.isEmpty();
    load();
    m_view->selectId(group.id);
    if (!refusal.isEmpty())
        m_errors->showMessages({refusal});
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace paydesk::ui
