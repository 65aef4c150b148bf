#pragma once

#include <QCoreApplication>
#include <QString>

class QPdfWriter;

namespace paydesk::core {
class Refusal;
}

namespace paydesk::ui {

// Printable documents (receipts, the deposit report) are HTML laid out by QTextDocument
// into a PDF. Qt GUI only, so that the CLI renders them offscreen too; the desk's print
// dialog, file dialog and viewer are PdfOutput's. Statements go through PdfLetters.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // A complete HTML page with PayDesk's print styles around `body` (already escaped).
    static QString page(const QString &title, const QString &body);

    // Writes the PDF on the locale's paper (Letter where the locale measures in inches,
    // else A4), laid out by QTextDocument::print (a 2 cm margin, numbered pages). `path` is
    // replaced only by a complete file. Throws core::Refusal naming the file when it cannot
    // be written. Needs a QGuiApplication (fonts).
    static void save(const QString &html, const QString &title, const QString &path);

    // What save() and PdfLetters share: the paper, margins, resolution and metadata of a
    // writer, and the refusal that names a file that cannot be written.
    static void setUp(QPdfWriter &writer, const QString &title);
    static core::Refusal cannotWrite(const QString &path, const QString &error);
};

} // namespace paydesk::ui
