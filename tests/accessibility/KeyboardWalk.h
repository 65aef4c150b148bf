#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace paydesk::test {

// Walks a shown, active window by Tab the way a keyboard user does, on each page of each of
// its tab widgets, and lists the problems: a visible, enabled control that Tab never reaches,
// a control without an accessible name, and a control that keeps Tab to itself. A control is
// what a user operates (button, field, list, table, tab bar...), not the parts inside one (a
// combo box's line edit, a header) nor the tool bar and menu bar, whose keyboard path is the
// menus.
QStringList keyboardProblems(QWidget &window);

} // namespace paydesk::test
