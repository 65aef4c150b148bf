#include "portal/QrCodeView.h"

#include <QPainter>

namespace paydesk::ui {

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
    , m_code(QString())
{
    // As wide as its column; as tall as it is wide, up to the hint (room below for the address).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void QrCodeView::setText(const QString &text)
{
    m_code = QrCode(text);
    setToolTip(text);
    update();
}

QSize QrCodeView::sizeHint() const
{
    return {220, 220};
}

QSize QrCodeView::minimumSizeHint() const
{
    // Two pixels a module with the quiet zone for the codes of a Pay Now address: still scans.
    return {100, 100};
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Whole pixels a module: a scaled code with uneven modules scans badly from a screen.
    const int modules = m_code.size() + 2 * QrCode::quietZone;
    const int module = m_code.isNull() ? 0 : qMin(width(), height()) / modules;
    if (module < 1)
        return;
    const int side = module * modules;
    m_code.paint(painter, QRectF((width() - side) / 2, (height() - side) / 2, side, side));
}

} // namespace paydesk::ui
