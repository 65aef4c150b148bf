// The main window around its dialogs: what the search list, the account and the window show
// after a new family or patient, a report's Open account or a payment (before its receipt
// is offered), and how the window fits the screen.
#include "../dialogs/DialogHelpers.h"

#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "PatientSearchPanel.h"
#include "balancer/FamilyBalancerDialog.h"
#include "dialogs/DateEdit.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "ledger/AccountReader.h"
#include "ledger/FamilyRegistry.h"
#include "models/ItemRoles.h"
#include "models/PatientSearchModel.h"
#include "reports/AgingDialog.h"

#include "TestDatabases.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using List = ui::AccountView::List;

class tst_Desk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchListsTheFamilyOpened_data();
    void searchListsTheFamilyOpened();
    void receiptOfferedOverThePostedPayment();
    void familyBeyondTheRangeOpensWithAMessage_data();
    void familyBeyondTheRangeOpensWithAMessage();
    void windowsFitTheScreen();

private:
    test::TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_Desk::initTestCase()
{
    // The desk's remembered choices (Print receipt) go to a folder of this test.
    useTestSettings(m_settings, u"tst_desk"_s);
}

void tst_Desk::searchListsTheFamilyOpened_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("New family (Ctrl+Shift+N)") << u"new family"_s;
    QTest::newRow("New patient (Ctrl+N)") << u"new patient"_s;
    QTest::newRow("Aging, Open account") << u"aging"_s;
}

// The search list showed the previous search after the desk opened an account another way:
// it now lists the account opened, its patient chosen.
void tst_Desk::searchListsTheFamilyOpened()
{
    QFETCH(QString, how);
    auto db = m_dbs.fresh(u"sqlite"_s);
    const Family rivera = seedFamily(*db);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    ui::PatientSearchPanel *search = window.searchPanel();
    ui::AccountView *account = window.accountView();
    if (how == u"new patient") {
        search->search(u"rivera"_s);
        QTest::keyClick(search->searchEdit(), Qt::Key_Return);
        QCOMPARE(account->familyId(), rivera.id);
    }
    search->search(u"nobody here"_s);
    QCOMPARE(search->model()->rowCount(), 0);

    QPointer<QTimer> answering;
    if (how == u"aging") {
        answering = whenModal<ui::AgingDialog>([](ui::AgingDialog *dialog) {
            QTest::keyClick(dialog->lines(), Qt::Key_Return); // the only family that owes
        });
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    } else {
        answering = whenModal<ui::NewPatientDialog>([](ui::NewPatientDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastName"_s), u"Okafor"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"firstName"_s), u"Chidi"_s);
            QLineEdit *birthDate = dialog->findChild<ui::DateEdit *>(u"birthDate"_s)->lineEdit();
            QTest::keyClicks(birthDate, u"05/17/1990"_s);
            QTest::keyClick(birthDate, Qt::Key_Return);
        });
        if (how == u"new family")
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        else
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    }
    delete answering;

    const qint64 family = account->familyId();
    QVERIFY(family != 0);
    QCOMPARE(family == rivera.id, how != u"new family");
    QCOMPARE(search->searchEdit()->text(), QString::number(family));
    const core::FamilyAccount opened = core::AccountReader(window.database()).load(family);
    QCOMPARE(search->model()->rowCount(), opened.members.size());
    QCOMPARE(search->results()->selectedId(), account->currentPatientId());
    const qint64 chidi = how == u"aging" ? 0 : opened.members.constLast().id;
    QCOMPARE(account->currentPatientId(), how == u"aging" ? rivera.ana : chidi);
}

// With Print receipt checked, the receipt is offered over the account already read again:
// the Payments tab with the new payment selected, not the account as it was before.
void tst_Desk::receiptOfferedOverThePostedPayment()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    const Family rivera = seedFamily(*db);
    QSettings().setValue(u"desk/printReceipt"_s, true);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(rivera.id, rivera.ana));
    ui::ListTableView *payments = account->list(List::Payments);

    QString offer;
    bool tabShown = false;
    int paymentsShown = -1;
    qint64 selectedShown = -1;
    QPointer<QTimer> offered;
    QPointer<QTimer> posting = whenModal<ui::PostPaymentDialog>([&](ui::PostPaymentDialog *dialog) {
        offered = whenModal<QMessageBox>([&](QMessageBox *box) {
            offer = box->text();
            tabShown = account->currentList() == payments;
            paymentsShown = payments->model()->rowCount();
            selectedShown = payments->selectedId();
            box->reject();
        });
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amount"_s), u"$20"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"amount"_s), Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    delete posting;
    delete offered;

    const core::FamilyAccount after = core::AccountReader(window.database()).load(rivera.id);
    QCOMPARE(after.payments.size(), 1);
    const qint64 paymentId = after.payments.constFirst().payment.id;
    QCOMPARE(offer, u"Print receipt #%1, or save it as a PDF?"_s.arg(paymentId));
    QVERIFY(tabShown);
    QCOMPARE(paymentsShown, 1);
    QCOMPARE(selectedShown, paymentId);
}

void tst_Desk::familyBeyondTheRangeOpensWithAMessage_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows();
}

// Rows written past PayDesk whose charges add up beyond Money's range: opening the family
// from the search says so in a message box and the desk keeps running (a MoneyOverflow
// escaping the slot used to end the program); the next family still opens.
void tst_Desk::familyBeyondTheRangeOpensWithAMessage()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Family rivera = seedFamily(*db);
    // Each of Rivera's charges again, at 600,000,000,000.00: three of them.
    db->execute(u"INSERT INTO charges (id, patient_id, provider_id, clinic_id, date, code, description, amount_cents,"
                " created_by, created_at) SELECT id + 1000, patient_id, provider_id, clinic_id, date, code,"
                " description, 60000000000000, created_by, created_at FROM charges"_s);
    core::Patient other;
    other.lastName = u"Okafor"_s;
    other.firstName = u"Chidi"_s;
    other.birthDate = QDate(1990, 5, 17);
    const core::NewPatient okafor = core::FamilyRegistry(*db, clerk).addPatient(other);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    ui::PatientSearchPanel *search = window.searchPanel();
    ui::AccountView *account = window.accountView();

    QString told;
    QPointer<QTimer> answering = whenModal<QMessageBox>([&](QMessageBox *box) {
        told = box->text();
        box->accept();
    });
    search->search(u"rivera"_s);
    QTest::keyClick(search->searchEdit(), Qt::Key_Return);
    delete answering;
    QVERIFY2(told.startsWith(u"Family %1's charges total is 18000000000"_s.arg(rivera.id))
                     && told.contains(u"beyond the largest amount PayDesk can hold (999,999,999,999.99)"_s),
             qPrintable(told));
    QCOMPARE(account->familyId(), 0);
    QVERIFY(window.isVisible());

    search->search(u"okafor"_s);
    QTest::keyClick(search->searchEdit(), Qt::Key_Return);
    QCOMPARE(account->familyId(), okafor.familyId);
}

// On a 1024x600 screen the main window, title bar included, fits the screen with its status
// bar in view (it used to open at 1280x800 whatever the screen), and so does the Family
// Balancer with its Close button (its inner size filled the screen, the title bar pushing
// the bottom off).
void tst_Desk::windowsFitTheScreen()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1024, 600));
    auto db = m_dbs.fresh(u"sqlite"_s);
    seedFamily(*db);
    ui::MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    QVERIFY2(screen.contains(window.frameGeometry()),
             qPrintable(u"%1x%2"_s.arg(window.frameGeometry().width()).arg(window.frameGeometry().height())));
    const QStatusBar *status = window.statusBar();
    QVERIFY(status->isVisible());
    QVERIFY(window.rect().contains(QRect(status->mapTo(&window, QPoint()), status->size())));

    ui::FamilyBalancerDialog balancer(window.database(), clerk, 0, &window);
    QVERIFY(showActive(balancer));
    QVERIFY2(screen.contains(balancer.frameGeometry()),
             qPrintable(u"%1x%2"_s.arg(balancer.frameGeometry().width()).arg(balancer.frameGeometry().height())));
    const QPushButton *close = balancer.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close->isVisible());
    QVERIFY(balancer.rect().contains(QRect(close->mapTo(&balancer, QPoint()), close->size())));
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(window.grab().save(QDir(folder).filePath(u"desk-1024x600.png"_s)));
        QVERIFY(balancer.grab().save(QDir(folder).filePath(u"balancer-1024x600.png"_s)));
    }
}

// The desk on a 1024x600 screen, the smallest it supports (the offscreen platform's own
// screen is another size).
int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_Desk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_desk.moc"
