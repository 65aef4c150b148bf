#include "portal/OnlinePaymentsDialog.h"

#include "ListTableView.h"
#include "ScreenFit.h"
#include "dialogs/ErrorLabel.h"
#include "portal/BalanceDuePage.h"
#include "portal/PortalExceptionsPage.h"
#include "portal/PortalFetch.h"
#include "portal/PortalFilesPage.h"
#include "users/Role.h"
#include "util/Permissions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

OnlinePaymentsDialog::OnlinePaymentsDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_tabs(new QTabWidget(this))
    , m_balanceDue(new BalanceDuePage(db, user, this))
    , m_exceptions(new PortalExceptionsPage(db, user, this))
    , m_files(new PortalFilesPage(db, this))
    , m_status(new QLabel(this))
    , m_errors(new ErrorLabel(this))
    , m_fetch(new QPushButton(tr("Fetch and &Process Reports…"), this))
{
    setWindowTitle(tr("Online payments"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_status->setObjectName(QStringLiteral("fetchStatus"));
    m_status->setWordWrap(true);
    m_fetch->setObjectName(QStringLiteral("fetch"));
    m_fetch->setAutoDefault(false);
    m_tabs->addTab(m_balanceDue, tr("&Balance due"));
    m_tabs->addTab(m_exceptions, QString());
    m_tabs->addTab(m_files, tr("&Files processed"));
    connect(m_balanceDue, &BalanceDuePage::familyChosen, this, [this](qint64 familyId) {
        m_chosen = familyId;
        accept();
    });
    connect(m_exceptions, &PortalExceptionsPage::resolved, this, [this](qint64 familyId, const QString &message) {
        m_changed = m_changed || familyId != 0;
        load();
        m_status->setText(message);
        Q_EMIT notified(message);
    });

    // Fetching posts payments: a billing manager's work, greyed out for others saying who may.
    using Action = core::Permissions::Action;
    const bool mayFetch = core::Permissions::allows(db, user, Action::ManagePortalPayments);
    m_fetch->setEnabled(mayFetch);
    if (!mayFetch)
        m_fetch->setToolTip(tr("Needs the %1 role")
                                    .arg(core::roleName(core::Permissions::minimumRole(Action::ManagePortalPayments))));
    connect(m_fetch, &QPushButton::clicked, this, &OnlinePaymentsDialog::fetch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_fetch, QDialogButtonBox::ActionRole);
    // No mnemonic (Alt+C is Copy link's) and no default: Enter on a family opens it instead.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    // Read before the window is laid out, so that the banner's lines have their room.
    load();
    resize(ScreenFit::size(this, QSize(1100, 700)));
}

QString OnlinePaymentsDialog::fetchStatus() const
{
    return m_errors->isHidden() ? m_status->text() : m_errors->text();
}

void OnlinePaymentsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_balanceDue->view()->setFocus(Qt::OtherFocusReason);
}

void OnlinePaymentsDialog::load()
{
    m_balanceDue->load();
    m_exceptions->load();
    m_files->load();
    m_tabs->setTabText(m_tabs->indexOf(m_exceptions), tr("E&xceptions (%1)").arg(m_exceptions->openCount()));
}

bool OnlinePaymentsDialog::fetch()
{
    m_errors->clearMessages();
    m_status->clear();
    // Stopping takes effect between files: what was processed stays.
    QProgressDialog progress(tr("Reading the report folder…"), tr("Stop after this file"), 0, 0, this);
    progress.setObjectName(QStringLiteral("fetchProgress"));
    progress.setWindowTitle(tr("Fetch and Process Reports"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    core::portal::FetchSummary summary;
    const bool done = m_errors->run([&] {
        summary = core::portal::PortalFetch(m_db, m_user).run({}, [&](const QString &file, int filesDone, int total) {
            progress.setMaximum(total);
            progress.setLabelText(tr("Processed %1 (%2 of %3).").arg(file).arg(filesDone).arg(total));
            progress.setValue(filesDone); // a modal progress window handles its events here
            return !progress.wasCanceled();
        });
    });
    progress.close();
    if (!done)
        return false;
    m_changed = m_changed || summary.posted > 0 || summary.refunds > 0;
    load();
    m_status->setText(summary.line());
    Q_EMIT notified(summary.line());
    // Where the clerk's work is, when there is some.
    if (summary.exceptions > 0)
        m_tabs->setCurrentWidget(m_exceptions);
    return true;
}

} // namespace paydesk::ui
