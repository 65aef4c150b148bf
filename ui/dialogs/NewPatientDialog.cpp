#include "dialogs/NewPatientDialog.h"

#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/WindowFit.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

NewPatientDialog::NewPatientDialog(const core::Database &db, const QString &user, qint64 familyId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_familyId(familyId)
    , m_lastName(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_birthDate(new DateEdit(this))
    , m_guarantor(new QCheckBox(tr("&Guarantor: the person responsible for the family's account"), this))
    , m_errors(new ErrorLabel(this))
{
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_guarantor->setObjectName(QStringLiteral("guarantor"));

    QString intro;
    if (familyId == 0) {
        setWindowTitle(tr("New family"));
        intro = tr("A new family account is opened; its first member is the guarantor.");
        m_guarantor->setChecked(true);
        m_guarantor->setEnabled(false);
    } else {
        setWindowTitle(tr("New patient in account %1").arg(familyId));
        const core::FamilyAccount account = core::AccountReader(db).load(familyId);
        const core::Patient *guarantor = account.guarantor();
        intro = guarantor ? tr("Family account %1; the guarantor is %2.")
                                    .arg(QString::number(familyId), guarantor->displayName())
                          : tr("Family account %1 has no guarantor yet.").arg(familyId);
        m_guarantor->setChecked(!guarantor);
    }

    m_birthDate->useBirthDateRange(core::LedgerCalendar(db).today());

    auto *form = new QFormLayout;
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(QString(), m_guarantor);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(familyId == 0 ? tr("&Open account") : tr("&Add patient"), QDialogButtonBox::AcceptRole)
            ->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(buttons);
    m_lastName->setFocus();
    WindowFit::fitForm(this, 560);
}

void NewPatientDialog::accept()
{
    core::Patient patient;
    patient.familyId = m_familyId;
    patient.lastName = m_lastName->text();
    patient.firstName = m_firstName->text();
    const std::optional<QDate> birthDate = m_birthDate->takeDate();
    if (!birthDate)
        return;
    patient.birthDate = *birthDate;
    patient.isGuarantor = m_guarantor->isChecked();
    if (m_errors->run([&] { m_result = core::FamilyRegistry(m_db, m_user).addPatient(patient); }))
        QDialog::accept();
}

} // namespace paydesk::ui
