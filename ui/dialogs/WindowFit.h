#pragma once

class QWidget;

namespace paydesk::ui {

// A dialog's height, fitted to what its layout needs at the dialog's width: every line of its
// word-wrapped labels (a two-line message, a long void preview) and no blank band under the
// last field. QWidget::sizeHint() cannot say that for a window of wrapped text (it wraps at
// a width of its own choosing), so a form sized by it came out too tall or cut a message off.
class WindowFit
{
public:
    // The height the layout of `window` needs at its present width, after the size hints of
    // `changed` and of every widget between it and the window are asked again.
    static int neededHeight(QWidget *window, QWidget *changed = nullptr);
    // Sizes a form dialog: `width`, and the height it then needs.
    static void fitForm(QWidget *window, int width);
};

} // namespace paydesk::ui
