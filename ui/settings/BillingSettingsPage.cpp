#include "settings/BillingSettingsPage.h"

#include "billing/BillingPolicy.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString intervalKey = QStringLiteral("statements.interval_days");
const QString maxKey = QStringLiteral("statements.max");
const QString defaultKey = QStringLiteral("billing.default");
const QString automatedKey = QStringLiteral("plans.automated");
const QString daysBetweenKey = QStringLiteral("plans.days_between_payments");
const QString suspendedKey = QStringLiteral("plans.suspended_days");

// billing.default's and plans.automated's values as PracticeSettings stores them.
const QString invoice = QStringLiteral("invoice");
const QString suspend = QStringLiteral("suspend");
const QString yes = QStringLiteral("true");
const QString no = QStringLiteral("false");

// A section's title, with a little room above it (none for the first).
QLabel *heading(const QString &text, QWidget *parent, bool first = false)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, first ? 0 : 6, 0, 0);
    return label;
}

} // namespace

BillingSettingsPage::BillingSettingsPage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_interval(new QLineEdit(this))
    , m_maxStatements(new QLineEdit(this))
    , m_invoice(new QRadioButton(tr("I&nvoice patients by default"), this))
    , m_suspend(new QRadioButton(tr("S&uspend patient billing by default"), this))
    , m_automated(new QCheckBox(tr("&Automated payment plans"), this))
    , m_daysBetweenPayments(new QLineEdit(this))
    , m_suspendedDays(new QLineEdit(this))
    , m_manualRule(SettingsForm::hintLabel(
              tr("Manual plans: a plan with no payment for more than %1 days is disabled, and the family stays in "
                 "\"Suspended - Payment plan disabled\" for %2 days before standard billing resumes.")
                      .arg(core::BillingPolicy::manualDaysBetweenPayments)
                      .arg(core::BillingPolicy::manualSuspendedDays),
              this))
    , m_form(new SettingsForm(db, user, tr("The patient billing settings are saved."), this))
{
    m_interval->setObjectName(intervalKey);
    m_maxStatements->setObjectName(maxKey);
    m_invoice->setObjectName(QStringLiteral("invoice"));
    m_suspend->setObjectName(QStringLiteral("suspend"));
    m_automated->setObjectName(automatedKey);
    m_daysBetweenPayments->setObjectName(daysBetweenKey);
    m_suspendedDays->setObjectName(suspendedKey);
    m_manualRule->setObjectName(QStringLiteral("manualRule"));
    // The rule keeps its room while automated plans hide it, so the page does not jump.
    QSizePolicy keepRoom = m_manualRule->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_manualRule->setSizePolicy(keepRoom);

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto text = [](QLineEdit *edit) { return [edit] { return edit->text(); }; };
    const QString days365 = tr("days (1 to 365)");

    form->addRow(heading(tr("Patient statements"), fields, true));
    m_form->addField(form, tr("Days between s&tatements:"), intervalKey,
                     SettingsForm::numberBox(m_interval, days365, fields), m_interval, text(m_interval));
    m_form->addField(form, tr("&Maximum statements:"), maxKey,
                     SettingsForm::numberBox(m_maxStatements, tr("(1 to 99)"), fields), m_maxStatements,
                     text(m_maxStatements),
                     tr("After the last one the family goes to \"Suspended - Final statement sent\"; a family on a "
                        "payment plan keeps receiving statements."));

    form->addRow(heading(tr("Patient billing"), fields));
    auto *choices = new QWidget(fields);
    auto *choiceLayout = new QVBoxLayout(choices);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->setSpacing(2);
    choiceLayout->addWidget(m_invoice);
    choiceLayout->addWidget(m_suspend);
    auto *group = new QButtonGroup(this);
    group->addButton(m_invoice);
    group->addButton(m_suspend);
    m_form->addField(form, tr("A new balance:"), defaultKey, choices, m_invoice,
                     [this] { return m_suspend->isChecked() ? suspend : invoice; },
                     tr("Invoiced: queued for statements. Suspended: \"Suspended - Pending write-off\" until a "
                        "billing manager queues it."));

    form->addRow(heading(tr("Automated payment plan"), fields));
    m_form->addField(form, QString(), automatedKey, m_automated, m_automated,
                     [this] { return m_automated->isChecked() ? yes : no; });
    m_form->addField(form, tr("Days &between payments:"), daysBetweenKey,
                     SettingsForm::numberBox(m_daysBetweenPayments, days365, fields), m_daysBetweenPayments,
                     text(m_daysBetweenPayments), tr("A plan with no payment for more days than this is disabled."));
    m_form->addField(form, tr("Suspended &for:"), suspendedKey,
                     SettingsForm::numberBox(m_suspendedDays, days365, fields), m_suspendedDays,
                     text(m_suspendedDays),
                     tr("Days in \"Suspended - Payment plan disabled\" before standard billing resumes."));
    form->addRow(m_manualRule);
    // PayDesk's departure from the reference system, which restarts the clock at each statement.
    form->addRow(SettingsForm::hintLabel(
            tr("Only a payment restarts a plan's clock, never a statement: unlike billing systems that count from "
               "the last statement, PayDesk does not let a statement interval keep a patient who stopped paying on "
               "a plan forever."),
            fields));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_form);
    layout->addStretch();

    const auto recheck = [this](const QString &key) { return [this, key] { m_form->recheck(key); }; };
    connect(m_interval, &QLineEdit::textEdited, this, recheck(intervalKey));
    connect(m_maxStatements, &QLineEdit::textEdited, this, recheck(maxKey));
    connect(m_invoice, &QRadioButton::toggled, this, recheck(defaultKey));
    connect(m_daysBetweenPayments, &QLineEdit::textEdited, this, recheck(daysBetweenKey));
    connect(m_suspendedDays, &QLineEdit::textEdited, this, recheck(suspendedKey));
    connect(m_automated, &QCheckBox::toggled, this, [this](bool automated) {
        showAutomated(automated);
        m_form->recheck(automatedKey);
    });
    connect(m_form, &SettingsForm::saved, this, &BillingSettingsPage::reload);
    reload();
    m_form->applyRole(fields);
}

QString BillingSettingsPage::status() const
{
    return m_form->status();
}

QWidget *BillingSettingsPage::firstField() const
{
    return m_interval;
}

bool BillingSettingsPage::save()
{
    return m_form->save();
}

void BillingSettingsPage::reload()
{
    const core::PracticeSettings settings(m_db);
    m_interval->setText(settings.value(intervalKey));
    m_maxStatements->setText(settings.value(maxKey));
    (settings.value(defaultKey) == suspend ? m_suspend : m_invoice)->setChecked(true);
    m_automated->setChecked(settings.value(automatedKey) == yes);
    m_daysBetweenPayments->setText(settings.value(daysBetweenKey));
    m_suspendedDays->setText(settings.value(suspendedKey));
    showAutomated(m_automated->isChecked());
    m_form->takeStored();
}

void BillingSettingsPage::showAutomated(bool automated)
{
    if (!automated) {
        const core::PracticeSettings settings(m_db);
        m_daysBetweenPayments->setText(settings.value(daysBetweenKey));
        m_suspendedDays->setText(settings.value(suspendedKey));
        m_form->recheck(daysBetweenKey);
        m_form->recheck(suspendedKey);
    }
    m_daysBetweenPayments->setEnabled(automated);
    m_suspendedDays->setEnabled(automated);
    m_manualRule->setVisible(!automated);
}

} // namespace paydesk::ui
