#pragma once

#include "statements/StatementContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Patient statements on paper: the practice's name, address and phone, the guarantor's
// name and mailing address (placed for a window envelope), the statement's date and
// account, each member's entries since the previous statement, the balance due and the
// amount due, and where to pay online once the practice's Pay Now link is configured. Each
// statement starts on a sheet of its own, so that a day's statements print as a mailing.
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)

public:
    // One statement's page, in full (PdfDocument::page).
    static QString html(const core::StatementContent &content);
    // "Pay online:" with the Pay Now address, the account number the guarantor types there
    // and the address's QR code, under the totals; empty when the link is not configured
    // (content.payUrl) or nothing is due.
    static QString payOnline(const core::StatementContent &content);
    // "Statement for account 12"
    static QString familyTitle(qint64 familyId);
    // "Statements of 03/12/2026"
    static QString dayTitle(QDate date);

    // `content` as a PDF at `path`. Throws core::Refusal naming a file that cannot be
    // written. Needs a QGuiApplication (fonts).
    static void save(const core::StatementContent &content, const QString &path);
    // The family's latest statement, or its current account when none was sent
    // (core::StatementBuilder::forFamily), as a PDF at `path`. Throws core::Refusal: an
    // unknown family, a user without PrintStatements, a file that cannot be written.
    // Nothing is written to the database.
    static void saveFamily(const core::Database &db, const QString &user, qint64 familyId, const QString &path);
    // Every statement sent on `date`, one after the other, each from a new sheet (PdfLetters);
    // returns how many. Throws core::Refusal naming the date when none was sent that day,
    // and as saveFamily() does.
    static qsizetype saveDay(const core::Database &db, const QString &user, QDate date, const QString &path);
};

} // namespace paydesk::ui
