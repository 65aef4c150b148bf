#pragma once

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace paydesk::ui {

// A PDF of letters, such as a day's statements for mailing: each letter (a complete HTML
// page, PdfDocument::page) starts on a new sheet, is laid out at the paper's margins alone
// and carries no page number, since its pages go to one family and the next to another.
// A letter longer than a sheet goes on over the next ones. Each is laid out and drawn as
// it is added, so a day of thousands of statements takes the memory of one.
class PdfLetters
{
public:
    // Opens the PDF on the locale's paper (PdfDocument::setUp). Throws core::Refusal naming
    // the file when it cannot be opened. Needs a QGuiApplication (fonts).
    PdfLetters(const QString &path, const QString &title);
    ~PdfLetters();
    PdfLetters(const PdfLetters &) = delete;
    PdfLetters &operator=(const PdfLetters &) = delete;

    void add(const QString &html);
    // Replaces the file with the complete PDF; without it nothing is written. Throws
    // core::Refusal naming the file when it cannot be written.
    void commit();

private:
    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    bool m_empty = true;
};

} // namespace paydesk::ui
