#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class SettingsForm;

// Settings > Patient billing: the statement cycle (statements.interval_days, statements.max),
// what a new balance gets (billing.default) and how payment plans are watched
// (plans.automated, plans.days_between_payments, plans.suspended_days). The plans' days are
// editable only while plans are automated; manual plans are held to the fixed rule the page
// states (core::BillingPolicy). Saving, messages and the role are SettingsForm's: a billing
// manager changes these, anyone else sees them read-only.
class BillingSettingsPage : public QWidget
{
    Q_OBJECT

public:
    BillingSettingsPage(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    // What the last save did; empty after a refusal, and once a field is edited again.
    QString status() const;
    QWidget *firstField() const;

public Q_SLOTS:
    // True when every changed field was stored.
    bool save();
    // Shows the stored settings.
    void reload();

private:
    // The plans' days follow the check box: editable while automated; unchecking it puts back
    // what is stored, so a day count typed for automated plans is not stored for manual ones.
    void showAutomated(bool automated);

    const core::Database &m_db;
    QLineEdit *m_interval;
    QLineEdit *m_maxStatements;
    QRadioButton *m_invoice;
    QRadioButton *m_suspend;
    QCheckBox *m_automated;
    QLineEdit *m_daysBetweenPayments;
    QLineEdit *m_suspendedDays;
    QLabel *m_manualRule;
    SettingsForm *m_form;
};

} // namespace paydesk::ui
