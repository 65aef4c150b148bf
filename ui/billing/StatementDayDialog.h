#pragma once

#include <QDate>
#include <QDialog>

namespace paydesk::ui {

class DateEdit;

// Billing > Print the day's statements asks here which day: typed or picked in the calendar,
// the last run's day at first (the statements it sent are the ones to mail). The day must
// not be after today.
class StatementDayDialog : public QDialog
{
    Q_OBJECT

public:
    // `lastRun` null (no run yet): today.
    StatementDayDialog(const QDate &today, const QDate &lastRun, QWidget *parent = nullptr);

    DateEdit *dateEdit() const { return m_date; }
    // The day chosen, once accepted.
    QDate date() const { return m_chosen; }

    // Asks; null when the clerk cancelled.
    static QDate ask(const QDate &today, const QDate &lastRun, QWidget *parent);

public Q_SLOTS:
    void accept() override;

private:
    DateEdit *m_date;
    QDate m_chosen;
};

} // namespace paydesk::ui
