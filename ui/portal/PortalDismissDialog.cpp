#include "portal/PortalDismissDialog.h"

#include "dialogs/ErrorLabel.h"
#include "portal/PortalExceptionQueue.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

PortalDismissDialog::PortalDismissDialog(
        const core::Database &db, const QString &user, qint64 exceptionId, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_exceptionId(exceptionId)
    , m_reason(new QLineEdit(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(tr("Dismiss exception #%1").arg(exceptionId));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required: kept in the audit trail"));
    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Dismiss"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("dismiss"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ok->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PortalDismissDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void PortalDismissDialog::accept()
{
    if (m_reason->text().trimmed().isEmpty())
        return;
    m_errors->clearMessages();
    if (m_errors->run([this] {
            core::portal::PortalExceptionQueue(m_db, m_user).dismiss(m_exceptionId, m_reason->text().trimmed());
        }))
        QDialog::accept();
}

} // namespace paydesk::ui
