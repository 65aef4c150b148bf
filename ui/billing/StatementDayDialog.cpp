#include "billing/StatementDayDialog.h"

#include "dialogs/DateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

StatementDayDialog::StatementDayDialog(const QDate &today, const QDate &lastRun, QWidget *parent)
    : QDialog(parent)
    , m_date(new DateEdit(this))
{
    setWindowTitle(tr("Print the day's statements"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->useReportRange(today);
    m_date->setDate(lastRun.isNull() ? today : lastRun);

    auto *intro = new QLabel(tr("Every statement the daily billing sent on that day, one per page, for mailing. "
                                "Printing them again sends nothing."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Statements &sent on:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatementDayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_date->selectToRetype();
}

QDate StatementDayDialog::ask(const QDate &today, const QDate &lastRun, QWidget *parent)
{
    StatementDayDialog dialog(today, lastRun, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.date() : QDate();
}

void StatementDayDialog::accept()
{
    const std::optional<QDate> date = m_date->takeDate();
    if (!date)
        return;
    m_chosen = *date;
    QDialog::accept();
}

} // namespace paydesk::ui
