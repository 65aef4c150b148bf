#pragma once

#include <QDate>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Billing > Dashboard: what core::BillingDashboard reports as of the practice's today, drawn
// with Qt Charts: families per billing status (the exact status strings), plans disabled on
// each of the last 30 days, and plan payments received in each of the last 12 months. It
// only draws: every figure is the core's, amounts labelled as Money formats them.
class DashboardDialog : public QDialog
{
    Q_OBJECT

public:
    DashboardDialog(const core::Database &db, QWidget *parent = nullptr);

    QChartView *statusChart() const { return m_statuses; }
    QChartView *disabledChart() const { return m_disabled; }
    QChartView *paymentsChart() const { return m_payments; }

private:
    void drawStatuses(const core::Database &db);
    void drawDisabled(const core::Database &db, const QDate &today);
    void drawPayments(const core::Database &db, const QDate &today);

    QChartView *m_statuses;
    QChartView *m_disabled;
    QChartView *m_payments;
};

} // namespace paydesk::ui
