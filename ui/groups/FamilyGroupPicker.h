#pragma once

#include "groups/PracticeGroup.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The account's practice group, beside its title: the group shown in a combo of the groups
// on the same ledger (core::PracticeGroups::assign refuses a move across ledgers: a legacy
// group becomes tracked only by its migration), and Move for a billing manager. Greyed out,
// saying who may, for other roles.
class FamilyGroupPicker : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyGroupPicker(QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QPushButton *moveButton() const { return m_move; }

    // Reads the groups; `group` is the family's. Throws what the core throws.
    void showFamily(const core::Database &db, const QString &user, qint64 familyId, const core::PracticeGroup &group);

public Q_SLOTS:
    // Moves the family to the group chosen; a refusal is shown over the window.
    void move();

Q_SIGNALS:
    // The family is in another group now: the account is read again.
    void moved();

private:
    void updateMove();

    const core::Database *m_db = nullptr;
    QString m_user;
    qint64 m_familyId = 0;
    qint64 m_groupId = 0;
    bool m_mayMove = false;
    QComboBox *m_combo;
    QPushButton *m_move;
};

} // namespace paydesk::ui
