#include "dialogs/PostPaymentDialog.h"

#include "dialogs/AllocationGridModel.h"
#include "dialogs/BackDating.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/FamilyMemberCombo.h"
#include "dialogs/MoneyDelegate.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/PaymentMethodCombo.h"
#include "groups/PracticeGroups.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "print/LedgerText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk::ui {

using core::Money;

namespace {
const QString printReceiptKey = QStringLiteral("desk/printReceipt");
}

PostPaymentDialog::PostPaymentDialog(
        const core::Database &db, const QString &user, qint64 familyId, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_account(core::AccountReader(db).load(familyId))
    , m_legacy(core::PracticeGroups::isLegacy(db, familyId))
    , m_patient(new FamilyMemberCombo(this))
    , m_amount(new MoneyEdit(this))
    , m_method(new PaymentMethodCombo(this))
    , m_reference(new QLineEdit(this))
    , m_date(new DateEdit(this))
    , m_note(new QLineEdit(this))
    , m_grid(new AllocationGridModel(this))
    , m_gridView(new QTableView(this))
    , m_patientFirst(new QCheckBox(tr("This patient &first"), this))
    , m_printReceipt(new QCheckBox(tr("Print rece&ipt"), this))
    , m_autoAllocate(new QPushButton(tr("Auto-allocate (Alt+A)"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_remaining(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Post payment: account %1").arg(familyId));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Check number, card authorization…"));
    m_date->setObjectName(QStringLiteral("date"));
    m_note->setObjectName(QStringLiteral("note"));
    m_gridView->setObjectName(QStringLiteral("grid"));
    m_patientFirst->setObjectName(QStringLiteral("patientFirst"));
    m_autoAllocate->setObjectName(QStringLiteral("autoAllocate"));
    m_clear->setObjectName(QStringLiteral("clear"));
    m_remaining->setObjectName(QStringLiteral("remaining"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_printReceipt->setObjectName(QStringLiteral("printReceipt"));
    m_printReceipt->setToolTip(tr("After posting, offer the receipt to print or save as PDF."));
    m_printReceipt->setChecked(QSettings().value(printReceiptKey, true).toBool());
    m_patient->setMembers(m_account.members, patientId);
    m_date->useLedgerRange(core::LedgerCalendar(db));
    m_amount->setRule([](Money amount) {
        return amount.isZero() ? tr("A payment must be more than %1.").arg(LedgerText::money(Money())) : QString();
    });

    const core::Patient *guarantor = m_account.guarantor();
    auto *account = new QLabel(tr("Account %1 · guarantor %2 · balance %3 · unallocated credit %4")
                                       .arg(QString::number(familyId),
                                            guarantor ? guarantor->displayName() : tr("none"),
                                            LedgerText::money(m_account.balance()),
                                            LedgerText::money(m_account.unallocated())),
                               this);
    account->setWordWrap(true);
    QFont bold = account->font();
    bold.setBold(true);
    account->setFont(bold);

    auto *form = new QFormLayout;
    form->addRow(tr("Pat&ient:"), m_patient);
    m_amount->setMessageLabel(ErrorLabel::addFieldRow(form, tr("A&mount:"), m_amount));
    form->addRow(tr("M&ethod:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);

    auto *delegate = new MoneyDelegate(m_gridView);
    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegateForColumn(AllocationGridModel::ApplyColumn, delegate);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    // Tab leaves the grid for the buttons; arrows move between items.
    m_gridView->setTabKeyNavigation(false);
    m_gridView->verticalHeader()->hide();
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->horizontalHeader()->setSectionResizeMode(AllocationGridModel::DescriptionColumn, QHeaderView::Stretch);
    m_grid->setAccount(m_account);
    m_grid->setPaymentDate(m_date->date());
    if (m_grid->rowCount() > 0)
        m_gridView->setCurrentIndex(m_grid->index(0, AllocationGridModel::ApplyColumn));
    auto *gridLabel = new QLabel(tr("Allo&cation of the payment to open items, oldest first:"), this);
    gridLabel->setBuddy(m_gridView);

    m_autoAllocate->setAutoDefault(false);
    m_clear->setAutoDefault(false);
    m_autoAllocate->setToolTip(tr("Pays the family's open items oldest first, up to the amount (Alt+A)."));
    auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_A), this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_patientFirst);
    tools->addWidget(m_autoAllocate);
    tools->addWidget(m_clear);
    tools->addStretch();
    tools->addWidget(m_remaining);

    m_summary->setWordWrap(true);
    m_summary->setFont(bold);

    auto *buttons = new QDialogButtonBox(this);
    m_post = buttons->addButton(tr("&Post"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("post"));
    m_post->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_printReceipt);
    bottom->addWidget(buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addLayout(form);
    layout->addWidget(gridLabel);
    layout->addWidget(m_gridView, 1);
    layout->addLayout(tools);
    if (m_legacy) {
        // The legacy ledger allocates nothing: no grid, no tools, and the core's reason.
        for (QWidget *allocation :
             std::initializer_list<QWidget *>{gridLabel, m_gridView, m_patientFirst, m_autoAllocate, m_clear, m_remaining})
            allocation->hide();
        auto *note = new QLabel(
                ErrorLabel::refusalOf([&] { core::PracticeGroups::requireTracked(db, familyId); }), this);
        note->setObjectName(QStringLiteral("legacyNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addLayout(bottom);

    // Tab follows the form as it reads, top to bottom: the fields, the grid, the tools under
    // it, then Post. The copay flow needs no Tab at all (amount, Alt+A, Enter). The date field
    // just before its text: it passes its focus on to it, and anywhere else in the chain it
    // would be a Tab stop that sends the focus back to the date.
    const QList<QWidget *> tabOrder{m_patient,
                                    m_amount,
                                    m_method,
                                    m_reference,
                                    m_date,
                                    m_date->lineEdit(),
                                    m_note,
                                    m_gridView,
                                    m_patientFirst,
                                    m_autoAllocate,
                                    m_clear,
                                    m_post,
                                    cancel,
                                    m_printReceipt};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);

    connect(shortcut, &QShortcut::activated, this, &PostPaymentDialog::autoAllocate);
    connect(m_autoAllocate, &QPushButton::clicked, this, &PostPaymentDialog::autoAllocate);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_autoPlanned = false;
        m_grid->clearApplied();
    });
    connect(m_patientFirst, &QCheckBox::toggled, this, &PostPaymentDialog::replan);
    connect(m_patient, &QComboBox::currentIndexChanged, this, &PostPaymentDialog::replan);
    connect(m_amount, &QLineEdit::textChanged, this, [this] {
        replan();
        updatePreview();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &PostPaymentDialog::updatePreview);
    connect(m_date, &DateEdit::dateChanged, this, [this](const QDate &date) {
        m_grid->setPaymentDate(date);
        updatePreview();
    });
    connect(m_printReceipt, &QCheckBox::toggled, this, [](bool checked) {
        QSettings().setValue(printReceiptKey, checked);
    });
    connect(delegate, &QAbstractItemDelegate::commitData, this, [this] { m_autoPlanned = false; });
    connect(delegate, &MoneyDelegate::refused, this, [this](const QString &message) {
        m_gridMessage = message;
        updatePreview();
    });
    connect(m_grid, &AllocationGridModel::appliedChanged, this, [this] {
        m_gridMessage.clear();
        updatePreview();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PostPaymentDialog::post);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_amount->setFocus();
    // Without the grid there is nothing to give the height to.
    resize(780, m_legacy ? sizeHint().height() : 560);
    updatePreview();
}

bool PostPaymentDialog::printReceipt() const
{
    return m_printReceipt->isChecked();
}

void PostPaymentDialog::autoAllocate()
{
    if (m_legacy || !m_amount->takeMoney())
        return;
    m_autoPlanned = true;
    replan();
}

void PostPaymentDialog::replan()
{
    const core::MoneyParseResult amount = m_amount->money();
    if (!m_autoPlanned || !amount)
        return;
    const qint64 preferred = m_patientFirst->isChecked() ? m_patient->patientId() : 0;
    m_grid->setSplits(core::AutoAllocator::plan(amount.value(), m_grid->openItems(), preferred));
}

void PostPaymentDialog::updatePreview()
{
    // What is wrong with the amount or the date is said next to them; here only the grid.
    QStringList problems;
    const core::MoneyParseResult parsed = m_amount->money();
    const bool typed = !m_amount->text().trimmed().isEmpty();
    if (!m_gridMessage.isEmpty())
        problems << m_gridMessage;
    problems << m_grid->problems();

    const Money amount = parsed ? parsed.value() : Money();
    // A negative payment (a returned check) is money going back, which the core never
    // allocates: the grid has no part in it, and nothing remains to allocate.
    const bool returned = amount.isNegative();
    Money applied;
    Money remaining;
    try {
        applied = m_grid->applied();
        remaining = returned ? Money() : amount - applied;
    } catch (const core::MoneyOverflow &) {
        problems << tr("The amounts in the grid are too large to add up.");
    }
    if (returned && !applied.isZero())
        problems << tr("A negative payment (%1) is never allocated: press Clear.").arg(LedgerText::money(amount));
    else if (remaining.isNegative())
        problems << tr("The grid applies %1, more than the payment of %2: lower an amount or press Clear.")
                            .arg(LedgerText::money(applied), LedgerText::money(amount));

    m_remaining->setText(returned ? QString() : tr("Remaining to allocate: %1").arg(LedgerText::money(remaining)));
    QPalette palette = m_remaining->palette();
    palette.setColor(QPalette::WindowText,
                     remaining.isNegative() ? ErrorLabel::color() : this->palette().color(QPalette::WindowText));
    m_remaining->setPalette(palette);
    m_errors->showMessages(problems);

    const bool ready = typed && m_amount->problem().isEmpty() && m_date->date().isValid() && problems.isEmpty();
    m_post->setEnabled(ready);
    if (!ready) {
        m_summary->setText(typed ? QString() : tr("Type the amount the patient paid."));
        return;
    }
    const QString method = QLocale().toLower(core::paymentMethodLabel(m_method->method()));
    if (returned) {
        m_summary->setText(tr("Post %1 by %2: money returned, not allocated.").arg(LedgerText::money(amount), method));
        return;
    }
    if (m_legacy) {
        m_summary->setText(tr("Post %1 by %2: it lowers the family's balance, not allocated (legacy ledger).")
                                   .arg(LedgerText::money(amount), method));
        return;
    }
    const QList<core::Split> splits = m_grid->splits();
    const bool chargesOnly = std::all_of(splits.begin(), splits.end(), [](const core::Split &s) {
        return s.target.kind == core::AllocationTarget::Kind::Charge;
    });
    const int count = int(splits.size());
    const QString allocation = splits.isEmpty() ? tr("nothing allocated")
                                                : (chargesOnly ? tr("allocate %1 to %n charge(s)", nullptr, count)
                                                               : tr("allocate %1 to %n item(s)", nullptr, count))
                                                          .arg(LedgerText::money(applied));
    const QString rest = remaining.isZero() ? tr("nothing stays unallocated")
                                            : tr("%1 stays unallocated").arg(LedgerText::money(remaining));
    QString summary = tr("Post %1 by %2; %3; %4.").arg(LedgerText::money(amount), method, allocation, rest);
    // Money is normally not spent on visits that came after it: say so when the grid does.
    if (const int later = int(m_grid->paidAfterPayment().size()); later > 0)
        summary += u' ' + tr("%n charge(s) dated after the payment date are paid.", nullptr, later);
    m_summary->setText(summary);
}

void PostPaymentDialog::post()
{
    if (!m_post->isEnabled())
        return;
    const std::optional<QDate> date = m_date->takeDate();
    if (!date || !m_amount->takeMoney() || !BackDating::confirm(m_date, BackDating::Entry::Payment, *date))
        return;
    core::PaymentDraft draft;
    draft.patientId = m_patient->patientId();
    draft.date = *date;
    draft.amount = m_amount->money().value();
    draft.method = m_method->method();
    draft.reference = m_reference->text();
    draft.note = m_note->text();
    const QList<core::Split> splits = m_grid->splits();
    // An untouched Auto-allocate plan is posted as the auto rule, which the service
    // re-plans under the family lock; hand-made splits are posted as they are.
    const bool asPlanned = m_autoPlanned && !splits.isEmpty();
    const auto mode = !asPlanned                    ? core::PaymentPoster::AutoAllocate::No
                      : m_patientFirst->isChecked() ? core::PaymentPoster::AutoAllocate::PatientFirst
                                                    : core::PaymentPoster::AutoAllocate::Family;
    const bool posted = m_errors->run([&] {
        core::PaymentPoster poster(m_db, m_user);
        m_postedPaymentId = poster.post(draft, asPlanned ? QList<core::Split>() : splits, mode).paymentId;
    });
    if (posted)
        accept();
}

} // namespace paydesk::ui
