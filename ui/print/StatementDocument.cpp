#include "print/StatementDocument.h"

#include "print/LedgerText.h"
#include "print/PdfDocument.h"
#include "print/PdfLetters.h"
#include "print/QrCode.h"
#include "statements/StatementBuilder.h"

#include <QBuffer>
#include <QGuiApplication>

namespace paydesk::ui {

namespace {

// Escaped, with its line breaks kept.
QString lines(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value, const QString &rowClass = {})
{
    // The spaces keep the label off its value: Qt's rich text ignores a cell's padding.
    return QStringLiteral("<tr%1><td>%2&nbsp;&nbsp;&nbsp;&nbsp;</td><td class=\"money\">%3</td></tr>")
            .arg(rowClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(rowClass),
                 label.toHtmlEscaped(),
                 value.toHtmlEscaped());
}

// The Pay Now address as a PNG inside the page (a data: address QTextDocument reads), so that
// the page stays one self-contained text. 10 pixels a module: whole pixels at print size.
QString qrImage(const QString &url)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QrCode(url).image(10).save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QString StatementDocument::payOnline(const core::StatementContent &s)
{
    if (s.payUrl.isEmpty() || s.amountDue <= core::Money())
        return {};
    // About an inch and a quarter on paper (the image's pixels count as the screen's 96 an inch).
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr>"
                          "<td valign=\"middle\"><img src=\"%1\" width=\"120\" height=\"120\"></td>"
                          "<td valign=\"middle\"><b>%2</b> %3<br>%4</td></tr></table>")
            .arg(qrImage(s.payUrl),
                 tr("Pay online:").toHtmlEscaped(),
                 s.payUrl.toHtmlEscaped(),
                 tr("Account number to enter: %1").arg(s.familyId).toHtmlEscaped());
}

QString StatementDocument::familyTitle(qint64 familyId)
{
    return tr("Statement for account %1").arg(familyId);
}

QString StatementDocument::dayTitle(QDate date)
{
    return tr("Statements of %1").arg(LedgerText::date(date));
}

QString StatementDocument::html(const core::StatementContent &s)
{
    // A practice that has not set its name still heads the page with the program's.
    const QString practice = s.practiceName.isEmpty() ? QGuiApplication::applicationDisplayName() : s.practiceName;
    QString html = QStringLiteral("<h1>%1</h1>").arg(practice.toHtmlEscaped());
    QStringList contact;
    for (const QString &part : {s.practiceAddress, s.practicePhone}) {
        if (!part.isEmpty())
            contact << lines(part);
    }
    if (!contact.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(contact.join(QStringLiteral("<br>")));
    html += QStringLiteral("<p>&nbsp;</p>"); // the address block stands apart from the letterhead

    // The guarantor's address on the left, where a window envelope shows it; the statement's
    // particulars on the right.
    QString facts = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    facts += row(tr("Statement date"), LedgerText::date(s.date));
    facts += row(tr("Account"), QString::number(s.familyId));
    facts += s.isCurrentAccount() ? row(tr("Statement"), tr("current account"))
                                  : row(tr("Statement"), tr("no. %1").arg(s.number));
    if (!s.planAmount.isZero())
        facts += row(tr("Monthly payment plan"), LedgerText::money(s.planAmount));
    facts += row(tr("Amount due"), LedgerText::money(s.amountDue), QStringLiteral("total"));
    facts += QStringLiteral("</table>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"55%\" valign=\"top\">%1%2</td><td valign=\"top\" align=\"right\">%3</td>"
                           "</tr></table>")
                    .arg(s.guarantor.toHtmlEscaped(),
                         s.mailingAddress.isEmpty() ? QString() : QStringLiteral("<br>") + lines(s.mailingAddress),
                         facts);

    html += QStringLiteral("<h2>%1</h2>")
                    .arg((s.previousDate.isValid()
                                  ? tr("Since the statement of %1").arg(LedgerText::date(s.previousDate))
                                  : tr("Account activity"))
                                 .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                           "<th class=\"money\">%3</th></tr>")
                    .arg(tr("Date").toHtmlEscaped(), tr("Description").toHtmlEscaped(), tr("Amount").toHtmlEscaped());
    html += QStringLiteral("<tr><td></td><td>%1</td><td class=\"money\">%2</td></tr>")
                    .arg(tr("Previous balance").toHtmlEscaped(), LedgerText::money(s.previousBalance).toHtmlEscaped());
    for (const core::StatementMember &member : s.members) {
        html += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td></tr>").arg(member.name.toHtmlEscaped());
        for (const core::StatementLine &line : member.lines)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"money\">%3</td></tr>")
                            .arg(LedgerText::date(line.date).toHtmlEscaped(),
                                 line.description.toHtmlEscaped(),
                                 LedgerText::money(line.amount).toHtmlEscaped());
    }
    if (s.members.isEmpty())
        html += QStringLiteral("<tr><td></td><td class=\"muted\">%1</td><td></td></tr>")
                        .arg(tr("No new charges or payments.").toHtmlEscaped());
    html += QStringLiteral("<tr class=\"total\"><td></td><td>%1</td><td class=\"money\">%2</td></tr>")
                    .arg(tr("Balance due").toHtmlEscaped(), LedgerText::money(s.balanceDue).toHtmlEscaped());
    html += QStringLiteral("<tr class=\"total\"><td></td><td>%1</td><td class=\"money\">%2</td></tr></table>")
                    .arg(tr("Amount due").toHtmlEscaped(), LedgerText::money(s.amountDue).toHtmlEscaped());
    if (s.balanceDue < core::Money())
        html += QStringLiteral("<p>%1</p>").arg(tr("The account holds a credit: nothing is due.").toHtmlEscaped());
    html += payOnline(s);
    return PdfDocument::page(familyTitle(s.familyId), html);
}

void StatementDocument::save(const core::StatementContent &content, const QString &path)
{
    PdfLetters pdf(path, familyTitle(content.familyId));
    pdf.add(html(content));
    pdf.commit();
}

void StatementDocument::saveFamily(const core::Database &db, const QString &user, qint64 familyId, const QString &path)
{
    save(core::StatementBuilder(db, user).forFamily(familyId), path);
}

qsizetype StatementDocument::saveDay(const core::Database &db, const QString &user, QDate date, const QString &path)
{
    // Nothing reaches `path` unless every statement is drawn (QSaveFile).
    PdfLetters pdf(path, dayTitle(date));
    const qsizetype count = core::StatementBuilder(db, user).forDay(
            date, [&](const core::StatementContent &content) { pdf.add(html(content)); });
    pdf.commit();
    return count;
}

} // namespace paydesk::ui
