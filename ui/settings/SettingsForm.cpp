#include "settings/SettingsForm.h"

#include "collections/CollectionCode.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "settings/PracticeSettings.h"
#include "users/Role.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

SettingsForm::SettingsForm(const core::Database &db, const QString &user, const QString &savedText, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_savedText(savedText)
    , m_errors(new ErrorLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    connect(m_save, &QPushButton::clicked, this, &SettingsForm::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

QLabel *SettingsForm::hintLabel(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

QWidget *SettingsForm::numberBox(QLineEdit *edit, const QString &unit, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
    row->addWidget(edit);
    row->addWidget(new QLabel(unit, box));
    row->addStretch();
    return box;
}

void SettingsForm::addField(QFormLayout *form, const QString &label, const QString &key, QWidget *box,
                            QWidget *editor, std::function<QString()> value, const QString &hint)
{
    QWidget *page = form->parentWidget();
    auto *cell = new QWidget(page);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(box);
    if (!hint.isEmpty())
        layout->addWidget(hintLabel(hint, cell));
    auto *error = new ErrorLabel(cell);
    error->setObjectName(key + QStringLiteral(".error"));
    layout->addWidget(error);
    // A check box says what it is itself: its row has no caption.
    QLabel *caption = label.isEmpty() ? nullptr : new QLabel(label, page);
    if (caption)
        caption->setBuddy(editor);
    form->addRow(caption, cell);
    m_fields.append({key, editor, std::move(value), error});
}

MoneyEdit *SettingsForm::addMoneyField(QFormLayout *form, const QString &label, const QString &key,
                                       const QString &hint)
{
    auto *edit = new MoneyEdit(form->parentWidget());
    edit->setObjectName(key);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("$000,000.00")) + 16);
    addField(form, label, key, edit, edit, [edit] {
        const core::MoneyParseResult amount = edit->money();
        return amount ? amount.value().toString() : edit->text();
    }, hint);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { recheck(key); });
    return edit;
}

QLineEdit *SettingsForm::addTimeField(QFormLayout *form, const QString &label, const QString &key,
                                      const QString &hint)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(key);
    edit->setPlaceholderText(tr("HH:MM"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00:00 HH:MM")) + 16);
    addField(form, label, key, edit, edit, [edit] { return edit->text(); }, hint);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { recheck(key); });
    return edit;
}

QComboBox *SettingsForm::addCodeField(QFormLayout *form, const QString &label, const QString &key,
                                      const QString &hint)
{
    auto *combo = new QComboBox(form->parentWidget());
    combo->setObjectName(key);
    addField(form, label, key, combo, combo, [combo] { return combo->currentData().toString(); }, hint);
    // Only the clerk's choice: showCodes() choosing the stored code keeps what Save said.
    connect(combo, &QComboBox::activated, this, [this, key] { recheck(key); });
    return combo;
}

void SettingsForm::showCodes(QComboBox *combo, const QList<core::CollectionCode> &codes, const QString &stored)
{
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const core::CollectionCode &code : codes)
        combo->addItem(QStringLiteral("%1 – %2").arg(code.code, code.description), code.code);
    combo->setCurrentIndex(std::max(0, combo->findData(stored)));
}

QString SettingsForm::status() const
{
    return m_status->text();
}

void SettingsForm::setSaveText(const QString &text)
{
    m_save->setText(text);
}

void SettingsForm::takeStored()
{
    m_errors->clearMessages();
    m_stored.clear();
    for (const Field &field : std::as_const(m_fields)) {
        field.error->clearMessages();
        m_stored.insert(field.key, field.value());
    }
}

void SettingsForm::applyRole(QWidget *fields)
{
    // Every key of a page needs the same action: the practice's own, or the billing manager's.
    Q_ASSERT(!m_fields.isEmpty());
    const core::Permissions::Action needed = core::PracticeSettings::actionFor(m_fields.first().key);
    m_readOnly = !core::Permissions::allows(m_db, m_user, needed);
    fields->setEnabled(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    if (m_readOnly)
        m_status->setText(tr("Shown read-only: changing these settings needs the %1 role.")
                                  .arg(core::roleName(core::Permissions::minimumRole(needed))));
}

bool SettingsForm::check(const Field &field)
{
    const QString problem = core::PracticeSettings(m_db).problem(field.key, field.value());
    field.error->showMessages(problem.isEmpty() ? QStringList() : QStringList{problem});
    return problem.isEmpty();
}

void SettingsForm::recheck(const QString &key)
{
    if (m_readOnly)
        return;
    m_status->clear();
    for (const Field &field : std::as_const(m_fields)) {
        if (field.key == key && !field.error->isHidden())
            check(field);
    }
}

bool SettingsForm::save()
{
    m_status->clear();
    QList<std::pair<QString, QString>> changes;
    QWidget *firstRefused = nullptr;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.value() == m_stored.value(field.key))
            continue;
        if (!check(field) && !firstRefused)
            firstRefused = field.editor;
        changes.append({field.key, field.value()});
    }
    if (firstRefused) {
        firstRefused->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (changes.isEmpty()) {
        m_status->setText(tr("Nothing has changed."));
        return true;
    }
    if (!m_errors->run([&] { core::PracticeSettings(m_db).set(m_user, changes); }))
        return false;
    Q_EMIT saved();
    m_status->setText(m_savedText);
    return true;
}

} // namespace paydesk::ui
