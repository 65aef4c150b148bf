#include "dialogs/PdfDocument.h"

#include "FileDialogs.h"
#include "util/Errors.h"

#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace paydesk::ui {

QString PdfDocument::page(const QString &title, const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                          "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
                          "h1 { font-size: 16pt; margin-bottom: 2pt; }"
                          "h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
                          "th { text-align: left; background-color: #e8e8e8; }"
                          "td.money, th.money { text-align: right; }"
                          "tr.total td { font-weight: bold; border-top: 1px solid black; }"
                          ".muted { color: #555555; }"
                          "</style></head><body>%2</body></html>")
            .arg(title.toHtmlEscaped(), body);
}

void PdfDocument::save(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw core::Refusal(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(300);
        const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
        writer.setPageLayout(QPageLayout(QPageSize(inches ? QPageSize::Letter : QPageSize::A4),
                                         QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit())
        throw core::Refusal(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool PdfDocument::print(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer;
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return true;
}

QString PdfDocument::saveAs(const QString &html, const QString &title, const QString &fileName, QWidget *parent)
{
    const QString path = FileDialogs::saveFileName(
            parent, tr("Save %1").arg(title), QDir::home().filePath(fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    try {
        save(html, title, path);
    } catch (const core::Refusal &refusal) {
        QMessageBox::warning(parent, title, refusal.message());
        return {};
    }
    // Without a viewer the file is still saved where the clerk chose.
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

bool PdfDocument::open(const QString &html, const QString &title, const QString &fileName, QWidget *parent)
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(fileName);
    try {
        save(html, title, path);
    } catch (const core::Refusal &refusal) {
        QMessageBox::warning(parent, title, refusal.message());
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    QMessageBox::information(
            parent,
            title,
            tr("No PDF viewer could be started. The document is saved as %1.").arg(QDir::toNativeSeparators(path)));
    return false;
}

} // namespace paydesk::ui
