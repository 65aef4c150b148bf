#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
struct BillingDay;
}

namespace paydesk::ui {

class DateEdit;
class ErrorLabel;
class RunProgress;

// Billing > Run daily billing: core::DailyBillingRun up to the date typed (today at first),
// a day at a time with a progress bar over the days and each day's line (the line
// `paydesk-cli run-daily` prints) listed as it is committed. Cancel, Escape or Close stop
// the run between two days; the days done stay done. A refusal (a run in progress, a date
// after today or before the last run, the role) is said under the date.
class RunDailyBillingDialog : public QDialog
{
    Q_OBJECT

public:
    RunDailyBillingDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    DateEdit *dateEdit() const { return m_date; }
    RunProgress *progress() const { return m_progress; }
    // The days' lines shown, in order.
    QStringList lines() const;
    // What the last run did ("3 days processed."), or why nothing was done.
    QString status() const;
    // Whether a run from this dialog processed a day: the billing statuses may have changed.
    bool processedDays() const { return m_processedDays; }

public Q_SLOTS:
    // Runs up to the date typed; false when it was refused (the reason under the date).
    bool run();

private:
    void addDay(const core::BillingDay &day);
    void showLastRun();
    void setLocked(bool locked);

    const core::Database &m_db;
    QString m_user;
    DateEdit *m_date;
    QLabel *m_lastRun;
    ErrorLabel *m_errors;
    QPushButton *m_run;
    RunProgress *m_progress;
    QListWidget *m_days;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_processedDays = false;
};

} // namespace paydesk::ui
