#pragma once

#include "ledger/FamilyRegistry.h"

#include <QObject>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// Runs the desk's dialogs for the main window. Each dialog calls its core service itself
// and explains a refusal inline; a command returns what was written (an id, 0 when the
// clerk cancelled), so the caller knows to read the account again and what to show.
class DeskCommands : public QObject
{
    Q_OBJECT

public:
    explicit DeskCommands(QWidget *window);

    void setSession(const core::Database *db, const QString &user);

    core::NewPatient newPatient(qint64 familyId); // familyId 0: a new family
    qint64 enterCharge(qint64 familyId, qint64 patientId);
    qint64 adjustment(qint64 familyId, qint64 patientId, qint64 chargeId);
    qint64 postPayment(qint64 familyId, qint64 patientId);
    bool voidPayment(qint64 paymentId);
    // The void written (an adjustment's id), 0 when the clerk cancelled or it was refused.
    qint64 voidCharge(qint64 chargeId);
    qint64 voidAdjustment(qint64 adjustmentId);
    bool refundPayment(qint64 paymentId);
    void printReceipt(qint64 paymentId);
    void depositReport();
    // Tools > Family Balancer, offering `familyId` (0: none) as the scope.
    void familyBalancer(qint64 familyId);
    // The family the clerk chose to open from the report, 0 for none.
    qint64 netUnearnedReport();
    // Tools > Settings: the practice's settings, adjustment types and procedure codes.
    void settings();
    // Reports > Aging, as of today; the family the clerk chose to open, 0 for none.
    qint64 agingReport();
    // Billing > Patient Billing: the billing lists and each account's review; ledgerChanged()
    // when a review changed a plan, so the open account shows it.
    void patientBilling();
    // Billing > Run daily billing: up to a date, with progress; ledgerChanged once a day was
    // processed, since the statuses and plans the account shows may have changed.
    void runDailyBilling();
    // Billing > Print statement: the family's latest statement, or its current account.
    void printStatement(qint64 familyId);
    // Billing > Print the day's statements: asks which day (the last run's at first), then
    // prints every statement sent that day.
    void printDayStatements();
    // Billing > Dashboard.
    void dashboard();
    // Billing > Collections: the roster by status code, each account's status, plan and
    // history; ledgerChanged() when a status or plan was changed. The family the clerk
    // chose to open, 0 for none.
    qint64 collections();
    // Billing > Online payments: the balance-due list with the Pay Now address and its QR
    // code, Fetch and Process Reports, the exceptions queue and the files processed;
    // notice() with each fetch's summary, ledgerChanged() once something posted. The family
    // the clerk chose to open, 0 for none. `fetchFirst`: Billing > Fetch and Process Reports,
    // the page opening with the fetch under way.
    qint64 onlinePayments(bool fetchFirst = false);
    // Tools > Practice Groups: the groups, Add Group… and Migrate…; ledgerChanged() when a
    // group was added or queued, so the account shows its group as it now is.
    void practiceGroups();
    // Tools > Migrations: the quick view and each migration's log.
    void migrations();

    // Runs `work`, showing what escapes it (a refusal, a database failure, amounts beyond
    // Money's range: a dialog reads the account as it opens) in a message box over `window`,
    // as ErrorLabel::explainCurrentException() says it.
    static void run(QWidget *window, const QString &title, const std::function<void()> &work);

Q_SIGNALS:
    // A dialog wrote rows that may touch any family (the balancer): read the account again.
    void ledgerChanged();
    // postPayment() posted this payment; emitted before the receipt is offered, so that the
    // account behind the offer already shows it.
    void paymentPosted(qint64 paymentId);
    // For the desk's notification area (the status bar): what a batch did, such as Fetch and
    // Process Reports' summary.
    void notice(const QString &message);

private:
    void run(const QString &title, const std::function<void()> &work) { run(m_window, title, work); }

    QWidget *m_window;
    const core::Database *m_db = nullptr;
    QString m_user;
};

} // namespace paydesk::ui
