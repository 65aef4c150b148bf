#include "print/ReceiptPrinter.h"

#include "ledger/AccountReader.h"
#include "ledger/Directory.h"
#include "ledger/LedgerCalendar.h"
#include "print/LedgerText.h"
#include "print/PdfDocument.h"
#include "settings/PracticeSettings.h"
#include "util/Errors.h"

#include <QGuiApplication>

namespace paydesk::ui {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// A receipt is headed by the practice's name as set in Settings; a practice that has not
// set one gets the clinic the money was taken for (the payment's own, else the clinic of
// what it paid), else the program's name.
QString practiceName(const core::Database &db, const core::FamilyAccount &account, const core::PaymentLine &line)
{
    if (QString name = core::PracticeSettings(db).value(QStringLiteral("practice.name")); !name.isEmpty())
        return name;
    qint64 clinicId = line.payment.clinicId;
    for (const core::Allocation &a : account.allocations) {
        if (clinicId)
            break;
        if (a.paymentId == line.payment.id)
            clinicId = a.clinicId;
    }
    if (clinicId) {
        if (const auto clinic = core::Directory(db).clinic(clinicId))
            return clinic->name;
    }
    return QGuiApplication::applicationDisplayName();
}

} // namespace

QString ReceiptPrinter::title(qint64 paymentId)
{
    return tr("Receipt #%1").arg(paymentId);
}

QString ReceiptPrinter::html(const core::Database &db, qint64 paymentId)
{
    const core::AccountReader reader(db);
    const auto family = reader.familyOfPayment(paymentId);
    if (!family)
        throw core::Refusal(tr("There is no payment #%1.").arg(paymentId));
    const core::FamilyAccount account = reader.load(*family);
    const core::PaymentLine &line = *account.payment(paymentId);
    const core::Payment &p = line.payment;
    const core::Patient *patient = account.member(p.patientId);
    const core::Patient *guarantor = account.guarantor();

    QString heading = title(paymentId);
    if (p.kind != core::Payment::Kind::Payment)
        heading = tr("%1 of payment #%2 · receipt #%3")
                          .arg(LedgerText::kindLabel(p.kind),
                               QString::number(p.relatedPaymentId),
                               QString::number(p.id));

    const core::PracticeSettings settings(db);
    QStringList contact;
    for (const char *key : {"practice.address", "practice.phone"}) {
        if (const QString value = settings.value(QString::fromLatin1(key)); !value.isEmpty())
            contact << value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    }
    QString body = QStringLiteral("<h1>%1</h1>").arg(practiceName(db, account, line).toHtmlEscaped());
    if (!contact.isEmpty())
        body += QStringLiteral("<p class=\"muted\">%1</p>").arg(contact.join(QStringLiteral("<br>")));
    body += QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped());
    body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    body += row(tr("Date"), LedgerText::date(p.date));
    body += row(tr("Patient"),
                patient ? tr("%1 (patient #%2)").arg(patient->displayName(), QString::number(p.patientId))
                        : tr("patient #%1").arg(p.patientId));
    body += row(tr("Family account"),
                guarantor ? tr("%1 (guarantor %2)").arg(QString::number(account.familyId), guarantor->displayName())
                          : QString::number(account.familyId));
    body += row(tr("Amount"), LedgerText::money(p.amount));
    body += row(tr("Method"), core::paymentMethodLabel(p.method));
    if (!p.reference.isEmpty())
        body += row(tr("Reference"), p.reference);
    if (!p.note.isEmpty())
        body += row(p.kind == core::Payment::Kind::Payment ? tr("Note") : tr("Reason"), p.note);
    body += row(tr("Posted by"),
                tr("%1 on %2").arg(p.createdBy, LedgerText::dateTime(p.createdAt, core::LedgerCalendar(db).timeZone())));
    body += QStringLiteral("</table>");

    const QList<core::Split> paid = LedgerText::standingAllocations(account, paymentId);
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Applied to").toHtmlEscaped());
    if (paid.isEmpty()) {
        body += QStringLiteral("<p>%1</p>")
                        .arg(tr("Nothing yet: the whole amount is credit on the account.").toHtmlEscaped());
    } else {
        body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                               "<th>%3</th><th>%4</th><th class=\"money\">%5</th></tr>")
                        .arg(tr("Date").toHtmlEscaped(),
                             tr("Patient").toHtmlEscaped(),
                             tr("Code").toHtmlEscaped(),
                             tr("Description").toHtmlEscaped(),
                             tr("Amount").toHtmlEscaped());
        core::Money total;
        for (const core::Split &s : paid) {
            const LedgerText::Item item = LedgerText::item(account, s.target);
            body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"money\">%5</td></tr>")
                            .arg((item.date.isValid() ? LedgerText::date(item.date) : QString()).toHtmlEscaped(),
                                 item.patient.toHtmlEscaped(),
                                 item.code.toHtmlEscaped(),
                                 item.description.toHtmlEscaped(),
                                 LedgerText::money(s.amount).toHtmlEscaped());
            total += s.amount;
        }
        body += QStringLiteral("<tr class=\"total\"><td colspan=\"4\">%1</td><td class=\"money\">%2</td></tr></table>")
                        .arg(tr("Total applied").toHtmlEscaped(), LedgerText::money(total).toHtmlEscaped());
    }

    body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    if (p.kind == core::Payment::Kind::Payment)
        body += row(tr("Unallocated credit"), LedgerText::money(line.unallocated()));
    if (!line.refunded.isZero())
        body += row(tr("Refunded"), LedgerText::money(line.refunded));
    if (line.isVoided())
        body += row(tr("Voided"), tr("by #%1").arg(line.reversedById));
    body += row(tr("Family balance now"), LedgerText::money(account.balance()));
    body += QStringLiteral("</table>");
    return PdfDocument::page(title(paymentId), body);
}

void ReceiptPrinter::printToPdf(const core::Database &db, qint64 paymentId, const QString &path)
{
    PdfDocument::save(html(db, paymentId), title(paymentId), path);
}

} // namespace paydesk::ui
