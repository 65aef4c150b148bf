#include "settings/PracticePage.h"

#include "dialogs/DateEdit.h"
#include "ledger/LedgerCalendar.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsForm.h"
#include "settings/TimeZoneCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString nameKey = QStringLiteral("practice.name");
const QString addressKey = QStringLiteral("practice.address");
const QString phoneKey = QStringLiteral("practice.phone");
const QString timeZoneKey = QStringLiteral("practice.time_zone");
const QString lockDateKey = QStringLiteral("ledger.lock_date");
const QString idleKey = QStringLiteral("desk.idle_lock_minutes");
const QString nightlyKey = QStringLiteral("nightly.time");
const QString backupFolderKey = QStringLiteral("backup.folder");
const QString backupsKeptKey = QStringLiteral("backup.keep");

} // namespace

PracticePage::PracticePage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_timeZone(new TimeZoneCombo(this))
    , m_noLockDate(new QRadioButton(tr("No loc&k date: every date may be entered"), this))
    , m_lockDate(new QRadioButton(tr("&Closed up to and including:"), this))
    , m_lockDateEdit(new DateEdit(this))
    , m_idleMinutes(new QLineEdit(this))
    , m_backupFolder(new QLineEdit(this))
    , m_backupsKept(new QLineEdit(this))
    , m_form(new SettingsForm(db, user, tr("The practice settings are saved."), this))
{
    m_name->setObjectName(nameKey);
    m_address->setObjectName(addressKey);
    m_phone->setObjectName(phoneKey);
    m_timeZone->setObjectName(timeZoneKey);
    m_lockDateEdit->setObjectName(lockDateKey);
    m_idleMinutes->setObjectName(idleKey);
    m_backupFolder->setObjectName(backupFolderKey);
    m_backupsKept->setObjectName(backupsKeptKey);
    m_backupFolder->setPlaceholderText(tr("a backups folder beside the database"));
    m_noLockDate->setObjectName(QStringLiteral("noLockDate"));
    m_lockDate->setObjectName(QStringLiteral("lockDate"));

    // Tab moves on, as in every other field; Enter starts a new line of the address.
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4
                              + 2 * (m_address->frameWidth() + int(m_address->document()->documentMargin())));


    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto text = [](QLineEdit *edit) { return [edit] { return edit->text(); }; };
    m_form->addField(form, tr("Practice &name:"), nameKey, m_name, m_name, text(m_name));
    m_form->addField(form, tr("&Address:"), addressKey, m_address, m_address, [this] { return m_address->toPlainText(); });
    m_form->addField(form, tr("P&hone:"), phoneKey, m_phone, m_phone, text(m_phone));
    m_form->addField(form, tr("&Time zone:"), timeZoneKey, m_timeZone, m_timeZone, [this] { return m_timeZone->currentText(); },
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
    m_form->addField(form, tr("Lock date:"), lockDateKey, lockDate, m_lockDateEdit,
             [this] { return m_lockDate->isChecked() ? m_lockDateEdit->date().toString(Qt::ISODate) : QString(); },
             tr("Charges, adjustments and payments dated on or before the lock date can no longer be entered, "
                "voided or refunded, in the desk or from the command line. Set it once a period's books are "
                "closed, so that what was reported cannot change."));

    QWidget *idle = SettingsForm::numberBox(m_idleMinutes, tr("minutes without use (1 to 120)"), this);
    m_form->addField(form, tr("&Lock the desk after:"), idleKey, idle, m_idleMinutes, text(m_idleMinutes),
             tr("On a secured database the desk then asks for the password again; what was open stays open."));
    m_nightlyTime = m_form->addTimeField(
            form, tr("Ni&ghtly job at:"), nightlyKey,
            tr("HH:MM on a 24-hour clock, in the practice's time zone: when the nightly job starts the queued "
               "migrations of practice groups (Tools > Migrations)."));
    // No hint line: the page must still fit at 1024x600 without scrolling.
    m_backupFolder->setToolTip(tr("The daily run first backs up a SQLite database into this folder. Point it at "
                                  "another disk, so that a failed disk does not take the backups with the database."));
    m_form->addField(form, tr("&Backups in:"), backupFolderKey, m_backupFolder, m_backupFolder, text(m_backupFolder));
    QWidget *kept = SettingsForm::numberBox(m_backupsKept, tr("newest daily backups (1 to 3650)"), this);
    m_form->addField(form, tr("K&eep:"), backupsKeptKey, kept, m_backupsKept, text(m_backupsKept));

    // On a small screen, or in a language with longer hints, the fields scroll above Save
    // rather than squeeze their hints over each other.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_form);

    const auto recheck = [this](const QString &key) { return [this, key] { m_form->recheck(key); }; };
    connect(m_name, &QLineEdit::textEdited, this, recheck(nameKey));
    connect(m_address, &QPlainTextEdit::textChanged, this, recheck(addressKey));
    connect(m_phone, &QLineEdit::textEdited, this, recheck(phoneKey));
    connect(m_idleMinutes, &QLineEdit::textEdited, this, recheck(idleKey));
    connect(m_backupFolder, &QLineEdit::textEdited, this, recheck(backupFolderKey));
    connect(m_backupsKept, &QLineEdit::textEdited, this, recheck(backupsKeptKey));
    connect(m_timeZone, &QComboBox::currentTextChanged, this, recheck(timeZoneKey));
    m_lockDateEdit->enableWith(m_lockDate);
    connect(m_lockDate, &QRadioButton::toggled, this, recheck(lockDateKey));
    connect(m_lockDateEdit, &DateEdit::dateChanged, this, recheck(lockDateKey));
    connect(m_form, &SettingsForm::saved, this, &PracticePage::reload);
    reload();
    m_form->applyRole(fields);
}

QString PracticePage::status() const
{
    return m_form->status();
}

QWidget *PracticePage::firstField() const
{
    return m_name;
}

void PracticePage::reload()
{
    const core::PracticeSettings settings(m_db);
    const QString lockDate = settings.value(lockDateKey);
    m_name->setText(settings.value(nameKey));
    m_address->setPlainText(settings.value(addressKey));
    m_phone->setText(settings.value(phoneKey));
    m_idleMinutes->setText(settings.value(idleKey));
    m_nightlyTime->setText(settings.value(nightlyKey));
    m_backupFolder->setText(settings.value(backupFolderKey));
    m_backupsKept->setText(settings.value(backupsKeptKey));
    m_timeZone->setCurrentText(settings.value(timeZoneKey));
    // With no lock date the date offered is the end of last month, the usual close.
    const QDate today = core::LedgerCalendar(m_db).today();
    m_lockDateEdit->useReportRange(today);
    m_lockDateEdit->setDate(lockDate.isEmpty() ? today.addDays(-today.day()) : QDate::fromString(lockDate, Qt::ISODate));
    (lockDate.isEmpty() ? m_noLockDate : m_lockDate)->setChecked(true);
    m_form->takeStored();
}

bool PracticePage::save()
{
    return m_form->save();
}

} // namespace paydesk::ui
