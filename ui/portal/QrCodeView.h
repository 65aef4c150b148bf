#pragma once

#include "print/QrCode.h"

#include <QWidget>

namespace paydesk::ui {

// A QR code on screen (the Pay Now address's, for a patient at the desk to scan with a
// phone), as large as the widget allows, square; blank while there is no code.
class QrCodeView : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeView(QWidget *parent = nullptr);

    // Empty: no code.
    void setText(const QString &text);
    QString text() const { return m_code.text(); }
    bool hasCode() const { return !m_code.isNull(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QrCode m_code;
};

} // namespace paydesk::ui
