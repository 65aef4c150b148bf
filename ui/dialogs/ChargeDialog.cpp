#include "dialogs/ChargeDialog.h"

#include "dialogs/BackDating.h"
#include "dialogs/CodeCombo.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/FamilyMemberCombo.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/WindowFit.h"
#include "ledger/EntryRules.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/ProcedureCodes.h"
#include "models/ProcedureCodesModel.h"
#include "print/LedgerText.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace paydesk::ui {

ChargeDialog::ChargeDialog(
        const core::Database &db, const QString &user, qint64 familyId, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_patient(new FamilyMemberCombo(this))
    , m_date(new DateEdit(this))
    , m_provider(new CodeCombo(this))
    , m_clinic(new CodeCombo(this))
    , m_code(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_amount(new MoneyEdit(this))
    , m_errors(new ErrorLabel(this))
    , m_codes(new ProcedureCodesModel(this))
{
    setWindowTitle(tr("Enter charge: account %1").arg(familyId));
    m_date->setObjectName(QStringLiteral("date"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_clinic->setObjectName(QStringLiteral("clinic"));
    m_code->setObjectName(QStringLiteral("code"));
    m_description->setObjectName(QStringLiteral("description"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_code->setPlaceholderText(tr("e.g. D1110"));
    m_date->useLedgerRange(core::LedgerCalendar(db));
    m_amount->setRule([](core::Money amount) {
        return core::EntryRules::isChargeAmount(amount)
                ? QString()
                : tr("A charge may be %1 but never negative.").arg(LedgerText::money(core::Money()));
    });

    const core::FamilyAccount account = core::AccountReader(db).load(familyId);
    m_patient->setMembers(account.members, patientId);
    const core::Directory directory(db);
    m_provider->setEntities(directory.providers());
    m_clinic->setEntities(directory.clinics());
    // The family's last visit is the likeliest provider and clinic for this one.
    if (!account.charges.isEmpty()) {
        const core::Charge &last = account.charges.constLast().charge;
        m_provider->setCurrentIndex(m_provider->findData(last.providerId));
        m_clinic->setCurrentIndex(m_clinic->findData(last.clinicId));
    }

    // The popup lists each code with its description and fee, so the clerk who knows only
    // the beginning of a code picks the right one.
    m_codes->setCodes(core::ProcedureCodes(db).list());
    auto *completer = new QCompleter(m_codes, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionColumn(ProcedureCodesModel::Code);
    completer->setCompletionRole(Qt::DisplayRole);
    auto *popup = new QTreeView;
    popup->setRootIsDecorated(false);
    popup->header()->hide();
    popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    completer->setPopup(popup);
    m_code->setCompleter(completer);
    // A code is taken as soon as it is typed whole, or picked in the popup.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ChargeDialog::codeChosen);
    connect(m_code, &QLineEdit::textEdited, this, &ChargeDialog::codeChosen);

    auto *form = new QFormLayout;
    form->addRow(tr("Pat&ient:"), m_patient);
    form->addRow(tr("&Visit date:"), m_date);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("C&linic:"), m_clinic);
    form->addRow(tr("Procedure &code:"), m_code);
    form->addRow(tr("&Description:"), m_description);
    m_amount->setMessageLabel(ErrorLabel::addFieldRow(form, tr("A&mount:"), m_amount));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Save charge"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChargeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    m_code->setFocus();
    WindowFit::fitForm(this, 560);
}

void ChargeDialog::codeChosen()
{
    const QString typed = m_code->text().trimmed();
    const core::ProcedureCode *known = nullptr;
    for (int row = 0; row < m_codes->rowCount() && !known; ++row) {
        if (m_codes->code(row).code.compare(typed, Qt::CaseInsensitive) == 0)
            known = &m_codes->code(row);
    }
    if (!known)
        return;
    if (m_description->text().isEmpty() || m_description->text() == m_filledDescription) {
        m_description->setText(known->description);
        m_filledDescription = known->description;
    }
    if (known->fee && (m_amount->text().isEmpty() || m_amount->text() == m_filledAmount)) {
        m_amount->setMoney(*known->fee);
        m_filledAmount = m_amount->text();
    }
}

void ChargeDialog::accept()
{
    const std::optional<QDate> date = m_date->takeDate();
    if (!date)
        return;
    const std::optional<core::Money> amount = m_amount->takeMoney();
    if (!amount || !BackDating::confirm(m_date, BackDating::Entry::Charge, *date))
        return;
    core::Charge charge;
    charge.patientId = m_patient->patientId();
    charge.date = *date;
    charge.code = m_code->text();
    charge.description = m_description->text();
    charge.amount = *amount;
    const bool saved = m_errors->run([&] {
        m_chargeId = core::ChargeEntry(m_db, m_user).addCharge(charge, m_provider->code(), m_clinic->code());
    });
    if (saved)
        QDialog::accept();
}

} // namespace paydesk::ui
