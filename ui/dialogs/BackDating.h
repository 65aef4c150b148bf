#pragma once

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace paydesk::ui {

class DateEdit;

// The desk's question before it writes an entry dated before today: a one-key slip in a
// date field must not post into an earlier day's deposit or last year's books unnoticed.
// The question names the date and how long ago it is; its default button goes back, so
// Enter alone never writes a back-dated entry. (The CLI takes such dates without asking.)
class BackDating
{
    Q_DECLARE_TR_FUNCTIONS(BackDating)

public:
    enum class Entry { Payment, Charge, Adjustment };

    // True when `date` is not before `today`, or the clerk chose to keep the earlier date.
    static bool confirm(QWidget *parent, Entry entry, const QDate &date, const QDate &today);
    // The same for the date taken from `field`; going back selects the field's text, ready
    // to be typed over.
    static bool confirm(DateEdit *field, Entry entry, const QDate &date);
};

} // namespace paydesk::ui
