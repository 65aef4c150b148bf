#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QToolButton;

namespace paydesk::core {
class LedgerCalendar;
}

namespace paydesk::ui {

class ErrorLabel;

// A date the clerk types, as core::DateText reads it (ISO YYYY-MM-DD, or the locale's short
// order such as 05/17/1990 or 5/17/90), or picks in the calendar (the button, or Alt+Down).
// Beside the field it shows the date it understood ("Thu, May 17, 1990"); under it, in red,
// why a text is refused: unreadable, or outside the field's range. It never puts a date of
// its own in place of what was typed: a refused text stays, and date() is then null.
//
// Up and Down step the day within the range, but never into another year, so a held key
// cannot quietly move an entry into last year's books.
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    // A new ledger entry: today at first; not after the ledger's today, not on or before its
    // lock date (the range LedgerCalendar::checkEntryDate enforces).
    void useLedgerRange(const core::LedgerCalendar &calendar);
    // A birth date: blank at first; not after today.
    void useBirthDateRange(const QDate &today);
    // A date a report looks at: today at first; not after today.
    void useReportRange(const QDate &today);
    // A date a payment plan is due on: today at first; from the past (a plan that started
    // last week) up to a year ahead (the first of next month, a payment the patient said
    // will be late), so that a mistyped year is caught.
    void usePlanRange(const QDate &today);
    // A field that is only used while `button` (a check box or radio button) is checked: it
    // is enabled with it, and checking it by hand (a click or its Alt+letter) puts the cursor
    // here, ready to type the date.
    void enableWith(QAbstractButton *button);

    // "Today" for the range and for two-digit years.
    QDate today() const { return m_today; }
    // The date typed, when it is read and within the range; null otherwise.
    QDate date() const;
    void setDate(const QDate &date);
    // The date; or, when the text is refused, nothing after showing why under the field and
    // putting the cursor back in it.
    std::optional<QDate> takeDate();
    // Puts the cursor in the field with its text selected, so that typing replaces it.
    void selectToRetype();

    QLineEdit *lineEdit() const { return m_text; }
    // The red text under the field, empty while the field is fine.
    QString message() const;
    // The understood date as shown beside the field.
    QString hint() const;

Q_SIGNALS:
    // The value of date() changed (null while the text is refused), at each key typed.
    void dateChanged(const QDate &date);
    // The clerk finished with a date that is taken: Enter or Tab after typing it, a pick in
    // the calendar, or a step with Up or Down. What follows a date (a report) is built on
    // this, not on dateChanged, which passes through every partial date on the way
    // ("12/31/20" on the way to "12/31/2026").
    void dateEntered(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Reading
    {
        QDate date;      // what the text says, when it can be read
        QString problem; // why it is refused, empty when it is not
    };
    Reading read() const;
    void setRange(const QDate &today, const QDate &lockDate, bool blank, const QDate &latest);
    // Shows the hint and, when `always` or a message is already up or the date was read but
    // is out of range, the problem; emits dateChanged when the value changed.
    void refresh(bool always);
    void step(int days);
    // The clerk finished the date: dateEntered, when the field takes it.
    void enter();
    bool allows(const QDate &date) const;
    void openCalendar();

    QDate m_today;
    QDate m_latest; // the last date taken: today, but for a plan's dates
    QDate m_lockDate;
    QDate m_value;

    QLineEdit *m_text;
    QToolButton *m_calendarButton;
    QLabel *m_hint;
    ErrorLabel *m_message;
};

} // namespace paydesk::ui
