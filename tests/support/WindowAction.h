#pragma once

#include <QAction>
#include <QString>
#include <QWidget>

namespace paydesk::test {

// The window's action by its object name, as a clerk reaches it from the menu; a warning
// names the one missing, so that the test's failure says which.
inline QAction *action(const QWidget &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    if (!found)
        qWarning("no action %s", qPrintable(name));
    return found;
}

} // namespace paydesk::test
