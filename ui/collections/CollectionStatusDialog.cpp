#include "collections/CollectionStatusDialog.h"

#include "collections/CollectionCodeCombo.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionStatusService.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/WindowFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

CollectionStatusDialog::CollectionStatusDialog(const core::Database &db,
                                               const QString &user,
                                               Mode mode,
                                               qint64 familyId,
                                               const QString &account,
                                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
    , m_mode(mode)
    , m_familyId(familyId)
    , m_note(new QLineEdit(this))
    , m_errors(new ErrorLabel(this))
{
    setWindowTitle(mode == Mode::Set ? tr("Set collection status") : tr("Take out of collections"));
    auto *what = new QLabel(mode == Mode::Set
                                    ? tr("%1: the new status holds from today; its days count from today.").arg(account)
                                    : tr("%1 leaves collections today; an Active collections payment "
                                         "plan ends with it.")
                                              .arg(account),
                            this);
    what->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Required: kept in the account's history"));
    auto *form = new QFormLayout;
    if (mode == Mode::Set) {
        m_code = new CollectionCodeCombo(this);
        m_code->setObjectName(QStringLiteral("code"));
        m_errors->run([&] { m_code->setCodes(core::CollectionCodeTable(db, user).list()); });
        form->addRow(tr("&Status:"), m_code);
    }
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(mode == Mode::Set ? tr("&Set status") : tr("&Take out"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setEnabled(false);
    connect(m_note, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ok->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CollectionStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    WindowFit::fitForm(this, 480);
    (m_code ? static_cast<QWidget *>(m_code) : m_note)->setFocus();
}

void CollectionStatusDialog::accept()
{
    const QString note = m_note->text().trimmed();
    core::CollectionStatusService service(m_db, m_user);
    const bool done = m_errors->run([&] {
        if (m_mode == Mode::Set)
            service.set(m_familyId, m_code->code(), note);
        else
            service.clear(m_familyId, note);
    });
    if (done)
        QDialog::accept();
}

} // namespace paydesk::ui
