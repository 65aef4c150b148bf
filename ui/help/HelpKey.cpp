#include "HelpKey.h"

#include "UserGuide.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace paydesk::ui {

void HelpKey::install()
{
    if (QCoreApplication::instance()->findChild<HelpKey *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    QCoreApplication::instance()->installEventFilter(new HelpKey(QCoreApplication::instance()));
}

bool HelpKey::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier)
        return false;
    // The window the key was pressed in: the active one, or a modal dialog over it.
    QWidget *window = static_cast<QWidget *>(watched)->window();
    // F1 in the guide itself has nothing more to explain.
    if (!qobject_cast<UserGuide *>(window))
        UserGuide::open(window);
    return true;
}

} // namespace paydesk::ui
