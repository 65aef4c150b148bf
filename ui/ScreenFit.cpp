#include "ScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace paydesk::ui {

QSize ScreenFit::size(const QWidget *window, const QSize &preferred)
{
    QSize frame(10, 40);
    if (const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
        parent && parent->isVisible()) {
        if (const QSize framed = parent->frameGeometry().size() - parent->geometry().size(); !framed.isEmpty())
            frame = framed;
    }
    return preferred.boundedTo(window->screen()->availableGeometry().size() - frame);
}

} // namespace paydesk::ui
