#include "dialogs/AdjustmentDialog.h"

#include "dialogs/CodeCombo.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/FamilyMemberCombo.h"
#include "dialogs/LedgerText.h"
#include "dialogs/MoneyEdit.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk::ui {

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
    , m_charge(new QComboBox(this))
    , m_patient(new FamilyMemberCombo(this))
    , m_date(new DateEdit(this))
    , m_type(new QComboBox(this))
    , m_amount(new MoneyEdit(this))
    , m_provider(new CodeCombo(this))
    , m_clinic(new CodeCombo(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Adjustment: account %1").arg(familyId));
    m_charge->setObjectName(QStringLiteral("charge"));
    m_date->setObjectName(QStringLiteral("date"));
    m_type->setObjectName(QStringLiteral("type"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_clinic->setObjectName(QStringLiteral("clinic"));

    m_patient->setMembers(m_account.members, patientId);
    m_charge->addItem(tr("Not attached: stands on its own"), qlonglong(0));
    // Newest first: adjustments usually follow the latest visit.
    for (auto it = m_account.charges.crbegin(); it != m_account.charges.crend(); ++it) {
        m_charge->addItem(tr("%1 · balance %2")
                                  .arg(LedgerText::itemLine(m_account, core::AllocationTarget::charge(it->charge.id)),
                                       LedgerText::money(it->balance())),
                          it->charge.id);
    }
    m_charge->setCurrentIndex(std::max(0, m_charge->findData(chargeId)));

    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->addItem(tr("discount"), QStringLiteral("discount"));
    m_type->addItem(tr("write-off"), QStringLiteral("write-off"));
    m_type->addItem(tr("fee"), QStringLiteral("fee"));
    m_type->addItem(tr("other"), QStringLiteral("other"));

    const core::Directory directory(db);
    m_provider->setEntities(directory.providers());
    m_clinic->setEntities(directory.clinics());

    auto *hint = new QLabel(tr("Negative lowers what is owed (discount, write-off); positive raises it (fee)."), this);
    hint->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("A&ttach to charge:"), m_charge);
    form->addRow(tr("Pat&ient:"), m_patient);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(QString(), hint);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("C&linic:"), m_clinic);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Save adjustment"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_charge, &QComboBox::currentIndexChanged, this, &AdjustmentDialog::chargeChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    chargeChosen();
    m_amount->setFocus();
    resize(520, sizeHint().height());
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

QString AdjustmentDialog::typeCode() const
{
    const int known = m_type->findText(m_type->currentText().trimmed(), Qt::MatchFixedString);
    return known >= 0 ? m_type->itemData(known).toString() : m_type->currentText().trimmed();
}

void AdjustmentDialog::accept()
{
    const std::optional<core::Money> amount = m_amount->takeMoney(*m_errors);
    if (!amount)
        return;
    core::Adjustment adjustment;
    adjustment.patientId = m_patient->patientId();
    adjustment.date = m_date->date();
    adjustment.type = typeCode();
    adjustment.amount = *amount;
    adjustment.chargeId = m_charge->currentData().toLongLong();
    const bool saved = m_errors->run([&] {
        m_adjustmentId = core::ChargeEntry(m_db, m_user).addAdjustment(adjustment, m_provider->code(), m_clinic->code());
    });
    if (saved)
        QDialog::accept();
}

} // namespace paydesk::ui
