#pragma once

#include "util/Permissions.h"

#include <QCoreApplication>
#include <QHash>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Greys out what the signed-in user's role may not do (core::Permissions::allows), and says
// in the action's tooltip which role may ("Needs the billing manager role"). The core
// services refuse the same things on their own: this only spares the clerk the refusal. A
// rule that depends on the row (voiding one's own payment of today) is left to the service:
// the action is enabled by its base permission and the service's refusal is shown.
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(ActionGate)

public:
    void add(QAction *action, core::Permissions::Action needed);
    // Reads again what `user` may do (after a sign-in, a switch of user, a role change).
    void refresh(const core::Database *db, const QString &user);
    // Enables `action` when `context` holds (a row is selected, a family is open) and the
    // role allows it.
    void setEnabled(QAction *action, bool context);
    bool allows(QAction *action) const;
    // "Needs the billing manager role": what every greyed-out control of the desk says.
    static QString needsRole(core::Permissions::Action needed);

private:
    struct Entry
    {
        core::Permissions::Action needed;
        bool allowed = true;
        bool context = true;
    };
    void apply(QAction *action, const Entry &entry);

    QHash<QAction *, Entry> m_entries;
};

} // namespace paydesk::ui
