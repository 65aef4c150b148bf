#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace paydesk::ui {

// What the desk's window looks like between sessions, in QSettings: its geometry, and the
// widths the clerk dragged the columns of its lists to, per list (ListTableView::handWidths,
// keyed by the list's object name; lists without one are not remembered).
namespace WindowState {

void save(const QMainWindow &window);
// Leaves the window as it is when nothing was saved.
void restore(QMainWindow &window);

} // namespace WindowState

} // namespace paydesk::ui
