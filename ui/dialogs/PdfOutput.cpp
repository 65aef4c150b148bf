#include "dialogs/PdfOutput.h"

#include "FileDialogs.h"
#include "print/PdfDocument.h"
#include "util/Errors.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace paydesk::ui {

bool PdfOutput::print(const QString &html, const QString &title, QWidget *parent)
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

QString PdfOutput::saveAs(const QString &html, const QString &title, const QString &fileName, QWidget *parent)
{
    return saveAs(title, fileName, parent, [&](const QString &path) { PdfDocument::save(html, title, path); });
}

QString PdfOutput::saveAs(const QString &title,
                          const QString &fileName,
                          QWidget *parent,
                          const std::function<void(const QString &path)> &write)
{
    const QString path = FileDialogs::saveFileName(
            parent, tr("Save %1").arg(title), QDir::home().filePath(fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    try {
        write(path);
    } catch (const core::Refusal &refusal) {
        QMessageBox::warning(parent, title, refusal.message());
        return {};
    }
    // Without a viewer the file is still saved where the clerk chose.
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

bool PdfOutput::open(const QString &html, const QString &title, const QString &fileName, QWidget *parent)
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(fileName);
    try {
        PdfDocument::save(html, title, path);
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
