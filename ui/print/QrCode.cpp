#include "print/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace paydesk::ui {

QrCode::QrCode(const QString &text)
    : m_text(text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return;
    // 8-bit mode, case kept: a web address's path may be case-sensitive.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(qsizetype(m_size) * m_size);
    // libqrencode's bit 0 of each byte is the module's colour; the other bits describe its role.
    for (qsizetype i = 0; i < m_modules.size(); ++i)
        m_modules[i] = char(code->data[i] & 1);
}

bool QrCode::isDark(int x, int y) const
{
    return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::image(int moduleSize) const
{
    if (isNull() || moduleSize < 1)
        return {};
    const int side = (m_size + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, side, side));
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &rect) const
{
    if (isNull())
        return;
    const qreal side = qMin(rect.width(), rect.height());
    const qreal module = side / (m_size + 2 * quietZone);
    const QPointF origin(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        // A row's run of dark modules as one rectangle: no hairline seams between them.
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (isDark(x, y))
                ++x;
            painter.drawRect(QRectF(origin.x() + (quietZone + start) * module,
                                    origin.y() + (quietZone + y) * module,
                                    (x - start) * module,
                                    module));
        }
    }
    painter.restore();
}

} // namespace paydesk::ui
