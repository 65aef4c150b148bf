#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace paydesk::ui {

// Where the desk sends a printable document (PdfDocument's HTML): the system's print
// dialog, a PDF file the clerk names, or the desktop's PDF viewer.
class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)

public:
    // Prints through the system's print dialog; returns whether it printed.
    static bool print(const QString &html, const QString &title, QWidget *parent);
    // Asks where to save the PDF (suggesting `fileName` in the home folder), saves it and
    // opens it in the desktop's PDF viewer when there is one. Problems are shown in a
    // message box; returns the path saved, empty when nothing was.
    static QString saveAs(const QString &html, const QString &title, const QString &fileName, QWidget *parent);
    // The same with the PDF written by `write` at the path chosen (statements: PdfLetters).
    static QString saveAs(const QString &title,
                          const QString &fileName,
                          QWidget *parent,
                          const std::function<void(const QString &path)> &write);

    // Saves into the temporary folder as `fileName` and opens it in the PDF viewer.
    // Tells the clerk in a message box when either step fails; returns whether it opened.
    static bool open(const QString &html, const QString &title, const QString &fileName, QWidget *parent);
};

} // namespace paydesk::ui
