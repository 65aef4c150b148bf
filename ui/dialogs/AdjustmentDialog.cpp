#include "dialogs/AdjustmentDialog.h"

#include "dialogs/BackDating.h"
#include "dialogs/CodeCombo.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/FamilyMemberCombo.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/WindowFit.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"
#include "ledger/LedgerCalendar.h"
#include "print/LedgerText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace paydesk::ui {

using core::AdjustmentSign;

AdjustmentDialog::AdjustmentDialog(const core::Database &db,
                                   const QString &user,
                                   qint64 familyId,
                                   qint64 patientId,
                                   qint64 chargeId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_account(core::AccountReader(db).load(familyId))
    , m_types(core::AdjustmentTypes(db).list())
    , m_charge(new QComboBox(this))
    , m_patient(new FamilyMemberCombo(this))
    , m_date(new DateEdit(this))
    , m_type(new QComboBox(this))
    , m_lowers(new QRadioButton(tr("&Lowers the balance"), this))
    , m_raises(new QRadioButton(tr("Rai&ses the balance"), this))
    , m_amount(new MoneyEdit(this))
    , m_effect(new QLabel(this))
    , m_provider(new CodeCombo(this))
    , m_clinic(new CodeCombo(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Adjustment: account %1").arg(familyId));
    m_charge->setObjectName(QStringLiteral("charge"));
    m_date->setObjectName(QStringLiteral("date"));
    m_type->setObjectName(QStringLiteral("type"));
    m_lowers->setObjectName(QStringLiteral("lowers"));
    m_raises->setObjectName(QStringLiteral("raises"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_effect->setObjectName(QStringLiteral("effect"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_clinic->setObjectName(QStringLiteral("clinic"));

    m_patient->setMembers(m_account.members, patientId);
    m_charge->addItem(tr("Not attached: stands on its own"), qlonglong(0));
    // Newest first: adjustments usually follow the latest visit.
    for (auto it = m_account.charges.crbegin(); it != m_account.charges.crend(); ++it) {
        m_charge->addItem(tr("%1 · balance %2")
                                  .arg(LedgerText::itemLine(m_account, core::AllocationTarget::charge(it->charge.id)),
                                       LedgerText::money(it->balance())),
                          qlonglong(it->charge.id));
    }
    // The charge the clerk selected, else none: never some other charge of the family.
    m_charge->setCurrentIndex(std::max(0, m_charge->findData(qlonglong(chargeId))));

    for (const core::AdjustmentType &type : std::as_const(m_types))
        m_type->addItem(core::AdjustmentTypes::displayName(type), type.code);
    auto *direction = new QButtonGroup(this);
    direction->addButton(m_lowers);
    direction->addButton(m_raises);
    auto *directions = new QWidget(this);
    directions->setObjectName(QStringLiteral("direction"));
    auto *directionRow = new QHBoxLayout(directions);
    directionRow->setContentsMargins(0, 0, 0, 0);
    directionRow->addWidget(m_lowers);
    directionRow->addWidget(m_raises);
    directionRow->addStretch();

    m_date->useLedgerRange(core::LedgerCalendar(db));
    m_amount->setRule([](core::Money amount) {
        if (amount.isNegative())
            return tr("Type %1 without a sign: the type says whether it lowers or raises the balance.")
                    .arg(LedgerText::money(-amount));
        return amount.isZero() ? tr("An adjustment must be more than %1.").arg(LedgerText::money(core::Money()))
                               : QString();
    });
    QFont bold = m_effect->font();
    bold.setBold(true);
    m_effect->setFont(bold);

    const core::Directory directory(db);
    m_provider->setEntities(directory.providers());
    m_clinic->setEntities(directory.clinics());

    auto *form = new QFormLayout;
    form->addRow(tr("A&ttach to charge:"), m_charge);
    form->addRow(tr("T&ype:"), m_type);
    // The message in one cell with the choice: a row of its own kept a wrapped label's
    // height of several lines, blank or not.
    m_directionMessage = ErrorLabel::addFieldRow(form, QString(), directions);
    m_amount->setMessageLabel(ErrorLabel::addFieldRow(form, tr("A&mount:"), m_amount));
    form->addRow(QString(), m_effect);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Pat&ient:"), m_patient);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("C&linic:"), m_clinic);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Save adjustment"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_charge, &QComboBox::currentIndexChanged, this, &AdjustmentDialog::chargeChosen);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AdjustmentDialog::typeChosen);
    connect(direction, &QButtonGroup::buttonToggled, this, [this] {
        m_directionMessage->clearMessages();
        updateEffect();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &AdjustmentDialog::updateEffect);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    QWidget::setTabOrder(m_charge, m_type);
    QWidget::setTabOrder(m_type, m_lowers);
    QWidget::setTabOrder(m_lowers, m_raises);
    QWidget::setTabOrder(m_raises, m_amount);
    QWidget::setTabOrder(m_amount, m_date->lineEdit());
    QWidget::setTabOrder(m_date->lineEdit(), m_patient);
    chargeChosen();
    typeChosen();
    if (m_types.isEmpty())
        m_errors->showMessages({tr("The practice has no adjustment types yet: add them in Settings.")});
    // The type decides which way the amount goes, so it comes first.
    m_type->setFocus();
    WindowFit::fitForm(this, 560);
}

void AdjustmentDialog::chargeChosen()
{
    const qint64 chargeId = m_charge->currentData().toLongLong();
    const core::ChargeLine *charge = m_account.charge(chargeId);
    // An attached adjustment belongs to the charge's patient, provider and clinic.
    m_patient->setEnabled(!charge);
    m_provider->setEnabled(!charge);
    m_clinic->setEnabled(!charge);
    if (charge) {
        m_patient->selectPatient(charge->charge.patientId);
        m_provider->setCurrentText(m_account.providerCodes.value(charge->charge.providerId));
        m_clinic->setCurrentText(m_account.clinicCodes.value(charge->charge.clinicId));
    }
}

const core::AdjustmentType &AdjustmentDialog::type() const
{
    return m_types.at(std::max(0, m_type->currentIndex()));
}

void AdjustmentDialog::typeChosen()
{
    const AdjustmentSign sign = m_types.isEmpty() ? AdjustmentSign::Either : type().sign;
    // A type with a sign of its own shows it; one that goes either way asks each time, so
    // the last choice is not carried over unnoticed.
    auto *group = m_lowers->group();
    group->setExclusive(false);
    m_lowers->setChecked(sign == AdjustmentSign::Lowers);
    m_raises->setChecked(sign == AdjustmentSign::Raises);
    group->setExclusive(true);
    m_lowers->setEnabled(sign == AdjustmentSign::Either);
    m_raises->setEnabled(sign == AdjustmentSign::Either);
    m_directionMessage->clearMessages();
    updateEffect();
}

AdjustmentSign AdjustmentDialog::direction() const
{
    if (m_lowers->isChecked())
        return AdjustmentSign::Lowers;
    return m_raises->isChecked() ? AdjustmentSign::Raises : AdjustmentSign::Either;
}

void AdjustmentDialog::updateEffect()
{
    const AdjustmentSign sign = direction();
    if (sign == AdjustmentSign::Either) {
        m_effect->setText(tr("Choose whether it lowers or raises the balance."));
        return;
    }
    const bool lowers = sign == AdjustmentSign::Lowers;
    if (!m_amount->problem().isEmpty()) {
        m_effect->setText(lowers ? tr("Lowers the balance.") : tr("Raises the balance."));
        return;
    }
    const QString amount = LedgerText::money(m_amount->money().value());
    m_effect->setText(lowers ? tr("Lowers the balance by %1.").arg(amount)
                             : tr("Raises the balance by %1.").arg(amount));
}

void AdjustmentDialog::accept()
{
    if (m_types.isEmpty())
        return;
    const AdjustmentSign sign = direction();
    if (sign == AdjustmentSign::Either) {
        m_directionMessage->showMessages({tr("Choose whether this %1 lowers or raises the balance.")
                                                  .arg(core::AdjustmentTypes::displayName(type()))});
        m_lowers->setFocus();
        return;
    }
    const std::optional<core::Money> amount = m_amount->takeMoney();
    if (!amount)
        return;
    const std::optional<QDate> date = m_date->takeDate();
    if (!date || !BackDating::confirm(m_date, BackDating::Entry::Adjustment, *date))
        return;
    core::Adjustment adjustment;
    adjustment.patientId = m_patient->patientId();
    adjustment.date = *date;
    adjustment.type = type().code;
    adjustment.amount = sign == AdjustmentSign::Lowers ? -*amount : *amount;
    adjustment.chargeId = m_charge->currentData().toLongLong();
    const bool saved = m_errors->run([&] {
        m_adjustmentId = core::ChargeEntry(m_db, m_user).addAdjustment(adjustment, m_provider->code(), m_clinic->code());
    });
    if (saved)
        QDialog::accept();
}

} // namespace paydesk::ui
