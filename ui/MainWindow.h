#pragma once

#include "AccountView.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
struct Patient;
}

namespace paydesk::ui {

class BackupActions;
class DeskCommands;
class DeskSession;
class ListTableView;
class PatientSearchPanel;
class RecentDatabases;

// The posting desk: patient search on the left, the family's account on the right, and
// every posting a menu item and a shortcut away. The window owns the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<core::Database> db, QString user, QWidget *parent = nullptr);
    ~MainWindow() override;

    PatientSearchPanel *searchPanel() const { return m_search; }
    AccountView *accountView() const { return m_account; }
    const core::Database &database() const { return *m_db; }
    const QString &user() const { return m_user; }
    DeskSession *session() const { return m_session; }

    // Opens a family's account as Enter on a search result does.
    void openPatient(const core::Patient &patient);

private:
    struct Actions;

    void createActions();
    void createMenus();
    void setDatabase(std::unique_ptr<core::Database> db);
    void updateActions();
    // What the role may do (DeskSession's gate), and the tooltips of what it may not.
    void gateActions();
    // The signed-in user in the status bar, the dialogs and the gate.
    void showUser(const QString &user);
    // Reads the account again and shows the new or changed row.
    void afterPosting(AccountView::List list, qint64 id, const QString &message);

    void connectDatabase();
    // File > Recent databases: opens one as File > Connect does, asking when it cannot.
    void openRecentDatabase(const QString &text);
    // Signs in to a newly opened database (when it is secured) and shows it; nothing changes when
    // `db` is null or the sign-in is cancelled.
    void adoptDatabase(std::unique_ptr<core::Database> db);
    void exportCurrentList();
    void newFamily();
    void newPatient();
    void enterCharge();
    void adjustment(qint64 chargeId);
    void postPayment();
    void voidPayment();
    void voidCharge();
    void voidAdjustment();
    void refundPayment();
    void printReceipt();
    void showPaymentMenu(qint64 paymentId);
    // Opens the family a report's Open account chose (0: none) and lists it in the search.
    void openReportedFamily(qint64 familyId);
    void about();

    std::unique_ptr<core::Database> m_db;
    QString m_user;
    std::unique_ptr<Actions> m_actions;
    DeskCommands *m_commands;
    PatientSearchPanel *m_search;
    AccountView *m_account;
    RecentDatabases *m_recent;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    DeskSession *m_session;
    BackupActions *m_backup;
    QPointer<ListTableView> m_focusedList;
};

} // namespace paydesk::ui
