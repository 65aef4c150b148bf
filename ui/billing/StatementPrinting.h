#pragma once

#include <QDate>
#include <QString>

class QWidget;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The desk's Print statement and Print the day's statements (Billing menu, the review
// dialog): the statements are made first, so that a refusal (no PrintStatements, no
// statement sent that day) comes before any file dialog; then the clerk names the PDF
// (FileDialogs), which opens in the desktop's PDF viewer when there is one. Refusals and
// failures are shown in a message box, the desk's way (DeskCommands::run). Printing never
// counts as sending: nothing is written to the database.
class StatementPrinting
{
public:
    // The family's latest statement, or its current account when none was sent.
    static void printFamily(QWidget *parent, const core::Database &db, const QString &user, qint64 familyId);
    // Every statement the daily run sent on `date`, one per page.
    static void printDay(QWidget *parent, const core::Database &db, const QString &user, QDate date);
};

} // namespace paydesk::ui
