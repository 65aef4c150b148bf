#include "groups/FamilyGroupPicker.h"

#include "DeskCommands.h"
#include "groups/PracticeGroups.h"
#include "groups/PracticeGroupsModel.h"
#include "users/Role.h"
#include "users/ActionGate.h"
#include "util/Permissions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace paydesk::ui {

using Action = core::Permissions::Action;

FamilyGroupPicker::FamilyGroupPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_move(new QPushButton(tr("Mo&ve"), this))
{
    m_combo->setObjectName(QStringLiteral("practiceGroup"));
    m_move->setObjectName(QStringLiteral("moveGroup"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_move->setAutoDefault(false);
    auto *label = new QLabel(tr("Practice gro&up:"), this);
    label->setBuddy(m_combo);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_move);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FamilyGroupPicker::updateMove);
    connect(m_move, &QPushButton::clicked, this, &FamilyGroupPicker::move);
}

void FamilyGroupPicker::showFamily(const core::Database &db,
                                   const QString &user,
                                   qint64 familyId,
                                   const core::PracticeGroup &group)
{
    m_db = &db;
    m_user = user;
    m_familyId = familyId;
    m_groupId = group.id;
    m_mayMove = core::Permissions::allows(db, user, Action::ManagePracticeGroups);
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const core::PracticeGroup &g : core::PracticeGroups::stored(db)) {
        if (g.ledger == group.ledger)
            m_combo->addItem(tr("%1 (%2)").arg(g.name, PracticeGroupsModel::ledgerText(g.ledger)), g.id);
    }
    m_combo->setCurrentIndex(m_combo->findData(group.id));
    m_combo->setEnabled(m_mayMove && m_combo->count() > 1);
    const QString who = ActionGate::needsRole(Action::ManagePracticeGroups);
    m_combo->setToolTip(m_mayMove ? tr("The groups on the same ledger: a legacy group becomes tracked only by its "
                                       "migration (Tools > Practice Groups).")
                                  : who);
    updateMove();
}

void FamilyGroupPicker::updateMove()
{
    m_move->setEnabled(m_mayMove && m_combo->currentData().toLongLong() != m_groupId);
}

void FamilyGroupPicker::move()
{
    const qint64 target = m_combo->currentData().toLongLong();
    if (!m_db || !m_move->isEnabled() || !target)
        return;
    bool done = false;
    DeskCommands::run(window(), tr("Practice group"), [&] {
        core::PracticeGroups(*m_db, m_user).assign(m_familyId, target);
        done = true;
    });
    if (done)
        Q_EMIT moved();
}

} // namespace paydesk::ui
