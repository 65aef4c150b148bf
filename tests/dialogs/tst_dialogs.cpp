#include "DialogHelpers.h"
#include "TestDatabases.h"

#include "dialogs/AdjustmentDialog.h"
#include "dialogs/DateEdit.h"
#include "dialogs/AllocationGridModel.h"
#include "dialogs/ChargeDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/DepositLinesModel.h"
#include "dialogs/DepositReportDialog.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "dialogs/ReasonDialog.h"
#include "dialogs/VoidRefundFlow.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"
#include "ledger/PaymentPoster.h"
#include "ledger/ProcedureCodes.h"
#include "print/ReceiptPrinter.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using paydesk::core::AccountReader;
using paydesk::core::Database;
using paydesk::core::FamilyAccount;
using paydesk::core::Money;
using paydesk::core::PaymentPoster;
using namespace paydesk::ui;

using namespace paydesk::test::dialogs;

class tst_Dialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void postCopayWithKeyboard_data();
    void postCopayWithKeyboard();
    void tabOrder();
    void badAmountPostsNothing_data();
    void badAmountPostsNothing();
    void overAllocationDisablesPost_data();
    void overAllocationDisablesPost();
    void negativePaymentIsMoneyReturned_data();
    void negativePaymentIsMoneyReturned();
    void manualSplitFromGrid_data();
    void manualSplitFromGrid();
    void gridModel();

    void newPatientOpensFamily_data();
    void newPatientOpensFamily();
    void newPatientRefusalStaysOpen();
    void chargeCreatesNewCodes_data();
    void chargeCreatesNewCodes();
    void chargeRefusedCreatesNoCode();
    void chargeCodeCompletesAndFills_data();
    void chargeCodeCompletesAndFills();
    void adjustmentAttachedToCharge_data();
    void adjustmentAttachedToCharge();

    void voidFlowWritesVoid_data();
    void voidFlowWritesVoid();
    void refundFlowWritesRefund_data();
    void refundFlowWritesRefund();
    void closedPeriodRefusedBeforeTheReason_data();
    void closedPeriodRefusedBeforeTheReason();
    void receiptPdf_data();
    void receiptPdf();
    void depositReport_data();
    void depositReport();
    void connectionText_data();
    void connectionText();
    void connectionRefusedStaysOpen();

    void screenshots();

private:
    paydesk::test::TestDatabases m_dbs;
};

void tst_Dialogs::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Dialogs::postCopayWithKeyboard_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("patientFirst");
    QTest::addColumn<QList<qint64>>("allocated"); // cents to each charge, oldest first
    QTest::addColumn<qint64>("unallocated");
    QTest::addColumn<QString>("preview");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, qPrintable(backend)) << backend;
        };
        row("more-than-owed") << u"45.00"_s << false << QList<qint64>{2500, 1000, 500} << qint64(500)
                              << u"Post 45.00 by cash; allocate 40.00 to 3 charge(s); 5.00 stays unallocated."_s;
        row("oldest-first") << u"30.00"_s << false << QList<qint64>{2500, 500, 0} << qint64(0)
                            << u"Post 30.00 by cash; allocate 30.00 to 2 charge(s); nothing stays unallocated."_s;
        row("this-patient-first") << u"30.00"_s << true << QList<qint64>{1500, 1000, 500} << qint64(0)
                                  << u"Post 30.00 by cash; allocate 30.00 to 3 charge(s); nothing stays unallocated."_s;
    }
}

void tst_Dialogs::postCopayWithKeyboard()
{
    QFETCH(QString, backend);
    QFETCH(QString, amount);
    QFETCH(bool, patientFirst);
    QFETCH(QList<qint64>, allocated);
    QFETCH(qint64, unallocated);
    QFETCH(QString, preview);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    QCOMPARE(focused()->objectName(), u"amount"_s);
    typeText(amount);
    if (patientFirst) {
        QTest::keyClick(focused(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(dialog.findChild<QCheckBox *>(u"patientFirst"_s)->isChecked());
    }
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), preview);
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.postedPaymentId() > 0);
    const FamilyAccount account = AccountReader(*db).load(family.id);
    const auto *payment = account.payment(dialog.postedPaymentId());
    QVERIFY(payment);
    QCOMPARE(payment->payment.amount.toString(), amount);
    QCOMPARE(payment->payment.patientId, family.ana);
    QCOMPARE(payment->payment.createdBy, clerk);
    QCOMPARE(payment->unallocated().cents(), unallocated);
    for (int i = 0; i < family.charges.size(); ++i)
        QCOMPARE(allocatedTo(account, family.charges[i]), allocated[i]);
    for (const auto &a : account.allocations)
        QCOMPARE(a.rule, paydesk::core::AllocationRule::Auto);
}

void tst_Dialogs::tabOrder()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(u"45.00"_s); // Post is enabled, so in the chain, once there is an amount
    QStringList order{focused()->objectName()};
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        order << focused()->objectName();
    }
    // The order of the form as it reads: Date came after Post.
    QCOMPARE(order,
             (QStringList{u"amount"_s, u"method"_s, u"reference"_s, u"dateText"_s, u"note"_s, u"grid"_s,
                          u"patientFirst"_s, u"autoAllocate"_s, u"clear"_s, u"post"_s, u"cancel"_s}));
    // Before the amount, the patient it is from.
    dialog.findChild<QWidget *>(u"amount"_s)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Backtab);
    QCOMPARE(focused()->objectName(), u"patient"_s);
}

void tst_Dialogs::badAmountPostsNothing_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("amount");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("three-decimals/%s", qPrintable(backend)) << backend << u"12.345"_s;
        QTest::addRow("letters/%s", qPrintable(backend)) << backend << u"abc"_s;
        QTest::addRow("exponent/%s", qPrintable(backend)) << backend << u"1e3"_s;
    }
}

void tst_Dialogs::badAmountPostsNothing()
{
    QFETCH(QString, backend);
    QFETCH(QString, amount);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(amount);
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QTest::keyClick(focused(), Qt::Key_Return);

    QVERIFY2(errorsOf(dialog).contains(amount), qPrintable(errorsOf(dialog)));
    QVERIFY(!dialog.findChild<QPushButton *>(u"post"_s)->isEnabled());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.postedPaymentId(), 0);
    QVERIFY(AccountReader(*db).load(family.id).payments.isEmpty());
}

void tst_Dialogs::overAllocationDisablesPost_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("apply-25-of-10");
}

void tst_Dialogs::overAllocationDisablesPost()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(u"10.00"_s);
    tabToGrid();
    QCOMPARE(focused()->objectName(), u"grid"_s);
    typeText(u"25.00"_s);
    QTest::keyClick(focused(), Qt::Key_Return);

    auto *post = dialog.findChild<QPushButton *>(u"post"_s);
    QTRY_VERIFY(!post->isEnabled());
    QVERIFY2(errorsOf(dialog).contains(u"more than the payment of 10.00"_s), qPrintable(errorsOf(dialog)));
    QCOMPARE(dialog.findChild<QLabel *>(u"remaining"_s)->text(), u"Remaining to allocate: -15.00"_s);
    QTRY_COMPARE(focused()->objectName(), u"grid"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(AccountReader(*db).load(family.id).payments.isEmpty());
}

void tst_Dialogs::negativePaymentIsMoneyReturned_data()
{
    addBackendAndChoiceRows("autoAllocate", "returned-check", "after-alt-a"); // the copay habit: Alt+A, Enter
}

// The CLI posts -5.00 (a returned check); the desk refused it, saying the grid applied more
// than the payment.
void tst_Dialogs::negativePaymentIsMoneyReturned()
{
    QFETCH(QString, backend);
    QFETCH(bool, autoAllocate);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(u"-5"_s);
    if (autoAllocate)
        QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(errorsOf(dialog), QString());
    QCOMPARE(dialog.findChild<QLabel *>(u"remaining"_s)->text(), QString());
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), u"Post -5.00 by cash: money returned, not allocated."_s);
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    QCOMPARE(account.payment(dialog.postedPaymentId())->payment.amount.toString(), u"-5.00"_s);
    QVERIFY(account.allocations.isEmpty());
    QCOMPARE(account.balance().toString(), u"45.00"_s);
}

void tst_Dialogs::manualSplitFromGrid_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("split-12-over-two");
}

void tst_Dialogs::manualSplitFromGrid()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(u"12.00"_s);
    tabToGrid();
    typeText(u"4.00"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // commits the cell and moves to the next item
    QTRY_COMPARE(focused()->objectName(), u"grid"_s);
    typeText(u"6"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(),
                 u"Post 12.00 by cash; allocate 10.00 to 2 charge(s); 2.00 stays unallocated."_s);
    QTRY_COMPARE(focused()->objectName(), u"grid"_s);
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    QCOMPARE(allocatedTo(account, family.charges[0]), 400);
    QCOMPARE(allocatedTo(account, family.charges[1]), 600);
    QCOMPARE(account.payment(dialog.postedPaymentId())->unallocated().cents(), 200);
    for (const auto &a : account.allocations)
        QCOMPARE(a.rule, paydesk::core::AllocationRule::Manual);
}

void tst_Dialogs::gridModel()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    AllocationGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(AccountReader(*db).load(family.id));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AllocationGridModel::CodeColumn).data().toString(), u"D0120"_s);
    QCOMPARE(model.index(0, AllocationGridModel::BalanceColumn).data().toString(), u"25.00"_s);
    QVERIFY(model.setData(model.index(0, AllocationGridModel::ApplyColumn), qlonglong(3000)));
    QCOMPARE(model.applied().cents(), 3000);
    QCOMPARE(model.problems().size(), 1);
    QVERIFY(!model.setData(model.index(0, AllocationGridModel::CodeColumn), qlonglong(100)));
    model.clearApplied();
    QVERIFY(model.splits().isEmpty());

    DepositLinesModel lines;
    QAbstractItemModelTester linesTester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    paydesk::core::DepositReport::Line line;
    line.payment.id = 7;
    line.payment.amount = Money::fromCents(4500);
    line.patientName = u"Rivera, Ana"_s;
    lines.setLines({line});
    QCOMPARE(lines.index(0, DepositLinesModel::AmountColumn).data(DepositLinesModel::SortRole).toLongLong(), 4500);
}

void tst_Dialogs::newPatientOpensFamily_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("new-family");
}

void tst_Dialogs::newPatientOpensFamily()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);

    NewPatientDialog dialog(*db, clerk, 0);
    QVERIFY(showActive(dialog));
    auto *guarantor = dialog.findChild<QCheckBox *>(u"guarantor"_s);
    QVERIFY(guarantor->isChecked());
    QVERIFY(!guarantor->isEnabled());
    QCOMPARE(focused()->objectName(), u"lastName"_s);
    typeFields({u"Okafor"_s, u"Chidi"_s});
    QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY(dialog.findChild<DateEdit *>(u"birthDate"_s)->hasFocus());
    typeText(u"03/14/1990"_s);
    QCOMPARE(dialog.findChild<DateEdit *>(u"birthDate"_s)->date(), QDate(1990, 3, 14));
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(static_cast<QDialog &>(dialog).result(), int(QDialog::Accepted));
    const paydesk::core::NewPatient created = dialog.result();
    QVERIFY(created.familyId > 0);
    const FamilyAccount account = AccountReader(*db).load(created.familyId);
    QCOMPARE(account.members.size(), 1);
    QCOMPARE(account.guarantor()->id, created.patientId);
    QCOMPARE(account.guarantor()->displayName(), u"Okafor, Chidi"_s);
    QCOMPARE(account.guarantor()->birthDate, QDate(1990, 3, 14));
}

void tst_Dialogs::newPatientRefusalStaysOpen()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    NewPatientDialog dialog(*db, clerk, family.id);
    QVERIFY(showActive(dialog));
    QVERIFY(!dialog.findChild<QCheckBox *>(u"guarantor"_s)->isChecked());
    typeText(u"Rivera"_s);
    QTest::keyClick(focused(), Qt::Key_Return); // no first name, no birth date
    QVERIFY(dialog.isVisible());
    QVERIFY(!errorsOf(dialog).isEmpty());
    QCOMPARE(dialog.result().patientId, 0);
    QCOMPARE(AccountReader(*db).load(family.id).members.size(), 2);
}

void tst_Dialogs::chargeCreatesNewCodes_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("new-provider-and-clinic");
}

void tst_Dialogs::chargeCreatesNewCodes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    ChargeDialog dialog(*db, clerk, family.id, family.luis);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.findChild<QComboBox *>(u"provider"_s)->currentText(), u"DRLEE"_s);
    dialog.findChild<QComboBox *>(u"provider"_s)->setEditText(u"DRNEW"_s);
    dialog.findChild<QComboBox *>(u"clinic"_s)->setEditText(u"EAST"_s);
    QCOMPARE(focused()->objectName(), u"code"_s);
    typeFields({u"D1110"_s, u"Cleaning"_s, u"80.00"_s});
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    const auto *charge = account.charge(dialog.chargeId());
    QVERIFY(charge);
    QCOMPARE(charge->charge.patientId, family.luis);
    QCOMPARE(charge->charge.amount.toString(), u"80.00"_s);
    QCOMPARE(account.providerCodes.value(charge->charge.providerId), u"DRNEW"_s);
    QCOMPARE(account.clinicCodes.value(charge->charge.clinicId), u"EAST"_s);
}

void tst_Dialogs::chargeRefusedCreatesNoCode()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    ChargeDialog dialog(*db, clerk, family.id, family.luis);
    QVERIFY(showActive(dialog));
    dialog.findChild<QComboBox *>(u"provider"_s)->setEditText(u"DRNEW"_s);
    auto *amount = dialog.findChild<QLineEdit *>(u"amount"_s);

    amount->setText(u"8o.00"_s);
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY2(errorsOf(dialog).contains(u"8o.00"_s), qPrintable(errorsOf(dialog)));

    amount->setText(u"80.00"_s); // valid now, but the procedure code is still empty
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(errorsOf(dialog).contains(u"procedure code"_s), qPrintable(errorsOf(dialog)));
    const auto providers = paydesk::core::Directory(*db).providers();
    QVERIFY(std::none_of(providers.begin(), providers.end(), [](const auto &p) { return p.code == u"DRNEW"; }));
}

void tst_Dialogs::chargeCodeCompletesAndFills_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// The code completes from the practice's table as it is typed; a known code fills in its
// description and fee, which stay the clerk's to change, and a later code never overwrites
// what the clerk typed.
void tst_Dialogs::chargeCodeCompletesAndFills()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    paydesk::core::ProcedureCodes codes(*db);
    codes.add(u"manager"_s, {u"D1110"_s, u"Prophylaxis - adult"_s, Money::parse(u"110.00"_s).value()});
    codes.add(u"manager"_s, {u"D1120"_s, u"Prophylaxis - child"_s, Money::parse(u"75.00"_s).value()});
    codes.add(u"manager"_s, {u"D0150"_s, u"Comprehensive oral evaluation"_s, std::nullopt});

    ChargeDialog dialog(*db, clerk, family.id, family.luis);
    QVERIFY(showActive(dialog));
    auto *code = dialog.findChild<QLineEdit *>(u"code"_s);
    auto *description = dialog.findChild<QLineEdit *>(u"description"_s);
    auto *amount = dialog.findChild<QLineEdit *>(u"amount"_s);
    QCOMPARE(focused(), code);

    // "d11" offers the two cleanings; Down and Enter on the popup take the first.
    QTest::keyClicks(code, u"d11"_s);
    QCOMPARE(code->completer()->completionCount(), 2);
    QVERIFY(QTest::qWaitForWindowExposed(code->completer()->popup()));
    QTest::keyClick(code->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(code->completer()->popup(), Qt::Key_Return);
    QCOMPARE(code->text(), u"D1110"_s);
    QCOMPARE(description->text(), u"Prophylaxis - adult"_s);
    QCOMPARE(amount->text(), u"110.00"_s);

    // The clerk changes the fee; another code, typed whole, fills the description again, not the fee.
    amount->setText(u"95.00"_s);
    code->setFocus();
    code->selectAll();
    QTest::keyClicks(code, u"D1120"_s);
    QCOMPARE(description->text(), u"Prophylaxis - child"_s);
    QCOMPARE(amount->text(), u"95.00"_s);

    // A code without a fee leaves the amount to the clerk; an unknown code fills nothing.
    code->setFocus();
    code->selectAll();
    QTest::keyClicks(code, u"d0150"_s);
    QCOMPARE(description->text(), u"Comprehensive oral evaluation"_s);
    QCOMPARE(amount->text(), u"95.00"_s);
    code->selectAll();
    QTest::keyClicks(code, u"X999"_s);
    QCOMPARE(description->text(), u"Comprehensive oral evaluation"_s);

    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    const auto *charge = account.charge(dialog.chargeId());
    QVERIFY(charge);
    QCOMPARE(charge->charge.code, u"X999"_s);
    QCOMPARE(charge->charge.description, u"Comprehensive oral evaluation"_s);
    QCOMPARE(charge->charge.amount.toString(), u"95.00"_s);
}

void tst_Dialogs::adjustmentAttachedToCharge_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("discount-on-exam");
}

void tst_Dialogs::adjustmentAttachedToCharge()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    AdjustmentDialog dialog(*db, clerk, family.id, family.ana, family.charges[0]);
    QVERIFY(showActive(dialog));
    QVERIFY(!dialog.findChild<QComboBox *>(u"patient"_s)->isEnabled()); // the charge's patient
    QCOMPARE(focused()->objectName(), u"type"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"type"_s)->currentData().toString(), u"discount"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"amount"_s);
    typeText(u"5.00"_s);
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    const auto *adjustment = account.adjustment(dialog.adjustmentId());
    QVERIFY(adjustment);
    QCOMPARE(adjustment->adjustment.type, u"discount"_s);
    QCOMPARE(adjustment->adjustment.amount.toString(), u"-5.00"_s);
    QCOMPARE(adjustment->adjustment.patientId, family.luis);
    QCOMPARE(account.charge(family.charges[0])->balance().toString(), u"20.00"_s);
}

void tst_Dialogs::voidFlowWritesVoid_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("void-allocated-payment");
}

void tst_Dialogs::voidFlowWritesVoid()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const qint64 paymentId =
        PaymentPoster(*db, clerk).post(paymentDraft(family.ana, 3000), {}, PaymentPoster::AutoAllocate::Family).paymentId;

    QString summary;
    whenModal<ReasonDialog>([&](ReasonDialog *dialog) {
        summary = dialog->findChild<QLabel *>(u"summary"_s)->text();
        auto *ok = dialog->findChild<QPushButton *>(u"ok"_s);
        auto *reason = dialog->findChild<QLineEdit *>(u"reason"_s);
        QTest::keyClick(reason, Qt::Key_Return); // no reason yet: nothing happens
        if (!ok->isEnabled() && dialog->isVisible())
            QTest::keyClicks(reason, u"Posted to the wrong family"_s);
        QTest::keyClick(reason, Qt::Key_Return);
    });
    QVERIFY(VoidRefundFlow::voidPayment(*db, clerk, paymentId, nullptr));

    QVERIFY2(summary.contains(u"25.00 to D0120 Periodic exam of 1/10/2024 (Rivera, Luis)"_s), qPrintable(summary));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    const auto *original = account.payment(paymentId);
    QVERIFY(original->isVoided());
    const auto *reversal = account.payment(original->reversedById);
    QCOMPARE(reversal->payment.kind, paydesk::core::Payment::Kind::Void);
    QCOMPARE(reversal->payment.amount.toString(), u"-30.00"_s);
    QCOMPARE(reversal->payment.note, u"Posted to the wrong family"_s);
    for (qint64 chargeId : family.charges)
        QCOMPARE(allocatedTo(account, chargeId), 0);
    QCOMPARE(account.balance().toString(), u"40.00"_s);
}

void tst_Dialogs::refundFlowWritesRefund_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("refund-part-of-credit");
}

void tst_Dialogs::refundFlowWritesRefund()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 5000);
    draft.method = paydesk::core::PaymentMethod::Card;
    const qint64 paymentId = PaymentPoster(*db, clerk).post(draft).paymentId;

    QString prefilled;
    whenModal<ReasonDialog>([&](ReasonDialog *dialog) {
        auto *amount = dialog->findChild<QLineEdit *>(u"amount"_s);
        prefilled = amount->text();
        amount->selectAll();
        QTest::keyClicks(amount, u"60.00"_s); // more than the credit: refused in the dialog
        auto *reason = dialog->findChild<QLineEdit *>(u"reason"_s);
        QTest::keyClicks(reason, u"Overpaid at check-in"_s);
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        amount->selectAll();
        QTest::keyClicks(amount, u"20.00"_s);
        QTest::keyClick(reason, Qt::Key_Return);
    });
    QVERIFY(VoidRefundFlow::refundPayment(*db, clerk, paymentId, nullptr));

    QCOMPARE(prefilled, u"50.00"_s);
    const FamilyAccount account = AccountReader(*db).load(family.id);
    const auto *original = account.payment(paymentId);
    QCOMPARE(original->refunded.toString(), u"-20.00"_s);
    const auto refund = std::find_if(account.payments.begin(), account.payments.end(), [](const auto &line) {
        return line.payment.kind == paydesk::core::Payment::Kind::Refund;
    });
    QVERIFY(refund != account.payments.end());
    QCOMPARE(refund->payment.amount.toString(), u"-20.00"_s);
    QCOMPARE(refund->payment.method, paydesk::core::PaymentMethod::Card);
}

void tst_Dialogs::closedPeriodRefusedBeforeTheReason_data()
{
    addBackendAndChoiceRows("refund", "void", "refund");
}

// A void of a payment of the closed period asked for the reason first and refused only then
// (a void of a charge refuses before its dialog): both refuse before anything is asked.
void tst_Dialogs::closedPeriodRefusedBeforeTheReason()
{
    QFETCH(QString, backend);
    QFETCH(bool, refund);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 5000);
    draft.date = QDate(2024, 1, 20);
    const qint64 paymentId = PaymentPoster(*db, clerk).post(draft).paymentId;
    paydesk::core::PracticeSettings(*db).set(clerk, u"ledger.lock_date"_s, u"2024-01-31"_s);

    QString refusal;
    bool asked = false;
    QPointer<QTimer> warned = whenModal<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    QPointer<QTimer> reason = whenModal<ReasonDialog>([&](ReasonDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    const bool written = refund ? VoidRefundFlow::refundPayment(*db, clerk, paymentId, nullptr)
                                : VoidRefundFlow::voidPayment(*db, clerk, paymentId, nullptr);
    delete warned;
    delete reason;
    QVERIFY(!written);
    QVERIFY(!asked);
    QCOMPARE(refusal,
             u"Payment #%1 is dated 2024-01-20, on or before the lock date 2024-01-31 (Settings; config key "
             "ledger.lock_date): the books of that period are closed, so it can no longer be voided or refunded."_s
                     .arg(paymentId));
    QCOMPARE(AccountReader(*db).load(family.id).payments.size(), 1);
}

void tst_Dialogs::receiptPdf_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("allocated-payment");
}

void tst_Dialogs::receiptPdf()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 4500);
    draft.reference = u"AUTH-<4417>"_s;
    const qint64 paymentId = PaymentPoster(*db, clerk).post(draft, {}, PaymentPoster::AutoAllocate::Family).paymentId;

    const QString html = ReceiptPrinter::html(*db, paymentId);
    QVERIFY(html.contains(u"Receipt #%1"_s.arg(paymentId)));
    QVERIFY(html.contains(u"D1206"_s));
    QVERIFY(html.contains(u"AUTH-&lt;4417&gt;"_s)); // escaped, never markup
    QVERIFY(html.contains(u"5.00"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    ReceiptPrinter::printToPdf(*db, paymentId, path);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.size() > 1000);
    QCOMPARE(pdf.read(4), QByteArray("%PDF"));

    QVERIFY_THROWS_EXCEPTION(paydesk::core::Refusal, ReceiptPrinter::printToPdf(*db, paymentId + 100, path));
    QVERIFY_THROWS_EXCEPTION(paydesk::core::Refusal,
                             ReceiptPrinter::printToPdf(*db, paymentId, dir.filePath(u"missing/receipt.pdf"_s)));
}

void tst_Dialogs::depositReport_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("two-payments-today");
}

void tst_Dialogs::depositReport()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    PaymentPoster poster(*db, clerk);
    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 4500);
    poster.post(draft);
    draft.amount = Money::fromCents(2000);
    draft.method = paydesk::core::PaymentMethod::Card;
    poster.post(draft);

    DepositReportDialog dialog(*db, clerk);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.findChild<QTableView *>(u"lines"_s)->model()->rowCount(), 2);
    QCOMPARE(dialog.findChild<QLabel *>(u"total"_s)->text(), u"2 payment(s), total 65.00"_s);
    const QString html = DepositReportDialog::html(dialog.report(), clerk, QTimeZone::systemTimeZone());
    QVERIFY(html.contains(u"Rivera, Ana"_s));
    QVERIFY(html.contains(u"65.00"_s));
    dialog.setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(dialog.findChild<QTableView *>(u"lines"_s)->model()->rowCount(), 0);
}

void tst_Dialogs::connectionText_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::newRow("plain") << u"secret"_s << u"clinic"_s;
    QTest::newRow("url-characters") << u"p@ss:w/rd?#"_s << u"clinic_main"_s;
    QTest::newRow("no-password") << QString() << u"clinic"_s;
}

void tst_Dialogs::connectionText()
{
    QFETCH(QString, password);
    QFETCH(QString, database);
    ConnectionDialog dialog(nullptr);
    dialog.findChild<QRadioButton *>(u"postgres"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"host"_s)->setText(u"db.example.org"_s);
    dialog.findChild<QSpinBox *>(u"port"_s)->setValue(5433);
    dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"desk"_s);
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
    dialog.findChild<QLineEdit *>(u"database"_s)->setText(database);

    const auto spec = paydesk::core::ConnectionSpec::parse(dialog.connectionText());
    QCOMPARE(spec.kind(), paydesk::core::ConnectionSpec::Kind::Postgres);
    QCOMPARE(spec.host(), u"db.example.org"_s);
    QCOMPARE(spec.port(), 5433);
    QCOMPARE(spec.user(), u"desk"_s);
    QCOMPARE(spec.password(), password);
    QCOMPARE(spec.databaseName(), database);

    ConnectionDialog again(nullptr);
    again.setConnectionText(dialog.connectionText());
    QCOMPARE(again.connectionText(), dialog.connectionText());

    dialog.findChild<QRadioButton *>(u"sqlite"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"path"_s)->setText(u"/tmp/clinic.sqlite"_s);
    QCOMPARE(dialog.connectionText(), u"/tmp/clinic.sqlite"_s);
}

void tst_Dialogs::connectionRefusedStaysOpen()
{
    ConnectionDialog dialog(nullptr);
    QVERIFY(showActive(dialog));
    dialog.findChild<QRadioButton *>(u"postgres"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"desk"_s);
    dialog.findChild<QLineEdit *>(u"database"_s)->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(errorsOf(dialog).contains(u"postgresql://desk@localhost:5432"_s), qPrintable(errorsOf(dialog)));
}

// Grabs every dialog as the clerk sees it, for the README (set PAYDESK_SCREENSHOT_DIR to
// keep the files), and checks that none lays out to nothing.
void tst_Dialogs::screenshots()
{
    QTemporaryDir scratch;
    const QString target = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR", scratch.path());
    QVERIFY(QDir().mkpath(target));
    const auto save = [&](QWidget &widget, const QString &name) {
        QCoreApplication::processEvents(); // let layouts catch up with the last keys
        const QPixmap shot = widget.grab();
        QVERIFY2(shot.width() >= 400 && shot.height() >= 120,
                 qPrintable(u"%1 is %2x%3"_s.arg(name).arg(shot.width()).arg(shot.height())));
        QVERIFY(shot.save(QDir(target).filePath(name)));
    };

    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    paydesk::core::PaymentDraft draft = paymentDraft(family.luis, 2000);
    draft.method = paydesk::core::PaymentMethod::Check;
    draft.reference = u"1042"_s;
    const qint64 paymentId = PaymentPoster(*db, clerk).post(draft, {}, PaymentPoster::AutoAllocate::Family).paymentId;
    draft.patientId = family.ana;
    draft.amount = Money::fromCents(1500);
    draft.method = paydesk::core::PaymentMethod::Card;
    draft.reference = u"AUTH 88213"_s;
    PaymentPoster(*db, u"maria"_s).post(draft);
    draft.amount = Money::fromCents(500);
    draft.method = paydesk::core::PaymentMethod::Cash;
    draft.reference.clear();
    const qint64 cashId = PaymentPoster(*db, clerk).post(draft).paymentId;
    PaymentPoster(*db, u"maria"_s).voidPayment(cashId, u"Entered twice"_s);

    {
        PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
        QVERIFY(showActive(dialog));
        typeText(u"45.00"_s);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClick(focused(), Qt::Key_Down);
        QTest::keyClick(focused(), Qt::Key_Down);
        QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
        save(dialog, u"post-payment.png"_s);
    }
    {
        NewPatientDialog dialog(*db, clerk, 0);
        QVERIFY(showActive(dialog));
        typeFields({u"Okafor"_s, u"Chidi"_s});
        save(dialog, u"new-patient.png"_s);
    }
    {
        ChargeDialog dialog(*db, clerk, family.id, family.luis);
        QVERIFY(showActive(dialog));
        typeFields({u"D1110"_s, u"Prophylaxis, child"_s, u"68.00"_s});
        save(dialog, u"charge.png"_s);
    }
    {
        AdjustmentDialog dialog(*db, clerk, family.id, family.ana, family.charges[1]);
        QVERIFY(showActive(dialog));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(u"2.50"_s);
        save(dialog, u"adjustment.png"_s);
    }
    whenModal<ReasonDialog>([&](ReasonDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"Check returned by the bank"_s);
        save(*dialog, u"void.png"_s);
        dialog->reject();
    });
    QVERIFY(!VoidRefundFlow::voidPayment(*db, clerk, paymentId, nullptr));
    {
        DepositReportDialog dialog(*db, clerk);
        QVERIFY(showActive(dialog));
        save(dialog, u"deposit-report.png"_s);
    }
    {
        ConnectionDialog dialog(nullptr);
        dialog.findChild<QRadioButton *>(u"postgres"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"desk"_s);
        QVERIFY(showActive(dialog));
        save(dialog, u"connection.png"_s);
    }
}

QTEST_MAIN(tst_Dialogs)
#include "tst_dialogs.moc"
