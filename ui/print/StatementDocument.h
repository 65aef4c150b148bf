#pragma once

#include "statements/StatementContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Patient statements on paper: the practice's name, address and phone, the guarantor's
// name and mailing address (placed for a window envelope), the statement's date and
// account, each member's entries since the previous statement, the balance due and the
// amount due. One statement per page, so that a day's statements print as a mailing.
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)

public:
    // The HTML of `statements`, each starting a new page (PdfDocument::page).
    static QString html(const QList<core::StatementContent> &statements, const QString &title);
    // "Statement for account 12"
    static QString familyTitle(qint64 familyId);
    // "Statements of 03/12/2026"
    static QString dayTitle(QDate date);

    // The family's latest statement, or its current account when none was sent
    // (core::StatementBuilder::forFamily), as a PDF at `path`. Throws core::Refusal: an
    // unknown family, a user without PrintStatements, a file that cannot be written.
    // Nothing is written to the database. Needs a QGuiApplication (fonts).
    static void saveFamily(const core::Database &db, const QString &user, qint64 familyId, const QString &path);
    // Every statement sent on `date`, one per page; returns how many. Throws core::Refusal
    // naming the date when none was sent that day, and as saveFamily() does.
    static qsizetype saveDay(const core::Database &db, const QString &user, QDate date, const QString &path);

private:
    static QString statement(const core::StatementContent &content, bool newPage);
};

} // namespace paydesk::ui
