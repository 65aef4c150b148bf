#include "dialogs/WindowFit.h"

#include <QLayout>
#include <QWidget>

namespace paydesk::ui {

int WindowFit::neededHeight(QWidget *window, QWidget *changed)
{
    QLayout *layout = window->layout();
    if (!layout)
        return window->height();
    // A label just shown, hidden or given more lines counts only once each layout between it
    // and the window has been worked out again, which Qt leaves to posted events: do it now,
    // from the inside out, so the window's minimum size is also the new one.
    for (QWidget *w = changed ? changed->parentWidget() : window; w; w = w->parentWidget()) {
        if (QLayout *own = w->layout()) {
            own->invalidate();
            own->activate();
        }
        if (w == window)
            break;
    }
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                       : layout->totalSizeHint().height();
}

void WindowFit::fitForm(QWidget *window, int width)
{
    window->resize(width, window->height());
    window->resize(width, neededHeight(window));
}

} // namespace paydesk::ui
