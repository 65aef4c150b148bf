// The Settings window under the offscreen platform: keys typed into each page, and what the
// core services then read back from a real SQLite file and a real PostgreSQL database.

#include "TestDatabases.h"

#include "ListTableView.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/ProcedureCodes.h"
#include "settings/AdjustmentTypesModel.h"
#include "settings/AdjustmentTypesPage.h"
#include "settings/PracticePage.h"
#include "settings/PracticeSettings.h"
#include "models/ProcedureCodesModel.h"
#include "settings/ProcedureCodesPage.h"
#include "settings/SettingsDialog.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using test::TestDatabases;

namespace {

const QString manager = u"manager"_s;

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

qint64 auditRows(const core::Database &db, const QString &entity)
{
    core::SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE entity = :entity"_s).bind(u":entity"_s, entity).exec();
    return q.next() ? q.id(0) : -1;
}

// Replaces what a line edit holds with `text`, typed.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// The shown Settings window on a fresh database.
struct Window
{
    std::unique_ptr<core::Database> db;
    std::unique_ptr<ui::SettingsDialog> dialog;
};

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void practicePageStoresWhatIsTyped_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void practicePageStoresWhatIsTyped();
    void practicePageExplainsBesideTheField_data();
    void practicePageExplainsBesideTheField();
    void practicePageByKeyboard();
    void opensInTheFirstField();
    void enterPicksATimeZoneWithoutSaving();

    void adjustmentTypesAddAndEdit_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void adjustmentTypesAddAndEdit();
    void adjustmentTypeRefused_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void adjustmentTypeRefused();

    void procedureCodesAddEditRemove_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void procedureCodesAddEditRemove();
    void procedureCodeRefusedUntilCorrected_data();
    void procedureCodeRefusedUntilCorrected();

    void modelsPassTester();
    void systemTimeZoneIsAccepted();

private:
    Window open(const QString &backend, int page);

    TestDatabases m_dbs;
};

void tst_Settings::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Window tst_Settings::open(const QString &backend, int page)
{
    Window window;
    window.db = m_dbs.fresh(backend);
    window.dialog = std::make_unique<ui::SettingsDialog>(*window.db, manager);
    window.dialog->tabs()->setCurrentIndex(page);
    window.dialog->show();
    QApplication::setActiveWindow(window.dialog.get());
    if (!QTest::qWaitForWindowActive(window.dialog.get()))
        qWarning("the settings window did not become active");
    return window;
}

void tst_Settings::practicePageStoresWhatIsTyped()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Window w = open(backend, 0);
    ui::PracticePage *page = w.dialog->practicePage();
    const QDate lockDate(2025, 12, 31);

    retype(child<QLineEdit>(page, u"practice.name"_s), u"Riverside Dental"_s);
    auto *address = child<QPlainTextEdit>(page, u"practice.address"_s);
    address->setFocus();
    QTest::keyClicks(address, u"12 Main St"_s);
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, u"Springfield"_s);
    retype(child<QLineEdit>(page, u"practice.phone"_s), u"+1 555 0100"_s);
    retype(child<QComboBox>(page, u"practice.time_zone"_s)->lineEdit(), u"America/Chicago"_s);
    // Alt+C closes the books up to a date and puts the cursor in it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(page, u"lockDate"_s)->isChecked()); // after the button's press animation
    auto *lockDateField = child<ui::DateEdit>(page, u"ledger.lock_date"_s);
    QTRY_COMPARE(QApplication::focusWidget(), lockDateField->lineEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"12/31/2025"_s);
    QCOMPARE(lockDateField->date(), lockDate);
    // Enter in a field saves nothing (it used to save the whole page); Alt+S saves.
    QTest::keyClick(child<QLineEdit>(page, u"practice.phone"_s), Qt::Key_Return);
    QCOMPARE(page->status(), QString());
    QCOMPARE(auditRows(*w.db, u"setting"_s), qint64(0));
    QTest::keyClick(child<QLineEdit>(page, u"practice.phone"_s), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(page->status(), u"The practice settings are saved."_s);

    const core::PracticeSettings settings(*w.db);
    QCOMPARE(settings.value(u"practice.name"_s), u"Riverside Dental"_s);
    QCOMPARE(settings.value(u"practice.address"_s), u"12 Main St\nSpringfield"_s);
    QCOMPARE(settings.value(u"practice.phone"_s), u"+1 555 0100"_s);
    QCOMPARE(settings.value(u"practice.time_zone"_s), u"America/Chicago"_s);
    QCOMPARE(settings.value(u"ledger.lock_date"_s), lockDate.toString(Qt::ISODate));
    QCOMPARE(auditRows(*w.db, u"setting"_s), qint64(5));
    // "Saved" goes as soon as a field is edited again.
    QTest::keyClicks(child<QLineEdit>(page, u"practice.phone"_s), u"1"_s);
    QCOMPARE(page->status(), QString());
    QTest::keyClick(child<QLineEdit>(page, u"practice.phone"_s), Qt::Key_Backspace);

    // "No lock date" clears it; the other settings, unchanged, write no audit rows.
    auto *none = child<QRadioButton>(page, u"noLockDate"_s);
    none->setFocus();
    QTest::keyClick(none, Qt::Key_Space);
    QVERIFY(page->save());
    QCOMPARE(settings.value(u"ledger.lock_date"_s), QString());
    QCOMPARE(auditRows(*w.db, u"setting"_s), qint64(6));

    // A new window shows what is stored.
    ui::PracticePage again(*w.db, manager);
    QCOMPARE(child<QLineEdit>(&again, u"practice.name"_s)->text(), u"Riverside Dental"_s);
    QCOMPARE(child<QPlainTextEdit>(&again, u"practice.address"_s)->toPlainText(), u"12 Main St\nSpringfield"_s);
    QCOMPARE(child<QComboBox>(&again, u"practice.time_zone"_s)->currentText(), u"America/Chicago"_s);
    QVERIFY(child<QRadioButton>(&again, u"noLockDate"_s)->isChecked());
}

void tst_Settings::practicePageExplainsBesideTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message"); // a part of the message under the field
    QTest::addColumn<QString>("corrected");
    const QString longName(201, u'x');
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("unknown time zone/%s", b.constData())
            << backend << u"practice.time_zone"_s << u"Mars/Olympus"_s << u"\"Mars/Olympus\" is not a time zone"_s
            << u"Europe/Madrid"_s;
        QTest::addRow("name too long/%s", b.constData())
            << backend << u"practice.name"_s << longName << u"the text has 201 characters"_s << u"Riverside"_s;
    }
}

void tst_Settings::practicePageExplainsBesideTheField()
{
    QFETCH(QString, backend);
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(QString, corrected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Window w = open(backend, 0);
    ui::PracticePage *page = w.dialog->practicePage();
    QLineEdit *edit = key == u"practice.time_zone"_s ? child<QComboBox>(page, key)->lineEdit() : child<QLineEdit>(page, key);
    auto *error = child<ui::ErrorLabel>(page, key + u".error"_s);
    retype(child<QLineEdit>(page, u"practice.phone"_s), u"+1 555 0100"_s);
    retype(edit, typed);

    QVERIFY(!page->save());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QVERIFY(edit->hasFocus());
    QCOMPARE(page->status(), QString());
    // Nothing is stored, not even the good phone number.
    QCOMPARE(core::PracticeSettings(*w.db).value(u"practice.phone"_s), QString());
    QCOMPARE(auditRows(*w.db, u"setting"_s), qint64(0));
    // Only the refused field explains itself.
    for (ui::ErrorLabel *other : page->findChildren<ui::ErrorLabel *>()) {
        if (other != error)
            QVERIFY2(other->isHidden(), qPrintable(other->objectName() + u": "_s + other->text()));
    }

    // The message goes as soon as the field is right, before any save.
    retype(edit, corrected);
    QVERIFY(error->isHidden());
    QVERIFY(page->save());
    QCOMPARE(core::PracticeSettings(*w.db).value(key), corrected);
}

// The window opened with the focus on the tab bar, so what the clerk typed first was lost.
void tst_Settings::opensInTheFirstField()
{
    const Window w = open(u"sqlite"_s, 0);
    auto *name = child<QLineEdit>(w.dialog->practicePage(), u"practice.name"_s);
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(QApplication::focusWidget(), u"Sunrise Dental"_s);
    QCOMPARE(name->text(), u"Sunrise Dental"_s);
}

// Enter picking a time zone in the completion saved the whole page (two accidental audit rows).
void tst_Settings::enterPicksATimeZoneWithoutSaving()
{
    const Window w = open(u"sqlite"_s, 0);
    ui::PracticePage *page = w.dialog->practicePage();
    auto *zone = child<QComboBox>(page, u"practice.time_zone"_s);
    retype(child<QLineEdit>(page, u"practice.name"_s), u"Sunrise Dental"_s);
    retype(zone->lineEdit(), u"madrid"_s);
    QAbstractItemView *popup = zone->completer()->popup();
    QVERIFY(QTest::qWaitForWindowExposed(popup));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(zone->currentText(), u"Europe/Madrid"_s);
    QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
    QVERIFY(w.dialog->isVisible());
    QCOMPARE(page->status(), QString());
    QCOMPARE(auditRows(*w.db, u"setting"_s), qint64(0));
    QCOMPARE(core::PracticeSettings(*w.db).value(u"practice.name"_s), QString());
}

void tst_Settings::practicePageByKeyboard()
{
    // Tab visits every field in reading order and ends on Save; Ctrl+Tab turns the page.
    const Window w = open(u"sqlite"_s, 0);
    ui::PracticePage *page = w.dialog->practicePage();
    QWidget *name = child<QLineEdit>(page, u"practice.name"_s);
    name->setFocus();
    QList<QWidget *> visited = {name};
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    const QList<QWidget *> expected = {name,
                                       child<QPlainTextEdit>(page, u"practice.address"_s),
                                       child<QLineEdit>(page, u"practice.phone"_s),
                                       child<QComboBox>(page, u"practice.time_zone"_s),
                                       child<QRadioButton>(page, u"noLockDate"_s),
                                       child<QLineEdit>(page, u"desk.idle_lock_minutes"_s),
                                       child<QLineEdit>(page, u"backup.folder"_s),
                                       child<QLineEdit>(page, u"backup.keep"_s),
                                       child<QPushButton>(page, u"save"_s)};
    QCOMPARE(visited, expected);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(w.dialog->tabs()->currentWidget(), w.dialog->adjustmentTypesPage());
    // Alt+C goes to a page's code field.
    QTest::keyClick(w.dialog.get(), Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(w.dialog->adjustmentTypesPage(), u"code"_s));
}

void tst_Settings::adjustmentTypesAddAndEdit()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Window w = open(backend, 1);
    ui::AdjustmentTypesPage *page = w.dialog->adjustmentTypesPage();
    QCOMPARE(page->list()->model()->rowCount(), 4); // the seeded types

    auto *code = child<QLineEdit>(page, u"code"_s);
    auto *name = child<QLineEdit>(page, u"name"_s);
    auto *sign = child<QComboBox>(page, u"sign"_s);
    // A selected type's code is kept: the form changes its name and sign only.
    QVERIFY(code->isReadOnly());

    // New starts from a clean form, whatever row was selected (fee raises the balance), and
    // takes a code; then code, name and sign by keyboard; Alt+S saves.
    page->list()->setCurrentIndex(
            page->list()->model()->match(page->list()->model()->index(0, 0), Qt::DisplayRole, u"fee"_s).constFirst());
    QCOMPARE(sign->currentText(), u"Raises the balance"_s);
    QTest::mouseClick(child<QPushButton>(page, u"new"_s), Qt::LeftButton);
    QVERIFY(code->hasFocus());
    QVERIFY(!code->isReadOnly());
    QCOMPARE(code->text(), QString());
    QCOMPARE(name->text(), QString());
    QCOMPARE(sign->currentText(), u"Either way"_s);
    QTest::keyClicks(code, u"courtesy"_s);
    retype(name, u"Courtesy discount"_s);
    sign->setFocus();
    QTest::keyClick(sign, Qt::Key_Home); // "Lowers the balance"
    QTest::keyClick(name, Qt::Key_Return); // saves nothing
    QCOMPARE(page->status(), QString());
    QTest::keyClick(name, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(page->status(), u"Saved courtesy."_s);
    QVERIFY(code->isReadOnly());
    std::optional<core::AdjustmentType> stored = core::AdjustmentTypes(*w.db).find(u"courtesy"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Courtesy discount"_s);
    QCOMPARE(stored->sign, core::AdjustmentSign::Lowers);
    QCOMPARE(page->list()->model()->rowCount(), 5);
    QCOMPARE(page->list()->currentIndex().siblingAtColumn(ui::AdjustmentTypesModel::Code).data().toString(),
             u"courtesy"_s);

    // A seeded type: changing its sign keeps its stored (translatable) name.
    QVERIFY(page->list()->model()->match(page->list()->model()->index(0, 0), Qt::DisplayRole, u"fee"_s).size() == 1);
    page->list()->setCurrentIndex(page->list()->model()->match(page->list()->model()->index(0, 0), Qt::DisplayRole, u"fee"_s).constFirst());
    QCOMPARE(name->text(), u"Fee"_s);
    sign->setFocus();
    QTest::keyClick(sign, Qt::Key_End); // "Either way"
    QVERIFY(page->save());
    stored = core::AdjustmentTypes(*w.db).find(u"fee"_s);
    QCOMPARE(stored->name, u"Fee"_s);
    QCOMPARE(stored->sign, core::AdjustmentSign::Either);
    QCOMPARE(auditRows(*w.db, u"adjustment_type"_s), qint64(2));

    // New type "fee" overwrote the fee type's name and sign; it is refused, and the message
    // goes when the code is edited.
    page->startNew();
    QTest::keyClicks(code, u"fee"_s);
    retype(name, u"Late fee"_s);
    QVERIFY(!page->save());
    QCOMPARE(page->errors()->text(), u"There is already an adjustment type \"fee\"; select it in the list to change it."_s);
    QCOMPARE(core::AdjustmentTypes(*w.db).find(u"fee"_s)->name, u"Fee"_s);
    QCOMPARE(auditRows(*w.db, u"adjustment_type"_s), qint64(2));
    code->setFocus();
    QTest::keyClicks(code, u"-late"_s);
    QVERIFY(page->errors()->isHidden());
    QVERIFY(page->save());
    QCOMPARE(core::AdjustmentTypes(*w.db).find(u"fee-late"_s)->name, u"Late fee"_s);
}

void tst_Settings::adjustmentTypeRefused()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Window w = open(backend, 1);
    ui::AdjustmentTypesPage *page = w.dialog->adjustmentTypesPage();
    page->startNew();
    QTest::keyClicks(child<QLineEdit>(page, u"code"_s), u"void"_s);
    QTest::keyClick(child<QLineEdit>(page, u"code"_s), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(page->errors()->isVisible());
    QVERIFY2(page->errors()->text().contains(u"\"void\" is reserved"_s), qPrintable(page->errors()->text()));
    QCOMPARE(core::AdjustmentTypes(*w.db).list().size(), 4);
    QCOMPARE(auditRows(*w.db, u"adjustment_type"_s), qint64(0));
    // Editing the form takes the message away.
    QTest::keyClick(child<QLineEdit>(page, u"code"_s), Qt::Key_Backspace);
    QVERIFY(page->errors()->isHidden());
}

void tst_Settings::procedureCodesAddEditRemove()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Window w = open(backend, 2);
    ui::ProcedureCodesPage *page = w.dialog->procedureCodesPage();
    QCOMPARE(page->list()->model()->rowCount(), 0);
    auto *code = child<QLineEdit>(page, u"code"_s);
    auto *description = child<QLineEdit>(page, u"description"_s);
    auto *fee = child<QLineEdit>(page, u"fee"_s);

    const struct
    {
        QString code, description, fee;
    } typed[] = {{u"D1110"_s, u"Prophylaxis - adult"_s, u"1,234.50"_s}, {u"D0120"_s, u"Periodic oral evaluation"_s, QString()}};
    for (const auto &row : typed) {
        page->startNew();
        QVERIFY(code->hasFocus());
        QTest::keyClicks(code, row.code);
        retype(description, row.description);
        retype(fee, row.fee);
        QTest::keyClick(fee, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(page->status(), u"Saved %1."_s.arg(row.code));
    }
    const core::ProcedureCodes codes(*w.db);
    QCOMPARE(codes.find(u"D1110"_s)->fee, std::optional(core::Money::fromCents(123450)));
    QCOMPARE(codes.find(u"D1110"_s)->description, u"Prophylaxis - adult"_s);
    QCOMPARE(codes.find(u"D0120"_s)->fee, std::nullopt);
    QCOMPARE(page->list()->model()->rowCount(), 2);

    // Edit: the saved row is current; change its fee.
    QCOMPARE(code->text(), u"D0120"_s);
    QVERIFY(code->isReadOnly());
    retype(fee, u"65"_s);
    QTest::keyClick(fee, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(page->status(), u"Saved D0120."_s);
    QCOMPARE(codes.find(u"D0120"_s)->fee, std::optional(core::Money::fromCents(6500)));
    QCOMPARE(fee->text(), u"65.00"_s);

    // New code D1110 overwrote D1110: refused, the code stays as it was.
    page->startNew();
    QTest::keyClicks(code, u"d1110"_s);
    retype(description, u"Oops"_s);
    retype(fee, u"99"_s);
    QVERIFY(!page->save());
    QCOMPARE(page->errors()->text(), u"There is already a procedure code \"D1110\"; select it in the list to change it."_s);
    QCOMPARE(codes.find(u"D1110"_s)->description, u"Prophylaxis - adult"_s);
    page->list()->setCurrentIndex(page->list()->model()->index(1, 0));
    QCOMPARE(code->text(), u"D1110"_s);

    // Remove asks first; Enter, Escape and a typed "y" keep the code; the button removes it.
    QStringList answers;
    const auto answer = [&](const std::function<void(QMessageBox *)> &how) {
        QTimer::singleShot(0, this, [&, how] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answers << box->defaultButton()->objectName();
                how(box);
            }
        });
        QTest::mouseClick(child<QPushButton>(page, u"remove"_s), Qt::LeftButton);
    };
    answer([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Y); QTest::keyClick(box, Qt::Key_Return); });
    answer([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    QCOMPARE(answers, (QStringList{u"keep"_s, u"keep"_s}));
    QVERIFY(codes.find(u"D1110"_s));
    QCOMPARE(page->status(), QString());
    answer([](QMessageBox *box) { box->findChild<QPushButton *>(u"confirmRemove"_s)->click(); });
    QCOMPARE(page->status(), u"Removed D1110."_s);
    QVERIFY(!codes.find(u"D1110"_s));
    QCOMPARE(page->list()->model()->rowCount(), 1);
    QCOMPARE(auditRows(*w.db, u"procedure_code"_s), qint64(4));
}

void tst_Settings::procedureCodeRefusedUntilCorrected_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("corrected");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("fee with three decimals/%s", b.constData())
            << backend << u"fee"_s << u"12.345"_s << u"12.345"_s << u"12.34"_s;
        QTest::addRow("negative fee/%s", b.constData())
            << backend << u"fee"_s << u"-5.00"_s << u"negative"_s << u"5.00"_s;
        QTest::addRow("no description/%s", b.constData())
            << backend << u"description"_s << QString() << u"has no description"_s << u"Prophylaxis"_s;
    }
}

void tst_Settings::procedureCodeRefusedUntilCorrected()
{
    QFETCH(QString, backend);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(QString, corrected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Window w = open(backend, 2);
    ui::ProcedureCodesPage *page = w.dialog->procedureCodesPage();
    page->startNew();
    QTest::keyClicks(child<QLineEdit>(page, u"code"_s), u"D1110"_s);
    retype(child<QLineEdit>(page, u"description"_s), u"Prophylaxis"_s);
    retype(child<QLineEdit>(page, u"fee"_s), u"110.00"_s);
    auto *edit = child<QLineEdit>(page, field);
    retype(edit, typed);

    QVERIFY(!page->save());
    QVERIFY(page->errors()->isVisible());
    QVERIFY2(page->errors()->text().contains(message), qPrintable(page->errors()->text()));
    QVERIFY(!core::ProcedureCodes(*w.db).find(u"D1110"_s));
    QCOMPARE(auditRows(*w.db, u"procedure_code"_s), qint64(0));

    retype(edit, corrected);
    QVERIFY(page->errors()->isHidden());
    QVERIFY(page->save());
    QVERIFY(core::ProcedureCodes(*w.db).find(u"D1110"_s));
}

void tst_Settings::modelsPassTester()
{
    ui::AdjustmentTypesModel types;
    QAbstractItemModelTester typesTester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
    types.setTypes({{u"discount"_s, u"Discount"_s, core::AdjustmentSign::Lowers},
                    {u"courtesy"_s, u"courtesy"_s, core::AdjustmentSign::Either}});
    QCOMPARE(types.rowCount(), 2);
    QCOMPARE(types.index(1, ui::AdjustmentTypesModel::Name).data().toString(), u"Courtesy"_s);
    QCOMPARE(types.index(0, ui::AdjustmentTypesModel::Sign).data().toString(), u"Lowers the balance"_s);
    types.setTypes({});
    QCOMPARE(types.rowCount(), 0);

    ui::ProcedureCodesModel codes;
    QAbstractItemModelTester codesTester(&codes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    codes.setCodes({{u"D1110"_s, u"Prophylaxis"_s, core::Money::fromCents(123450)}, {u"D9999"_s, u"Other"_s, std::nullopt}});
    QCOMPARE(codes.rowCount(), 2);
    QCOMPARE(codes.index(0, ui::ProcedureCodesModel::Fee).data().toString(), u"1,234.50"_s);
    QCOMPARE(codes.index(1, ui::ProcedureCodesModel::Fee).data().toString(), QString());
    codes.setCodes({});
    QCOMPARE(codes.rowCount(), 0);
}

void tst_Settings::systemTimeZoneIsAccepted()
{
    // The default must pass its own check, or a desk on a server set to Etc/UTC (which Qt 6.4
    // does not list as available) could not save anything while the zone is left as it is.
    const std::unique_ptr<core::Database> db = m_dbs.fresh(u"sqlite"_s);
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QCOMPARE(core::PracticeSettings(*db).problem(u"practice.time_zone"_s, system), QString());
    QVERIFY(!core::PracticeSettings(*db).problem(u"practice.time_zone"_s, u"Mars/Olympus"_s).isEmpty());
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
