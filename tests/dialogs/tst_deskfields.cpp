#include "DialogHelpers.h"
#include "TestDatabases.h"
#include "UiLanguage.h"

#include "AccountView.h"
#include "DeskCommands.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "balancer/BalancePage.h"
#include "balancer/FamilyBalancerDialog.h"
#include "dialogs/AdjustmentDialog.h"
#include "dialogs/AllocationGridModel.h"
#include "dialogs/BackDating.h"
#include "dialogs/ChargeDialog.h"
#include "dialogs/DateEdit.h"
#include "dialogs/DepositReportDialog.h"
#include "dialogs/ItemVoidDialog.h"
#include "dialogs/MoneyEdit.h"
#include "dialogs/NewPatientDialog.h"
#include "dialogs/PostPaymentDialog.h"
#include "dialogs/ReasonDialog.h"
#include "ledger/AccountReader.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/ProcedureCodes.h"
#include "print/LedgerText.h"
#include "print/ReceiptPrinter.h"
#include "reports/AgingDialog.h"
#include "settings/PracticeSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/DateText.h"
#include "util/Errors.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace paydesk::test::dialogs;
using paydesk::core::AccountReader;
using paydesk::core::Database;
using paydesk::core::FamilyAccount;
using paydesk::core::Money;
using namespace paydesk::ui;

namespace {

// "Today" in every test: the issue's own example day, noon UTC.
const QDate today(2026, 12, 6);

QDateTime noonOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC);
}

enum class Entry { Payment, Charge, Adjustment };

struct EntryRun
{
    QDate saved;      // the saved entry's date; null when nothing was saved
    QString question; // the back-dating question, when one was asked
    QString errors;   // what the dialog shows in red afterwards
};

// Opens the entry's dialog with its other fields filled in, types `dateText` into its date
// field and presses Enter there; a back-dating question is answered with `keep`.
EntryRun enterDated(const Database &db, const Family &family, Entry entry, const QString &dateText, bool keep)
{
    std::unique_ptr<QDialog> dialog;
    std::function<QDate()> saved;
    switch (entry) {
    case Entry::Payment: {
        auto *payment = new PostPaymentDialog(db, clerk, family.id, family.ana);
        dialog.reset(payment);
        showActive(*payment);
        typeText(u"10.00"_s);
        saved = [&, payment] {
            const qint64 id = payment->postedPaymentId();
            return id ? AccountReader(db).load(family.id).payment(id)->payment.date : QDate();
        };
        break;
    }
    case Entry::Charge: {
        auto *charge = new ChargeDialog(db, clerk, family.id, family.luis);
        dialog.reset(charge);
        showActive(*charge);
        typeFields({u"D1110"_s, u"Cleaning"_s, u"80.00"_s});
        saved = [&, charge] {
            const qint64 id = charge->chargeId();
            return id ? AccountReader(db).load(family.id).charge(id)->charge.date : QDate();
        };
        break;
    }
    case Entry::Adjustment: {
        auto *adjustment = new AdjustmentDialog(db, clerk, family.id, family.ana, 0);
        dialog.reset(adjustment);
        showActive(*adjustment);
        QTest::keyClick(focused(), Qt::Key_Tab); // from the type (discount) to the amount
        typeText(u"5.00"_s);
        saved = [&, adjustment] {
            const qint64 id = adjustment->adjustmentId();
            return id ? AccountReader(db).load(family.id).adjustment(id)->adjustment.date : QDate();
        };
        break;
    }
    }
    typeDate(*dialog, u"date"_s, dateText);
    EntryRun run;
    QPointer<QTimer> waiting = whenModal<QMessageBox>([&](QMessageBox *box) {
        run.question = box->text();
        box->findChild<QPushButton *>(keep ? u"keepDate"_s : u"goBack"_s)->click();
    });
    QTest::keyClick(focused(), Qt::Key_Return);
    delete waiting;
    run.errors = errorsOf(*dialog);
    run.saved = saved();
    return run;
}

qint64 entryCount(const Database &db, const Family &family, Entry entry)
{
    const FamilyAccount account = AccountReader(db).load(family.id);
    switch (entry) {
    case Entry::Payment:
        return account.payments.size();
    case Entry::Charge:
        return account.charges.size();
    case Entry::Adjustment:
        return account.adjustments.size();
    }
    return 0;
}

QString entryName(Entry entry)
{
    switch (entry) {
    case Entry::Payment:
        return u"payment"_s;
    case Entry::Charge:
        return u"charge"_s;
    case Entry::Adjustment:
        return u"adjustment"_s;
    }
    return {};
}

// Sets the practice's name, address and phone, and posts a payment of 45.00 by Ana today,
// allocated oldest first: its receipt shows every part of the header.
qint64 practiceReceipt(const Database &db, const Family &family)
{
    paydesk::core::PracticeSettings(db).set(clerk,
                                            {{u"practice.name"_s, u"Sunrise Family Dental"_s},
                                             {u"practice.address"_s, u"12 Harbor Road\nSpringfield, IL 62701"_s},
                                             {u"practice.phone"_s, u"(217) 555-0142"_s}});
    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 4500);
    draft.date = today;
    return paydesk::core::PaymentPoster(db, clerk)
            .post(draft, {}, paydesk::core::PaymentPoster::AutoAllocate::Family)
            .paymentId;
}

} // namespace

Q_DECLARE_METATYPE(Entry)

class tst_DeskFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void birthDate_data();
    void birthDate();
    void entryDate_data();
    void entryDate();
    void depositFollowsTheDateEntered();
    void reportDatesTyped();
    void arrowKeysNeverChangeTheYear();
    void calendarPopup();
    void altLetterReachesTheField_data();
    void altLetterReachesTheField();
    void backDatingAsksFirst_data();
    void backDatingAsksFirst();
    void autoAllocationSaysWhenItPaysLaterCharges_data();
    void autoAllocationSaysWhenItPaysLaterCharges();

    void adjustmentSignFromType_data();
    void adjustmentSignFromType();
    void adjustmentRefusesSignedAmount();
    void adjustmentAttachment_data();
    void adjustmentAttachment();
    void deskAttachesOnlyTheSelectedCharge_data();
    void deskAttachesOnlyTheSelectedCharge();

    void paymentAmountForms_data();
    void paymentAmountForms();
    void zeroPaymentSaysSo();
    void messagesClearWhenCorrected();
    void dialogsFitTheirMessages_data();
    void dialogsFitTheirMessages();
    void moneyMessagesFollowTheLocale_data();
    void moneyMessagesFollowTheLocale();
    void countsUsePluralForms_data();
    void countsUsePluralForms();
    void patientsListedWithoutGender();

    void receiptPrintsPracticeHeader_data();
    void receiptPrintsPracticeHeader();
    void printReceiptIsRemembered();
    void timesInThePracticeTimeZone_data();
    void timesInThePracticeTimeZone();
    void receiptOfferedAfterPosting_data();
    void receiptOfferedAfterPosting();

    void smallScreen_data();
    void smallScreen();

private:
    paydesk::test::TestDatabases m_dbs;
    QTemporaryDir m_settings;
    std::unique_ptr<paydesk::core::Clock::Override> m_clock;
};

void tst_DeskFields::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The desk's remembered choices go to a folder of this test, never the user's.
    QCoreApplication::setOrganizationName(u"PayDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_deskfields"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void tst_DeskFields::init()
{
    m_clock = std::make_unique<paydesk::core::Clock::Override>(noonOf(today));
}

void tst_DeskFields::cleanup()
{
    m_clock.reset();
}

void tst_DeskFields::birthDate_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("hint");    // the date understood, beside the field
    QTest::addColumn<QString>("message"); // under the field; empty when the date is taken
    QTest::addColumn<QDate>("saved");
    const QString unreadable = u"\"%1\" is not a date: type it as MM/DD/YYYY or YYYY-MM-DD."_s;
    const QDate may17(1990, 5, 17);
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, qPrintable(backend)) << backend;
        };
        // Typing 1990-05-17 or 05/17/1990 used to save 1 Dec 2026.
        row("iso") << u"1990-05-17"_s << u"Thu, May 17, 1990"_s << QString() << may17;
        row("us") << u"05/17/1990"_s << u"Thu, May 17, 1990"_s << QString() << may17;
        row("us-short") << u"5/17/90"_s << u"Thu, May 17, 1990"_s << QString() << may17;
        // Two digits are this year or before: 26 is 2026, 27 is 1927.
        row("two-digit-this-year") << u"1/2/26"_s << u"Fri, Jan 2, 2026"_s << QString() << QDate(2026, 1, 2);
        row("two-digit-last-century") << u"1/2/27"_s << u"Sun, Jan 2, 1927"_s << QString() << QDate(1927, 1, 2);
        // Was saved as 2026-12-02.
        row("future") << u"2030-01-01"_s << u"Tue, Jan 1, 2030"_s << u"01/01/2030 is after today (12/06/2026)."_s
                      << may17;
        row("tomorrow") << u"12/07/2026"_s << u"Mon, Dec 7, 2026"_s << u"12/07/2026 is after today (12/06/2026)."_s
                        << may17;
        row("too-old") << u"1899-12-31"_s << u"Sun, Dec 31, 1899"_s << u"12/31/1899 is before 01/01/1900."_s << may17;
        row("no-such-day") << u"02/30/1990"_s << QString() << unreadable.arg(u"02/30/1990"_s) << may17;
        row("day-first") << u"17/05/1990"_s << QString() << unreadable.arg(u"17/05/1990"_s) << may17;
        row("words") << u"May 17"_s << QString() << unreadable.arg(u"May 17"_s) << may17;
        row("blank") << QString() << QString() << u"Type a date as MM/DD/YYYY or YYYY-MM-DD."_s << may17;
    }
}

// A refused birth date is explained under the field and kept as typed, never replaced;
// corrected, the message goes at once and the patient is saved.
void tst_DeskFields::birthDate()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QString, hint);
    QFETCH(QString, message);
    QFETCH(QDate, saved);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);

    NewPatientDialog dialog(*db, clerk, 0);
    QVERIFY(showActive(dialog));
    typeFields({u"Okafor"_s, u"Chidi"_s});
    QTest::keyClick(focused(), Qt::Key_Tab);
    auto *birthDate = dialog.findChild<DateEdit *>(u"birthDate"_s);
    QVERIFY(birthDate->hasFocus());
    QVERIFY(birthDate->lineEdit()->text().isEmpty()); // no default birth date to forget
    typeText(typed);
    QCOMPARE(birthDate->hint(), hint);
    QTest::keyClick(focused(), Qt::Key_Return);

    if (!message.isEmpty()) {
        QVERIFY(dialog.isVisible());
        QCOMPARE(birthDate->message(), message);
        QCOMPARE(birthDate->lineEdit()->text(), typed);
        QVERIFY(birthDate->hasFocus());
        QCOMPARE(dialog.result().familyId, 0);
        birthDate->lineEdit()->selectAll();
        typeText(u"1990-05-17"_s);
        QCOMPARE(birthDate->message(), QString());
        QTest::keyClick(focused(), Qt::Key_Return);
    }
    QCOMPARE(static_cast<QDialog &>(dialog).result(), int(QDialog::Accepted));
    QCOMPARE(AccountReader(*db).load(dialog.result().familyId).guarantor()->birthDate, saved);
}

void tst_DeskFields::entryDate_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QString>("lockDate");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("saved");     // null when refused
    QTest::addColumn<QString>("message"); // under the date field
    const QString locked = u"%1 is on or before the lock date 06/30/2026 (Settings; config key ledger.lock_date): the "
                           "books of that period are closed."_s;
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (Entry entry : {Entry::Payment, Entry::Charge, Entry::Adjustment}) {
            const QByteArray name = entryName(entry).toLatin1();
            const auto row = [&](const char *form) -> QTestData & {
                return QTest::addRow("%s/%s/%s", name.constData(), form, qPrintable(backend)) << backend << entry;
            };
            row("today-iso") << QString() << u"2026-12-06"_s << today << QString();
            row("us") << QString() << u"12/01/2026"_s << QDate(2026, 12, 1) << QString();
            row("us-short") << QString() << u"12/1/26"_s << QDate(2026, 12, 1) << QString();
            row("last-year-iso") << QString() << u"2025-12-06"_s << QDate(2025, 12, 6) << QString();
            row("after-lock-date") << u"2026-06-30"_s << u"07/01/2026"_s << QDate(2026, 7, 1) << QString();
            row("tomorrow") << QString() << u"12/07/2026"_s << QDate() << u"12/07/2026 is after today (12/06/2026)."_s;
            row("next-year") << QString() << u"2027-01-05"_s << QDate() << u"01/05/2027 is after today (12/06/2026)."_s;
            row("on-lock-date") << u"2026-06-30"_s << u"06/30/2026"_s << QDate() << locked.arg(u"06/30/2026"_s);
            row("before-lock-date") << u"2026-06-30"_s << u"1/5/26"_s << QDate() << locked.arg(u"01/05/2026"_s);
            row("unreadable") << QString() << u"12/6"_s << QDate()
                              << u"\"12/6\" is not a date: type it as MM/DD/YYYY or YYYY-MM-DD."_s;
        }
    }
}

// Each entry's date as typed is the one saved; a refused one is said under the field before
// anything is asked or written. Only a back-dated entry asks first (answered "keep" here).
void tst_DeskFields::entryDate()
{
    QFETCH(QString, backend);
    QFETCH(Entry, entry);
    QFETCH(QString, lockDate);
    QFETCH(QString, typed);
    QFETCH(QDate, saved);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    if (!lockDate.isEmpty())
        paydesk::core::PracticeSettings(*db).set(clerk, u"ledger.lock_date"_s, lockDate);
    const qint64 before = entryCount(*db, family, entry);

    const EntryRun run = enterDated(*db, family, entry, typed, true);
    QCOMPARE(run.errors, message);
    QCOMPARE(run.saved, saved);
    QCOMPARE(run.question.isEmpty(), !saved.isValid() || saved == today);
    QCOMPARE(entryCount(*db, family, entry), before + (saved.isValid() ? 1 : 0));
}

void tst_DeskFields::depositFollowsTheDateEntered()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 2500);
    draft.date = QDate(2026, 12, 5);
    paydesk::core::PaymentPoster(*db, clerk).post(draft);
    DepositReportDialog dialog(*db, clerk);
    QVERIFY(showActive(dialog));
    auto *date = dialog.findChild<DateEdit *>(u"date"_s);
    QVERIFY(!dialog.findChild<QTableView *>(u"lines"_s)->wordWrap()); // one line per payment
    const auto *lines = dialog.findChild<QTableView *>(u"lines"_s)->model();
    const auto total = [&] { return dialog.findChild<QLabel *>(u"total"_s)->text(); };

    // On the way to 12/05/2026 the text reads 12/05/20, the year 2020: no report of it.
    typeDate(dialog, u"date"_s, u"12/05/2026"_s);
    QCOMPARE(dialog.report().date, QDate());
    QCOMPARE(total(), u"Press Enter to show 12/5/2026."_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Enter takes the date, it does not close the window
    QCOMPARE(dialog.report().date, QDate(2026, 12, 5));
    QCOMPARE(dialog.windowTitle(), u"Deposit report for 12/5/2026"_s);
    QCOMPARE(lines->rowCount(), 1);
    QCOMPARE(total(), u"1 payment(s), total 25.00"_s);

    // Refused: the message, and no list under it (the last one stayed).
    typeDate(dialog, u"date"_s, u"12/05/2026x"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(date->message(), u"\"12/05/2026x\" is not a date: type it as MM/DD/YYYY or YYYY-MM-DD."_s);
    QCOMPARE(dialog.report().date, QDate());
    QCOMPARE(dialog.windowTitle(), u"Deposit report"_s);
    QCOMPARE(lines->rowCount(), 0);
    QCOMPARE(total(), QString());
    QVERIFY(!dialog.findChild<QPushButton *>(u"exportCsv"_s)->isEnabled());

    // Tab finishes a date too; so does a step of Up or Down.
    typeDate(dialog, u"date"_s, u"12/4/2026"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(dialog.report().date, QDate(2026, 12, 4));
    date->lineEdit()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Up);
    QCOMPARE(dialog.report().date, QDate(2026, 12, 5));
    QCOMPARE(lines->rowCount(), 1);
}

void tst_DeskFields::reportDatesTyped()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    {
        DepositReportDialog dialog(*db, clerk);
        QVERIFY(showActive(dialog));
        QCOMPARE(dialog.report().date, today);
        typeDate(dialog, u"date"_s, u"12/5/26"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(dialog.report().date, QDate(2026, 12, 5));
        typeDate(dialog, u"date"_s, u"2026-12-07"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(errorsOf(dialog), u"12/07/2026 is after today (12/06/2026)."_s);
        QCOMPARE(dialog.report().date, QDate()); // nothing shown for a refused date
        typeDate(dialog, u"date"_s, u"2026-12-04"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(errorsOf(dialog), QString());
        QCOMPARE(dialog.report().date, QDate(2026, 12, 4));
    }
    {
        FamilyBalancerDialog dialog(*db, clerk, family.id);
        QVERIFY(showActive(dialog));
        dialog.findChild<QCheckBox *>(u"asOfEnabled"_s)->setChecked(true);
        typeDate(dialog, u"asOf"_s, u"01/31/2024"_s);
        QCOMPARE(dialog.balancePage()->options().asOf, QDate(2024, 1, 31));
        typeDate(dialog, u"asOf"_s, u"2030-01-01"_s);
        dialog.balancePage()->dryRun();
        QVERIFY(!dialog.balancePage()->hasSummary()); // never run as if no date were set
        QCOMPARE(dialog.findChild<DateEdit *>(u"asOf"_s)->message(), u"01/01/2030 is after today (12/06/2026)."_s);
    }
}

// Down on the year of a payment date once posted it into last year's deposit.
void tst_DeskFields::arrowKeysNeverChangeTheYear()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    auto *date = dialog.findChild<DateEdit *>(u"date"_s);
    QCOMPARE(date->date(), today);

    date->lineEdit()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Up); // not after today
    QCOMPARE(date->date(), today);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(date->date(), QDate(2026, 12, 5));
    QCOMPARE(date->lineEdit()->text(), u"12/05/2026"_s);

    typeDate(dialog, u"date"_s, u"01/03/2026"_s);
    for (int held = 0; held < 40; ++held) // a held key
        QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(date->date(), QDate(2026, 1, 1));
    QCOMPARE(date->message(), QString());
}

void tst_DeskFields::calendarPopup()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    ChargeDialog dialog(*db, clerk, family.id, family.luis);
    QVERIFY(showActive(dialog));
    auto *date = dialog.findChild<DateEdit *>(u"date"_s);
    date->lineEdit()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down, Qt::AltModifier);
    QWidget *popup = QApplication::activePopupWidget();
    QVERIFY(popup);
    auto *calendar = popup->findChild<QCalendarWidget *>();
    QCOMPARE(calendar->maximumDate(), today);
    QCOMPARE(calendar->selectedDate(), today);
    QTest::keyClick(focused(), Qt::Key_Left); // the day before
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(date->date(), QDate(2026, 12, 5));
    QCOMPARE(date->lineEdit()->text(), u"12/05/2026"_s);
    QVERIFY(date->hasFocus());
}

void tst_DeskFields::altLetterReachesTheField_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<int>("key"); // with Alt
    QTest::addColumn<QString>("field");
    QTest::newRow("charge/visit date") << u"charge"_s << int(Qt::Key_V) << u"date"_s;
    QTest::newRow("charge/amount") << u"charge"_s << int(Qt::Key_M) << u"amount"_s;
    QTest::newRow("adjustment/date") << u"adjustment"_s << int(Qt::Key_D) << u"date"_s;
    QTest::newRow("adjustment/amount") << u"adjustment"_s << int(Qt::Key_M) << u"amount"_s;
    QTest::newRow("payment/amount") << u"payment"_s << int(Qt::Key_M) << u"amount"_s;
    QTest::newRow("payment/date") << u"payment"_s << int(Qt::Key_D) << u"date"_s;
    QTest::newRow("refund/amount") << u"refund"_s << int(Qt::Key_M) << u"amount"_s;
    QTest::newRow("new patient/birth date") << u"patient"_s << int(Qt::Key_B) << u"birthDate"_s;
    QTest::newRow("deposit/date") << u"deposit"_s << int(Qt::Key_D) << u"date"_s;
    QTest::newRow("aging/as of") << u"aging"_s << int(Qt::Key_A) << u"asOf"_s;
    QTest::newRow("balancer/as of") << u"balancer"_s << int(Qt::Key_V) << u"asOf"_s;
}

// A label's Alt+letter puts the cursor in its field. It did nothing on the date fields and
// on the amounts with a message under them: their label's buddy (the DateEdit, or the cell
// of field and message) took no focus, and QLabel skips such a buddy.
void tst_DeskFields::altLetterReachesTheField()
{
    QFETCH(QString, dialog);
    QFETCH(int, key);
    QFETCH(QString, field);
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    std::unique_ptr<QDialog> window;
    if (dialog == u"charge")
        window = std::make_unique<ChargeDialog>(*db, clerk, family.id, family.luis);
    else if (dialog == u"adjustment")
        window = std::make_unique<AdjustmentDialog>(*db, clerk, family.id, family.ana, 0);
    else if (dialog == u"payment")
        window = std::make_unique<PostPaymentDialog>(*db, clerk, family.id, family.ana);
    else if (dialog == u"refund")
        window = std::make_unique<ReasonDialog>(
                ReasonDialog::Mode::Refund, u"Payment #7"_s, Money::fromCents(4500), paydesk::core::PaymentMethod::Card);
    else if (dialog == u"patient")
        window = std::make_unique<NewPatientDialog>(*db, clerk, family.id);
    else if (dialog == u"deposit")
        window = std::make_unique<DepositReportDialog>(*db, clerk);
    else if (dialog == u"aging")
        window = std::make_unique<AgingDialog>(*db, u"clerk"_s, today);
    else
        window = std::make_unique<FamilyBalancerDialog>(*db, clerk, family.id);
    QVERIFY(showActive(*window));
    QWidget *target = window->findChild<QWidget *>(field);
    QVERIFY(target);
    QWidget *text = target->focusProxy() ? target->focusProxy() : target;
    if (focused() == text)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY(focused() != text);

    QTest::keyClick(focused(), Qt::Key(key), Qt::AltModifier);
    // A check box's Alt+letter clicks it after its press animation: then the field it enables.
    QTRY_COMPARE(focused(), text);
}

void tst_DeskFields::backDatingAsksFirst_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QString>("question");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::addRow("payment/%s", qPrintable(backend))
                << backend << Entry::Payment
                << u"This payment is dated 12/06/2025, 365 day(s) ago. Post it with that date?"_s;
        QTest::addRow("charge/%s", qPrintable(backend))
                << backend << Entry::Charge
                << u"This charge is dated 12/06/2025, 365 day(s) ago. Save it with that date?"_s;
        QTest::addRow("adjustment/%s", qPrintable(backend))
                << backend << Entry::Adjustment
                << u"This adjustment is dated 12/06/2025, 365 day(s) ago. Save it with that date?"_s;
    }
}

// Enter alone, on the entry and then on the question, writes nothing.
void tst_DeskFields::backDatingAsksFirst()
{
    QFETCH(QString, backend);
    QFETCH(Entry, entry);
    QFETCH(QString, question);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const qint64 before = entryCount(*db, family, entry);

    QString asked;
    QString defaultButton;
    QPointer<QTimer> waiting = whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        defaultButton = box->defaultButton()->objectName();
        QTest::keyClick(box, Qt::Key_Return);
    });
    PostPaymentDialog *payment = nullptr;
    std::unique_ptr<QDialog> dialog;
    switch (entry) {
    case Entry::Payment:
        dialog.reset(payment = new PostPaymentDialog(*db, clerk, family.id, family.ana));
        QVERIFY(showActive(*dialog));
        typeText(u"10.00"_s);
        break;
    case Entry::Charge:
        dialog.reset(new ChargeDialog(*db, clerk, family.id, family.luis));
        QVERIFY(showActive(*dialog));
        typeFields({u"D1110"_s, u"Cleaning"_s, u"80.00"_s});
        break;
    case Entry::Adjustment:
        dialog.reset(new AdjustmentDialog(*db, clerk, family.id, family.ana, 0));
        QVERIFY(showActive(*dialog));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(u"5.00"_s);
        break;
    }
    typeDate(*dialog, u"date"_s, u"12/06/2025"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    delete waiting;

    QCOMPARE(asked, question);
    QCOMPARE(defaultButton, u"goBack"_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(entryCount(*db, family, entry), before);
    // Back in the date, its text selected: the next keys replace it.
    auto *date = dialog->findChild<DateEdit *>(u"date"_s);
    QCOMPARE(dialog->focusWidget(), date->lineEdit());
    QCOMPARE(date->lineEdit()->selectedText(), u"12/06/2025"_s);
}

void tst_DeskFields::autoAllocationSaysWhenItPaysLaterCharges_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("date");
    QTest::addColumn<QList<bool>>("marked"); // per grid row, oldest first
    QTest::addColumn<QString>("summary");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, qPrintable(backend)) << backend;
        };
        row("after-all-charges") << u"2026-12-06"_s << QList<bool>{false, false, false}
                                 << u"Post 40.00 by cash; allocate 40.00 to 3 charge(s); nothing stays unallocated."_s;
        row("before-two-charges") << u"01/12/2024"_s << QList<bool>{false, true, true}
                                  << u"Post 40.00 by cash; allocate 40.00 to 3 charge(s); nothing stays unallocated. "
                                     "2 charge(s) dated after the payment date are paid."_s;
    }
}

void tst_DeskFields::autoAllocationSaysWhenItPaysLaterCharges()
{
    QFETCH(QString, backend);
    QFETCH(QString, date);
    QFETCH(QList<bool>, marked);
    QFETCH(QString, summary);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(u"40.00"_s);
    typeDate(dialog, u"date"_s, date);
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), summary);
    const QAbstractItemModel *grid = dialog.findChild<QTableView *>(u"grid"_s)->model();
    QList<bool> shown;
    for (int row = 0; row < grid->rowCount(); ++row)
        shown << grid->index(row, AllocationGridModel::DateColumn).data(AllocationGridModel::AfterPaymentRole).toBool();
    QCOMPARE(shown, marked);
}

void tst_DeskFields::adjustmentSignFromType_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("typed");     // into the type list
    QTest::addColumn<QString>("code");      // the type chosen
    QTest::addColumn<QString>("direction"); // for a type that goes either way: "lowers" or "raises"
    QTest::addColumn<QString>("effect");
    QTest::addColumn<QString>("saved");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, qPrintable(backend)) << backend;
        };
        // Was saved as +11.00, raising the balance.
        row("discount") << u"discount"_s << u"discount"_s << QString() << u"Lowers the balance by 11.00."_s
                        << u"-11.00"_s;
        row("write-off") << u"write"_s << u"write-off"_s << QString() << u"Lowers the balance by 11.00."_s
                         << u"-11.00"_s;
        row("fee") << u"fee"_s << u"fee"_s << QString() << u"Raises the balance by 11.00."_s << u"11.00"_s;
        row("finance-charge") << u"finance"_s << u"finance-charge"_s << QString() << u"Raises the balance by 11.00."_s
                              << u"11.00"_s;
        row("either-lowers") << u"courtesy"_s << u"courtesy"_s << u"lowers"_s << u"Lowers the balance by 11.00."_s
                             << u"-11.00"_s;
        row("either-raises") << u"courtesy"_s << u"courtesy"_s << u"raises"_s << u"Raises the balance by 11.00."_s
                             << u"11.00"_s;
    }
}

void tst_DeskFields::adjustmentSignFromType()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, direction);
    QFETCH(QString, effect);
    QFETCH(QString, saved);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    paydesk::core::AdjustmentTypes(*db).ensure(u"courtesy"_s, clerk); // a type that goes either way

    AdjustmentDialog dialog(*db, clerk, family.id, family.ana, 0);
    QVERIFY(showActive(dialog));
    auto *type = dialog.findChild<QComboBox *>(u"type"_s);
    QCOMPARE(focused(), static_cast<QWidget *>(type));
    QCOMPARE(type->count(), int(paydesk::core::AdjustmentTypes(*db).list().size()));
    typeText(typed);
    QCOMPARE(type->currentData().toString(), code);
    auto *lowers = dialog.findChild<QRadioButton *>(u"lowers"_s);
    auto *raises = dialog.findChild<QRadioButton *>(u"raises"_s);
    QCOMPARE(lowers->isEnabled(), !direction.isEmpty());
    if (!direction.isEmpty()) {
        QVERIFY(!lowers->isChecked() && !raises->isChecked()); // asked each time
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(lowers));
        if (direction == u"raises")
            QTest::keyClick(focused(), Qt::Key_Right); // arrows move within the pair
        QTest::keyClick(focused(), Qt::Key_Space);
    }
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"amount"_s);
    typeText(u"11"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"effect"_s)->text(), effect);
    QTest::keyClick(focused(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto *adjustment = AccountReader(*db).load(family.id).adjustment(dialog.adjustmentId());
    QCOMPARE(adjustment->adjustment.type, code);
    QCOMPARE(adjustment->adjustment.amount.toString(), saved);
}

void tst_DeskFields::adjustmentRefusesSignedAmount()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    paydesk::core::AdjustmentTypes(*db).ensure(u"courtesy"_s, clerk);
    AdjustmentDialog dialog(*db, clerk, family.id, family.ana, 0);
    QVERIFY(showActive(dialog));
    typeText(u"courtesy"_s);
    QTest::keyClick(focused(), Qt::Key_Return); // which way, first
    QCOMPARE(errorsOf(dialog), u"Choose whether this Courtesy lowers or raises the balance."_s);
    QVERIFY(dialog.findChild<QRadioButton *>(u"lowers"_s)->hasFocus());
    QTest::keyClick(focused(), Qt::Key_Space);
    QCOMPARE(errorsOf(dialog), QString());

    auto *amount = dialog.findChild<MoneyEdit *>(u"amount"_s);
    amount->setFocus();
    typeText(u"-11"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(errorsOf(dialog), u"Type 11.00 without a sign: the type says whether it lowers or raises the balance."_s);
    amount->selectAll();
    typeText(u"0"_s);
    QCOMPARE(errorsOf(dialog), u"An adjustment must be more than 0.00."_s);
    QVERIFY(dialog.isVisible());
    QVERIFY(AccountReader(*db).load(family.id).adjustments.isEmpty());
}

void tst_DeskFields::adjustmentAttachment_data()
{
    QTest::addColumn<int>("offered"); // index into the family's charges, -1: none, -2: an unknown id
    QTest::addColumn<int>("attached");
    QTest::newRow("none") << -1 << -1;
    QTest::newRow("unknown-charge") << -2 << -1;
    QTest::newRow("oldest") << 0 << 0;
    QTest::newRow("newest") << 2 << 2;
}

void tst_DeskFields::adjustmentAttachment()
{
    QFETCH(int, offered);
    QFETCH(int, attached);
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    const qint64 chargeId = offered == -1 ? 0 : offered == -2 ? family.charges.last() + 100 : family.charges[offered];
    AdjustmentDialog dialog(*db, clerk, family.id, family.ana, chargeId);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.findChild<QComboBox *>(u"charge"_s)->currentData().toLongLong(),
             attached < 0 ? 0 : family.charges[attached]);
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeText(u"1.00"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    const auto *adjustment = AccountReader(*db).load(family.id).adjustment(dialog.adjustmentId());
    QVERIFY(adjustment);
    QCOMPARE(adjustment->adjustment.chargeId, attached < 0 ? 0 : family.charges[attached]);
    // Not attached, it is the served patient's, not another member's.
    if (attached < 0)
        QCOMPARE(adjustment->adjustment.patientId, family.ana);
}

void tst_DeskFields::deskAttachesOnlyTheSelectedCharge_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("ctrl-shift-a");
}

// Ctrl+Shift+A after opening an account used to attach the adjustment to the first row of
// the Charges list, the family's oldest (paid-off, another member's) charge: tabbing into a
// list makes its first row current without the clerk choosing it.
void tst_DeskFields::deskAttachesOnlyTheSelectedCharge()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const paydesk::core::Patient ana = *AccountReader(*db).load(family.id).member(family.ana);
    MainWindow window(std::move(db), clerk);
    QVERIFY(showActive(window));
    AccountView *account = window.accountView();
    window.openPatient(ana);
    account->showList(AccountView::List::Charges);
    ListTableView *charges = account->list(AccountView::List::Charges);
    charges->setFocus();
    QVERIFY(charges->currentIndex().isValid()); // current, but not chosen

    const auto offeredCharge = [&] {
        qint64 offered = -1;
        QPointer<QTimer> waiting = whenModal<AdjustmentDialog>([&](AdjustmentDialog *dialog) {
            offered = dialog->findChild<QComboBox *>(u"charge"_s)->currentData().toLongLong();
            dialog->reject();
        });
        showActive(window);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        delete waiting;
        return offered;
    };
    QCOMPARE(offeredCharge(), 0);

    QTest::keyClick(charges, Qt::Key_Down); // the clerk picks a row
    const qint64 picked = charges->currentId();
    QVERIFY(picked != 0);
    QCOMPARE(offeredCharge(), picked);

    account->showList(AccountView::List::Payments); // another list in front: nothing chosen
    QCOMPARE(offeredCharge(), 0);
}

void tst_DeskFields::paymentAmountForms_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("posted");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", name, qPrintable(backend)) << backend;
        };
        row("dollar") << u"en_US"_s << u"$25"_s << u"25.00"_s;
        row("plain") << u"en_US"_s << u"25"_s << u"25.00"_s;
        row("grouped") << u"en_US"_s << u"1,234.50"_s << u"1234.50"_s;
        row("dollar-grouped") << u"en_US"_s << u"$1,234.50"_s << u"1234.50"_s;
        row("spain-euro") << u"es_ES"_s << u"25,50 €"_s << u"25.50"_s;
        row("spain-grouped") << u"es_ES"_s << u"1.234,50"_s << u"1234.50"_s;
    }
}

void tst_DeskFields::paymentAmountForms()
{
    QFETCH(QString, backend);
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, posted);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(typed);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(errorsOf(dialog).isEmpty(), qPrintable(errorsOf(dialog)));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const FamilyAccount account = AccountReader(*db).load(family.id);
    QCOMPARE(account.payment(dialog.postedPaymentId())->payment.amount.toString(), posted);
}

void tst_DeskFields::zeroPaymentSaysSo()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(u"$0.00"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(errorsOf(dialog), u"A payment must be more than 0.00."_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"amountMessage"_s)->text(), u"A payment must be more than 0.00."_s);
    QVERIFY(!dialog.findChild<QPushButton *>(u"post"_s)->isEnabled());
    QVERIFY(dialog.isVisible());
    QVERIFY(AccountReader(*db).load(family.id).payments.isEmpty());
}

void tst_DeskFields::messagesClearWhenCorrected()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    ChargeDialog dialog(*db, clerk, family.id, family.luis);
    QVERIFY(showActive(dialog));
    typeFields({u"D1110"_s, u"Cleaning"_s, u"8o.00"_s});
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(errorsOf(dialog), u"\"8o.00\" is not an amount; write it like 1234.50."_s);
    QCOMPARE(focused()->objectName(), u"amount"_s);
    QTest::keyClick(focused(), Qt::Key_End);
    QTest::keyClick(focused(), Qt::Key_Backspace); // "8o.0": still wrong, the message follows the text
    QCOMPARE(errorsOf(dialog), u"\"8o.0\" is not an amount; write it like 1234.50."_s);
    static_cast<QLineEdit *>(focused())->selectAll();
    typeText(u"80"_s);
    QCOMPARE(errorsOf(dialog), QString());

    typeDate(dialog, u"date"_s, u"2026-12-24"_s); // out of range: said at once
    QCOMPARE(errorsOf(dialog), u"12/24/2026 is after today (12/06/2026)."_s);
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QTest::keyClick(focused(), Qt::Key_Backspace);
    typeText(u"04"_s);
    QCOMPARE(errorsOf(dialog), QString());
    QCOMPARE(dialog.findChild<DateEdit *>(u"date"_s)->hint(), u"Fri, Dec 4, 2026"_s);
}

void tst_DeskFields::dialogsFitTheirMessages_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("charge: a two-line amount message") << u"charge"_s;
    QTest::newRow("new patient: a birth date refused, then corrected") << u"patient"_s;
    QTest::newRow("void: a long preview and a refusal under it") << u"void"_s;
}

// A message that appears makes room for all its lines (a two-line amount error lost its
// second line; a void's preview was cut when a refusal appeared under it), and a form dialog
// gives the room back when it goes (New patient kept a blank band).
void tst_DeskFields::dialogsFitTheirMessages()
{
    QFETCH(QString, dialog);
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    // Every line of a label is shown, and nothing but the margin is left under the buttons.
    const auto fits = [](QDialog &window) {
        QCoreApplication::processEvents(); // the layout's own pass
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
                return u"\"%1\" shows %2 of %3 pixels"_s.arg(label->text())
                        .arg(label->height())
                        .arg(label->heightForWidth(label->width()));
        }
        const QLayout *layout = window.layout();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window.width())
                                                       : layout->totalSizeHint().height();
        if (window.height() > needed)
            return u"%1 pixels of blank"_s.arg(window.height() - needed);
        return QString();
    };
    if (dialog == u"charge") {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
        ChargeDialog charge(*db, clerk, family.id, family.luis);
        QVERIFY(showActive(charge));
        QCOMPARE(fits(charge), QString());
        typeFields({u"D1110"_s, u"Prophylaxis - adult"_s, u"25.50"_s});
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(errorsOf(charge).contains(u"the decimal separator is"_s));
        QCOMPARE(fits(charge), QString());
    } else if (dialog == u"patient") {
        NewPatientDialog patient(*db, clerk, family.id);
        QVERIFY(showActive(patient));
        QCOMPARE(fits(patient), QString());
        const int before = patient.height();
        typeFields({u"Rivera"_s, u"Lucia"_s});
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(u"5/17/1990x"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(!errorsOf(patient).isEmpty());
        QCOMPARE(fits(patient), QString());
        QTest::keyClick(focused(), Qt::Key_End);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QCOMPARE(errorsOf(patient), QString());
        QCOMPARE(fits(patient), QString());
        QCOMPARE(patient.height(), before);
    } else {
        QStringList preview{u"Payment #8: 116.50 by cash on 6/15/2026 from Haddad, Maria."_s,
                            u"These allocations are reversed, so the items owe again:"_s};
        for (int i = 0; i < 6; ++i)
            preview << u"• 19.40 to 99214 Office visit, established patient, moderate complexity of 4/23/2026 "
                       "(Haddad, Maria)"_s;
        ReasonDialog reason(ReasonDialog::Mode::Void, preview.join(u'\n'), Money(), paydesk::core::PaymentMethod::Cash);
        reason.setCommit([] {
            throw paydesk::core::Refusal(u"Payment #8 was refunded 20.00 already: voiding it would return that money "
                                         "twice, and this sentence is long enough to wrap onto a second line."_s);
        });
        QVERIFY(showActive(reason));
        QCOMPARE(fits(reason), QString());
        QTest::keyClicks(focused(), u"Wrong patient"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(reason.isVisible());
        QVERIFY(!errorsOf(reason).isEmpty());
        QCOMPARE(fits(reason), QString());
    }
}

void tst_DeskFields::moneyMessagesFollowTheLocale_data()
{
    QTest::addColumn<QString>("locale"); // empty: the invariant form of the CLI and CSV files
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("message");
    QTest::newRow("us-point") << u"en_US"_s << u"25.50"_s << qint64(2550) << QString();
    QTest::newRow("us-words") << u"en_US"_s << u"abc"_s << qint64(0)
                              << u"\"abc\" is not an amount; write it like 1234.50."_s;
    QTest::newRow("spain-comma") << u"es_ES"_s << u"25,50"_s << qint64(2550) << QString();
    QTest::newRow("spain-grouped") << u"es_ES"_s << u"1.234,50"_s << qint64(123450) << QString();
    // Neither 25,50 nor a grouped 2550 in Spain: refused, saying which separator is taken.
    QTest::newRow("spain-point") << u"es_ES"_s << u"25.50"_s << qint64(0)
                                 << u"\"25.50\" is not an amount here: the decimal separator is \",\"; "
                                    "write it like 1234,50."_s;
    QTest::newRow("spain-us-grouped") << u"es_ES"_s << u"1,234.50"_s << qint64(0)
                                      << u"\"1,234.50\" is not an amount here: the decimal separator is \",\"; "
                                         "write it like 1234,50."_s;
    QTest::newRow("spain-words") << u"es_ES"_s << u"abc"_s << qint64(0)
                                 << u"\"abc\" is not an amount; write it like 1234,50."_s;
    QTest::newRow("spain-empty") << u"es_ES"_s << QString() << qint64(0)
                                 << u"The amount is empty; write it like 1234,50."_s;
    QTest::newRow("spain-range") << u"es_ES"_s << u"1000000000000"_s << qint64(0)
                                 << u"\"1000000000000\" is out of range: amounts go up to 999.999.999.999,99."_s;
    QTest::newRow("invariant-words") << QString() << u"abc"_s << qint64(0)
                                     << u"\"abc\" is not an amount; write it like 1234.50."_s;
    QTest::newRow("invariant-range") << QString() << u"1000000000000"_s << qint64(0)
                                     << u"\"1000000000000\" is out of range: amounts go up to 999,999,999,999.99."_s;
    QTest::newRow("invariant-empty") << QString() << u" "_s << qint64(0)
                                     << u"The amount is empty; write it like 1234.50."_s;
}

void tst_DeskFields::moneyMessagesFollowTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(QString, message);
    const paydesk::core::MoneyParseResult parsed = locale.isEmpty() ? Money::parse(typed)
                                                                    : Money::parse(typed, QLocale(locale));
    QCOMPARE(parsed.error(), message);
    if (message.isEmpty())
        QCOMPARE(parsed.value().cents(), cents);
}

void tst_DeskFields::countsUsePluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // the back-dating question, the grid's note, the aging total
    QTest::newRow("English") << u"en"_s
                             << QStringList{u"This payment is dated 12/05/2026, 1 day ago. Post it with that date?"_s,
                                            u"1 charge dated after the payment date is paid."_s,
                                            u"1 family owes 40.00."_s};
    QTest::newRow("Spanish") << u"es"_s
                             << QStringList{
                                        u"Este pago tiene fecha 05/12/2026, hace 1 día. ¿Registrarlo con esa fecha?"_s,
                                        u"Se paga 1 cargo con fecha posterior a la del pago."_s,
                                        u"1 familia debe 40,00."_s};
}

// Counts are told with tr()'s plural forms, in English too ("1 day ago", never "1 day(s) ago").
void tst_DeskFields::countsUsePluralForms()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const paydesk::test::UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);

    QString question;
    QPointer<QTimer> asked = whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->reject();
    });
    QVERIFY(!BackDating::confirm(nullptr, BackDating::Entry::Payment, today.addDays(-1), today));
    delete asked;
    QCOMPARE(question, expected[0]);

    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(showActive(dialog));
    typeText(Money::fromCents(4000).toString(QLocale()));
    typeDate(dialog, u"date"_s, paydesk::core::DateText::format(QDate(2024, 1, 20), QLocale()));
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    const QString summary = dialog.findChild<QLabel *>(u"summary"_s)->text();
    QVERIFY2(summary.endsWith(expected[1]), qPrintable(summary));

    AgingDialog aging(*db, u"clerk"_s, today);
    QVERIFY2(aging.totals()->text().startsWith(expected[2]), qPrintable(aging.totals()->text()));
}

// "nacido el" (born, masculine) was said of every patient in Spanish, Ana and Jessica too.
void tst_DeskFields::patientsListedWithoutGender()
{
    const paydesk::test::UiLanguage ui(u"es"_s);
    QVERIFY(ui.isLoaded());
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    const auto *patient = dialog.findChild<QComboBox *>(u"patient"_s);
    QCOMPARE(patient->itemText(0), u"Rivera, Ana (nac. %1, responsable)"_s.arg(LedgerText::date(QDate(1980, 4, 2))));
    QCOMPARE(patient->itemText(1), u"Rivera, Luis (nac. %1)"_s.arg(LedgerText::date(QDate(2012, 9, 15))));
}

void tst_DeskFields::receiptPrintsPracticeHeader_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("practice-settings");
}

void tst_DeskFields::receiptPrintsPracticeHeader()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const qint64 paymentId = practiceReceipt(*db, family);

    QTextDocument receipt;
    receipt.setHtml(ReceiptPrinter::html(*db, paymentId));
    const QStringList lines = receipt.toPlainText().split(u'\n');
    QCOMPARE(lines.mid(0, 4),
             (QStringList{
                     u"Sunrise Family Dental"_s, u"12 Harbor Road"_s, u"Springfield, IL 62701"_s, u"(217) 555-0142"_s}));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    ReceiptPrinter::printToPdf(*db, paymentId, path);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    // The PDF's own text, where poppler-utils is installed to read it.
    if (const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s); !pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {path, u"-"_s});
        QVERIFY(process.waitForFinished());
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"Sunrise Family Dental"_s));
    }
}

void tst_DeskFields::timesInThePracticeTimeZone_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows("Kiritimati");
}

// A receipt and the deposit report said when on the computer's clock; the practice's is the
// one its books keep (practice.time_zone). Kiritimati is 14 hours ahead of UTC, so no
// computer's own zone can pass for it.
void tst_DeskFields::timesInThePracticeTimeZone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    const Family family = seedFamily(*db);
    const QTimeZone kiritimati("Pacific/Kiritimati");
    QVERIFY(kiritimati.isValid());
    paydesk::core::PracticeSettings(*db).set(clerk, u"practice.time_zone"_s, u"Pacific/Kiritimati"_s);
    const QLocale locale;
    const auto shown = [&](const QDateTime &moment) {
        const QDateTime there = moment.toTimeZone(kiritimati);
        return u"%1 %2"_s.arg(locale.toString(there.date(), u"M/d/yyyy"_s),
                              locale.toString(there.time(), QLocale::ShortFormat));
    };

    paydesk::core::PaymentDraft draft = paymentDraft(family.ana, 2500);
    draft.date = paydesk::core::LedgerCalendar(*db).today();
    const qint64 paymentId = paydesk::core::PaymentPoster(*db, clerk).post(draft).paymentId;
    const QDateTime posted = AccountReader(*db).load(family.id).payment(paymentId)->payment.createdAt;
    QTextDocument receipt;
    receipt.setHtml(ReceiptPrinter::html(*db, paymentId));
    QVERIFY2(receipt.toPlainText().contains(u"%1 on %2"_s.arg(clerk, shown(posted))), qPrintable(receipt.toPlainText()));

    // Printed at noon UTC: 2 AM the next day at the practice.
    QTextDocument deposit;
    deposit.setHtml(DepositReportDialog::html(paydesk::core::DepositReport::build(*db, draft.date), clerk, kiritimati));
    QVERIFY2(deposit.toPlainText().contains(
                     u"Printed by clerk on 12/7/2026 %1"_s.arg(locale.toString(QTime(2, 0), QLocale::ShortFormat))),
             qPrintable(deposit.toPlainText()));
}

void tst_DeskFields::printReceiptIsRemembered()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    const auto checkbox = [&](PostPaymentDialog &dialog) { return dialog.findChild<QCheckBox *>(u"printReceipt"_s); };
    QSettings().remove(u"desk/printReceipt"_s);
    {
        PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
        QVERIFY(checkbox(dialog)->isChecked()); // offered by default
        QVERIFY(dialog.printReceipt());
        checkbox(dialog)->setChecked(false);
    }
    {
        PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
        QVERIFY(!checkbox(dialog)->isChecked());
        QVERIFY(!dialog.printReceipt());
        checkbox(dialog)->setChecked(true);
    }
    PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
    QVERIFY(checkbox(dialog)->isChecked());
}

void tst_DeskFields::receiptOfferedAfterPosting_data()
{
    QTest::addColumn<bool>("printReceipt");
    QTest::newRow("checked") << true;
    QTest::newRow("unchecked") << false;
}

// Post payment, then the receipt's choice (print, save a PDF, close) when the box is checked.
void tst_DeskFields::receiptOfferedAfterPosting()
{
    QFETCH(bool, printReceipt);
    auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    QSettings().setValue(u"desk/printReceipt"_s, printReceipt);
    QWidget window;
    DeskCommands commands(&window);
    commands.setSession(db.get(), clerk);

    QString offer;
    QPointer<QTimer> offered;
    QPointer<QTimer> posting = whenModal<PostPaymentDialog>([&](PostPaymentDialog *dialog) {
        offered = whenModal<QMessageBox>([&](QMessageBox *box) {
            offer = box->objectName() + u": "_s + box->text();
            QVERIFY(box->findChild<QPushButton *>(u"print"_s));
            QVERIFY(box->findChild<QPushButton *>(u"savePdf"_s));
            box->reject();
        });
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amount"_s), u"$20"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"amount"_s), Qt::Key_Return);
    });
    const qint64 paymentId = commands.postPayment(family.id, family.ana);
    delete posting;
    delete offered;
    QVERIFY(paymentId > 0);
    QCOMPARE(offer,
             printReceipt ? u"receiptOffer: Print receipt #%1, or save it as a PDF?"_s.arg(paymentId) : QString());
}

void tst_DeskFields::smallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << u"en_US"_s;
    QTest::newRow("spanish") << u"es_ES"_s;
}

// Every dialog fits a 1024x600 screen (less the title bar) in English and Spanish with
// nothing cut off: each label, button and column header gets the width its text needs.
// Set PAYDESK_SCREENSHOT_DIR to keep the pictures.
void tst_DeskFields::smallScreen()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != u"en_US")
        QVERIFY(translator.load(u":/i18n/paydesk_%1.qm"_s.arg(language.left(2))));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    QTemporaryDir scratch;
    const QString target = QDir(qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR", scratch.path())).filePath(language);
    QVERIFY(QDir().mkpath(target));

    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    paydesk::core::AdjustmentTypes(*db).ensure(u"courtesy"_s, clerk);
    const QSize screen(1024, 600 - 40);
    const auto check = [&](QDialog &dialog, const QString &name) {
        QVERIFY(showActive(dialog));
        QCoreApplication::processEvents();
        const QSize minimum = dialog.minimumSizeHint();
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                 qPrintable(u"%1 needs %2x%3"_s.arg(name).arg(minimum.width()).arg(minimum.height())));
        dialog.resize(dialog.size().boundedTo(screen));
        QCoreApplication::processEvents();
        for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool text = qobject_cast<const QLabel *>(widget) || qobject_cast<const QAbstractButton *>(widget);
            if (!text || !widget->isVisible())
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->wordWrap())
                continue;
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(),
                     qPrintable(u"%1: \"%2\" is cut off"_s.arg(name, widget->property("text").toString())));
        }
        for (const QTableView *table : dialog.findChildren<QTableView *>()) {
            if (!table->isVisible()) // on another page
                continue;
            const QHeaderView *header = table->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(u"%1: the column \"%2\" is cut off"_s.arg(
                                 name, table->model()->headerData(column, Qt::Horizontal).toString())));
            }
        }
        QVERIFY(dialog.grab().save(QDir(target).filePath(name + u".png"_s)));
    };
    {
        PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
        QVERIFY(showActive(dialog));
        typeText(Money::fromCents(4000).toString(QLocale()));
        typeDate(dialog, u"date"_s, paydesk::core::DateText::format(QDate(2024, 1, 12), QLocale()));
        QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
        check(dialog, u"post-payment"_s);
    }
    {
        AdjustmentDialog dialog(*db, clerk, family.id, family.ana, family.charges[1]);
        dialog.findChild<QComboBox *>(u"type"_s)->setCurrentIndex(
                dialog.findChild<QComboBox *>(u"type"_s)->findData(u"courtesy"_s));
        dialog.findChild<QLineEdit *>(u"amount"_s)->setText(u"-2"_s);
        dialog.accept(); // shows what is missing next to the fields
        check(dialog, u"adjustment"_s);
    }
    {
        ChargeDialog dialog(*db, clerk, family.id, family.luis);
        typeDate(dialog, u"date"_s, u"2026-12-24"_s);
        check(dialog, u"charge"_s);
    }
    {
        NewPatientDialog dialog(*db, clerk, family.id);
        QVERIFY(showActive(dialog));
        typeFields({u"Rivera"_s, u"Sofia"_s});
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(u"2/30/2019"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        check(dialog, u"new-patient"_s);
    }
    {
        DepositReportDialog dialog(*db, clerk);
        check(dialog, u"deposit-report"_s);
    }
    {
        // A date typed and not yet entered: no list, and what Enter would show.
        DepositReportDialog dialog(*db, clerk);
        QVERIFY(showActive(dialog));
        typeDate(dialog, u"date"_s, paydesk::core::DateText::format(QDate(2026, 12, 5), QLocale()));
        check(dialog, u"deposit-report-typed"_s);
    }
    {
        PostPaymentDialog dialog(*db, clerk, family.id, family.ana);
        QVERIFY(showActive(dialog));
        typeText(u"-5"_s);
        check(dialog, u"post-payment-negative"_s);
    }
    {
        ChargeDialog dialog(*db, clerk, family.id, family.luis);
        QVERIFY(showActive(dialog));
        typeFields({u"D1110"_s, u"Prophylaxis - adult"_s, u"25.50x"_s});
        QTest::keyClick(focused(), Qt::Key_Return); // the amount refused under the field
        check(dialog, u"charge-amount-refused"_s);
    }
    {
        ItemVoidDialog dialog(*db, clerk, paydesk::core::ItemVoid::Item::Charge, family.charges[0]);
        check(dialog, u"void-charge"_s);
    }
    {
        paydesk::core::ProcedureCodes(*db).add(clerk, {u"D1110"_s, u"Prophylaxis - adult"_s, Money::fromCents(11000)});
        // Only the picture: its lists' columns are ListTableView's to fit.
        SettingsDialog dialog(*db, clerk);
        QVERIFY(showActive(dialog));
        dialog.resize(dialog.size().boundedTo(screen));
        for (int page = 0; page < dialog.tabs()->count(); ++page) {
            dialog.tabs()->setCurrentIndex(page);
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(target).filePath(u"settings-%1.png"_s.arg(page))));
        }
    }
    {
        ReasonDialog dialog(ReasonDialog::Mode::Refund,
                            u"Refund of payment #7 (45.00 by card)"_s,
                            Money::fromCents(4500),
                            paydesk::core::PaymentMethod::Card);
        check(dialog, u"refund"_s);
    }
    {
        // The receipt as printed, headed by the practice.
        const qint64 paymentId = practiceReceipt(*db, family);
        QTextDocument receipt;
        receipt.setHtml(ReceiptPrinter::html(*db, paymentId));
        receipt.setTextWidth(700);
        QImage page(receipt.size().toSize(), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        receipt.drawContents(&painter);
        painter.end();
        QVERIFY(page.save(QDir(target).filePath(u"receipt.png"_s)));
    }
    {
        // Only its date field is built here: the picture, not the whole window's check.
        FamilyBalancerDialog dialog(*db, clerk, family.id);
        QVERIFY(showActive(dialog));
        dialog.resize(dialog.size().boundedTo(screen));
        dialog.findChild<QCheckBox *>(u"asOfEnabled"_s)->setChecked(true);
        typeDate(dialog, u"asOf"_s, paydesk::core::DateText::format(QDate(2024, 1, 31), QLocale()));
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(QDir(target).filePath(u"family-balancer.png"_s)));
    }
}

QTEST_MAIN(tst_DeskFields)
#include "tst_deskfields.moc"
