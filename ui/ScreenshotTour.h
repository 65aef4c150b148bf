#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk::ui {

class MainWindow;

// Saves the desk's screens as PNG files for the README and for reviewing the layout:
// the main window with a family open on each of its lists.
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)

public:
    // `familyId` 0 picks the family with the most activity among the first patients found.
    // Returns the translated error, or an empty string when every file was written.
    static QString run(MainWindow &window, const QString &folder, qint64 familyId = 0);
};

} // namespace paydesk::ui
