#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class BalanceDuePage;

// Billing > Online payments: patients' online payments through the clearinghouse. The
// balance-due list with the Pay Now address and its QR code (BalanceDuePage). Open account
// (or Enter on a family) closes it and opens that family on the desk.
class OnlinePaymentsDialog : public QDialog
{
    Q_OBJECT

public:
    OnlinePaymentsDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    BalanceDuePage *balanceDuePage() const { return m_balanceDue; }
    // The family Open account chose, 0 for none.
    qint64 chosenFamilyId() const { return m_chosen; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 m_chosen = 0;
    QTabWidget *m_tabs;
    BalanceDuePage *m_balanceDue;
};

} // namespace paydesk::ui
