#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace paydesk::ui {

// Printable documents (receipts, the deposit report) are HTML laid out by QTextDocument
// into a PDF: the desktop's PDF viewer then previews and prints them.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // A complete HTML page with PayDesk's print styles around `body` (already escaped).
    static QString page(const QString &title, const QString &body);

    // Writes the PDF on the locale's paper (Letter where the locale measures in inches,
    // else A4). `path` is replaced only by a complete file. Throws core::Refusal naming
    // the file when it cannot be written.
    static void save(const QString &html, const QString &title, const QString &path);

    // Prints through the system's print dialog; returns whether it printed.
    static bool print(const QString &html, const QString &title, QWidget *parent);
    // Asks where to save the PDF (suggesting `fileName` in the home folder), saves it and
    // opens it in the desktop's PDF viewer when there is one. Problems are shown in a
    // message box; returns the path saved, empty when nothing was.
    static QString saveAs(const QString &html, const QString &title, const QString &fileName, QWidget *parent);

    // Saves into the temporary folder as `fileName` and opens it in the PDF viewer.
    // Tells the clerk in a message box when either step fails; returns whether it opened.
    static bool open(const QString &html, const QString &title, const QString &fileName, QWidget *parent);
};

} // namespace paydesk::ui
