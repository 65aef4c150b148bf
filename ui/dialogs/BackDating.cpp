#include "dialogs/BackDating.h"

#include "dialogs/DateEdit.h"
#include "util/DateText.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace paydesk::ui {

bool BackDating::confirm(QWidget *parent, Entry entry, const QDate &date, const QDate &today)
{
    if (!date.isValid() || date >= today)
        return true;
    const int days = int(date.daysTo(today));
    const QString shown = core::DateText::format(date, QLocale());
    QString question;
    QString keep;
    switch (entry) {
    case Entry::Payment:
        question = tr("This payment is dated %1, %n day(s) ago. Post it with that date?", nullptr, days).arg(shown);
        keep = tr("&Post with that date");
        break;
    case Entry::Charge:
        question = tr("This charge is dated %1, %n day(s) ago. Save it with that date?", nullptr, days).arg(shown);
        keep = tr("&Save with that date");
        break;
    case Entry::Adjustment:
        question = tr("This adjustment is dated %1, %n day(s) ago. Save it with that date?", nullptr, days).arg(shown);
        keep = tr("&Save with that date");
        break;
    }
    QMessageBox box(QMessageBox::Question, tr("Dated before today"), question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("backDating"));
    box.setInformativeText(tr("Today is %1.").arg(core::DateText::format(today, QLocale())));
    QPushButton *yes = box.addButton(keep, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("keepDate"));
    QPushButton *back = box.addButton(tr("&Go back and change the date"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBack"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == yes;
}

bool BackDating::confirm(DateEdit *field, Entry entry, const QDate &date)
{
    if (confirm(field->window(), entry, date, field->today()))
        return true;
    field->selectToRetype();
    return false;
}

} // namespace paydesk::ui
