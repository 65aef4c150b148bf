#include "dialogs/ReceiptOffer.h"

#include "dialogs/PdfOutput.h"
#include "print/ReceiptPrinter.h"
#include "util/Errors.h"

#include <QMessageBox>
#include <QPushButton>

namespace paydesk::ui {

void ReceiptOffer::offer(const core::Database &db, qint64 paymentId, QWidget *parent)
{
    QString document;
    try {
        document = ReceiptPrinter::html(db, paymentId);
    } catch (const core::Refusal &refusal) {
        QMessageBox::warning(parent, ReceiptPrinter::title(paymentId), refusal.message());
        return;
    } catch (const core::StorageError &error) {
        QMessageBox::warning(parent, ReceiptPrinter::title(paymentId), error.message());
        return;
    }
    QMessageBox box(QMessageBox::Question,
                    ReceiptPrinter::title(paymentId),
                    tr("Print receipt #%1, or save it as a PDF?").arg(paymentId),
                    QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("receiptOffer"));
    QPushButton *print = box.addButton(tr("&Print…"), QMessageBox::AcceptRole);
    print->setObjectName(QStringLiteral("print"));
    QPushButton *pdf = box.addButton(tr("&Save PDF…"), QMessageBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdf"));
    QPushButton *close = box.addButton(QMessageBox::Close);
    box.setDefaultButton(print);
    box.setEscapeButton(close);
    box.exec();
    if (box.clickedButton() == print)
        PdfOutput::print(document, ReceiptPrinter::title(paymentId), parent);
    else if (box.clickedButton() == pdf)
        PdfOutput::saveAs(
                document, ReceiptPrinter::title(paymentId), QStringLiteral("receipt-%1.pdf").arg(paymentId), parent);
}

} // namespace paydesk::ui
