#include "KeyboardAccess.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>

namespace paydesk::ui {

namespace {

void nameBuddies(const QWidget &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        const QString name = label->text().remove(u'&').trimmed();
        if (name.isEmpty())
            continue;
        for (QWidget *named = label->buddy(); named; named = named->focusProxy()) {
            if (named->accessibleName().isEmpty())
                named->setAccessibleName(name);
        }
    }
}

} // namespace

void KeyboardAccess::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app->findChild<KeyboardAccess *>(QString(), Qt::FindDirectChildrenOnly))
        app->installEventFilter(new KeyboardAccess(app));
}

bool KeyboardAccess::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show || !watched->isWidgetType())
        return false;
    if (auto *box = qobject_cast<QDialogButtonBox *>(watched))
        box->setFocusProxy(nullptr);
    else if (auto *widget = static_cast<QWidget *>(watched); widget->isWindow())
        nameBuddies(*widget);
    return false;
}

} // namespace paydesk::ui
