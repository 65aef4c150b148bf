#include "settings/CollectionsSettingsPage.h"

#include "collections/CollectionCodeTable.h"
#include "dialogs/MoneyEdit.h"
#include "settings/BillingGroupsPanel.h"
#include "settings/CollectionCodesPage.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsForm.h"
#include "settings/WebPayListPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString delinquentDaysKey = QStringLiteral("collections.delinquent_days");
const QString minAmountKey = QStringLiteral("collections.min_amount");

} // namespace

CollectionsSettingsPage::CollectionsSettingsPage(const core::Database &db, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
{
    auto *content = new QWidget;
    m_codes = new CollectionCodesPage(db, user, content);
    m_groups = new BillingGroupsPanel(db, user, content);
    m_merchants = new WebPayListPanel(db, user, core::WebPayLists::List::Merchants, content);
    m_methods = new WebPayListPanel(db, user, core::WebPayLists::List::Methods, content);

    auto *integration = new QGroupBox(tr("Patient Collections Integration"), content);
    auto *fields = new QWidget(integration);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form = new SettingsForm(db, user, tr("The collections integration is saved."), integration);
    // The status table above has its own Save (Alt+S).
    m_form->setSaveText(tr("Sa&ve integration"));
    m_delinquentDays = new QLineEdit(fields);
    m_delinquentDays->setObjectName(delinquentDaysKey);
    m_form->addField(form,
                     tr("Delin&quent after:"),
                     delinquentDaysKey,
                     SettingsForm::numberBox(m_delinquentDays, tr("days (1 to 999)"), fields),
                     m_delinquentDays,
                     [this] { return m_delinquentDays->text(); });
    connect(m_delinquentDays, &QLineEdit::textEdited, this, [this] { m_form->recheck(delinquentDaysKey); });
    m_minAmount = m_form->addMoneyField(form,
                                        tr("Minimum &amount:"),
                                        minAmountKey,
                                        tr("A balance is delinquent when at least this much of it is older than "
                                           "the days above."));
    const std::pair<QString, QString> codeKeys[] = {
            {QStringLiteral("collections.initial_status"), tr("Initial coll&ection status:")},
            {QStringLiteral("collections.plan_code"), tr("Collection Pa&yment Plan:")},
            {QStringLiteral("collections.plan_failed_code"), tr("Collection Payment Plan &Failed:")},
            {QStringLiteral("collections.nd_plan_code"), tr("&Non-Delinquent Payment Plan:")},
            {QStringLiteral("collections.nd_plan_failed_code"), tr("Non-De&linquent Pmt Plan Failed:")},
    };
    for (const auto &[key, label] : codeKeys) {
        const QString hint = key == u"collections.initial_status"
                                     ? tr("Until it is set, collections are off and the daily run skips them.")
                                     : QString();
        m_codeFields.append({key, m_form->addCodeField(form, label, key, hint)});
    }
    auto *integrationLayout = new QVBoxLayout(integration);
    integrationLayout->addWidget(fields);
    integrationLayout->addWidget(m_form);

    // One column: at 1024x600 two side by side would scroll sideways.
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_groups, 2);
    lists->addWidget(m_merchants, 1);
    lists->addWidget(m_methods, 1);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_codes);
    column->addWidget(integration);
    column->addLayout(lists);
    // Room for the table's rows above its form, in a window of any height.
    m_codes->setMinimumHeight(m_codes->sizeHint().height() + 6 * m_codes->fontMetrics().height());

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_form, &SettingsForm::saved, this, &CollectionsSettingsPage::reload);
    // A code added or deleted is one to choose, or one no longer there.
    connect(m_codes, &CollectionCodesPage::tableChanged, this, [this] {
        const QList<core::CollectionCode> codes = core::CollectionCodeTable(m_db, m_user).list();
        for (const auto &[key, combo] : std::as_const(m_codeFields))
            SettingsForm::showCodes(combo, codes, combo->currentData().toString());
    });
    reload();
    m_form->applyRole(fields);
}

QString CollectionsSettingsPage::status() const
{
    return m_form->status();
}

bool CollectionsSettingsPage::save()
{
    return m_form->save();
}

void CollectionsSettingsPage::reload()
{
    const core::PracticeSettings settings(m_db);
    m_delinquentDays->setText(settings.value(delinquentDaysKey));
    m_minAmount->setMoney(settings.money(minAmountKey));
    const QList<core::CollectionCode> codes = core::CollectionCodeTable(m_db, m_user).list();
    for (const auto &[key, combo] : std::as_const(m_codeFields))
        SettingsForm::showCodes(combo, codes, settings.value(key));
    m_form->takeStored();
}

} // namespace paydesk::ui
