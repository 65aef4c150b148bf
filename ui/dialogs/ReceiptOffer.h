#pragma once

#include <QCoreApplication>

class QWidget;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The desk's receipt after a posting (ReceiptPrinter draws it).
class ReceiptOffer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptOffer)

public:
    // Offers the receipt: print it through the system's print dialog, or save it as a PDF
    // (opened in the desktop's viewer when there is one), or neither. Problems are shown in
    // a message box.
    static void offer(const core::Database &db, qint64 paymentId, QWidget *parent);
};

} // namespace paydesk::ui
