#include "settings/PracticePage.h"

#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/LedgerCalendar.h"
#include "settings/PracticeSettings.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString nameKey = QStringLiteral("practice.name");
const QString addressKey = QStringLiteral("practice.address");
const QString phoneKey = QStringLiteral("practice.phone");
const QString timeZoneKey = QStringLiteral("practice.time_zone");
const QString lockDateKey = QStringLiteral("ledger.lock_date");
const QString idleKey = QStringLiteral("desk.idle_lock_minutes");

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

} // namespace

PracticePage::PracticePage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_noLockDate(new QRadioButton(tr("No loc&k date: every date may be entered"), this))
    , m_lockDate(new QRadioButton(tr("&Closed up to and including:"), this))
    , m_lockDateEdit(new DateEdit(this))
    , m_idleMinutes(new QLineEdit(this))
    , m_errors(new ErrorLabel(this))
    , m_status(new QLabel(this))
{
    m_name->setObjectName(nameKey);
    m_address->setObjectName(addressKey);
    m_phone->setObjectName(phoneKey);
    m_timeZone->setObjectName(timeZoneKey);
    m_lockDateEdit->setObjectName(lockDateKey);
    m_idleMinutes->setObjectName(idleKey);
    m_noLockDate->setObjectName(QStringLiteral("noLockDate"));
    m_lockDate->setObjectName(QStringLiteral("lockDate"));
    m_status->setObjectName(QStringLiteral("status"));

    // Tab moves on, as in every other field; Enter starts a new line of the address.
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4
                              + 2 * (m_address->frameWidth() + int(m_address->document()->documentMargin())));

    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(28); // America/Argentina/Buenos_Aires
    m_timeZone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // "madrid" offers Europe/Madrid: clerks know the city, not the region.
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto text = [](QLineEdit *edit) { return [edit] { return edit->text(); }; };
    addField(form, tr("Practice &name:"), nameKey, m_name, m_name, text(m_name));
    addField(form, tr("&Address:"), addressKey, m_address, m_address, [this] { return m_address->toPlainText(); });
    addField(form, tr("P&hone:"), phoneKey, m_phone, m_phone, text(m_phone));
    addField(form, tr("&Time zone:"), timeZoneKey, m_timeZone, m_timeZone, [this] { return m_timeZone->currentText(); },
             tr("Decides what \"today\" is for every date PayDesk assigns or checks, such as a void's date or "
                "\"not after today\"."));
    auto *lockDate = new QWidget(this);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_lockDate);
    dateRow->addWidget(m_lockDateEdit);
    dateRow->addStretch();
    auto *lockLayout = new QVBoxLayout(lockDate);
    lockLayout->setContentsMargins(0, 0, 0, 0);
    lockLayout->addWidget(m_noLockDate);
    lockLayout->addLayout(dateRow);
    addField(form, tr("Lock date:"), lockDateKey, lockDate, m_lockDateEdit,
             [this] { return m_lockDate->isChecked() ? m_lockDateEdit->date().toString(Qt::ISODate) : QString(); },
             tr("Charges, adjustments and payments dated on or before the lock date can no longer be entered, "
                "voided or refunded, in the desk or from the command line. Set it once a period's books are "
                "closed, so that what was reported cannot change."));

    auto *idle = new QWidget(this);
    auto *idleRow = new QHBoxLayout(idle);
    idleRow->setContentsMargins(0, 0, 0, 0);
    m_idleMinutes->setMaximumWidth(m_idleMinutes->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addWidget(new QLabel(tr("minutes without use (1 to 120)"), idle));
    idleRow->addStretch();
    addField(form, tr("&Lock the desk after:"), idleKey, idle, m_idleMinutes, text(m_idleMinutes),
             tr("On a secured database the desk then asks for the password again; what was open stays open."));

    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, &PracticePage::save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, [this] { recheck(nameKey); });
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] { recheck(addressKey); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { recheck(phoneKey); });
    connect(m_idleMinutes, &QLineEdit::textEdited, this, [this] { recheck(idleKey); });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] { recheck(timeZoneKey); });
    m_lockDateEdit->enableWith(m_lockDate);
    connect(m_lockDate, &QRadioButton::toggled, this, [this] { recheck(lockDateKey); });
    connect(m_lockDateEdit, &DateEdit::dateChanged, this, [this] { recheck(lockDateKey); });
    reload();
}

void PracticePage::addField(QFormLayout *form, const QString &label, const QString &key, QWidget *box,
                            QWidget *editor, std::function<QString()> value, const QString &hint)
{
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(box);
    if (!hint.isEmpty())
        layout->addWidget(hintLabel(hint, cell));
    auto *error = new ErrorLabel(cell);
    error->setObjectName(key + QStringLiteral(".error"));
    layout->addWidget(error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    form->addRow(caption, cell);
    m_fields.append({key, editor, std::move(value), error});
}

QString PracticePage::status() const
{
    return m_status->text();
}

QWidget *PracticePage::firstField() const
{
    return m_name;
}

void PracticePage::reload()
{
    m_errors->clearMessages();
    for (const Field &field : std::as_const(m_fields))
        field.error->clearMessages();
    const core::PracticeSettings settings(m_db);
    const QString lockDate = settings.value(lockDateKey);
    m_name->setText(settings.value(nameKey));
    m_address->setPlainText(settings.value(addressKey));
    m_phone->setText(settings.value(phoneKey));
    m_idleMinutes->setText(settings.value(idleKey));
    m_timeZone->setCurrentText(settings.value(timeZoneKey));
    // With no lock date the date offered is the end of last month, the usual close.
    const QDate today = core::LedgerCalendar(m_db).today();
    m_lockDateEdit->useReportRange(today);
    m_lockDateEdit->setDate(lockDate.isEmpty() ? today.addDays(-today.day()) : QDate::fromString(lockDate, Qt::ISODate));
    (lockDate.isEmpty() ? m_noLockDate : m_lockDate)->setChecked(true);
    m_stored.clear();
    for (const Field &field : std::as_const(m_fields))
        m_stored.insert(field.key, field.value());
}

bool PracticePage::check(const Field &field)
{
    const QString problem = core::PracticeSettings(m_db).problem(field.key, field.value());
    field.error->showMessages(problem.isEmpty() ? QStringList() : QStringList{problem});
    return problem.isEmpty();
}

void PracticePage::recheck(const QString &key)
{
    m_status->clear();
    for (const Field &field : std::as_const(m_fields)) {
        if (field.key == key && field.error->isVisibleTo(this))
            check(field);
    }
}

bool PracticePage::save()
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
    reload();
    m_status->setText(tr("The practice settings are saved."));
    return true;
}

} // namespace paydesk::ui
