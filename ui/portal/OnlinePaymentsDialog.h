#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class BalanceDuePage;
class ErrorLabel;
class PortalExceptionsPage;
class PortalFilesPage;

// Billing > Online payments: patients' online payments through the clearinghouse. The
// balance-due list with the Pay Now address and its QR code (BalanceDuePage), the exceptions
// queue (PortalExceptionsPage) and the report files processed (PortalFilesPage), a tab each.
// Fetch and Process Reports reads the report folder with a progress window that can stop
// between files; its summary shows here and goes to the desk's status bar (notified()).
// Open account (or Enter on a family) closes it and opens that family on the desk.
class OnlinePaymentsDialog : public QDialog
{
    Q_OBJECT

public:
    OnlinePaymentsDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    BalanceDuePage *balanceDuePage() const { return m_balanceDue; }
    PortalExceptionsPage *exceptionsPage() const { return m_exceptions; }
    PortalFilesPage *filesPage() const { return m_files; }
    QPushButton *fetchButton() const { return m_fetch; }
    // What the last fetch said (FetchSummary::line()), or its refusal.
    QString fetchStatus() const;
    // The family Open account chose, 0 for none.
    qint64 chosenFamilyId() const { return m_chosen; }
    // A fetch or a match posted: the account on the desk is read again.
    bool changed() const { return m_changed; }

public Q_SLOTS:
    // Fetch and Process Reports on portal.report_folder; false when refused.
    bool fetch();

Q_SIGNALS:
    // For the desk's notification area: a fetch's summary, a match or a dismissal.
    void notified(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Every page read again, and the exceptions' tab titled with how many are open.
    void load();

    const core::Database &m_db;
    QString m_user;
    qint64 m_chosen = 0;
    bool m_changed = false;
    QTabWidget *m_tabs;
    BalanceDuePage *m_balanceDue;
    PortalExceptionsPage *m_exceptions;
    PortalFilesPage *m_files;
    QLabel *m_status;
    ErrorLabel *m_errors;
    QPushButton *m_fetch;
};

} // namespace paydesk::ui
