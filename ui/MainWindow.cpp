#include "MainWindow.h"

#include "AccountView.h"
#include "DatabaseConnector.h"
#include "DeskCommands.h"
#include "KeyboardAccess.h"
#include "ListTableView.h"
#include "PasswordKeychain.h"
#include "PatientSearchPanel.h"
#include "RecentDatabases.h"
#include "ScreenFit.h"
#include "backup/BackupActions.h"
#include "dialogs/ErrorLabel.h"
#include "help/HelpKey.h"
#include "help/UserGuide.h"
#include "ledger/Patient.h"
#include "migration/PostingLock.h"
#include "storage/Database.h"
#include "users/DeskSession.h"
#include "users/SignInDialog.h"
#include "util/Permissions.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace paydesk::ui {

namespace {
constexpr int messageMs = 8000;
}

struct MainWindow::Actions
{
    QAction *connectDatabase, *exportList, *quit, *find, *refresh;
    QAction *newFamily, *newPatient, *charge, *adjustment;
    QAction *postPayment, *voidPayment, *refund, *receipt;
    QAction *deposit, *netUnearned, *balancer, *about;
    QAction *settings;
    QAction *aging;
    QAction *patientBilling;
    QAction *voidCharge, *voidAdjustment;
    QAction *runDailyBilling, *printStatement, *printDayStatements, *dashboard;
    QAction *collections;
    QAction *onlinePayments, *fetchReports;
    QAction *practiceGroups, *migrations;
    QAction *userGuide;
};

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QString user, QWidget *parent)
    : QMainWindow(parent), m_user(std::move(user)), m_actions(std::make_unique<Actions>()),
      m_commands(new DeskCommands(this)), m_search(new PatientSearchPanel(this)), m_account(new AccountView(this)),
      m_recent(new RecentDatabases(this)), m_databaseLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_session(new DeskSession(this)), m_backup(new BackupActions(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_search);
    splitter->addWidget(m_account);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(splitter);
    setCentralWidget(central);

    createActions();
    createMenus();
    gateActions();
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_session, &DeskSession::userChanged, this, &MainWindow::showUser);

    connect(m_search, &PatientSearchPanel::patientActivated, this, &MainWindow::openPatient);
    connect(m_search, &PatientSearchPanel::searchFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_account, &AccountView::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Account"), message); });
    connect(m_account, &AccountView::accountChanged, this, &MainWindow::updateActions);
    connect(m_commands, &DeskCommands::ledgerChanged, m_account, &AccountView::refresh);
    connect(m_commands, &DeskCommands::paymentPosted, this, [this](qint64 id) {
        afterPosting(AccountView::List::Payments, id, tr("Payment #%1 posted").arg(id));
    });
    // A batch's summary stays until the next message: the clerk may look away while it runs.
    connect(m_commands, &DeskCommands::notice, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_account, &AccountView::paymentActivated, this, &MainWindow::showPaymentMenu);
    connect(m_account, &AccountView::chargeActivated, this, &MainWindow::adjustment);
    connect(m_account, &AccountView::selectedItemChanged, this, &MainWindow::updateActions);
    // File > Export acts on the list the clerk was last in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (auto *list = qobject_cast<ListTableView *>(now))
            m_focusedList = list;
    });

    setDatabase(std::move(db));
    resize(ScreenFit::size(this, QSize(1280, 800)));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    Actions &a = *m_actions;
    a.connectDatabase = make(tr("&Connect to database…"), QKeySequence::Open, &MainWindow::connectDatabase);
    a.exportList = make(tr("&Export current list to CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportCurrentList);
    a.quit = make(tr("&Quit"), QKeySequence::Quit, &MainWindow::close);
    a.quit->setMenuRole(QAction::QuitRole);
    a.find = new QAction(tr("&Find patient"), this);
    a.find->setShortcut(QKeySequence::Find);
    connect(a.find, &QAction::triggered, m_search, &PatientSearchPanel::focusSearch);
    a.refresh = new QAction(tr("&Refresh account"), this);
    a.refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(a.refresh, &QAction::triggered, m_account, &AccountView::refresh);

    a.newFamily = make(tr("New &family…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newFamily);
    a.newPatient = make(tr("New &patient…"), QKeySequence::New, &MainWindow::newPatient);
    a.charge = make(tr("Enter &charge…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::enterCharge);
    a.adjustment = new QAction(tr("&Adjustment…"), this);
    a.adjustment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(a.adjustment, &QAction::triggered, this, [this] { adjustment(m_account->selectedChargeId()); });

    a.postPayment = make(tr("&Post payment…"), QKeySequence(Qt::CTRL | Qt::Key_P), &MainWindow::postPayment);
    a.postPayment->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_F5)});
    a.voidPayment = make(tr("&Void…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &MainWindow::voidPayment);
    a.refund = make(tr("&Refund…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::refundPayment);
    a.receipt = make(tr("Print &receipt…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::printReceipt);

    a.deposit = new QAction(tr("&Daily deposit…"), this);
    a.deposit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(a.deposit, &QAction::triggered, this, [this] { m_commands->depositReport(); });
    a.netUnearned = new QAction(tr("&Net unearned income…"), this);
    a.netUnearned->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(a.netUnearned, &QAction::triggered, this, [this] { openReportedFamily(m_commands->netUnearnedReport()); });
    a.aging = new QAction(tr("&Aging…"), this);
    a.aging->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(a.aging, &QAction::triggered, this, [this] { openReportedFamily(m_commands->agingReport()); });
    a.patientBilling = new QAction(tr("Patient &Billing…"), this);
    connect(a.patientBilling, &QAction::triggered, this, [this] { m_commands->patientBilling(); });
    a.balancer = new QAction(tr("&Family Balancer…"), this);
    a.balancer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(a.balancer, &QAction::triggered, this, [this] { m_commands->familyBalancer(m_account->familyId()); });
    a.settings = new QAction(tr("&Settings…"), this);
    a.settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.settings->setMenuRole(QAction::PreferencesRole);
    connect(a.settings, &QAction::triggered, this, [this] {
        m_commands->settings();
        m_session->readSettings(); // the idle lock's minutes
    });
    a.runDailyBilling = new QAction(tr("&Run Daily Billing…"), this);
    connect(a.runDailyBilling, &QAction::triggered, this, [this] { m_commands->runDailyBilling(); });
    a.printStatement = new QAction(tr("Print &Statement…"), this);
    connect(a.printStatement, &QAction::triggered, this, [this] { m_commands->printStatement(m_account->familyId()); });
    a.printDayStatements = new QAction(tr("Print the &Day's Statements…"), this);
    connect(a.printDayStatements, &QAction::triggered, this, [this] { m_commands->printDayStatements(); });
    // Not &Dashboard: Alt+D is the day's statements' in the same menu.
    a.dashboard = new QAction(tr("Das&hboard…"), this);
    connect(a.dashboard, &QAction::triggered, this, [this] { m_commands->dashboard(); });
    a.collections = new QAction(tr("&Collections…"), this);
    connect(a.collections, &QAction::triggered, this, [this] { openReportedFamily(m_commands->collections()); });
    a.onlinePayments = new QAction(tr("&Online Payments…"), this);
    connect(a.onlinePayments, &QAction::triggered, this, [this] { openReportedFamily(m_commands->onlinePayments()); });
    a.fetchReports = new QAction(tr("&Fetch and Process Reports…"), this);
    connect(a.fetchReports, &QAction::triggered, this,
            [this] { openReportedFamily(m_commands->onlinePayments(true)); });
    a.practiceGroups = new QAction(tr("&Practice Groups…"), this);
    connect(a.practiceGroups, &QAction::triggered, this, [this] { m_commands->practiceGroups(); });
    a.migrations = new QAction(tr("&Migrations…"), this);
    connect(a.migrations, &QAction::triggered, this, [this] { m_commands->migrations(); });
    a.userGuide = new QAction(tr("&User guide"), this);
    // F1 itself is HelpKey's, which opens the page of whichever window is active; the
    // shortcut here only shows it in the menu.
    a.userGuide->setShortcut(QKeySequence::HelpContents);
    a.userGuide->setShortcutContext(Qt::WidgetShortcut);
    connect(a.userGuide, &QAction::triggered, this, [this] { UserGuide::open(this, QStringLiteral("index")); });
    HelpKey::install();
    KeyboardAccess::install();
    a.about = make(tr("&About PayDesk"), {}, &MainWindow::about);
    a.about->setMenuRole(QAction::AboutRole);

    // Taking back a charge or an adjustment entered by mistake, from its list or the Patient menu.
    a.voidCharge = make(tr("Void c&harge…"), {}, &MainWindow::voidCharge);
    a.voidAdjustment = make(tr("Void a&djustment…"), {}, &MainWindow::voidAdjustment);

    // The actions on a row also sit on its list's context menu; the Ledger's offers them all,
    // enabled as the kind of the row selected says.
    const auto addRowActions = [this](AccountView::List list, const QList<QAction *> &actions) {
        for (QAction *action : actions)
            m_account->list(list)->addRowAction(action);
    };
    addRowActions(AccountView::List::Ledger,
                  {a.voidPayment, a.refund, a.receipt, a.adjustment, a.voidCharge, a.voidAdjustment});
    addRowActions(AccountView::List::Payments, {a.voidPayment, a.refund, a.receipt});
    addRowActions(AccountView::List::Charges, {a.adjustment, a.voidCharge});
    addRowActions(AccountView::List::Adjustments, {a.voidAdjustment});
}

void MainWindow::createMenus()
{
    const Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.connectDatabase);
    file->addMenu(m_recent->menu());
    connect(m_recent, &RecentDatabases::openRequested, this, &MainWindow::openRecentDatabase);
    file->addAction(a.exportList);
    file->addSeparator();
    file->addActions({m_backup->backUpAction(), m_backup->restoreAction()});
    connect(m_backup, &BackupActions::notice, this, [this](const QString &message) { statusBar()->showMessage(message); });
    // The restored database is opened again: its schema may have been upgraded, its users differ.
    connect(m_backup, &BackupActions::restored, this, [this](const QString &summary) {
        adoptDatabase(DatabaseConnector::reopen(this, m_db->spec().text(), PasswordKeychain::system()));
        statusBar()->showMessage(summary);
    });
    file->addSeparator();
    file->addActions({m_session->switchUserAction(), m_session->changePasswordAction()});
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *patient = menuBar()->addMenu(tr("P&atient"));
    patient->addActions({a.find, a.refresh});
    patient->addSeparator();
    patient->addActions({a.newFamily, a.newPatient});
    patient->addSeparator();
    patient->addActions({a.charge, a.adjustment});
    patient->addSeparator();
    patient->addActions({a.voidCharge, a.voidAdjustment});

    QMenu *payment = menuBar()->addMenu(tr("Pa&yment"));
    payment->addAction(a.postPayment);
    payment->addSeparator();
    payment->addActions({a.voidPayment, a.refund, a.receipt});

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->addActions({a.deposit, a.netUnearned});
    reports->addAction(a.aging);

    QMenu *billing = menuBar()->addMenu(tr("&Billing"));
    billing->setObjectName(QStringLiteral("billingMenu"));
    billing->addAction(a.patientBilling);
    billing->addAction(a.collections);
    billing->addAction(a.onlinePayments);
    billing->addAction(a.fetchReports);
    billing->addSeparator();
    billing->addAction(a.runDailyBilling);
    billing->addSeparator();
    billing->addActions({a.printStatement, a.printDayStatements});
    billing->addSeparator();
    billing->addAction(a.dashboard);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(a.balancer);
    tools->addSeparator();
    tools->addActions({a.practiceGroups, a.migrations});
    tools->addSeparator();
    tools->addAction(a.settings);
    tools->addActions({m_session->usersAction(), m_session->auditTrailAction()});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a.userGuide, a.about});

    QToolBar *toolbar = addToolBar(tr("Desk"));
    toolbar->setObjectName(QStringLiteral("deskToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({a.find, a.newPatient, a.charge, a.adjustment});
    toolbar->addSeparator();
    toolbar->addActions({a.postPayment, a.voidPayment, a.refund, a.receipt});
    toolbar->addSeparator();
    toolbar->addAction(a.deposit);
}

void MainWindow::setDatabase(std::unique_ptr<core::Database> db)
{
    // The views let go of the old connection before it closes.
    const std::unique_ptr<core::Database> previous = std::move(m_db);
    m_db = std::move(db);
    m_db->setSessionUser(m_user);
    m_search->setDatabase(m_db.get());
    m_account->setDatabase(m_db.get());
    const QString name = m_db->spec().displayName();
    RecentDatabases::add(m_db->spec());
    m_databaseLabel->setText(tr("Database: %1").arg(name));
    setWindowTitle(tr("PayDesk – %1").arg(name));
    m_session->start(m_db.get(), m_user); // showUser() updates the actions
}

void MainWindow::updateActions()
{
    const Actions &a = *m_actions;
    ActionGate &gate = m_session->gate();
    const bool family = m_account->hasFamily();
    // While the family's group is migrated nothing is posted to it (the account's banner says
    // why); the core refuses too, should a posting race the nightly job.
    const bool open = !m_account->postingLock();
    for (QAction *action : {a.refresh, a.newPatient, a.printStatement})
        gate.setEnabled(action, family);
    for (QAction *action : {a.charge, a.adjustment, a.postPayment})
        gate.setEnabled(action, family && open);
    // They act on the row selected on the tab shown, nothing else.
    const bool payment = m_account->selectedPaymentId() != 0;
    gate.setEnabled(a.receipt, payment);
    for (QAction *action : {a.voidPayment, a.refund})
        gate.setEnabled(action, payment && open);
    gate.setEnabled(a.voidCharge, open && m_account->selectedChargeId() != 0);
    gate.setEnabled(a.voidAdjustment, open && m_account->selectedAdjustmentId() != 0);
}

void MainWindow::gateActions()
{
    using Action = core::Permissions::Action;
    const Actions &a = *m_actions;
    const struct
    {
        QAction *action;
        Action needed;
        const char *name; // for tests
    } gates[] = {
        {a.exportList, Action::Export, "exportList"},
        {a.refresh, Action::ReadLedger, "refresh"},
        {a.newFamily, Action::EditPatients, "newFamily"},
        {a.newPatient, Action::EditPatients, "newPatient"},
        {a.charge, Action::PostCharges, "charge"},
        // Lowering the balance needs more: the adjustment's service says so.
        {a.adjustment, Action::RaiseBalance, "adjustment"},
        {a.postPayment, Action::PostPayments, "postPayment"},
        // One's own payment of today: the void's service decides for the row.
        {a.voidPayment, Action::VoidOwnPayment, "voidPayment"},
        {a.refund, Action::VoidOrRefund, "refund"},
        {a.receipt, Action::PrintReceipts, "receipt"},
        {a.voidCharge, Action::VoidOrRefund, "voidCharge"},
        {a.voidAdjustment, Action::VoidOrRefund, "voidAdjustment"},
        {a.deposit, Action::ReadLedger, "deposit"},
        {a.netUnearned, Action::RunReports, "netUnearned"},
        {a.aging, Action::RunReports, "aging"},
        {a.patientBilling, Action::ReadLedger, "patientBilling"},
        {a.balancer, Action::RunBalancer, "balancer"},
        {a.settings, Action::ChangeSettings, "settings"},
        {a.runDailyBilling, Action::RunDailyBilling, "runDailyBilling"},
        {a.printStatement, Action::PrintStatements, "printStatement"},
        {a.printDayStatements, Action::PrintStatements, "printDayStatements"},
        {a.dashboard, Action::ReadLedger, "dashboard"},
        {a.collections, Action::ReadLedger, "collections"},
        {a.onlinePayments, Action::ReadLedger, "onlinePayments"},
        {a.fetchReports, Action::ManagePortalPayments, "fetchReports"},
        {a.practiceGroups, Action::ReadLedger, "practiceGroups"},
        {a.migrations, Action::ReadLedger, "migrations"},
        {m_backup->backUpAction(), Action::BackUpDatabase, "backUp"},
        {m_backup->restoreAction(), Action::BackUpDatabase, "restoreBackup"},
    };
    for (const auto &gate : gates) {
        gate.action->setObjectName(QLatin1String(gate.name));
        m_session->gate().add(gate.action, gate.needed);
    }
    // Each list's own Export CSV, on its context menu.
    for (ListTableView *list : findChildren<ListTableView *>()) {
        m_session->gate().add(list->exportAction(), Action::Export);
        list->setExportCheck([this] {
            return ErrorLabel::refusalOf([this] { core::Permissions::require(*m_db, m_user, Action::Export); });
        });
    }
    // A greyed-out item says which role may use it.
    for (const QAction *menu : menuBar()->actions())
        menu->menu()->setToolTipsVisible(true);
}

void MainWindow::showUser(const QString &user)
{
    m_user = user;
    m_commands->setSession(m_db.get(), m_user);
    m_backup->setSession(m_db.get(), m_user);
    m_account->setUser(m_user);
    m_userLabel->setText(m_session->statusText());
    updateActions();
}

void MainWindow::openPatient(const core::Patient &patient)
{
    if (!m_account->openFamily(patient.familyId, patient.id))
        return;
    m_account->focusCurrentTab();
}

void MainWindow::afterPosting(AccountView::List list, qint64 id, const QString &message)
{
    m_account->refresh();
    m_account->showList(list);
    m_account->list(list)->selectId(id);
    statusBar()->showMessage(message, messageMs);
}

void MainWindow::connectDatabase()
{
    adoptDatabase(DatabaseConnector::ask(this, m_db->spec().displayName(), PasswordKeychain::system()));
}

void MainWindow::openRecentDatabase(const QString &text)
{
    adoptDatabase(DatabaseConnector::reopen(this, text, PasswordKeychain::system()));
}

void MainWindow::adoptDatabase(std::unique_ptr<core::Database> db)
{
    // A secured database is worked on by who signs in to it; cancelling keeps the one open.
    const std::optional<QString> user = db ? SignInDialog::userFor(*db, m_user, this) : std::nullopt;
    if (!user)
        return;
    m_user = *user;
    setDatabase(std::move(db));
}

void MainWindow::exportCurrentList()
{
    ListTableView *list = m_focusedList;
    if (!list && m_account->hasFamily())
        list = m_account->currentList();
    if (!list)
        list = m_search->results();
    list->exportCsv();
}

void MainWindow::newFamily()
{
    const core::NewPatient added = m_commands->newPatient(0);
    if (added.familyId && m_account->openFamily(added.familyId, added.patientId)) {
        m_search->showFamily(added.familyId, added.patientId);
        m_account->showList(AccountView::List::Members);
        statusBar()->showMessage(tr("Family #%1 created").arg(added.familyId), messageMs);
    }
}

void MainWindow::newPatient()
{
    const core::NewPatient added = m_commands->newPatient(m_account->familyId());
    if (added.patientId) {
        m_account->setCurrentPatient(added.patientId);
        afterPosting(AccountView::List::Members, added.patientId, tr("Patient #%1 added").arg(added.patientId));
        m_search->showFamily(m_account->familyId(), added.patientId);
    }
}

void MainWindow::enterCharge()
{
    if (const qint64 id = m_commands->enterCharge(m_account->familyId(), m_account->currentPatientId()))
        afterPosting(AccountView::List::Charges, id, tr("Charge #%1 saved").arg(id));
}

void MainWindow::adjustment(qint64 chargeId)
{
    if (!m_account->hasFamily())
        return;
    // Enter on a charge comes here without the (disabled) action.
    if (const std::optional<core::Migration> &lock = m_account->postingLock()) {
        statusBar()->showMessage(core::PostingLock::message(*lock), messageMs);
        return;
    }
    if (const qint64 id = m_commands->adjustment(m_account->familyId(), m_account->currentPatientId(), chargeId))
        afterPosting(AccountView::List::Adjustments, id, tr("Adjustment #%1 saved").arg(id));
}

void MainWindow::postPayment()
{
    // The account is read again on paymentPosted, before the receipt is offered.
    if (m_account->hasFamily())
        m_commands->postPayment(m_account->familyId(), m_account->currentPatientId());
}

void MainWindow::voidPayment()
{
    const qint64 paymentId = m_account->selectedPaymentId();
    if (paymentId && m_commands->voidPayment(paymentId))
        afterPosting(AccountView::List::Payments, paymentId, tr("Payment #%1 voided").arg(paymentId));
}

void MainWindow::voidCharge()
{
    const qint64 chargeId = m_account->selectedChargeId();
    if (const qint64 voidId = chargeId ? m_commands->voidCharge(chargeId) : 0)
        afterPosting(AccountView::List::Adjustments, voidId,
                     tr("Charge #%1 voided by adjustment #%2").arg(chargeId).arg(voidId));
}

void MainWindow::voidAdjustment()
{
    const qint64 adjustmentId = m_account->selectedAdjustmentId();
    if (const qint64 voidId = adjustmentId ? m_commands->voidAdjustment(adjustmentId) : 0)
        afterPosting(AccountView::List::Adjustments, voidId,
                     tr("Adjustment #%1 voided by adjustment #%2").arg(adjustmentId).arg(voidId));
}

void MainWindow::refundPayment()
{
    const qint64 paymentId = m_account->selectedPaymentId();
    if (paymentId && m_commands->refundPayment(paymentId))
        afterPosting(AccountView::List::Payments, paymentId, tr("Refund of payment #%1 posted").arg(paymentId));
}

void MainWindow::printReceipt()
{
    if (const qint64 paymentId = m_account->selectedPaymentId())
        m_commands->printReceipt(paymentId);
}

void MainWindow::showPaymentMenu(qint64 paymentId)
{
    ListTableView *payments = m_account->list(AccountView::List::Payments);
    if (payments->currentId() != paymentId)
        payments->selectId(paymentId);
    QMenu menu(this);
    menu.addActions({m_actions->voidPayment, m_actions->refund, m_actions->receipt});
    const QRect row = payments->visualRect(payments->currentIndex());
    menu.exec(payments->viewport()->mapToGlobal(row.bottomLeft()));
}

void MainWindow::openReportedFamily(qint64 familyId)
{
    if (!familyId || !m_account->openFamily(familyId))
        return;
    m_search->showFamily(familyId, m_account->currentPatientId());
    m_account->focusCurrentTab();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PayDesk"),
                       tr("<h3>PayDesk %1</h3><p>Patient payments and their allocation to charges, for clinic front "
                          "offices.</p><p>Every amount is kept in exact cents; every posting is one transaction "
                          "with its audit trail.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace paydesk::ui
