#include "billing/StatementPrinting.h"

#include "DeskCommands.h"
#include "dialogs/PdfOutput.h"
#include "print/StatementDocument.h"
#include "statements/StatementBuilder.h"

namespace paydesk::ui {

void StatementPrinting::printFamily(QWidget *parent, const core::Database &db, const QString &user, qint64 familyId)
{
    const QString title = StatementDocument::familyTitle(familyId);
    DeskCommands::run(parent, title, [&] {
        const core::StatementContent content = core::StatementBuilder(db, user).forFamily(familyId);
        PdfOutput::saveAs(title,
                          QStringLiteral("statement-%1-%2.pdf").arg(familyId).arg(content.date.toString(Qt::ISODate)),
                          parent,
                          [&](const QString &path) { StatementDocument::save(content, path); });
    });
}

void StatementPrinting::printDay(QWidget *parent, const core::Database &db, const QString &user, QDate date)
{
    const QString title = StatementDocument::dayTitle(date);
    DeskCommands::run(parent, title, [&] {
        core::StatementBuilder(db, user).countDay(date); // a refusal before the file dialog
        PdfOutput::saveAs(title,
                          QStringLiteral("statements-%1.pdf").arg(date.toString(Qt::ISODate)),
                          parent,
                          [&](const QString &path) { StatementDocument::saveDay(db, user, date, path); });
    });
}

} // namespace paydesk::ui
