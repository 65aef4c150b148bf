#include "billing/PatientResponsibilityPanel.h"

#include "billing/BillingAccountReader.h"
#include "collections/CollectionAccountPanel.h"
#include "collections/CollectionPlanDialog.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "print/LedgerText.h"
#include "dialogs/MoneyEdit.h"
#include "ledger/FamilyAddress.h"
#include "ledger/LedgerCalendar.h"
#include "plans/PlanService.h"
#include "users/Role.h"
#include "util/Permissions.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {
QString dateOrNone(const QDate &date)
{
    return date.isValid() ? LedgerText::date(date) : PatientResponsibilityPanel::tr("None");
}
} // namespace

PatientResponsibilityPanel::PatientResponsibilityPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_collection(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_statements(new QLabel(this))
    , m_lastStatement(new QLabel(this))
    , m_nextStatement(new QLabel(this))
    , m_resumes(new QLabel(this))
    , m_lastPayment(new QLabel(this))
    , m_plan(new QCheckBox(tr("&Payment plan"), this))
    , m_amount(new MoneyEdit(this))
    , m_start(new DateEdit(this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
    , m_collectionPlan(new QPushButton(tr("Co&llections plan…"), this))
    , m_planMessage(new ErrorLabel(this))
    , m_address(new QPlainTextEdit(this))
    , m_saveAddress(new QPushButton(tr("Sav&e address"), this))
    , m_errors(new ErrorLabel(this))
{
    m_plan->setObjectName(QStringLiteral("paymentPlan"));
    m_amount->setObjectName(QStringLiteral("planAmount"));
    m_start->setObjectName(QStringLiteral("planStart"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_planMessage->setObjectName(QStringLiteral("planMessage"));
    m_address->setObjectName(QStringLiteral("mailingAddress"));
    m_saveAddress->setObjectName(QStringLiteral("saveAddress"));
    m_saveAddress->setAutoDefault(false);
    // Tab leaves the field (an address has no tabs); Enter starts its next line.
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_status->setObjectName(QStringLiteral("billingStatus"));
    m_collection->setObjectName(QStringLiteral("collectionStatus"));
    m_collection->setWordWrap(true);
    m_collectionPlan->setObjectName(QStringLiteral("collectionPlan"));
    m_collectionPlan->setAutoDefault(false);
    // Enter in the amount saves; elsewhere in the window it keeps its own meaning.
    m_save->setAutoDefault(false);
    for (QLabel *label : {m_status, m_collection, m_balance, m_statements, m_lastStatement, m_nextStatement, m_resumes, m_lastPayment})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // One column of two boxes in a scroll area: the Account view gives the tab what is left
    // of a 1024x600 screen under the summary, the review dialog more.
    auto *content = new QWidget(this);
    auto *statements = new QGroupBox(tr("Patient statements"), content);
    auto *grid = new QGridLayout(statements);
    const auto addPair = [grid](int row, int column, const QString &label, QLabel *value) {
        grid->addWidget(new QLabel(label), row, column);
        grid->addWidget(value, row, column + 1);
    };
    addPair(0, 0, tr("Billing status:"), m_status);
    addPair(0, 2, tr("Balance:"), m_balance);
    // The collection status right by the billing status, a line of its own for the code's
    // description: two processes, each on its own schedule.
    grid->addWidget(new QLabel(tr("Collection status:")), 1, 0);
    grid->addWidget(m_collection, 1, 1, 1, 3);
    addPair(2, 0, tr("Statements sent:"), m_statements);
    addPair(2, 2, tr("Billing resumes on:"), m_resumes);
    addPair(3, 0, tr("Last statement:"), m_lastStatement);
    addPair(3, 2, tr("Next statement:"), m_nextStatement);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);

    auto *plan = new QGroupBox(tr("Payment plan"), content);
    auto *planForm = new QFormLayout(plan);
    planForm->addRow(m_plan);
    m_amountMessage = ErrorLabel::addFieldRow(planForm, tr("&Monthly payment plan amount:"), m_amount);
    m_amount->setMessageLabel(m_amountMessage);
    m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000.00")) + 24);
    // What the plan's rules refuse (a balance to pay, the amount against it), under the
    // amount: the field's own label says only what the text cannot be read as, and clears
    // as the field is left.
    planForm->addRow(QString(), m_planMessage);
    planForm->addRow(tr("&Start:"), m_start);
    planForm->addRow(tr("Last payment:"), m_lastPayment);
    m_lastPayment->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    saveRow->addWidget(m_collectionPlan);
    planForm->addRow(saveRow);

    // Where the statements go (FamilyAddress, helper S's), beside what they say.
    auto *mailing = new QGroupBox(tr("Guarantor"), content);
    auto *mailingForm = new QFormLayout(mailing);
    m_addressMessage = ErrorLabel::addFieldRow(mailingForm, tr("Mailing a&ddress:"), m_address);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_saveAddress);
    addressRow->addStretch();
    mailingForm->addRow(addressRow);

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(statements);
    column->addWidget(plan);
    column->addWidget(mailing);
    column->addWidget(m_errors);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which it scrolls into view
    // The wrapped texts make the column's height depend on its width, which QScrollArea does
    // not lay out again when its vertical bar comes and goes (the boxes' right edge went under
    // it): the bar stays, the width is the viewport's.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_plan, &QCheckBox::toggled, this, &PatientResponsibilityPanel::toggled);
    connect(m_save, &QPushButton::clicked, this, &PatientResponsibilityPanel::save);
    connect(m_collectionPlan, &QPushButton::clicked, this, &PatientResponsibilityPanel::openCollectionPlan);
    connect(m_amount, &QLineEdit::textEdited, m_planMessage, &ErrorLabel::clearMessages);
    connect(m_saveAddress, &QPushButton::clicked, this, &PatientResponsibilityPanel::saveAddress);
    // What the address rule refuses shows while the clerk types, and goes when corrected.
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] {
        const QString problem = core::FamilyAddress::problem(m_address->toPlainText());
        if (problem.isEmpty())
            m_addressMessage->clearMessages();
        else
            m_addressMessage->showMessages({problem});
    });
    connect(m_amount, &QLineEdit::returnPressed, this, &PatientResponsibilityPanel::save);
    connect(m_start, &DateEdit::dateEntered, this, [this] {
        if (!planEnabled())
            m_save->setFocus(Qt::TabFocusReason);
    });
    setTabOrder(m_plan, m_amount);
    setTabOrder(m_amount, m_start->lineEdit());
    updateFields();
}

void PatientResponsibilityPanel::setSession(const core::Database *db, const QString &user)
{
    m_db = db;
    m_user = user;
    // Greyed out for a role that may not change plans, saying which may; the service
    // refuses the same on its own.
    using Action = core::Permissions::Action;
    m_mayManagePlans = db && core::Permissions::allows(*db, user, Action::ManagePaymentPlans);
    m_mayManageCollections = db && core::Permissions::allows(*db, user, Action::ManageCollections);
    m_collectionPlan->setToolTip(
            m_mayManageCollections
                    ? tr("The collections payment plan: non-delinquent, or for an account in collections.")
                    : tr("Needs the %1 role")
                              .arg(core::roleName(core::Permissions::minimumRole(Action::ManageCollections))));
    m_plan->setToolTip(m_mayManagePlans
                               ? tr("On: the daily billing run watches the family's payments against the plan.")
                               : tr("Needs the %1 role")
                                         .arg(core::roleName(core::Permissions::minimumRole(Action::ManagePaymentPlans))));
    updateFields();
}

bool PatientResponsibilityPanel::showFamily(qint64 familyId)
{
    m_familyId = familyId;
    m_account = {};
    m_collectionStatus = {};
    m_errors->clearMessages();
    m_amountMessage->clearMessages();
    m_planMessage->clearMessages();
    QString address;
    const bool read = !familyId || !m_db || m_errors->run([&] {
        m_account = core::BillingAccountReader(*m_db).account(familyId);
        m_collectionStatus = core::CollectionStatusService(*m_db, m_user).status(familyId);
        address = core::FamilyAddress::read(*m_db, familyId);
    });
    m_address->setPlainText(address);
    m_addressMessage->clearMessages();
    if (m_db)
        m_start->useReportRange(core::LedgerCalendar(*m_db).today());
    showAccount();
    return read;
}

bool PatientResponsibilityPanel::planEnabled() const
{
    return m_account.plan && m_account.plan->status == core::PaymentPlan::Status::Enabled;
}

void PatientResponsibilityPanel::showAccount()
{
    const bool family = m_account.familyId != 0;
    m_status->setText(family ? core::BillingStatuses::text(m_account.status) : QString());
    m_collection->setText(family ? CollectionAccountPanel::statusText(m_collectionStatus) : QString());
    m_collection->setToolTip(family ? CollectionAccountPanel::planText(m_collectionStatus.plan) : QString());
    m_balance->setText(family ? LedgerText::money(m_account.balance) : QString());
    m_statements->setText(family ? QString::number(m_account.statementsSent) : QString());
    m_lastStatement->setText(family ? dateOrNone(m_account.lastStatement) : QString());
    m_nextStatement->setText(family ? dateOrNone(m_account.nextStatement) : QString());
    m_resumes->setText(family ? dateOrNone(m_account.billingResumesOn) : QString());

    QString lastPayment;
    if (planEnabled()) {
        const core::PaymentPlan &plan = *m_account.plan;
        lastPayment = plan.lastPaymentDate.isValid()
                ? tr("%1 on %2").arg(LedgerText::money(plan.lastPaymentAmount), LedgerText::date(plan.lastPaymentDate))
                : tr("None since the start");
        if (m_account.daysSinceLastPayment)
            lastPayment += u' '
                    + tr("(%n day(s) since, as of the last billing run)", nullptr, *m_account.daysSinceLastPayment);
    }
    m_lastPayment->setText(lastPayment);

    {
        const QSignalBlocker blocker(m_plan);
        m_plan->setChecked(planEnabled());
    }
    if (planEnabled()) {
        m_amount->setMoney(m_account.plan->amount);
        m_start->setDate(m_account.plan->start);
    } else {
        m_amount->clear();
        if (m_db)
            m_start->setDate(m_start->today());
    }
    m_amountMessage->clearMessages();
    updateFields();
}

void PatientResponsibilityPanel::updateFields()
{
    const bool family = m_account.familyId != 0;
    const bool on = family && m_mayManagePlans && m_plan->isChecked();
    m_plan->setEnabled(family && m_mayManagePlans);
    m_address->setEnabled(family);
    m_saveAddress->setEnabled(family);
    m_collectionPlan->setEnabled(family && m_mayManageCollections);
    m_amount->setEnabled(on);
    // A plan's start is given when it is enabled; a later change is to its amount only.
    m_start->setEnabled(on && !planEnabled());
    m_save->setEnabled(on);
}

void PatientResponsibilityPanel::toggled(bool on)
{
    m_errors->clearMessages();
    m_amountMessage->clearMessages();
    m_planMessage->clearMessages();
    if (!on && planEnabled()) {
        disablePlan();
        return;
    }
    updateFields();
    if (on) {
        // A plan enabled again starts from today unless the clerk types another start.
        m_start->setDate(m_start->today());
        m_amount->setFocus(Qt::OtherFocusReason);
    }
}

void PatientResponsibilityPanel::disablePlan()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Disable payment plan"),
                                                 tr("The family returns to standard billing now.\n"
                                                    "&Reason (optional, kept in the audit trail):"),
                                                 QLineEdit::Normal,
                                                 QString(),
                                                 &ok);
    if (ok && m_errors->run([&] { core::PlanService(*m_db, m_user).disable(m_familyId, reason.trimmed()); })) {
        changed();
        return;
    }
    const QSignalBlocker blocker(m_plan);
    m_plan->setChecked(true);
    updateFields();
}

bool PatientResponsibilityPanel::save()
{
    if (!m_db || !m_familyId || !m_plan->isChecked())
        return false;
    m_errors->clearMessages();
    m_planMessage->clearMessages();
    const std::optional<core::Money> amount = m_amount->takeMoney();
    if (!amount)
        return false;
    // The service refuses an amount, a balance or a start the rules do not allow; what it says
    // is about the amount the clerk typed against the family's balance (a start after today
    // is refused by the field itself), so it shows under the amount.
    if (planEnabled()) {
        if (*amount == m_account.plan->amount)
            return true;
        if (!m_planMessage->run([&] { core::PlanService(*m_db, m_user).changeAmount(m_familyId, *amount); }))
            return false;
    } else {
        const std::optional<QDate> start = m_start->takeDate();
        if (!start)
            return false;
        if (!m_planMessage->run([&] { core::PlanService(*m_db, m_user).enable(m_familyId, *amount, *start); }))
            return false;
    }
    changed();
    return true;
}

bool PatientResponsibilityPanel::saveAddress()
{
    if (!m_db || !m_familyId)
        return false;
    QString stored;
    if (!m_addressMessage->run([&] {
            stored = core::FamilyAddress(*m_db, m_user).set(m_familyId, m_address->toPlainText());
        })) {
        m_address->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_address->setPlainText(stored);
    return true;
}

void PatientResponsibilityPanel::openCollectionPlan()
{
    if (!m_db || !m_familyId)
        return;
    bool changedPlan = false;
    m_errors->run([&] {
        CollectionPlanDialog dialog(*m_db, m_user, m_familyId, m_account.guarantor, this);
        dialog.exec();
        changedPlan = dialog.changed();
    });
    if (changedPlan)
        changed();
}

void PatientResponsibilityPanel::changed()
{
    showFamily(m_familyId);
    Q_EMIT planChanged(m_familyId);
}

} // namespace paydesk::ui
