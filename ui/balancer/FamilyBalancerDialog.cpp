#include "balancer/FamilyBalancerDialog.h"

#include "balancer/BalancePage.h"
#include "balancer/RunProgress.h"
#include "balancer/RunsPage.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

FamilyBalancerDialog::FamilyBalancerDialog(const core::Database &db,
                                           const QString &user,
                                           qint64 familyId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_progress(new RunProgress(this))
    , m_balance(new BalancePage(db, user, familyId, m_progress, this))
    , m_runsPage(new RunsPage(db, user, m_progress, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Family Balancer"));
    m_tabs->addTab(m_balance, tr("&Balance"));
    m_tabs->addTab(m_runsPage, tr("Ru&ns"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_progress, &RunProgress::runningChanged, this, &FamilyBalancerDialog::setLocked);
    connect(m_balance, &BalancePage::ledgerChanged, this, [this] {
        m_runsPage->reload();
        Q_EMIT ledgerChanged();
    });
    connect(m_runsPage, &RunsPage::ledgerChanged, this, &FamilyBalancerDialog::ledgerChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    // No larger than the screen, title bar included: on 1024x600 the dialog fits it (the
    // lists scroll) with Close in view.
    resize(ScreenFit::size(this, QSize(1100, 720)));
}

void FamilyBalancerDialog::showRuns()
{
    m_tabs->setCurrentWidget(m_runsPage);
}

void FamilyBalancerDialog::setLocked(bool locked)
{
    m_tabs->setEnabled(!locked);
    m_buttons->setEnabled(!locked);
}

} // namespace paydesk::ui
