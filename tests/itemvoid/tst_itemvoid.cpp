// The desk's voids of charges and adjustments, on the real widgets under the offscreen
// platform and both databases: the confirmation shows what goes back to which payment,
// asks for a reason typed with the keyboard, and the lists show the voided item and its
// void. Set PAYDESK_SCREENSHOT_DIR to keep PNGs of the dialog and the lists at 1024x600.

#include "TestDatabases.h"

#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "dialogs/ItemVoidDialog.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "models/AdjustmentsModel.h"
#include "models/ChargesModel.h"
#include "models/ItemRoles.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace paydesk;
using List = ui::AccountView::List;

namespace {

const QString clerk = u"clerk"_s;

// Ana Rivera's family: an exam D0150 of 100.00 (2024-01-10) that her card payment paid
// 60.00 of, a stand-alone fee of 20.00 and a discount of -5.00 on the exam.
struct Rivera
{
    qint64 family = 0;
    qint64 ana = 0;
    qint64 exam = 0;
    qint64 fee = 0;
    qint64 discount = 0;
    qint64 payment = 0;
};

Rivera seed(const core::Database &db)
{
    Rivera r;
    core::Patient ana;
    ana.lastName = u"Rivera"_s;
    ana.firstName = u"Ana"_s;
    ana.birthDate = QDate(1980, 4, 2);
    const core::NewPatient added = core::FamilyRegistry(db, u"setup"_s).addPatient(ana);
    r.family = added.familyId;
    r.ana = added.patientId;
    core::ChargeEntry entry(db, u"setup"_s);
    core::Charge exam;
    exam.patientId = r.ana;
    exam.date = QDate(2024, 1, 10);
    exam.code = u"D0150"_s;
    exam.description = u"Comprehensive exam"_s;
    exam.amount = core::Money::fromCents(10000);
    r.exam = entry.addCharge(exam, u"DRLEE"_s, u"MAIN"_s);
    core::Adjustment fee;
    fee.patientId = r.ana;
    fee.date = QDate(2024, 1, 12);
    fee.type = u"fee"_s;
    fee.amount = core::Money::fromCents(2000);
    r.fee = entry.addAdjustment(fee, u"DRLEE"_s, u"MAIN"_s);
    core::Adjustment discount = fee;
    discount.type = u"discount"_s;
    discount.amount = core::Money::fromCents(-500);
    discount.chargeId = r.exam;
    r.discount = entry.addAdjustment(discount);
    core::PaymentDraft draft;
    draft.patientId = r.ana;
    draft.date = QDate(2024, 2, 1);
    draft.amount = core::Money::fromCents(6000);
    draft.method = core::PaymentMethod::Card;
    r.payment = core::PaymentPoster(db, u"setup"_s)
                    .post(draft, {{core::AllocationTarget::charge(r.exam), core::Money::fromCents(6000)}})
                    .paymentId;
    return r;
}

// Saves `widget` as NAME.png when PAYDESK_SCREENSHOT_DIR is set.
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    const QPixmap shot = widget.grab();
    QVERIFY(!shot.isNull());
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(name + u".png"_s)));
}

QString cell(const QAbstractItemModel &model, qint64 id, int column, int role = Qt::DisplayRole)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ui::IdRole).toLongLong() == id)
            return model.index(row, column).data(role).toString();
    }
    return u"(no row %1)"_s.arg(id);
}

} // namespace

class tst_ItemVoid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void voidChargeByKeyboard_data() { test::TestDatabases::addBackendColumn(); test::TestDatabases::addBackendRows(); }
    void voidChargeByKeyboard();
    void refusalShowsUnderReason_data() { test::TestDatabases::addBackendColumn(); test::TestDatabases::addBackendRows(); }
    void refusalShowsUnderReason();
    void refusedBeforeOpening_data() { test::TestDatabases::addBackendColumn(); test::TestDatabases::addBackendRows(); }
    void refusedBeforeOpening();
    void listsShowVoids_data() { test::TestDatabases::addBackendColumn(); test::TestDatabases::addBackendRows(); }
    void listsShowVoids();
    void voidFromTheAdjustmentsList_data() { test::TestDatabases::addBackendColumn(); test::TestDatabases::addBackendRows(); }
    void voidFromTheAdjustmentsList();
    void screenshots_data();
    void screenshots();

private:
    test::TestDatabases m_dbs;
};

void tst_ItemVoid::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ItemVoid::voidChargeByKeyboard()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Rivera r = seed(*db);

    ui::ItemVoidDialog dialog(*db, clerk, core::ItemVoid::Item::Charge, r.exam);
    dialog.show();
    const QString preview = dialog.findChild<QLabel *>(u"preview"_s)->text();
    QVERIFY2(preview.contains(u"The void is an adjustment of -95.00 dated today"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"• 60.00 to payment #%1 (card, 2/1/2024)"_s.arg(r.payment)), qPrintable(preview));
    QVERIFY2(dialog.findChild<QLabel *>(u"item"_s)->text().startsWith(u"Charge #%1: D0150 Comprehensive exam"_s.arg(r.exam)),
             qPrintable(dialog.findChild<QLabel *>(u"item"_s)->text()));
    auto *ok = dialog.findChild<QPushButton *>(u"ok"_s);
    auto *reason = dialog.findChild<QLineEdit *>(u"reason"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason, u"Entered on the wrong patient"_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const core::FamilyAccount account = core::AccountReader(*db).load(r.family);
    const qint64 voidId = dialog.written().voidRow.id;
    QCOMPARE(account.charge(r.exam)->voidedById, voidId);
    QCOMPARE(account.adjustment(voidId)->adjustment.note, u"Entered on the wrong patient"_s);
    QCOMPARE(account.payment(r.payment)->unallocated(), core::Money::fromCents(6000));
}

// Another desk voided the charge after the dialog opened: the void is refused, the message
// shows under the reason and goes as soon as the reason changes.
void tst_ItemVoid::refusalShowsUnderReason()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Rivera r = seed(*db);
    ui::ItemVoidDialog dialog(*db, clerk, core::ItemVoid::Item::Charge, r.exam);
    dialog.show();
    const qint64 first = core::ItemVoider(*db, u"other desk"_s).voidCharge(r.exam, u"duplicate"_s).voidRow.id;

    auto *reason = dialog.findChild<QLineEdit *>(u"reason"_s);
    QTest::keyClicks(reason, u"typo"_s);
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *errors = dialog.findChild<QLabel *>(u"errors"_s);
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(u"was already voided by adjustment #%1"_s.arg(first)), qPrintable(errors->text()));
    QTest::keyClick(reason, Qt::Key_Backspace);
    QVERIFY(!errors->isVisible());
}

void tst_ItemVoid::refusedBeforeOpening()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Rivera r = seed(*db);
    const qint64 voidId = core::ItemVoider(*db, clerk).voidAdjustment(r.fee, u"waived"_s).voidRow.id;
    QString refusal;
    try {
        ui::ItemVoidDialog dialog(*db, clerk, core::ItemVoid::Item::Adjustment, voidId);
    } catch (const core::Refusal &e) {
        refusal = e.message();
    }
    QVERIFY2(refusal.contains(u"is itself the void of adjustment #%1"_s.arg(r.fee)), qPrintable(refusal));
}

void tst_ItemVoid::listsShowVoids()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Rivera r = seed(*db);
    core::ItemVoider voider(*db, clerk);
    const qint64 examVoid = voider.voidCharge(r.exam, u"wrong patient"_s).voidRow.id;
    const qint64 feeVoid = voider.voidAdjustment(r.fee, u"waived"_s).voidRow.id;
    const core::FamilyAccount account = core::AccountReader(*db).load(r.family);

    ui::ChargesModel charges;
    QAbstractItemModelTester chargesTester(&charges, QAbstractItemModelTester::FailureReportingMode::QtTest);
    charges.setAccount(account);
    QCOMPARE(cell(charges, r.exam, ui::ChargesModel::Status), u"Voided by #%1"_s.arg(examVoid));
    QCOMPARE(cell(charges, r.exam, ui::ChargesModel::Status, Qt::ToolTipRole), u"wrong patient"_s);
    QCOMPARE(cell(charges, r.exam, ui::ChargesModel::Balance), u"0.00"_s);
    const QBrush grey(QPalette().color(QPalette::Disabled, QPalette::Text));
    QCOMPARE(charges.index(0, ui::ChargesModel::Description).data(Qt::ForegroundRole).value<QBrush>(), grey);
    QVERIFY(!charges.index(0, ui::ChargesModel::Amount).data(Qt::ForegroundRole).canConvert<QBrush>()
            || charges.index(0, ui::ChargesModel::Amount).data(Qt::ForegroundRole).value<QBrush>() != grey);

    ui::AdjustmentsModel adjustments;
    QAbstractItemModelTester adjustmentsTester(&adjustments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    adjustments.setAccount(account);
    QCOMPARE(adjustments.rowCount(), 4);
    QCOMPARE(cell(adjustments, r.fee, ui::AdjustmentsModel::Type), u"Fee"_s);
    QCOMPARE(cell(adjustments, r.fee, ui::AdjustmentsModel::Status), u"Voided by #%1"_s.arg(feeVoid));
    QCOMPARE(cell(adjustments, r.discount, ui::AdjustmentsModel::Type), u"Discount"_s);
    QCOMPARE(cell(adjustments, r.discount, ui::AdjustmentsModel::Status), u"Charge #%1 voided"_s.arg(r.exam));
    QCOMPARE(cell(adjustments, examVoid, ui::AdjustmentsModel::Type), u"Void"_s);
    QCOMPARE(cell(adjustments, examVoid, ui::AdjustmentsModel::Status), u"Void of charge #%1"_s.arg(r.exam));
    QCOMPARE(cell(adjustments, feeVoid, ui::AdjustmentsModel::Status), u"Void of #%1"_s.arg(r.fee));
    QCOMPARE(cell(adjustments, feeVoid, ui::AdjustmentsModel::Status, Qt::ToolTipRole), u"waived"_s);
}

// Void adjustment… on the Adjustments list's context menu and the Patient menu: the void
// is written and selected on the list.
void tst_ItemVoid::voidFromTheAdjustmentsList()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    std::unique_ptr<core::Database> db = m_dbs.fresh(backend);
    const Rivera r = seed(*db);
    ui::MainWindow window(std::move(db), clerk);
    window.show();
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(r.family));
    account->showList(List::Adjustments);
    ui::ListTableView *adjustments = account->list(List::Adjustments);
    adjustments->selectId(r.fee);

    // The list's context menu offers it.
    QAction *voidAdjustment = nullptr;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Void a&djustment…"_s)
                voidAdjustment = action;
        }
        menu->close();
    });
    const QPoint row = adjustments->visualRect(adjustments->currentIndex()).center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, row, adjustments->viewport()->mapToGlobal(row));
    QCoreApplication::sendEvent(adjustments, &menuEvent);
    QVERIFY(voidAdjustment);
    QVERIFY(voidAdjustment->isEnabled());
    QStringList patientMenu;
    for (QAction *action : window.menuBar()->actions().at(1)->menu()->actions())
        patientMenu << action->text();
    QVERIFY2(patientMenu.contains(u"Void c&harge…"_s) && patientMenu.contains(u"Void a&djustment…"_s),
             qPrintable(patientMenu.join(u", "_s)));

    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ui::ItemVoidDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"not charged after all"_s);
        dialog->findChild<QPushButton *>(u"ok"_s)->click();
    });
    voidAdjustment->trigger();

    const core::FamilyAccount after = account->account();
    const qint64 voidId = after.adjustment(r.fee)->voidedById;
    QVERIFY(voidId != 0);
    QCOMPARE(adjustments->currentId(), voidId);
    QCOMPARE(after.adjustment(voidId)->adjustment.note, u"not charged after all"_s);
}

void tst_ItemVoid::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void tst_ItemVoid::screenshots()
{
    QFETCH(QString, language);
    QTranslator translator;
    const QLocale locale = language == u"es" ? QLocale(QLocale::Spanish, QLocale::Spain)
                                              : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language == u"es") {
        QVERIFY(translator.load(u":/i18n/paydesk_es.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    std::unique_ptr<core::Database> db = m_dbs.fresh(u"sqlite"_s);
    const Rivera r = seed(*db);
    {
        ui::ItemVoidDialog dialog(*db, clerk, core::ItemVoid::Item::Charge, r.exam);
        dialog.show();
        screenshot(dialog, u"void-charge-"_s + language);
    }
    {
        ui::ItemVoidDialog dialog(*db, clerk, core::ItemVoid::Item::Adjustment, r.discount);
        dialog.show();
        screenshot(dialog, u"void-adjustment-"_s + language);
    }
    core::ItemVoider voider(*db, clerk);
    voider.voidCharge(r.exam, u"wrong patient"_s);
    voider.voidAdjustment(r.fee, u"waived"_s);
    ui::MainWindow window(std::move(db), clerk);
    window.resize(1024, 600);
    window.show();
    QVERIFY(window.accountView()->openFamily(r.family));
    window.accountView()->showList(List::Adjustments);
    screenshot(window, u"voided-adjustments-"_s + language);
    window.accountView()->showList(List::Charges);
    screenshot(window, u"voided-charges-"_s + language);
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(tst_ItemVoid)
#include "tst_itemvoid.moc"
