#include "settings/OnlineServicesPage.h"

#include "FileDialogs.h"
#include "portal/PayNowLink.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsForm.h"
#include "settings/TimeZoneCombo.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString clearinghouseKey = QStringLiteral("portal.clearinghouse");
const QString aliasKey = QStringLiteral("portal.instamed_alias");
const QString folderKey = QStringLiteral("portal.report_folder");
const QString timeZoneKey = QStringLiteral("portal.time_zone");

// The clearinghouses' names as patients and clerks know them; the stored value is the key's
// choice ("" none, "instamed"), so a choice added to the spec shows here with its code.
QString clearinghouseName(const QString &choice)
{
    if (choice.isEmpty())
        return OnlineServicesPage::tr("(none: no Pay Now link)");
    if (choice == u"instamed")
        return QStringLiteral("InstaMed");
    return choice;
}

} // namespace

OnlineServicesPage::OnlineServicesPage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clearinghouse(new QComboBox(this))
    , m_alias(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_timeZone(new TimeZoneCombo(this))
    , m_link(new QLabel(this))
    , m_form(new SettingsForm(db, user, tr("The online patient services are saved."), this))
{
    m_clearinghouse->setObjectName(clearinghouseKey);
    m_alias->setObjectName(aliasKey);
    m_folder->setObjectName(folderKey);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAutoDefault(false);
    m_timeZone->setObjectName(timeZoneKey);
    m_link->setObjectName(QStringLiteral("payNowLink"));
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString &choice : core::PracticeSettings::find(clearinghouseKey)->choices())
        m_clearinghouse->addItem(clearinghouseName(choice), choice);
    m_alias->setPlaceholderText(tr("e.g. lakeside.dental"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(QStringLiteral("/srv/instamed/reports")));

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addField(
            form,
            tr("&Clearinghouse:"),
            clearinghouseKey,
            m_clearinghouse,
            m_clearinghouse,
            [this] { return m_clearinghouse->currentData().toString(); },
            tr("Patients pay their balance on the clearinghouse's guest-pay page; PayDesk shows no Pay Now "
               "link until one is chosen."));
    m_form->addField(
            form,
            tr("InstaMed &alias:"),
            aliasKey,
            m_alias,
            m_alias,
            [this] { return m_alias->text(); },
            tr("The practice's guest-pay alias from InstaMed (3 to 60 letters, digits, '.', '-' or '_'). "
               "Patients type their account number on that page."));
    auto *folderBox = new QWidget(fields);
    auto *folderRow = new QHBoxLayout(folderBox);
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_form->addField(
            form,
            tr("Report &folder:"),
            folderKey,
            folderBox,
            m_folder,
            [this] { return m_folder->text(); },
            tr("Where the clearinghouse's payment report files arrive; Fetch and Process Reports and the "
               "daily run read it."));
    m_form->addField(
            form,
            tr("Report &time zone:"),
            timeZoneKey,
            m_timeZone,
            m_timeZone,
            [this] { return m_timeZone->currentText(); },
            tr("InstaMed's report times carry no zone: they are read in this one (the practice's until "
               "it is set)."));
    auto *linkCaption = new QLabel(tr("Pay Now address:"), fields);
    form->addRow(linkCaption, m_link);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_form);
    layout->addStretch();

    const auto recheck = [this](const QString &key) { return [this, key] { m_form->recheck(key); }; };
    connect(m_clearinghouse, &QComboBox::activated, this, recheck(clearinghouseKey));
    connect(m_alias, &QLineEdit::textEdited, this, recheck(aliasKey));
    connect(m_folder, &QLineEdit::textEdited, this, recheck(folderKey));
    connect(m_timeZone, &QComboBox::currentTextChanged, this, recheck(timeZoneKey));
    connect(m_browse, &QPushButton::clicked, this, &OnlineServicesPage::browse);
    connect(m_form, &SettingsForm::saved, this, &OnlineServicesPage::reload);
    reload();
    m_form->applyRole(fields);
}

QString OnlineServicesPage::status() const
{
    return m_form->status();
}

QString OnlineServicesPage::linkText() const
{
    return m_link->text();
}

QWidget *OnlineServicesPage::firstField() const
{
    return m_clearinghouse;
}

bool OnlineServicesPage::save()
{
    return m_form->save();
}

void OnlineServicesPage::reload()
{
    const core::PracticeSettings settings(m_db);
    m_clearinghouse->setCurrentIndex(std::max(0, m_clearinghouse->findData(settings.value(clearinghouseKey))));
    m_alias->setText(settings.value(aliasKey));
    m_folder->setText(settings.value(folderKey));
    m_timeZone->setCurrentText(settings.value(timeZoneKey));
    // What is stored, not what is typed: the address patients are sent to is the saved one.
    const core::PayNowLink link = core::PayNowLink::read(m_db);
    m_link->setText(link.isAvailable() ? link.url() : link.missing().join(u'\n'));
    m_link->setForegroundRole(link.isAvailable() ? QPalette::WindowText : QPalette::PlaceholderText);
    m_form->takeStored();
}

void OnlineServicesPage::browse()
{
    const QString chosen = FileDialogs::folder(this, tr("Report folder"), m_folder->text());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    m_form->recheck(folderKey);
    m_folder->setFocus(Qt::OtherFocusReason);
}

} // namespace paydesk::ui
