#pragma once

#include <QObject>

namespace paydesk::ui {

// F1 anywhere in the desk opens the user guide at the page of the active window. An event
// filter on the application rather than a shortcut: a shortcut of the main window does not
// fire while a modal dialog is open, and that dialog is what the clerk wants explained.
class HelpKey : public QObject
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
