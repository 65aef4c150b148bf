#pragma once

#include <QSize>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace paydesk::ui {

// The size a top-level window opens at on the screen it opens on.
namespace ScreenFit {
// `preferred`, made small enough that the window with its frame (title bar and borders)
// fits the available area of `window`'s screen, on a 1024x600 screen too. The frame is the
// one the window system gave `window`'s parent window when it has one (a dialog gets the
// same decorations); before any window is framed, the guess QDialog makes when it places
// itself: 10 pixels across and 40 down.
QSize size(const QWidget *window, const QSize &preferred);
} // namespace ScreenFit

} // namespace paydesk::ui
