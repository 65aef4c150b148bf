#include "print/PdfDocument.h"

#include "util/Errors.h"

#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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

void PdfDocument::setUp(QPdfWriter &writer, const QString &title)
{
    writer.setTitle(title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setResolution(300);
    const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    writer.setPageLayout(QPageLayout(QPageSize(inches ? QPageSize::Letter : QPageSize::A4),
                                     QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
}

core::Refusal PdfDocument::cannotWrite(const QString &path, const QString &error)
{
    return core::Refusal(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void PdfDocument::save(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw cannotWrite(path, file.errorString());
    {
        QPdfWriter writer(&file);
        setUp(writer, title);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit())
        throw cannotWrite(path, file.errorString());
}

} // namespace paydesk::ui
