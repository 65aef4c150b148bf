#pragma once

#include <QObject>

namespace paydesk::ui {

// What Qt 6.4 leaves out for keyboard and screen-reader users, mended for every window of the
// desk as it is shown:
// - A QDialogButtonBox gives itself its first button as focus proxy, which makes the box a Tab
//   stop of its own wherever it sits in the focus chain: Tab from the last button went back to
//   the first one, and the fields above were never reached again. The proxy is cleared
//   (nothing in the desk gives the focus to a box rather than to a button).
// - A label names its buddy for screen readers only when they are siblings, and never a list
//   or a table. Each label's text (without its '&') becomes the accessible name of its buddy
//   and of what the buddy passes its focus on to (a date's text), unless they have one.
class KeyboardAccess : public QObject
{
    Q_OBJECT

public:
    // Installs the one filter of the application; later calls change nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace paydesk::ui
