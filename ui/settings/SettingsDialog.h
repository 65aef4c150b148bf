#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class AdjustmentTypesPage;
class BillingSettingsPage;
class CollectionsSettingsPage;
class OnlineServicesPage;
class PracticePage;
class ProcedureCodesPage;

// Tools > Settings: the practice's settings, its tables, patient billing, collections and online patient
// services, a page each. Every page saves on its own (its Save button, Alt+S); no button is a
// default one, so Enter saves nothing.
// Close or Escape leaves what is unsaved. The cursor starts in the practice's name; Ctrl+Tab
// goes from page to page.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    PracticePage *practicePage() const { return m_practice; }
    AdjustmentTypesPage *adjustmentTypesPage() const { return m_adjustmentTypes; }
    ProcedureCodesPage *procedureCodesPage() const { return m_procedureCodes; }
    BillingSettingsPage *billingPage() const { return m_billing; }
    CollectionsSettingsPage *collectionsPage() const { return m_collections; }
    OnlineServicesPage *onlineServicesPage() const { return m_onlineServices; }

private:
    QTabWidget *m_tabs;
    PracticePage *m_practice;
    AdjustmentTypesPage *m_adjustmentTypes;
    ProcedureCodesPage *m_procedureCodes;
    BillingSettingsPage *m_billing;
    CollectionsSettingsPage *m_collections;
    OnlineServicesPage *m_onlineServices;
};

} // namespace paydesk::ui
