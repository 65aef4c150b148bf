#include "portal/OnlinePaymentsDialog.h"

#include "ListTableView.h"
#include "ScreenFit.h"
#include "portal/BalanceDuePage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

OnlinePaymentsDialog::OnlinePaymentsDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_balanceDue(new BalanceDuePage(db, user, this))
{
    setWindowTitle(tr("Online payments"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_balanceDue, tr("&Balance due"));
    connect(m_balanceDue, &BalanceDuePage::familyChosen, this, [this](qint64 familyId) {
        m_chosen = familyId;
        accept();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // No mnemonic (Alt+C is Copy link's) and no default: Enter on a family opens it instead.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Read before the window is laid out, so that the banner's lines have their room.
    m_balanceDue->load();
    resize(ScreenFit::size(this, QSize(1100, 700)));
}

void OnlinePaymentsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_balanceDue->view()->setFocus(Qt::OtherFocusReason);
}

} // namespace paydesk::ui
