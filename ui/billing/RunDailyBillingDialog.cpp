#include "billing/RunDailyBillingDialog.h"

#include "balancer/RunProgress.h"
#include "billing/BillingAccountReader.h"
#include "billing/DailyBillingRun.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

RunDailyBillingDialog::RunDailyBillingDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_date(new DateEdit(this))
    , m_lastRun(new QLabel(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_progress(new RunProgress(this, RunProgress::Counting::Days))
    , m_days(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Run daily billing"));
    m_date->setObjectName(QStringLiteral("date"));
    m_lastRun->setObjectName(QStringLiteral("lastRun"));
    m_run->setObjectName(QStringLiteral("run"));
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setAccessibleName(tr("Days run"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    // Enter in the date runs: it is what the dialog is for, and the date is in view.
    m_run->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    m_date->useReportRange(core::LedgerCalendar(db).today());
    auto *form = new QFormLayout;
    m_errors = ErrorLabel::addFieldRow(form, tr("Run &up to:"), m_date);
    form->addRow(QString(), m_lastRun);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    auto *daysLabel = new QLabel(tr("&Days processed:"), this);
    daysLabel->setBuddy(m_days);

    auto *intro = new QLabel(tr("Each day from the day after the last run up to this date is processed in order, "
                                "and each day's statements are sent."),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(daysLabel);
    layout->addWidget(m_days, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_run, &QPushButton::clicked, this, &RunDailyBillingDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_progress, &RunProgress::runningChanged, this, &RunDailyBillingDialog::setLocked);
    connect(m_date, &DateEdit::dateChanged, m_errors, &ErrorLabel::clearMessages);
    showLastRun();
    resize(560, 420);
    m_date->selectToRetype();
}

QStringList RunDailyBillingDialog::lines() const
{
    QStringList lines;
    for (int row = 0; row < m_days->count(); ++row)
        lines << m_days->item(row)->text();
    return lines;
}

QString RunDailyBillingDialog::status() const
{
    return m_status->text();
}

bool RunDailyBillingDialog::run()
{
    if (m_progress->isRunning())
        return false;
    const std::optional<QDate> date = m_date->takeDate();
    if (!date)
        return false;
    m_errors->clearMessages();
    m_status->clear();
    m_days->clear();
    int processed = 0;
    int total = 0;
    const bool ran = m_errors->run([&] {
        m_progress->run(tr("Running"), [&](const auto &report) {
            core::DailyBillingRun(m_db, m_user).run(*date, [&](const core::BillingDay &day, int done, int days) {
                addDay(day);
                processed = done;
                total = days;
                return report(done, days);
            });
        });
    });
    showLastRun();
    m_processedDays = m_processedDays || processed > 0;
    if (!ran) {
        m_date->selectToRetype();
        return false;
    }
    if (processed == 0)
        m_status->setText(tr("Billing has already run for %1: nothing to do.")
                                  .arg(QLocale().toString(*date, QLocale::ShortFormat)));
    else if (processed < total)
        m_status->setText(tr("Cancelled after %1 of %2 days; the next run goes on from the day after the last run.")
                                  .arg(processed)
                                  .arg(total));
    else
        m_status->setText(tr("Days processed: %1.").arg(processed));
    return true;
}

void RunDailyBillingDialog::addDay(const core::BillingDay &day)
{
    m_days->addItem(day.line());
    if (const QString collections = day.collectionsLine(); !collections.isEmpty())
        m_days->addItem(collections);
    m_days->scrollToBottom();
}

void RunDailyBillingDialog::showLastRun()
{
    const QDate last = core::BillingAccountReader(m_db).lastRunDate();
    m_lastRun->setText(last.isNull() ? tr("No run yet: the first run processes this date alone.")
                                     : tr("Last run: %1").arg(QLocale().toString(last, QLocale::LongFormat)));
}

void RunDailyBillingDialog::setLocked(bool locked)
{
    m_date->setEnabled(!locked);
    m_run->setEnabled(!locked);
    m_buttons->setEnabled(!locked);
}

} // namespace paydesk::ui
