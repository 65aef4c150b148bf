#include "dialogs/DateEdit.h"

#include "dialogs/LedgerText.h"

#include <QKeyEvent>

namespace paydesk::ui {

namespace {
const QDate firstDate(1900, 1, 1);
}

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(QDate::currentDate(), parent)
{
    setCalendarPopup(true);
    setDisplayFormat(LedgerText::dateFormat(locale()));
    setMinimumDate(firstDate);
    setMaximumDate(QDate::currentDate());
}

void DateEdit::startBlank(const QString &blankText)
{
    // The day before the first valid date stands for "no date": QDateEdit shows the
    // special text at its minimum.
    setMinimumDate(firstDate.addDays(-1));
    setSpecialValueText(blankText);
    setDate(minimumDate());
}

bool DateEdit::isBlank() const
{
    return !specialValueText().isEmpty() && date() == minimumDate();
}

QDate DateEdit::dateOrNull() const
{
    return isBlank() ? QDate() : date();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    // The special text cannot be typed over; a digit replaces it with a date whose
    // first section the keys then overwrite, as in any other date field.
    if (isBlank() && !event->text().isEmpty() && event->text().front().isDigit()) {
        setDate(maximumDate());
        setSelectedSection(sectionAt(0));
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace paydesk::ui
