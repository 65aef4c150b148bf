#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk::ui {

// Printable documents (receipts, statements, the deposit report) are HTML laid out by
// QTextDocument into a PDF. Qt GUI only, so that the CLI renders them offscreen too; the
// desk's print dialog, file dialog and viewer are PdfOutput's.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // A complete HTML page with PayDesk's print styles around `body` (already escaped).
    static QString page(const QString &title, const QString &body);
    // Put on a block element (a heading, a table) to start it on a new page.
    static QString pageBreakBefore() { return QStringLiteral("page-break-before: always"); }

    // How the pages are laid out. Numbered: QTextDocument's own print layout, which adds a
    // 2 cm margin and numbers the pages (receipts, reports). Letters: pages laid out at the
    // printer's margins alone and not numbered, for a mailing whose pages go to different
    // families (statements).
    enum class Pages { Numbered, Letters };

    // Writes the PDF on the locale's paper (Letter where the locale measures in inches,
    // else A4). `path` is replaced only by a complete file. Throws core::Refusal naming the
    // file when it cannot be written. Needs a QGuiApplication (fonts).
    static void save(const QString &html, const QString &title, const QString &path, Pages pages = Pages::Numbered);
};

} // namespace paydesk::ui
