#include "collections/CollectionPlanDialog.h"

#include "collections/CollectionCodeCombo.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionStatusService.h"
#include "collections/CollectionsPolicy.h"
#include "collections/WebPayLists.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/WindowFit.h"
#include "ledger/LedgerCalendar.h"
#include "plans/PatientPayments.h"
#include "print/LedgerText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace paydesk::ui {

using core::CollectionPlan;
using Field = core::CollectionPlanProblem::Field;

namespace {

constexpr int fieldCount = int(Field::Zip) + 1;

void fillList(QComboBox *combo, const QStringList &names)
{
    // Blank first: a webPAY plan's merchant and method are chosen, never taken by default.
    combo->addItem(QString());
    combo->addItems(names);
}

} // namespace

CollectionPlanDialog::CollectionPlanDialog(
        const core::Database &db, const QString &user, qint64 familyId, const QString &guarantor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_familyId(familyId)
    , m_guarantor(guarantor)
    , m_heading(new QLabel(this))
    , m_refusal(new ErrorLabel(this))
    , m_delinquent(new QCheckBox(tr("De&linquent: a collection payment plan for an account in collections"), this))
    , m_start(new DateEdit(this))
    , m_amount(new MoneyEdit(this))
    , m_days(new QLineEdit(this))
    , m_next(new DateEdit(this))
    , m_lastDate(new QLabel(this))
    , m_lastAmount(new QLabel(this))
    , m_defaultStatus(new CollectionCodeCombo(this))
    , m_stays(new QLabel(this))
    , m_webPay(new QCheckBox(tr("CGM &webPAY"), this))
    , m_merchant(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_holder(new QLineEdit(this))
    , m_zip(new QLineEdit(this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
    , m_end(new QPushButton(tr("&End plan…"), this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(guarantor.isEmpty() ? tr("Payment plan · Account #%1").arg(familyId)
                                       : tr("Payment plan: %1 · Account #%2").arg(guarantor).arg(familyId));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_delinquent->setObjectName(QStringLiteral("delinquent"));
    m_start->setObjectName(QStringLiteral("start"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_days->setObjectName(QStringLiteral("paymentDays"));
    m_next->setObjectName(QStringLiteral("nextPaymentDate"));
    m_lastDate->setObjectName(QStringLiteral("lastPaymentDate"));
    m_lastAmount->setObjectName(QStringLiteral("lastPaymentAmount"));
    m_defaultStatus->setObjectName(QStringLiteral("defaultStatus"));
    m_webPay->setObjectName(QStringLiteral("webPay"));
    m_merchant->setObjectName(QStringLiteral("merchant"));
    m_method->setObjectName(QStringLiteral("method"));
    m_holder->setObjectName(QStringLiteral("holder"));
    m_zip->setObjectName(QStringLiteral("zip"));
    m_save->setObjectName(QStringLiteral("save"));
    m_end->setObjectName(QStringLiteral("end"));

    // The reference's lengths: Payment Days 2, Card Holder Zip Code five digits. The zip takes
    // any five characters, so that "1234a" is explained rather than silently not typed.
    m_days->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,2}")), m_days));
    m_days->setMaxLength(2);
    const int narrow = m_days->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16;
    m_days->setMaximumWidth(narrow);
    m_zip->setMaxLength(5);
    m_zip->setMaximumWidth(narrow);
    m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("$0,000,000.00")) + 24);
    m_holder->setMaxLength(80);

    // The reference's fields in its order: the plan's terms, then how it is collected.
    auto *terms = new QGroupBox(tr("Plan"), this);
    auto *termsForm = new QFormLayout(terms);
    m_messages.resize(fieldCount);
    m_messages[int(Field::Start)] = ErrorLabel::addFieldRow(termsForm, tr("&Start Date of Plan:"), m_start);
    m_messages[int(Field::Amount)] = ErrorLabel::addFieldRow(termsForm, tr("Payment &Amount:"), m_amount);
    m_messages[int(Field::PaymentDays)] = ErrorLabel::addFieldRow(termsForm, tr("Payment &Days:"), m_days);
    m_messages[int(Field::NextPaymentDate)] = ErrorLabel::addFieldRow(termsForm, tr("&Next Payment Date:"), m_next);
    termsForm->addRow(tr("Last Payment Date:"), m_lastDate);
    termsForm->addRow(tr("Last Payment Amount $:"), m_lastAmount);
    m_messages[int(Field::DefaultStatus)] = ErrorLabel::addFieldRow(
            termsForm, tr("Status for De&fault:"), m_defaultStatus);
    // The reference's note on the field, said when it applies.
    m_stays->setObjectName(QStringLiteral("defaultStatusStays"));
    m_stays->setWordWrap(true);
    m_stays->setForegroundRole(QPalette::PlaceholderText);
    m_stays->setText(tr("Not the plan's failed status: on a default the account stays in it until a user "
                        "changes it (its Days to Remain and Transfer are ignored)."));
    termsForm->addRow(QString(), m_stays);

    auto *webPay = new QGroupBox(tr("Collection by card"), this);
    auto *webPayForm = new QFormLayout(webPay);
    webPayForm->addRow(m_webPay);
    m_messages[int(Field::Merchant)] = ErrorLabel::addFieldRow(webPayForm, tr("&Merchant:"), m_merchant);
    m_messages[int(Field::Method)] = ErrorLabel::addFieldRow(webPayForm, tr("Payment Me&thod:"), m_method);
    m_messages[int(Field::Holder)] = ErrorLabel::addFieldRow(webPayForm, tr("Card &Holder Name:"), m_holder);
    m_messages[int(Field::Zip)] = ErrorLabel::addFieldRow(webPayForm, tr("Card Holder &Zip Code:"), m_zip);
    auto *noCard = new QLabel(tr("The processor collects with a card it holds a token for: PayDesk never asks "
                                 "for a card number or security code."),
                              webPay);
    noCard->setWordWrap(true);
    noCard->setForegroundRole(QPalette::PlaceholderText);
    webPayForm->addRow(noCard);
    // Family problems (refused before the fields are looked at) are the refusal's.
    m_messages[int(Field::Family)] = m_refusal;

    auto *columns = new QHBoxLayout;
    columns->addWidget(terms, 3);
    columns->addWidget(webPay, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_end, QDialogButtonBox::ActionRole);
    m_end->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CollectionPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_end, &QPushButton::clicked, this, &CollectionPlanDialog::endPlan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_refusal);
    layout->addWidget(m_delinquent);
    layout->addLayout(columns);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_delinquent, &QCheckBox::toggled, this, &CollectionPlanDialog::kindChanged);
    connect(m_webPay, &QCheckBox::toggled, this, &CollectionPlanDialog::updateFields);
    connect(m_start, &DateEdit::dateChanged, this, &CollectionPlanDialog::nextFollowsStart);
    connect(m_days, &QLineEdit::textChanged, this, &CollectionPlanDialog::nextFollowsStart);
    connect(m_next->lineEdit(), &QLineEdit::textEdited, this, [this] { m_nextTyped = true; });
    connect(m_defaultStatus, &QComboBox::activated, this, [this] {
        m_defaultChosen = true;
        updateFields();
    });
    // A field's message goes as soon as the clerk changes the field.
    const auto clearOn = [this](Field field, auto *sender, auto signal) {
        connect(sender, signal, m_messages[int(field)], &ErrorLabel::clearMessages);
    };
    clearOn(Field::Start, m_start, &DateEdit::dateChanged);
    clearOn(Field::Amount, m_amount, &QLineEdit::textEdited);
    clearOn(Field::PaymentDays, m_days, &QLineEdit::textEdited);
    clearOn(Field::NextPaymentDate, m_next, &DateEdit::dateChanged);
    clearOn(Field::DefaultStatus, m_defaultStatus, &QComboBox::activated);
    clearOn(Field::Merchant, m_merchant, &QComboBox::activated);
    clearOn(Field::Method, m_method, &QComboBox::activated);
    clearOn(Field::Holder, m_holder, &QLineEdit::textEdited);
    clearOn(Field::Zip, m_zip, &QLineEdit::textEdited);

    read();
    WindowFit::fitForm(this, 860);
    (editing() ? static_cast<QWidget *>(m_amount) : m_start->lineEdit())->setFocus();
}

QString CollectionPlanDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void CollectionPlanDialog::read()
{
    const QDate today = core::LedgerCalendar(m_db).today();
    m_start->usePlanRange(today);
    m_next->usePlanRange(today);
    const core::CollectionsPolicy policy = core::CollectionsPolicy::read(m_db);
    const core::CollectionAccountStatus status = core::CollectionStatusService(m_db, m_user).status(m_familyId);
    // The window's title is not on screen everywhere (a full-screen desk): the account is.
    const QString account = m_guarantor.isEmpty() ? tr("Account #%1").arg(m_familyId)
                                                  : tr("%1 · Account #%2").arg(m_guarantor).arg(m_familyId);
    m_heading->setText(status.code.isEmpty() ? tr("%1: no collection status").arg(account)
                                             : tr("%1: %2 since %3")
                                                       .arg(account,
                                                            CollectionCodeCombo::label(status.code, status.description),
                                                            LedgerText::date(status.since)));
    m_defaultStatus->setCodes(core::CollectionCodeTable(m_db, m_user).list());
    const core::WebPayLists lists(m_db, m_user);
    fillList(m_merchant, lists.names(core::WebPayLists::List::Merchants));
    fillList(m_method, lists.names(core::WebPayLists::List::Methods));

    const std::optional<CollectionPlan> plan = core::CollectionPlanService(m_db, m_user).current(m_familyId);
    if (plan && plan->status == CollectionPlan::Status::Active)
        m_active = plan;
    // Information only: the family's latest patient payment, plan or no plan.
    const std::optional<core::PatientPayments::Latest> last = core::PatientPayments::latest(m_db, m_familyId);
    m_lastDate->setText(last ? LedgerText::date(last->date) : tr("None"));
    m_lastAmount->setText(last ? LedgerText::money(last->amount) : QString());
    if (m_active) {
        const CollectionPlan &active = *m_active;
        m_delinquent->setChecked(active.kind == CollectionPlan::Kind::Collection);
        m_start->setDate(active.start);
        m_amount->setMoney(active.amount);
        m_days->setText(QString::number(active.paymentDays));
        m_next->setDate(active.nextPaymentDate);
        m_nextTyped = true; // an Active plan's date is the run's: it moves only when typed
        m_defaultStatus->setCode(active.defaultStatus);
        m_defaultChosen = true;
        m_webPay->setChecked(active.webpay.has_value());
        if (active.webpay) {
            m_merchant->setCurrentText(active.webpay->merchant);
            m_method->setCurrentText(active.webpay->method);
            m_holder->setText(active.webpay->holder);
            m_zip->setText(active.webpay->zip);
        }
        m_heading->setText(m_heading->text() + u'\n'
                           + tr("%1 plan, Active since %2.")
                                     .arg(active.kind == CollectionPlan::Kind::Collection
                                                  ? tr("Collection payment")
                                                  : tr("Non-delinquent payment"),
                                          LedgerText::date(active.start)));
    } else {
        // An account in collections gets a collection payment plan; any other the reference's
        // non-delinquent plan.
        m_delinquent->setChecked(policy.inCollections(status.code));
    }
    kindChanged();
}

CollectionPlan::Kind CollectionPlanDialog::kind() const
{
    return m_delinquent->isChecked() ? CollectionPlan::Kind::Collection : CollectionPlan::Kind::NonDelinquent;
}

void CollectionPlanDialog::kindChanged()
{
    if (!m_defaultChosen)
        m_defaultStatus->setCode(core::CollectionsPolicy::read(m_db).failedCodeFor(kind()));
    QString why;
    if (!editing())
        m_errors->run([&] { why = core::CollectionPlanService(m_db, m_user).refusal(m_familyId, kind()); });
    m_refusal->showMessages(why.isEmpty() ? QStringList() : QStringList{why});
    updateFields();
}

void CollectionPlanDialog::nextFollowsStart()
{
    if (m_nextTyped)
        return;
    bool read = false;
    const int days = m_days->text().toInt(&read);
    const QDate start = m_start->date();
    if (read && days > 0 && start.isValid())
        m_next->setDate(start.addDays(days));
}

void CollectionPlanDialog::updateFields()
{
    const bool open = !editing() && refusal().isEmpty();
    // The terms an Edit can change stay open on an Active plan; its kind, start and
    // collection are given when it is added.
    for (QWidget *field :
         {static_cast<QWidget *>(m_delinquent), static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_webPay)})
        field->setEnabled(!editing());
    const bool webPay = m_webPay->isChecked() && !editing();
    for (QWidget *field : {static_cast<QWidget *>(m_merchant),
                           static_cast<QWidget *>(m_method),
                           static_cast<QWidget *>(m_holder),
                           static_cast<QWidget *>(m_zip)})
        field->setEnabled(webPay);
    m_save->setEnabled(open || editing());
    const QString failed = core::CollectionsPolicy::read(m_db).failedCodeFor(kind());
    m_stays->setVisible(!m_defaultStatus->code().isEmpty() && m_defaultStatus->code() != failed);
    m_end->setVisible(editing());
}

core::CollectionPlanDraft CollectionPlanDialog::draft()
{
    m_unreadable.clear();
    core::CollectionPlanDraft draft;
    draft.familyId = m_familyId;
    draft.kind = kind();
    if (const std::optional<QDate> start = m_start->takeDate())
        draft.start = *start;
    else
        m_unreadable << Field::Start;
    const core::MoneyParseResult amount = m_amount->money();
    if (amount) {
        draft.amount = amount.value();
    } else {
        // Money refuses a third decimal or a stray letter as it reads the text; the message
        // names the field as the service's do.
        m_messages[int(Field::Amount)]->showMessages({tr("Payment Amount: %1").arg(amount.error())});
        m_unreadable << Field::Amount;
    }
    draft.paymentDays = m_days->text().toInt();
    if (const std::optional<QDate> next = m_next->takeDate())
        draft.nextPaymentDate = *next;
    else
        m_unreadable << Field::NextPaymentDate;
    draft.defaultStatus = m_defaultStatus->code();
    if (m_webPay->isChecked())
        draft.webpay = core::WebPay{
                m_merchant->currentText(), m_method->currentText(), m_holder->text().trimmed(), m_zip->text().trimmed()};
    return draft;
}

void CollectionPlanDialog::clearProblems()
{
    for (ErrorLabel *label : std::as_const(m_messages)) {
        if (label != m_refusal)
            label->clearMessages();
    }
    m_errors->clearMessages();
}

bool CollectionPlanDialog::showProblems(const QList<core::CollectionPlanProblem> &problems)
{
    QList<QStringList> byField(fieldCount);
    for (const core::CollectionPlanProblem &problem : problems) {
        // A field whose text cannot be read says so already; what the service makes of the
        // blank it was given instead ("0.00 must be more than zero") would contradict it.
        if (!m_unreadable.contains(problem.field))
            byField[int(problem.field)] << problem.message;
    }
    for (int field = 0; field < fieldCount; ++field) {
        if (!byField[field].isEmpty())
            m_messages[field]->showMessages(byField[field]);
    }
    return problems.isEmpty() && m_unreadable.isEmpty();
}

void CollectionPlanDialog::accept()
{
    clearProblems();
    if (!(editing() ? edit() : add()))
        return;
    m_changed = true;
    QDialog::accept();
}

bool CollectionPlanDialog::add()
{
    if (!refusal().isEmpty())
        return false;
    const core::CollectionPlanDraft plan = draft();
    core::CollectionPlanService service(m_db, m_user);
    // Every field's problem at once, the unreadable ones included.
    return showProblems(service.problems(plan)) && m_errors->run([&] { service.add(plan); });
}

bool CollectionPlanDialog::edit()
{
    const core::CollectionPlanDraft terms = draft();
    core::CollectionPlanService service(m_db, m_user);
    if (!showProblems(service.problems(terms)))
        return false;
    const CollectionPlan &active = *m_active;
    core::CollectionPlanService::Edit change;
    if (terms.amount != active.amount)
        change.amount = terms.amount;
    if (terms.paymentDays != active.paymentDays)
        change.paymentDays = terms.paymentDays;
    if (terms.nextPaymentDate != active.nextPaymentDate)
        change.nextPaymentDate = terms.nextPaymentDate;
    if (terms.defaultStatus != active.defaultStatus)
        change.defaultStatus = terms.defaultStatus;
    if (!change.amount && !change.paymentDays && !change.nextPaymentDate && !change.defaultStatus)
        return true;
    return m_errors->run([&] { service.edit(m_familyId, change); });
}

void CollectionPlanDialog::endPlan()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this,
                                               tr("End payment plan"),
                                               tr("The plan ends today; a non-delinquent plan's account leaves "
                                                  "collections, a collection plan's returns to the initial status.\n"
                                                  "&Note (required, kept in the history):"),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok)
                                 .trimmed();
    if (!ok)
        return;
    if (!m_errors->run([&] { core::CollectionPlanService(m_db, m_user).end(m_familyId, note); }))
        return;
    m_changed = true;
    QDialog::accept();
}

} // namespace paydesk::ui
