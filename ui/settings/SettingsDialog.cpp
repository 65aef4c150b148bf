#include "settings/SettingsDialog.h"

#include "settings/AdjustmentTypesPage.h"
#include "settings/BillingSettingsPage.h"
#include "settings/CollectionsSettingsPage.h"
#include "settings/OnlineServicesPage.h"
#include "settings/PracticePage.h"
#include "settings/ProcedureCodesPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

SettingsDialog::SettingsDialog(const core::Database &db, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_practice(new PracticePage(db, user, this))
    , m_adjustmentTypes(new AdjustmentTypesPage(db, user, this))
    , m_procedureCodes(new ProcedureCodesPage(db, user, this))
    , m_billing(new BillingSettingsPage(db, user, this))
    , m_collections(new CollectionsSettingsPage(db, user, this))
    , m_onlineServices(new OnlineServicesPage(db, user, this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(m_practice, tr("&Practice"));
    m_tabs->addTab(m_adjustmentTypes, tr("Ad&justment types"));
    m_tabs->addTab(m_procedureCodes, tr("Procedure c&odes"));
    m_tabs->addTab(m_billing, tr("Patient b&illing"));
    m_tabs->addTab(m_collections, tr("Co&llections"));
    m_tabs->addTab(m_onlineServices, tr("Online patient ser&vices"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // No mnemonic (the pages use C) and no default: Enter neither saves nor closes.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Wide enough for the Patient billing page's hints to take two lines, with room for longer translations.
    resize(840, 560);
    // What the clerk types first goes to the practice's name, not to the tab bar.
    m_practice->firstField()->setFocus();
}

} // namespace paydesk::ui
