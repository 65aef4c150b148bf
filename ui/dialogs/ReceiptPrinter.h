#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The receipt handed to a patient for a payment (or a void or refund), headed by the
// practice's name, address and phone (core::PracticeSettings): who paid what, how, what it
// paid for, and the credit left on the account.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    // Throws core::Refusal when there is no such payment.
    static QString html(const core::Database &db, qint64 paymentId);
    // Throws core::Refusal when there is no such payment or the file cannot be written.
    static void printToPdf(const core::Database &db, qint64 paymentId, const QString &path);
    // Offers the receipt: print it through the system's print dialog, or save it as a PDF
    // (opened in the desktop's viewer when there is one), or neither. Problems are shown in
    // a message box.
    static void offer(const core::Database &db, qint64 paymentId, QWidget *parent);
};

} // namespace paydesk::ui
