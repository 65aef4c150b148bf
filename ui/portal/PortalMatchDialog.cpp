#include "portal/PortalMatchDialog.h"

#include "PatientSearchPanel.h"
#include "ScreenFit.h"
#include "dialogs/ErrorLabel.h"
#include "portal/PortalExceptionQueue.h"
#include "print/LedgerText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

PortalMatchDialog::PortalMatchDialog(const core::Database &db,
                                     const QString &user,
                                     const core::portal::PortalException &exception,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_exception(exception)
    , m_search(new PatientSearchPanel(this))
    , m_post(new QPushButton(tr("&Post to this family"), this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Match exception #%1").arg(exception.id));
    m_post->setObjectName(QStringLiteral("post"));
    m_post->setAutoDefault(false);
    const bool refund = exception.direction == core::portal::PortalDirection::Refund;

    auto *facts = new QFormLayout;
    const auto fact = [&](const QString &label, const QString &value, const char *name) {
        auto *text = new QLabel(value, this);
        text->setObjectName(QLatin1String(name));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, text);
    };
    fact(refund ? tr("Refund:") : tr("Payment:"),
         tr("%1 on %2").arg(LedgerText::money(exception.amount), LedgerText::date(exception.date)),
         "amount");
    fact(tr("Patient:"), exception.patientName, "patient");
    fact(tr("Account number:"), exception.accountNumber.isEmpty() ? tr("(none)") : exception.accountNumber, "account");
    fact(tr("Why:"), exception.reason, "reason");
    fact(tr("Record:"), tr("%1, line %2").arg(exception.file).arg(exception.line), "record");

    m_search->setDatabase(&db);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_post, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (const std::optional<core::Patient> patient = m_search->currentPatient())
            matchTo(patient->familyId);
        else
            m_errors->showMessages({tr("Find the family's patient first, then choose one.")});
    });
    connect(m_search, &PatientSearchPanel::patientActivated, this, [this](const core::Patient &patient) {
        matchTo(patient.familyId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(ScreenFit::size(this, QSize(720, 560)));

    // Start where the record points: its account number, else the patient's last name.
    const QString start = !exception.accountNumber.isEmpty() ? exception.accountNumber
                                                             : exception.patientName.section(u',', 0, 0).trimmed();
    if (!start.isEmpty())
        m_search->search(start);
    m_search->focusSearch();
}

bool PortalMatchDialog::matchTo(qint64 familyId)
{
    m_errors->clearMessages();
    qint64 posted = 0;
    if (!m_errors->run(
                [&] { posted = core::portal::PortalExceptionQueue(m_db, m_user).match(m_exception.id, familyId); }))
        return false;
    m_posted = posted;
    m_family = familyId;
    accept();
    return true;
}

} // namespace paydesk::ui
