#include "print/PdfLetters.h"

#include "print/PdfDocument.h"
#include "util/Errors.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace paydesk::ui {

PdfLetters::PdfLetters(const QString &path, const QString &title)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw PdfDocument::cannotWrite(path, m_file.errorString());
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    PdfDocument::setUp(*m_writer, title);
    m_painter = std::make_unique<QPainter>(m_writer.get());
}

PdfLetters::~PdfLetters() = default;

void PdfLetters::add(const QString &html)
{
    // Laid out in the writer's own pixels on its page, as QTextDocument::print paints a
    // document that is already paginated, minus the page numbers it adds to others.
    const QRect sheet = m_writer->pageLayout().paintRectPixels(m_writer->resolution());
    QTextDocument document;
    document.documentLayout()->setPaintDevice(m_writer.get());
    document.setPageSize(sheet.size());
    document.setHtml(html);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (!m_empty)
            m_writer->newPage();
        m_empty = false;
        const QRectF view(0, page * sheet.height(), sheet.width(), sheet.height());
        m_painter->save();
        m_painter->translate(0, -view.top());
        m_painter->setClipRect(view);
        context.clip = view;
        document.documentLayout()->draw(m_painter.get(), context);
        m_painter->restore();
    }
}

void PdfLetters::commit()
{
    m_painter->end();
    m_writer.reset();
    if (!m_file.commit())
        throw PdfDocument::cannotWrite(m_path, m_file.errorString());
}

} // namespace paydesk::ui
