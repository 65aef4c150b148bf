#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class BillingGroupsPanel;
class CollectionCodesPage;
class MoneyEdit;
class SettingsForm;
class WebPayListPanel;

// Settings > Collections (CGM's collections set-up): the Collection Status Table
// (CollectionCodesPage), the Patient Collections Integration (the collections.* settings:
// delinquent days, minimum amount and the five status codes, saved by its own Save through
// SettingsForm), the billing groups with Suppress Collections, and the webPAY merchants and
// payment methods. The page scrolls where the window is too small for it. The integration's
// code lists follow the table as it changes.
class CollectionsSettingsPage : public QWidget
{
    Q_OBJECT

public:
    CollectionsSettingsPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    CollectionCodesPage *codes() const { return m_codes; }
    BillingGroupsPanel *billingGroups() const { return m_groups; }
    WebPayListPanel *merchants() const { return m_merchants; }
    WebPayListPanel *methods() const { return m_methods; }
    // What the integration's last save did; empty after a refusal, and once a field is edited again.
    QString status() const;

public Q_SLOTS:
    // Saves the integration; true when every changed field was stored.
    bool save();
    // Shows the stored integration, with the table's codes in its lists.
    void reload();

private:
    const core::Database &m_db;
    QString m_user;
    CollectionCodesPage *m_codes;
    QLineEdit *m_delinquentDays;
    MoneyEdit *m_minAmount;
    QList<std::pair<QString, QComboBox *>> m_codeFields; // key, field
    SettingsForm *m_form;
    BillingGroupsPanel *m_groups;
    WebPayListPanel *m_merchants;
    WebPayListPanel *m_methods;
};

} // namespace paydesk::ui
