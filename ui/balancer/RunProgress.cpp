#include "balancer/RunProgress.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>

namespace paydesk::ui {

RunProgress::RunProgress(QWidget *parent, Counting counting)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel run"), this))
    , m_cancelling(counting == Counting::Days ? tr("Cancelling after this day…") : tr("Cancelling after this batch…"))
{
    m_bar->setObjectName(QStringLiteral("progress"));
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setAutoDefault(false);
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(counting == Counting::Days ? tr("%v of %m days") : tr("%v of %m families"));
    m_bar->setTextVisible(false);
    m_label->setText(tr("Ready"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(m_cancelling));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RunProgress::cancel);
}

void RunProgress::run(const QString &action, const std::function<void(const core::FamilyBalancer::Progress &)> &work)
{
    Q_ASSERT(!m_running);
    m_cancelRequested = false;
    setRunning(true);
    m_bar->setRange(0, 0); // busy until the core knows how many families there are
    m_bar->setTextVisible(false);
    m_label->setText(action);
    // A whole-practice run first reads the practice, seconds before the first report: show
    // that it has started before the window stops repainting.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QWidget *dialog = window();
    dialog->installEventFilter(this);
    const auto done = qScopeGuard([this, dialog] {
        dialog->removeEventFilter(this);
        setRunning(false);
    });
    work([this, action](qint64 families, qint64 total) { return report(action, families, total); });
    m_label->setText(m_cancelRequested ? tr("Cancelled") : tr("Done"));
}

void RunProgress::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_label->setText(m_cancelling);
}

bool RunProgress::eventFilter(QObject *watched, QEvent *event)
{
    const bool escape =
            event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
    if (watched == window() && (escape || event->type() == QEvent::Close)) {
        cancel();
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool RunProgress::report(const QString &action, qint64 done, qint64 total)
{
    // QProgressBar counts in int; a practice has far fewer families than that.
    m_bar->setRange(0, int(qMax<qint64>(total, 1)));
    m_bar->setValue(int(done));
    m_bar->setTextVisible(true);
    if (!m_cancelRequested)
        m_label->setText(action);
    QCoreApplication::processEvents();
    return !m_cancelRequested;
}

void RunProgress::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    if (!running && m_bar->maximum() == 0)
        m_bar->setRange(0, 1);
    Q_EMIT runningChanged(running);
}

} // namespace paydesk::ui
