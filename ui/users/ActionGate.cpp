#include "users/ActionGate.h"

#include "users/Role.h"

#include <QAction>

namespace paydesk::ui {

void ActionGate::add(QAction *action, core::Permissions::Action needed)
{
    m_entries.insert(action, {needed});
}

void ActionGate::refresh(const core::Database *db, const QString &user)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->allowed = db && core::Permissions::allows(*db, user, it->needed);
        apply(it.key(), *it);
    }
}

void ActionGate::setEnabled(QAction *action, bool context)
{
    const auto it = m_entries.find(action);
    if (it == m_entries.end()) {
        action->setEnabled(context);
        return;
    }
    it->context = context;
    apply(action, *it);
}

bool ActionGate::allows(QAction *action) const
{
    return m_entries.value(action).allowed;
}

void ActionGate::apply(QAction *action, const Entry &entry)
{
    action->setEnabled(entry.allowed && entry.context);
    // An empty tooltip is the action's text again.
    action->setToolTip(entry.allowed ? QString() : needsRole(entry.needed));
}

QString ActionGate::needsRole(core::Permissions::Action needed)
{
    return tr("Needs the %1 role").arg(core::roleName(core::Permissions::minimumRole(needed)));
}

} // namespace paydesk::ui
