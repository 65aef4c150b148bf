#include "portal/PortalExceptionsPage.h"

#include "ListTableView.h"
#include "dialogs/ErrorLabel.h"
#include "portal/PortalDismissDialog.h"
#include "portal/PortalExceptionModel.h"
#include "portal/PortalExceptionQueue.h"
#include "portal/PortalMatchDialog.h"
#include "users/Role.h"
#include "util/Permissions.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

PortalExceptionsPage::PortalExceptionsPage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_showAll(new QCheckBox(tr("Show &resolved ones too"), this))
    , m_model(new PortalExceptionModel(this))
    , m_view(new ListTableView(m_model, this))
    , m_count(new QLabel(this))
    , m_why(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_match(new QPushButton(tr("&Match…"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss…"), this))
    , m_errors(new ErrorLabel(this))
{
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_view->setObjectName(QStringLiteral("exceptions"));
    m_view->setAccessibleName(tr("Exceptions"));
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setObjectName(QStringLiteral("raw"));
    m_raw->setAccessibleName(tr("The record as it stands in the file"));
    m_match->setObjectName(QStringLiteral("match"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_view->setExportName(QStringLiteral("portal-exceptions"));
    m_view->setStretchColumn(PortalExceptionModel::Reason);
    m_view->setKeyColumns({PortalExceptionModel::Reason,
                           PortalExceptionModel::Amount,
                           PortalExceptionModel::Patient,
                           PortalExceptionModel::Account,
                           PortalExceptionModel::Date});
    // The record as it stands in the file: the clerk reads what the clearinghouse sent.
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setFixedHeight(m_raw->fontMetrics().lineSpacing() * 3
                          + 2 * (m_raw->frameWidth() + int(m_raw->document()->documentMargin())));

    using Action = core::Permissions::Action;
    const bool mayResolve = core::Permissions::allows(db, user, Action::ManagePortalPayments);
    for (QPushButton *button : {m_match, m_dismiss}) {
        button->setAutoDefault(false);
        button->setEnabled(mayResolve);
        if (!mayResolve)
            button->setToolTip(
                    tr("Needs the %1 role")
                            .arg(core::roleName(core::Permissions::minimumRole(Action::ManagePortalPayments))));
    }
    connect(m_match, &QPushButton::clicked, this, &PortalExceptionsPage::match);
    connect(m_dismiss, &QPushButton::clicked, this, &PortalExceptionsPage::dismiss);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_match->isEnabled())
            match();
    });
    connect(m_showAll, &QCheckBox::toggled, this, &PortalExceptionsPage::load);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortalExceptionsPage::showRecord);

    auto *top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(m_showAll);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_match);
    actions->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_why);
    layout->addWidget(m_raw);
    layout->addWidget(m_errors);
    layout->addLayout(actions);
}

void PortalExceptionsPage::load()
{
    m_errors->clearMessages();
    const qint64 current = m_view->currentId();
    QList<core::portal::PortalException> rows;
    qint64 open = 0;
    if (!m_errors->run([&] {
            const core::portal::PortalExceptionQueue queue(m_db, m_user);
            rows = queue.list(m_showAll->isChecked());
            open = queue.openCount();
        }))
        return;
    m_open = open;
    m_model->setRows(rows);
    m_count->setText(tr("%n open exception(s): records that did not post.", nullptr, int(open)));
    if (!current || !m_view->selectId(current))
        showRecord();
}

void PortalExceptionsPage::showRecord()
{
    const int row = m_view->currentSourceRow();
    m_why->setText(row >= 0 ? m_model->row(row).reason : QString());
    m_raw->setPlainText(row >= 0 ? m_model->row(row).raw : QString());
}

int PortalExceptionsPage::chosenRow()
{
    m_errors->clearMessages();
    const int row = m_view->currentSourceRow();
    if (row < 0) {
        m_errors->showMessages({tr("Choose an exception in the list first.")});
        m_view->setFocus(Qt::OtherFocusReason);
    }
    return row;
}

void PortalExceptionsPage::match()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    const core::portal::PortalException exception = m_model->row(row);
    if (!exception.matchable || exception.status != core::portal::PortalException::Status::Open) {
        m_errors->showMessages(
                {exception.matchable ? tr("Exception #%1 is %2 already.").arg(exception.id).arg(exception.statusLabel())
                                     : tr("Nothing could be read from this record to post: dismiss it "
                                          "once the clearinghouse's report is dealt with.")});
        return;
    }
    PortalMatchDialog dialog(m_db, m_user, exception, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load();
    Q_EMIT resolved(dialog.familyId(),
                    tr("Exception #%1 posted on account %2.").arg(exception.id).arg(dialog.familyId()));
}

void PortalExceptionsPage::dismiss()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    const core::portal::PortalException exception = m_model->row(row);
    PortalDismissDialog dialog(m_db,
                               m_user,
                               exception.id,
                               tr("%1, line %2: %3").arg(exception.file).arg(exception.line).arg(exception.reason),
                               this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load();
    Q_EMIT resolved(0, tr("Exception #%1 dismissed.").arg(exception.id));
}

} // namespace paydesk::ui
