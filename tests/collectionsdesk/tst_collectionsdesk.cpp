// The collections desk on real widgets driven from the keyboard, on both databases: the plan
// screen (CollectionPlanDialog) with its required-field rules said beside each field and its
// refusals at the top; the Collections page (CollectionsDialog) with its counts by code,
// lazy roster, Find, sort, the CLI's CSV, Set status and Take out of collections with a
// note; the Account view's collection status beside the billing status; 1024x600.
#include "../dialogs/DialogHelpers.h"

#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "billing/PatientResponsibilityPanel.h"
#include "billing/RunDailyBillingDialog.h"
#include "collections/BillingGroups.h"
#include "collections/CollectionAccountPanel.h"
#include "collections/CollectionAccountStore.h"
#include "collections/CollectionCodeCombo.h"
#include "collections/CollectionCodeTable.h"
#include "collections/CollectionPlanDialog.h"
#include "collections/CollectionPlanService.h"
#include "collections/CollectionRosterModel.h"
#include "collections/CollectionStatusDialog.h"
#include "collections/CollectionStatusService.h"
#include "collections/CollectionsDialog.h"
#include "collections/WebPayLists.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "dialogs/MoneyEdit.h"
#include "ledger/PaymentPoster.h"
#include "models/ItemRoles.h"
#include "print/LedgerText.h"
#include "users/UserDirectory.h"
#include "util/Clock.h"

#include "CliRun.h"
#include "TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;
using paydesk::test::TestDatabases;

namespace {

const QString manager = u"manager"_s;
// The practice's today in every test.
const QDateTime now(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC);

// CGM's codes as the reference's set-up makes them (IC 30 -> C2 30 -> AG, ND, NDF 30 -> IC,
// CP, CPF 15 -> AG), the integration naming them, and the practice's webPAY lists.
void setUpCollections(const core::Database &db)
{
    core::CollectionCodeTable(db, manager).addDefaults();
    core::WebPayLists lists(db, manager);
    lists.add(core::WebPayLists::List::Merchants, u"Main Street Dental"_s);
    lists.add(core::WebPayLists::List::Methods, u"Visa"_s);
}

// Owes 120.00 since January: delinquent (over 90 days, at least 25.00).
qint64 delinquentFamily(const core::Database &db, const QString &last)
{
    return addOwingFamily(db, last, u"Ana"_s, 12000, QDate(2026, 1, 5));
}

// Owes 300.00 from last week: not delinquent.
qint64 currentFamily(const core::Database &db, const QString &last, qint64 *patient = nullptr)
{
    return addOwingFamily(db, last, u"Tom"_s, 30000, QDate(2026, 5, 25), patient);
}

void putIn(const core::Database &db, qint64 family, const QString &code)
{
    core::CollectionStatusService(db, manager).set(family, code, u"set-up"_s);
}

// A delinquent family put in `code` by hand; returns the family.
qint64 inCollections(const core::Database &db, const QString &last, const QString &code = QStringLiteral("IC"))
{
    const qint64 family = delinquentFamily(db, last);
    putIn(db, family, code);
    return family;
}

// A collection payment plan of 40.00 every 30 days from today, as the CLI or the screen adds it.
void addCollectionPlan(const core::Database &db, qint64 family, std::optional<core::WebPay> webpay = std::nullopt)
{
    core::CollectionPlanDraft draft;
    draft.familyId = family;
    draft.kind = core::CollectionPlan::Kind::Collection;
    draft.start = now.date();
    draft.amount = core::Money::fromCents(4000);
    draft.paymentDays = 30;
    draft.webpay = std::move(webpay);
    core::CollectionPlanService(db, manager).add(draft);
}

QString messageOf(const QWidget &widget, const QString &name)
{
    const auto *label = widget.findChild<ui::ErrorLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

// Chooses `text` in a combo from the keyboard: the focus, then its first letters.
void choose(QComboBox *combo, const QString &text)
{
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(combo, text);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qint64> familiesShown(const ui::CollectionsDialog &page)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ui::IdRole).toLongLong();
    return ids;
}

QStringList codesShown(const ui::CollectionsDialog &page)
{
    QStringList texts;
    for (int row = 0; row < page.codesList()->count(); ++row)
        texts << page.codesList()->item(row)->text();
    return texts;
}

} // namespace

class tst_CollectionsDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planScreenSaves_data() { TestDatabases::addBackendTable(); }
    void planScreenSaves();
    void planScreenFieldRules_data();
    void planScreenFieldRules();
    void planScreenRefusals_data();
    void planScreenRefusals();
    void planScreenEditsAndEnds_data() { TestDatabases::addBackendTable(); }
    void planScreenEditsAndEnds();
    void rosterModelPages_data() { TestDatabases::addBackendTable(); }
    void rosterModelPages();
    void pageCountsFindAndSort_data() { TestDatabases::addBackendTable(); }
    void pageCountsFindAndSort();
    void pageCsvIsTheClis_data() { TestDatabases::addBackendTable(); }
    void pageCsvIsTheClis();
    void setStatusAndTakeOut_data() { TestDatabases::addBackendTable(); }
    void setStatusAndTakeOut();
    void frontDeskReadsOnly_data() { TestDatabases::addBackendTable(); }
    void frontDeskReadsOnly();
    void accountViewShowsBothStatuses_data() { TestDatabases::addBackendTable(); }
    void accountViewShowsBothStatuses();
    void screenshots();

private:
    // A fresh database with the collections set up (setUpCollections).
    std::unique_ptr<core::Database> practice(const QString &backend)
    {
        auto db = m_dbs.fresh(backend);
        setUpCollections(*db);
        return db;
    }

    TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_CollectionsDesk::initTestCase()
{
    useTestSettings(m_settings, u"tst_collectionsdesk"_s);
}

void tst_CollectionsDesk::planScreenSaves()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    qint64 patient = 0;
    const qint64 family = currentFamily(*db, u"Baker"_s, &patient);
    core::PaymentDraft payment;
    payment.patientId = patient;
    payment.date = QDate(2026, 5, 28);
    payment.amount = core::Money::fromCents(5000);
    core::PaymentPoster(*db, manager).post(payment);

    ui::CollectionPlanDialog dialog(*db, manager, family, u"Baker, Tom"_s);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.refusal(), QString());
    QVERIFY(!dialog.editing());
    // Information only, from the ledger.
    QCOMPARE(dialog.findChild<QLabel *>(u"lastPaymentDate"_s)->text(), ui::LedgerText::date(QDate(2026, 5, 28)));
    QCOMPARE(dialog.findChild<QLabel *>(u"lastPaymentAmount"_s)->text(),
             ui::LedgerText::money(core::Money::fromCents(5000)));
    // Not in collections: the reference's non-delinquent plan, failing to its failed code.
    QVERIFY(!dialog.delinquentBox()->isChecked());
    QCOMPARE(dialog.defaultStatusCombo()->code(), u"NDF"_s);
    QCOMPARE(focused(), dialog.startEdit()->lineEdit());

    // Start, amount as a clerk types it, days: Next Payment Date follows start + days.
    typeDate(dialog, u"start"_s, u"06/15/2026"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), dialog.amountEdit());
    typeText(u"$1,234.50"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), dialog.daysEdit());
    typeText(u"30"_s);
    QCOMPARE(dialog.nextEdit()->date(), QDate(2026, 7, 15));
    // Payment Days is two digits long, as the reference's field.
    typeText(u"5"_s);
    QCOMPARE(dialog.daysEdit()->text(), u"30"_s);
    // A Next Payment Date of the clerk's own stays when the terms change after it.
    typeDate(dialog, u"nextPaymentDate"_s, u"07/20/2026"_s);
    dialog.daysEdit()->setFocus(Qt::TabFocusReason);
    dialog.daysEdit()->selectAll();
    typeText(u"14"_s);
    QCOMPARE(dialog.nextEdit()->date(), QDate(2026, 7, 20));

    // webPAY: Merchant and Payment Method from the practice's lists, the card holder.
    QVERIFY(!dialog.merchantCombo()->isEnabled());
    dialog.webPayBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(dialog.merchantCombo()->isEnabled());
    choose(dialog.merchantCombo(), u"Main"_s);
    choose(dialog.methodCombo(), u"Visa"_s);
    dialog.holderEdit()->setFocus(Qt::TabFocusReason);
    typeText(u"Tom Baker"_s);
    dialog.zipEdit()->setFocus(Qt::TabFocusReason);
    typeText(u"60601"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(errorsOf(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.changed());

    const std::optional<core::CollectionPlan> plan = core::CollectionPlanService(*db, manager).current(family);
    QVERIFY(plan);
    QCOMPARE(plan->kind, core::CollectionPlan::Kind::NonDelinquent);
    QCOMPARE(plan->status, core::CollectionPlan::Status::Active);
    QCOMPARE(plan->start, QDate(2026, 6, 15));
    QCOMPARE(plan->amount, core::Money::fromCents(123450));
    QCOMPARE(plan->paymentDays, 14);
    QCOMPARE(plan->nextPaymentDate, QDate(2026, 7, 20));
    QCOMPARE(plan->defaultStatus, u"NDF"_s);
    QVERIFY(plan->webpay);
    QCOMPARE(plan->webpay->merchant, u"Main Street Dental"_s);
    QCOMPARE(plan->webpay->method, u"Visa"_s);
    QCOMPARE(plan->webpay->holder, u"Tom Baker"_s);
    QCOMPARE(plan->webpay->zip, u"60601"_s);
    QCOMPARE(core::CollectionStatusService(*db, manager).status(family).code, u"ND"_s);
}

void tst_CollectionsDesk::planScreenFieldRules_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("field"); // the widget typed into
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // the message label beside it
    QTest::addColumn<QString>("says");    // how what it says begins: the field's name first
    const struct
    {
        const char *name, *field, *text, *message, *says;
    } rows[] = {
            {"amount with three decimals",
             "amount",
             "12.345",
             "amountMessage",
             "Payment Amount: \"12.345\" has more than two decimals."},
            {"amount zero", "amount", "0.00", "amountMessage", "Payment Amount: 0.00 must be more than zero."},
            {"amount empty", "amount", "", "amountMessage", "Payment Amount: "},
            {"payment days 0", "paymentDays", "0", "paymentDaysMessage", "Payment Days: 0 is outside 1 to 99."},
            {"payment days empty", "paymentDays", "", "paymentDaysMessage", "Payment Days: "},
            {"next before the start", "nextPaymentDate", "06/01/2026", "nextPaymentDateMessage", "Next Payment Date: "},
            {"zip of four digits", "zip", "6060", "zipMessage", "Card Holder Zip Code: \"6060\" is not five digits."},
            {"zip with letters", "zip", "6060a", "zipMessage", "Card Holder Zip Code: \"6060a\" is not five digits."},
            {"webPAY without merchant", "merchant", "", "merchantMessage", "Merchant: required for a CGM webPAY plan."},
            {"webPAY without method", "method", "", "methodMessage", "Payment Method: required for a CGM webPAY plan."},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.name, qPrintable(backend))
                    << backend << QString::fromLatin1(row.field) << QString::fromLatin1(row.text)
                    << QString::fromLatin1(row.message) << QString::fromLatin1(row.says);
    }
}

void tst_CollectionsDesk::planScreenFieldRules()
{
    QFETCH(QString, backend);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QString, says);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    const qint64 family = currentFamily(*db, u"Baker"_s);

    ui::CollectionPlanDialog dialog(*db, manager, family, u"Baker, Tom"_s);
    QVERIFY(showActive(dialog));
    // A complete webPAY plan but for the one field of the row.
    typeDate(dialog, u"start"_s, u"06/10/2026"_s);
    dialog.amountEdit()->setFocus(Qt::TabFocusReason);
    typeText(u"50.00"_s);
    dialog.daysEdit()->setFocus(Qt::TabFocusReason);
    typeText(u"14"_s);
    dialog.webPayBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(focused(), Qt::Key_Space);
    choose(dialog.merchantCombo(), u"Main"_s);
    choose(dialog.methodCombo(), u"Visa"_s);
    dialog.zipEdit()->setFocus(Qt::TabFocusReason);
    typeText(u"60601"_s);

    if (auto *combo = dialog.findChild<QComboBox *>(field)) {
        combo->setCurrentIndex(0); // the blank: none chosen
    } else if (field == u"nextPaymentDate"_s) {
        typeDate(dialog, field, text);
    } else {
        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        typeText(text);
    }
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    QVERIFY2(messageOf(dialog, message).startsWith(says), qPrintable(errorsOf(dialog)));
    // Said beside that field only: every other field is fine.
    QCOMPARE(errorsOf(dialog), messageOf(dialog, message));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.changed());
    QVERIFY(!core::CollectionPlanService(*db, manager).current(family));
    QVERIFY(core::CollectionStatusService(*db, manager).status(family).code.isEmpty());

    // Corrected, the message goes as the clerk types.
    if (field == u"amount"_s) {
        dialog.amountEdit()->setFocus(Qt::TabFocusReason);
        dialog.amountEdit()->selectAll();
        typeText(u"50.00"_s);
        QCOMPARE(messageOf(dialog, message), QString());
    }
}

void tst_CollectionsDesk::planScreenRefusals_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("account"); // delinquent-in-collections, suppressed, current
    QTest::addColumn<bool>("delinquent"); // the Delinquent check box
    QTest::addColumn<bool>("refused");
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *name, const char *account, bool delinquent, bool refused) {
            QTest::addRow("%s/%s", name, qPrintable(backend))
                    << backend << QString::fromLatin1(account) << delinquent << refused;
        };
        row("non-delinquent plan for a delinquent account in collections", "in-collections", false, true);
        row("collection plan for a delinquent account in collections", "in-collections", true, false);
        row("non-delinquent plan in a group that suppresses collections", "suppressed", false, true);
        row("collection plan for an account not in collections", "current", true, true);
        row("non-delinquent plan for an account not in collections", "current", false, false);
    }
}

void tst_CollectionsDesk::planScreenRefusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, account);
    QFETCH(bool, delinquent);
    QFETCH(bool, refused);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    qint64 family = 0;
    if (account == u"in-collections"_s) {
        family = inCollections(*db, u"Moreau"_s);
    } else if (account == u"suppressed"_s) {
        family = currentFamily(*db, u"Okafor"_s);
        core::BillingGroups groups(*db, manager);
        groups.add(u"Courtesy"_s, true);
        groups.assign(family, u"Courtesy"_s);
    } else {
        family = currentFamily(*db, u"Baker"_s);
    }

    ui::CollectionPlanDialog dialog(*db, manager, family, {});
    QVERIFY(showActive(dialog));
    if (dialog.delinquentBox()->isChecked() != delinquent) {
        dialog.delinquentBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(focused(), Qt::Key_Space);
    }
    QCOMPARE(dialog.delinquentBox()->isChecked(), delinquent);
    // The service's own reason, at the top, with Save off.
    const QString why = core::CollectionPlanService(*db, manager)
                                .refusal(family,
                                         delinquent ? core::CollectionPlan::Kind::Collection
                                                    : core::CollectionPlan::Kind::NonDelinquent);
    QCOMPARE(!why.isEmpty(), refused);
    QCOMPARE(dialog.refusal(), why);
    QCOMPARE(messageOf(dialog, u"refusal"_s), why);
    QCOMPARE(dialog.saveButton()->isEnabled(), !refused);
    // Its Status for Default follows the kind: the integration's failed code for it.
    QCOMPARE(dialog.defaultStatusCombo()->code(), delinquent ? u"CPF"_s : u"NDF"_s);
    auto *stays = dialog.findChild<QLabel *>(u"defaultStatusStays"_s);
    QVERIFY(stays->isHidden());
    // Another code is one the account stays in, as the reference says.
    choose(dialog.defaultStatusCombo(), u"AG"_s);
    QCOMPARE(dialog.defaultStatusCombo()->code(), u"AG"_s);
    QVERIFY(!stays->isHidden());
}

void tst_CollectionsDesk::planScreenEditsAndEnds()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    const qint64 family = inCollections(*db, u"Moreau"_s);
    addCollectionPlan(*db, family);

    {
        ui::CollectionPlanDialog dialog(*db, manager, family, u"Moreau, Ana"_s);
        QVERIFY(showActive(dialog));
        QVERIFY(dialog.editing());
        QCOMPARE(dialog.refusal(), QString()); // its own Active plan is no refusal
        QVERIFY(dialog.delinquentBox()->isChecked());
        QVERIFY(!dialog.startEdit()->isEnabled());
        QVERIFY(dialog.endButton()->isVisible());
        QCOMPARE(dialog.nextEdit()->date(), QDate(2026, 7, 1));
        QCOMPARE(focused(), dialog.amountEdit());
        dialog.amountEdit()->selectAll();
        typeText(u"45.00"_s);
        // The patient will be late: the clerk types the agreed date.
        typeDate(dialog, u"nextPaymentDate"_s, u"07/10/2026"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(errorsOf(dialog), QString());
        QVERIFY(dialog.changed());
    }
    std::optional<core::CollectionPlan> plan = core::CollectionPlanService(*db, manager).current(family);
    QCOMPARE(plan->amount, core::Money::fromCents(4500));
    QCOMPARE(plan->nextPaymentDate, QDate(2026, 7, 10));
    QCOMPARE(plan->paymentDays, 30);

    ui::CollectionPlanDialog dialog(*db, manager, family, u"Moreau, Ana"_s);
    QVERIFY(showActive(dialog));
    QPointer<QTimer> answer = whenModal<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(u"Paid by the insurer"_s);
        input->accept();
    });
    QTest::mouseClick(dialog.endButton(), Qt::LeftButton);
    delete answer;
    QCOMPARE(errorsOf(dialog), QString());
    QVERIFY(dialog.changed());
    plan = core::CollectionPlanService(*db, manager).current(family);
    QCOMPARE(plan->status, core::CollectionPlan::Status::Ended);
    QCOMPARE(plan->endNote, u"Paid by the insurer"_s);
}

void tst_CollectionsDesk::rosterModelPages()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    QList<qint64> families;
    for (const QString &name : {u"Moreau"_s, u"Baker"_s, u"Okafor"_s, u"Diaz"_s, u"Bakewell"_s})
        families << inCollections(*db, name, name == u"Diaz"_s ? u"C2"_s : u"IC"_s);

    ui::CollectionRosterModel model(*db);
    model.setPageSize(2);
    model.setFilter({}, {});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, ui::CollectionRosterModel::Guarantor).data().toString(), u"Moreau, Ana"_s);
    QCOMPARE(model.index(0, ui::CollectionRosterModel::Balance).data().toString(), u"120.00"_s);
    QCOMPARE(model.index(0, ui::CollectionRosterModel::Code).data().toString(), u"IC"_s);

    // Find sifts the pages until a page's worth matches: "bake" is on the first and the last.
    model.setFilter(u"IC"_s, u"bake"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.row(0).familyId, families[1]);
    QCOMPARE(model.row(1).familyId, families[4]);
    model.fetchAll();
    QCOMPARE(model.rowCount(), 2);
    // An account number finds that account only.
    model.setFilter({}, QString::number(families[3]));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).code, u"C2"_s);

    // After the first page: the tester fetches more from inside a reset's signal, which it
    // then takes for an insertion during the reset (as tst_billingpage says).
    ui::CollectionRosterModel checked(*db);
    checked.setPageSize(2);
    checked.setFilter({}, {});
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.fetchAll();
    QCOMPARE(checked.rowCount(), 5);
    QVERIFY(!checked.canFetchMore({}));
}

void tst_CollectionsDesk::pageCountsFindAndSort()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    const qint64 moreau = inCollections(*db, u"Moreau"_s);
    const qint64 baker = inCollections(*db, u"Baker"_s);
    const qint64 okafor = inCollections(*db, u"Okafor"_s);
    const qint64 diaz = inCollections(*db, u"Diaz"_s, u"C2"_s);
    currentFamily(*db, u"Nobody"_s); // no collection status: not on the roster

    ui::CollectionsDialog page(*db, manager);
    QVERIFY(showActive(page));
    QCOMPARE(codesShown(page),
             (QStringList{u"All accounts (4)"_s,
                          u"AG (0) – Agency"_s,
                          u"C2 (1) – Second notice"_s,
                          u"CP (0) – Collection Payment Plan"_s,
                          u"CPF (0) – Collection Payment Plan Failed"_s,
                          u"IC (3) – Initial collection"_s,
                          u"ND (0) – Non-Delinquent Payment Plan"_s,
                          u"NDF (0) – Non-Delinquent Pmt Plan Failed"_s}));
    QCOMPARE(focused(), page.findEdit());
    QCOMPARE(familiesShown(page), (QList<qint64>{moreau, baker, okafor, diaz}));

    page.showCode(u"ic"_s);
    QCOMPARE(page.model()->code(), u"IC"_s);
    QCOMPARE(familiesShown(page), (QList<qint64>{moreau, baker, okafor}));
    // Sorting orders the whole code.
    page.view()->horizontalHeader()->setSortIndicator(ui::CollectionRosterModel::Guarantor, Qt::AscendingOrder);
    QCOMPARE(familiesShown(page), (QList<qint64>{baker, moreau, okafor}));

    // Find: part of a name, then an account number, typed.
    page.findEdit()->setFocus();
    typeText(u"oka"_s);
    QCOMPARE(familiesShown(page), QList<qint64>{okafor});
    page.findEdit()->selectAll();
    typeText(QString::number(baker));
    QCOMPARE(familiesShown(page), QList<qint64>{baker});

    // The chosen account's status, plan and history.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), page.view());
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(page.view()->currentId(), baker);
    QCOMPARE(page.accountPanel()->status().code, u"IC"_s);
    const auto *status = page.accountPanel()->findChild<QLabel *>(u"collectionStatus"_s);
    QCOMPARE(status->text(), u"IC – Initial collection since %1"_s.arg(ui::LedgerText::date(now.date())));
    QCOMPARE(page.accountPanel()->historyView()->model()->rowCount(), 1);

    // Populate Collection Roster is the daily run's dialog, up to a date.
    bool opened = false;
    QPointer<QTimer> answer = whenModal<ui::RunDailyBillingDialog>([&](ui::RunDailyBillingDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"populate"_s), Qt::LeftButton);
    delete answer;
    QVERIFY(opened);
}

void tst_CollectionsDesk::pageCsvIsTheClis()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::ConnectionSpec spec = m_dbs.freshSpec(backend);
    auto db = std::make_unique<core::Database>(spec);
    {
        const core::Clock::Override clock(now);
        setUpCollections(*db);
        inCollections(*db, u"Moreau"_s);
        inCollections(*db, u"Diaz"_s, u"C2"_s);
    }
    // The desk and the CLI read the roster on the same day (days in status count to it):
    // the computer's, as the CLI has no other.

    ui::CollectionsDialog page(*db, manager);
    QVERIFY(showActive(page));
    page.showCode(u"IC"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"desk.csv"_s);
    QVERIFY2(page.exportTo(path), qPrintable(errorsOf(page)));
    const QByteArray desk = contents(path);
    QVERIFY(desk.startsWith("family,guarantor,balance,delinquent,code,days_in_status,next_payment_date,plan_status"));
    QVERIFY(desk.contains("Moreau"));
    QVERIFY(!desk.contains("Diaz"));

    const QString cliPath = dir.filePath(u"cli.csv"_s);
    const test::CliRun run = test::runCli(TestDatabases::url(spec),
                                          manager,
                                          {u"collections"_s, u"roster"_s, u"--code"_s, u"IC"_s, u"--csv"_s, cliPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(desk, contents(cliPath));
}

void tst_CollectionsDesk::setStatusAndTakeOut()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    const qint64 moreau = inCollections(*db, u"Moreau"_s);

    ui::CollectionsDialog page(*db, manager);
    QVERIFY(showActive(page));
    QVERIFY(page.view()->selectId(moreau));

    // Set status: the code, a note (OK stays off without one).
    QString okWithoutNote;
    QPointer<QTimer> answer = whenModal<ui::CollectionStatusDialog>([&](ui::CollectionStatusDialog *dialog) {
        QCOMPARE(dialog->codeCombo()->code(), u"IC"_s);
        choose(dialog->codeCombo(), u"AG"_s);
        okWithoutNote = dialog->okButton()->isEnabled() ? u"on"_s : u"off"_s;
        QTest::keyClicks(dialog->noteEdit(), u"Sent to the agency early"_s);
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    });
    QTest::mouseClick(page.setStatusButton(), Qt::LeftButton);
    delete answer;
    QCOMPARE(okWithoutNote, u"off"_s);
    QCOMPARE(errorsOf(page), QString());
    QVERIFY(page.changed());
    QCOMPARE(core::CollectionStatusService(*db, manager).status(moreau).code, u"AG"_s);
    QCOMPARE(page.view()->currentId(), moreau);
    QCOMPARE(page.accountPanel()->status().code, u"AG"_s);
    QCOMPARE(page.accountPanel()->historyView()->model()->rowCount(), 2);
    QCOMPARE(page.accountPanel()->historyView()->model()->index(0, 4).data().toString(), u"Sent to the agency early"_s);
    QVERIFY(codesShown(page).contains(u"AG (1) – Agency"_s));

    // Take out of collections: a note, then the account leaves the roster.
    answer = whenModal<ui::CollectionStatusDialog>([&](ui::CollectionStatusDialog *dialog) {
        QVERIFY(!dialog->codeCombo());
        QTest::keyClicks(dialog->noteEdit(), u"Settled by phone"_s);
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    });
    QTest::mouseClick(page.takeOutButton(), Qt::LeftButton);
    delete answer;
    QCOMPARE(errorsOf(page), QString());
    QVERIFY(core::CollectionStatusService(*db, manager).status(moreau).code.isEmpty());
    QVERIFY(!familiesShown(page).contains(moreau));
    QCOMPARE(codesShown(page).first(), u"All accounts (0)"_s);
}

void tst_CollectionsDesk::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    const qint64 moreau = inCollections(*db, u"Moreau"_s);
    core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, clerk, core::Role::FrontDesk, u"clerk-password"_s);

    ui::CollectionsDialog page(*db, clerk);
    QVERIFY(showActive(page));
    QCOMPARE(familiesShown(page), QList<qint64>{moreau});
    for (QPushButton *button : {page.setStatusButton(),
                                page.takeOutButton(),
                                page.planButton(),
                                page.findChild<QPushButton *>(u"populate"_s)}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), u"Needs the billing manager role"_s);
    }
    // Writing a CSV file is the billing manager's too.
    QTemporaryDir dir;
    QVERIFY(!page.exportTo(dir.filePath(u"roster.csv"_s)));
    QVERIFY2(errorsOf(page).contains(u"billing manager"_s), qPrintable(errorsOf(page)));
    // And the account's history, from its list's own Export CSV.
    QVERIFY(page.view()->selectId(moreau));
    QVERIFY2(page.accountPanel()->historyView()->exportTo(dir.filePath(u"history.csv"_s)).contains(u"billing manager"_s),
             "the history was exported");
    QVERIFY(!QFile::exists(dir.filePath(u"history.csv"_s)));
}

void tst_CollectionsDesk::accountViewShowsBothStatuses()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const core::Clock::Override clock(now);
    auto db = practice(backend);
    const qint64 moreau = inCollections(*db, u"Moreau"_s);
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(moreau));
    account->showResponsibility();
    ui::PatientResponsibilityPanel *panel = account->responsibility();
    QCOMPARE(panel->findChild<QLabel *>(u"billingStatus"_s)->text().isEmpty(), false);
    QCOMPARE(panel->collectionStatusLabel()->text(),
             u"IC – Initial collection since %1"_s.arg(ui::LedgerText::date(now.date())));

    // Collections plan… opens the plan screen for the family; a collection plan saved there
    // shows at once.
    bool delinquent = false;
    QString refused;
    QPointer<QTimer> answer = whenModal<ui::CollectionPlanDialog>([&](ui::CollectionPlanDialog *dialog) {
        delinquent = dialog->delinquentBox()->isChecked();
        // Typed into the fields themselves: the window may not be active yet.
        QTest::keyClicks(dialog->amountEdit(), u"40"_s);
        QTest::keyClicks(dialog->daysEdit(), u"30"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        refused = errorsOf(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(panel->collectionPlanButton(), Qt::LeftButton);
    delete answer;
    QVERIFY(delinquent); // in collections: a collection payment plan
    QCOMPARE(refused, QString());
    QVERIFY2(panel->collectionStatusLabel()->text().startsWith(u"CP – Collection Payment Plan since"_s),
             qPrintable(panel->collectionStatusLabel()->text()));

    // Billing > Collections is on the menu; Open account there shows the chosen account on
    // the desk.
    const qint64 baker = inCollections(window.database(), u"Baker"_s, u"C2"_s);
    QAction *collections = window.findChild<QAction *>(u"collections"_s);
    QVERIFY(collections);
    QVERIFY(collections->isEnabled());
    answer = whenModal<ui::CollectionsDialog>([&](ui::CollectionsDialog *page) {
        page->showCode(u"C2"_s);
        if (page->view()->selectId(baker))
            QTest::mouseClick(page->findChild<QPushButton *>(u"openAccount"_s), Qt::LeftButton);
        if (page->isVisible())
            page->reject();
    });
    collections->trigger();
    delete answer;
    QCOMPARE(account->familyId(), baker);
}

void tst_CollectionsDesk::screenshots()
{
    const core::Clock::Override clock(now);
    auto db = practice(u"sqlite"_s);
    const QStringList names = {u"Moreau"_s, u"Baker"_s, u"Okafor"_s, u"Diaz"_s, u"Lindqvist"_s, u"Nguyen"_s};
    QList<qint64> families;
    for (int i = 0; i < names.size(); ++i)
        families << inCollections(*db, names[i], i < 3 ? u"IC"_s : i < 5 ? u"C2"_s : u"AG"_s);
    putIn(*db, families[1], u"C2"_s); // a history of two
    addCollectionPlan(*db, families[0], core::WebPay{u"Main Street Dental"_s, u"Visa"_s, u"Ana Moreau"_s, u"60601"_s});
    const qint64 current = currentFamily(*db, u"Walsh"_s);

    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1024, 600));
    ui::MainWindow window(std::move(db), manager);
    QVERIFY(showActive(window));
    const auto save = [&](QWidget &shown, const QString &name) { saveOverDesk(window, shown, name, u"en"_s); };
    ui::CollectionsDialog page(window.database(), manager, &window);
    QVERIFY(showActive(page));
    QVERIFY(page.view()->selectId(families[1]));
    save(page, u"collections-page"_s);

    ui::CollectionStatusDialog setStatus(window.database(),
                                         manager,
                                         ui::CollectionStatusDialog::Mode::Set,
                                         families[1],
                                         u"Baker, Ana · Account #%1"_s.arg(families[1]),
                                         &page);
    setStatus.codeCombo()->setCode(u"AG"_s);
    save(setStatus, u"collections-set-status"_s);

    ui::CollectionPlanDialog plan(window.database(), manager, current, u"Walsh, Tom"_s, &window);
    save(plan, u"collections-plan-new"_s);
    // Every field's problem at once, beside its field.
    plan.webPayBox()->setChecked(true);
    plan.zipEdit()->setText(u"6060"_s);
    plan.daysEdit()->setText(u"0"_s);
    plan.amountEdit()->setText(u"12.345"_s);
    QTest::mouseClick(plan.saveButton(), Qt::LeftButton);
    QVERIFY(!errorsOf(plan).isEmpty());
    save(plan, u"collections-plan-problems"_s);
    ui::CollectionPlanDialog refused(window.database(), manager, families[3], u"Diaz, Ana"_s, &window);
    refused.delinquentBox()->setChecked(false);
    save(refused, u"collections-plan-refused"_s);
    ui::CollectionPlanDialog editing(window.database(), manager, families[0], u"Moreau, Ana"_s, &window);
    save(editing, u"collections-plan-edit"_s);

    QVERIFY(window.accountView()->openFamily(families[0]));
    window.accountView()->showResponsibility();
    save(window, u"account-collections"_s);
}

int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_CollectionsDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_collectionsdesk.moc"
