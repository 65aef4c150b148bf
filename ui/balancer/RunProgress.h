#pragma once

#include "balancer/FamilyBalancer.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::ui {

// The progress bar and Cancel button of a long run: a balancer run (batches of families) or
// the daily billing run (days). The run stays in the GUI thread (one database connection, no
// locking between threads); the progress callback it hands the core repaints and lets Cancel,
// Escape and the window system through between batches. While a run is on, Escape or closing
// the window asks the run to stop at the next batch and the window stays, and
// runningChanged(true) tells the dialog to lock its other controls.
class RunProgress : public QWidget
{
    Q_OBJECT

public:
    // What the bar counts; the core stops between two of them.
    enum class Counting { Families, Days };

    explicit RunProgress(QWidget *parent = nullptr, Counting counting = Counting::Families);

    bool isRunning() const { return m_running; }
    // Runs `work` with a progress callback that reports `action` ("Balancing", "Undoing"),
    // counts the families done and stops the core at the next batch once Cancel was asked.
    // Exceptions from `work` pass through, with the bar reset.
    void run(const QString &action, const std::function<void(const core::FamilyBalancer::Progress &)> &work);

public Q_SLOTS:
    // Asks the running work to stop after the batch in hand.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool report(const QString &action, qint64 done, qint64 total);
    void setRunning(bool running);

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QString m_cancelling;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace paydesk::ui
