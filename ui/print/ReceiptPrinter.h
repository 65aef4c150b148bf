#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The receipt handed to a patient for a payment (or a void or refund), headed by the
// practice's name, address and phone (core::PracticeSettings): who paid what, how, what it
// paid for, and the credit left on the account. The desk offers it with ReceiptOffer.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    // "Receipt #12"
    static QString title(qint64 paymentId);
    // Throws core::Refusal when there is no such payment.
    static QString html(const core::Database &db, qint64 paymentId);
    // Throws core::Refusal when there is no such payment or the file cannot be written.
    static void printToPdf(const core::Database &db, qint64 paymentId, const QString &path);
};

} // namespace paydesk::ui
