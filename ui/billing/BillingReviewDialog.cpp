#include "billing/BillingReviewDialog.h"

#include "ListTableView.h"
#include "ScreenFit.h"
#include "audit/AuditTrailModel.h"
#include "billing/PatientResponsibilityPanel.h"
#include "billing/StatementHistoryModel.h"
#include "billing/StatementPrinting.h"
#include "dialogs/ErrorLabel.h"
#include "util/Permissions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paydesk::ui {

BillingReviewDialog::BillingReviewDialog(const core::Database &db, const QString &user, qint64 familyId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_familyId(familyId)
    , m_tabs(new QTabWidget(this))
    , m_responsibility(new PatientResponsibilityPanel(this))
    , m_errors(new ErrorLabel(this))
    , m_heading(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_responsibility->setSession(&db, user);
    m_responsibility->showFamily(familyId);
    m_tabs->addTab(m_responsibility, tr("Patient &responsibility"));
    auto *statements = new StatementHistoryModel(this);
    auto *history = new ListTableView(statements, this);
    history->setObjectName(QStringLiteral("statementHistory"));
    history->setAccessibleName(tr("Statement history"));
    history->setStretchColumn(StatementHistoryModel::OnPlan);
    history->setExportName(QStringLiteral("statements-%1").arg(familyId));
    m_tabs->addTab(history, tr("Statement &history"));
    m_errors->run([&] { statements->setStatements(core::StatementHistory(db).ofFamily(familyId)); });
    // The trail is the billing manager's (Tools > Audit trail): the tab follows the role.
    if (core::Permissions::allows(db, user, core::Permissions::Action::ReadAudit)) {
        m_auditModel = new AuditTrailModel(db, this);
        m_audit = new ListTableView(m_auditModel, this);
        m_audit->setObjectName(QStringLiteral("familyAudit"));
        m_audit->setAccessibleName(tr("The family's audit entries"));
        m_audit->setStretchColumn(AuditTrailModel::After);
        m_audit->setKeyColumns({AuditTrailModel::At, AuditTrailModel::User, AuditTrailModel::Action});
        m_audit->setExportName(QStringLiteral("audit-%1").arg(familyId));
        m_tabs->addTab(m_audit, tr("A&udit trail"));
        readAudit();
    }
    connect(m_responsibility, &PatientResponsibilityPanel::planChanged, this, [this] {
        m_changed = true;
        updateTitle();
        readAudit();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    // The latest statement again (or the account as it stands when none was sent), for the
    // patient at the desk or on the phone; printing is not sending.
    QPushButton *print = buttons->addButton(tr("Pr&int statement…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printStatement"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this,
            [this] { StatementPrinting::printFamily(this, m_db, m_user, m_familyId); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    updateTitle();
    resize(ScreenFit::size(this, QSize(900, 520)));
    m_responsibility->planToggle()->setFocus();
}

void BillingReviewDialog::updateTitle()
{
    const QString guarantor = m_responsibility->account().guarantor;
    setWindowTitle(guarantor.isEmpty() ? tr("Review account #%1").arg(m_familyId)
                                       : tr("Review: %1 · Account #%2").arg(guarantor).arg(m_familyId));
    // The window's title is not on screen everywhere (a full-screen desk): the account is.
    m_heading->setText(guarantor.isEmpty() ? tr("Account #%1").arg(m_familyId)
                                           : tr("%1 · Account #%2").arg(guarantor).arg(m_familyId));
}

void BillingReviewDialog::readAudit()
{
    if (!m_auditModel)
        return;
    core::AuditFilter filter;
    filter.familyId = m_familyId;
    if (!m_errors->run([&] { m_auditModel->setFilter(filter); }))
        m_auditModel->clear();
}

} // namespace paydesk::ui
