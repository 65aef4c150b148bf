#include "billing/PatientBillingDialog.h"

#include "ListTableView.h"
#include "ScreenFit.h"
#include "TabStrip.h"
#include "billing/BillingListPage.h"
#include "billing/BillingReviewDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace paydesk::ui {

using core::BillingList;

PatientBillingDialog::PatientBillingDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_tabs(new TabStrip(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Patient Billing"));
    // ZOLL's tab names, in ZOLL's order.
    const std::array<std::pair<BillingList, QString>, tabCount> tabs = {{
            {BillingList::Queued, tr("&Queued")},
            {BillingList::Submitted, tr("S&ubmitted")},
            {BillingList::Final, tr("&Final statement sent")},
            {BillingList::PendingWriteOff, tr("Pending &write-off")},
            {BillingList::Plans, tr("Payment &plans")},
            {BillingList::OtherSuspensions, tr("&Other suspensions")},
    }};
    // The tabs first, then the pages: Tab goes from the tab titles into the page shown.
    for (const auto &[list, title] : tabs) {
        m_tabs->button(m_tabs->addTab(title))
                ->setObjectName(core::BillingAccountReader::listName(list) + QStringLiteral("Tab"));
    }
    for (const auto &[list, title] : tabs) {
        auto *page = new BillingListPage(db, user, list, this);
        page->view()->setAccessibleName(QString(title).remove(u'&'));
        m_pages[size_t(list)] = page;
        m_stack->addWidget(page);
        connect(page, &BillingListPage::reviewRequested, this, &PatientBillingDialog::review);
    }
    connect(m_tabs, &TabStrip::currentChanged, this, &PatientBillingDialog::showTab);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(ScreenFit::size(this, QSize(1180, 700)));
}

void PatientBillingDialog::showList(BillingList list)
{
    m_tabs->setCurrentIndex(m_stack->indexOf(page(list)));
}

void PatientBillingDialog::showTab(int index)
{
    m_stack->setCurrentIndex(index);
    if (isVisible())
        loadShown();
}

void PatientBillingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    loadShown();
}

void PatientBillingDialog::loadShown()
{
    auto *shown = static_cast<BillingListPage *>(m_stack->currentWidget());
    shown->load();
    shown->filterEdit()->setFocus(Qt::OtherFocusReason);
}

void PatientBillingDialog::review(qint64 familyId)
{
    BillingReviewDialog dialog(m_db, m_user, familyId, this);
    dialog.exec();
    if (!dialog.changedPlan())
        return;
    m_changed = true;
    for (BillingListPage *page : m_pages)
        page->invalidate();
    // Back on the row reviewed, when it is still on the list.
    auto *shown = static_cast<BillingListPage *>(m_stack->currentWidget());
    shown->view()->selectId(familyId);
    shown->view()->setFocus(Qt::OtherFocusReason);
}

} // namespace paydesk::ui
