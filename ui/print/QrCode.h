#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace paydesk::ui {

// A QR code of a text (libqrencode, error correction level M: a statement folded through a
// mail machine, or a phone held at an angle, still scans), for the Pay Now address on the
// Online payments page and on statements. Drawn black on white with the standard quiet zone
// of four modules around it, without which phone readers often miss the code.
class QrCode
{
public:
    static constexpr int quietZone = 4; // modules of white on each side

    // Encodes `text` as UTF-8. isNull() when it cannot be encoded (empty, or too long for
    // any QR version).
    explicit QrCode(const QString &text);

    bool isNull() const { return m_size == 0; }
    const QString &text() const { return m_text; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    // The code with its quiet zone, `moduleSize` pixels per module, whole pixels so that no
    // module is blurred; a null image for a null code.
    QImage image(int moduleSize) const;
    // Paints the code with its quiet zone into the largest square centred in `rect`, modules
    // of equal size (a scanner needs them even); nothing for a null code.
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    QString m_text;
    int m_size = 0;
    QByteArray m_modules; // m_size * m_size, row by row; 1 dark
};

} // namespace paydesk::ui
