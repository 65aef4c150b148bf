// The Family Balancer's screens driven offscreen on real databases: the dry run previews
// per family and writes nothing, a run writes what the core says it writes, Cancel keeps
// whole families, the Runs tab undoes a run, the account shows transfers net per
// patient/provider/clinic, and the Net Unearned Income report lists and opens families.
#include "AccountSummary.h"
#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "balancer/BalancePage.h"
#include "balancer/BalancerRunLog.h"
#include "balancer/FamilyBalancer.h"
#include "balancer/FamilyBalancerDialog.h"
#include "balancer/NetUnearnedDialog.h"
#include "balancer/NetUnearnedModel.h"
#include "balancer/OutcomesModel.h"
#include "balancer/PlanRowsModel.h"
#include "balancer/RunProgress.h"
#include "balancer/RunsModel.h"
#include "balancer/RunsPage.h"
#include "balancer/TransferLines.h"
#include "csv/CsvReader.h"
#include "import/BatchWriter.h"
#include "import/LedgerBatch.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerJson.h"
#include "models/ChargesModel.h"
#include "models/ItemRoles.h"
#include "models/LedgerModel.h"
#include "models/PaymentsModel.h"
#include "models/TransfersModel.h"
#include "models/UnearnedModel.h"

#include "MoneyTestFormat.h"
#include "TestDatabases.h"
#include "UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using core::Money;
using Tester = QAbstractItemModelTester;

namespace {

const QString clerk = u"maria"_s;

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

// A converted practice: every payment unallocated, as conversions leave them.
//   1 Rivera (worked example a): Gloria owes 100.00 (2024-01-05), Luis 100.00 (2024-01-10);
//     Ana paid 150.00 on 2024-02-01. Any method gives Gloria 100.00 and Luis 50.00.
//   2 Chen (example c): Wei prepaid 130.00 on 2023-12-01; Wei owes 50.00 (DR1), Li 80.00 (DR2).
//   3 Okafor: a negative payment of -40.00 with nothing to offset; refused by every method.
//   4 Novak: already balanced (a 60.00 charge paid by its own split).
//   5 Silva: 75.00 kept as unearned income on 2024-03-01 while a 20.00 charge is open.
struct Practice
{
    enum : qint64 { rivera = 1, chen, okafor, novak, silva };
    enum : qint64 { gloria = 11, ana, luis, wei = 21, li, chidi = 31, petra = 41, rosa = 51 };
    enum : qint64 { gloriaCharge = 101, luisCharge, weiCharge, liCharge, chidiCharge, petraCharge, rosaCharge };
    enum : qint64 { anaPayment = 201, weiPayment, chidiPayment, petraPayment, rosaPayment };
    enum : qint64 { dr1 = 1, dr2 = 2, mainClinic = 1 };

    static void write(const core::Database &db)
    {
        core::LedgerBatch batch;
        batch.families = {rivera, chen, okafor, novak, silva};
        batch.providers = {{dr1, u"DR1"_s, u"Dr. One"_s}, {dr2, u"DR2"_s, u"Dr. Two"_s}};
        batch.clinics = {{mainClinic, u"MAIN"_s, u"Main street"_s}};
        const auto patient = [&](qint64 id, qint64 family, const char *last, const char *first, bool guarantor) {
            batch.patients.append(
                    {id, family, QString::fromLatin1(last), QString::fromLatin1(first), QDate(1980, 1, 1), guarantor});
        };
        patient(gloria, rivera, "Rivera", "Gloria", true);
        patient(ana, rivera, "Rivera", "Ana", false);
        patient(luis, rivera, "Rivera", "Luis", false);
        patient(wei, chen, "Chen", "Wei", true);
        patient(li, chen, "Chen", "Li", false);
        patient(chidi, okafor, "Okafor", "Chidi", true);
        patient(petra, novak, "Novak", "Petra", true);
        patient(rosa, silva, "Silva", "Rosa", true);
        const auto charge = [&](qint64 id, qint64 patientId, qint64 provider, const QDate &date, const char *amount) {
            batch.charges.append(
                    {id, patientId, provider, mainClinic, date, u"D1110"_s, u"Prophylaxis"_s, money(amount)});
        };
        charge(gloriaCharge, gloria, dr1, QDate(2024, 1, 5), "100.00");
        charge(luisCharge, luis, dr1, QDate(2024, 1, 10), "100.00");
        charge(weiCharge, wei, dr1, QDate(2024, 1, 5), "50.00");
        charge(liCharge, li, dr2, QDate(2024, 1, 10), "80.00");
        charge(chidiCharge, chidi, dr1, QDate(2024, 1, 5), "30.00");
        charge(petraCharge, petra, dr1, QDate(2024, 1, 5), "60.00");
        charge(rosaCharge, rosa, dr1, QDate(2024, 1, 5), "20.00");
        const auto payment = [&](qint64 id, qint64 patientId, const QDate &date, const char *amount) {
            core::Payment p;
            p.id = id;
            p.patientId = patientId;
            p.date = date;
            p.amount = money(amount);
            p.method = core::PaymentMethod::Check;
            batch.payments.append(p);
        };
        payment(anaPayment, ana, QDate(2024, 2, 1), "150.00");
        payment(weiPayment, wei, QDate(2023, 12, 1), "130.00");
        payment(chidiPayment, chidi, QDate(2024, 2, 1), "-40.00");
        payment(petraPayment, petra, QDate(2024, 2, 1), "60.00");
        payment(rosaPayment, rosa, QDate(2024, 3, 1), "75.00");
        batch.allocations.append({301,
                                  petraPayment,
                                  core::AllocationTarget::charge(petraCharge),
                                  money("60.00"),
                                  petra,
                                  dr1,
                                  mainClinic,
                                  core::AllocationRule::Import});
        batch.allocations.append({302,
                                  rosaPayment,
                                  core::AllocationTarget::unearned(),
                                  money("75.00"),
                                  rosa,
                                  0,
                                  mainClinic,
                                  core::AllocationRule::Import});
        core::BatchWriter::write(db, batch, clerk, u"test"_s);
    }
};

// What a method does to the practice, as the issue's worked examples say.
struct Expected
{
    qint64 changed = 0;
    qint64 refused = 0;
    qint64 rows = 0;
    Money moved;
    qint64 riveraRows = 0; // allocation rows planned for the Riveras
};

void addMethodRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("method");
    QTest::addColumn<qint64>("changed");
    QTest::addColumn<qint64>("refused");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<Money>("moved");
    QTest::addColumn<int>("silvaRows");
    QTest::addColumn<Money>("silvaTakenBack");
    // The Riveras and the Chens change, each with two allocation rows (held by a $0 transfer
    // for the transfer methods, which is no row of the count); the Okafors are refused. A transfer moves 20.00 of the
    // Silvas' unearned income to Rosa's open charge (out of unearned, into the charge);
    // recreate takes the whole 75.00 split back and splits it again: 20.00 to the charge,
    // 55.00 to unearned income, which counts as moved too.
    const struct
    {
        const char *tag;
        core::BalancerMethod method;
        qint64 rows;
        const char *moved;
        int silvaRows;
        const char *silvaTakenBack;
    } methods[] = {
            {"transfer-rigorous", core::BalancerMethod::TransferRigorous, 2 + 2 + 2, "300.00", 2, "-20.00"},
            {"transfer-fifo", core::BalancerMethod::TransferFifo, 2 + 2 + 2, "300.00", 2, "-20.00"},
            {"recreate", core::BalancerMethod::Recreate, 2 + 2 + 3, "355.00", 3, "-75.00"},
    };
    for (const QString &backend : test::TestDatabases::backends()) {
        for (const auto &m : methods)
            QTest::addRow("%s/%s", m.tag, qPrintable(backend))
                    << backend << int(m.method) << qint64(3) << qint64(1) << m.rows << money(m.moved) << m.silvaRows
                    << money(m.silvaTakenBack);
    }
}

// Answers the next message box with `answer`, recording its text (and informative text).
void answerNextMessageBox(QMessageBox::StandardButton answer, QString *text, QString *informative = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        if (informative)
            *informative = box->informativeText();
        box->button(answer)->click();
    });
    timer->start();
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The visible rows of a list, by the IdRole of each row.
int rowOfId(const QAbstractItemModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ui::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

qint64 allocationCount(const core::Database &db)
{
    qint64 rows = 0;
    for (const core::FamilyAccount &account : core::AccountReader(db).loadRange(1, Practice::silva))
        rows += account.allocations.size() + account.payments.size();
    return rows;
}

// Selects each family of the balancer's outcomes in turn: the rows listed for it are as many
// as its Rows cell says. Returns the rows of all of them.
int checkListedRows(ui::BalancePage *page)
{
    const QAbstractItemModel *outcomes = page->outcomes()->model();
    int listed = 0;
    for (int row = 0; row < outcomes->rowCount(); ++row) {
        page->outcomes()->setCurrentIndex(outcomes->index(row, 0));
        const QString shown = cell(outcomes, row, ui::OutcomesModel::Rows);
        if (shown.isEmpty()) // refused
            continue;
        const int rows = page->planRows()->model()->rowCount();
        if (shown != QString::number(rows))
            qWarning("family %s: Rows %s, %d listed", qPrintable(cell(outcomes, row, ui::OutcomesModel::Family)),
                     qPrintable(shown), rows);
        listed += shown == QString::number(rows) ? rows : -1'000'000;
    }
    return listed;
}

// Allocation and spread rows that carry the run's id: what it wrote.
qint64 rowsOfRun(const core::Database &db, qint64 runId)
{
    qint64 rows = 0;
    for (const core::FamilyAccount &account : core::AccountReader(db).loadRange(1, Practice::silva)) {
        for (const core::Allocation &a : account.allocations)
            rows += a.runId == runId ? 1 : 0;
        for (const core::ClaimSpread &spread : account.claimSpreads)
            rows += spread.runId == runId ? 1 : 0;
    }
    return rows;
}

QList<QStringList> readCsv(const QString &path)
{
    core::CsvReader reader(path);
    QList<QStringList> rows;
    if (!reader.readHeader())
        return rows;
    rows << reader.header();
    while (reader.readRecord()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << reader.field(i);
        rows << fields;
    }
    return rows;
}

} // namespace

class tst_BalancerUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void dryRunPreviewsAndWritesNothing_data();
    void dryRunPreviewsAndWritesNothing();
    void runWritesWhatTheCoreSays_data();
    void runWritesWhatTheCoreSays();
    void cancelKeepsWholeFamilies_data();
    void cancelKeepsWholeFamilies();
    void undoFromRunsTab_data();
    void undoFromRunsTab();
    void deskRefreshesAfterRun_data();
    void deskRefreshesAfterRun();
    void insuranceOnChargesAndInPlan_data();
    void insuranceOnChargesAndInPlan();
    void transferLinesNetPerCombination_data();
    void transferLinesNetPerCombination();
    void netUnearnedListsAndOpensFamily_data();
    void netUnearnedListsAndOpensFamily();
    void smallScreen_data();
    void smallScreen();

private:
    std::unique_ptr<core::Database> practice(const QString &backend);

    test::TestDatabases m_dbs;
    QTranslator m_english;
};

void tst_BalancerUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // As the program does: English carries the plural forms ("1 family", "2 families").
    QVERIFY(m_english.load(u":/i18n/paydesk_en.qm"_s));
    QCoreApplication::installTranslator(&m_english);
}

std::unique_ptr<core::Database> tst_BalancerUi::practice(const QString &backend)
{
    std::unique_ptr<core::Database> db = m_dbs.fresh(backend);
    Practice::write(*db);
    return db;
}

void tst_BalancerUi::dryRunPreviewsAndWritesNothing_data()
{
    addMethodRows();
}

void tst_BalancerUi::dryRunPreviewsAndWritesNothing()
{
    QFETCH(QString, backend);
    QFETCH(int, method);
    QFETCH(qint64, changed);
    QFETCH(qint64, refused);
    QFETCH(qint64, rows);
    QFETCH(Money, moved);
    QFETCH(int, silvaRows);
    QFETCH(Money, silvaTakenBack);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<core::Database> db = practice(backend);
    const qint64 rowsBefore = allocationCount(*db);

    ui::FamilyBalancerDialog dialog(*db, clerk, Practice::rivera);
    dialog.show();
    ui::BalancePage *page = dialog.balancePage();
    Tester outcomesTester(page->outcomes()->proxy()->sourceModel(), Tester::FailureReportingMode::QtTest);
    Tester rowsTester(page->planRows()->proxy()->sourceModel(), Tester::FailureReportingMode::QtTest);
    QVERIFY(child<QRadioButton>(&dialog, "scopeFamily")->isChecked());
    QTest::mouseClick(child<QRadioButton>(&dialog, "scopeAll"), Qt::LeftButton);
    auto *methods = child<QComboBox>(&dialog, "method");
    methods->setCurrentIndex(methods->findData(method));
    QTest::mouseClick(child<QPushButton>(&dialog, "dryRun"), Qt::LeftButton);

    QVERIFY(page->hasSummary());
    const core::BalancerSummary &summary = page->summary();
    QVERIFY(summary.dryRun);
    QCOMPARE(summary.changed.size(), changed);
    QCOMPARE(summary.refused.size(), refused);
    QCOMPARE(summary.rowsWritten, rows);
    QCOMPARE(summary.amountMoved, moved);
    QCOMPARE(summary.familiesSeen, qint64(5));

    // The table is the summary, family by family, and says why the Okafors were refused.
    const QAbstractItemModel *outcomes = page->outcomes()->model();
    QCOMPARE(outcomes->rowCount(), int(changed + refused));
    for (const core::FamilyOutcome &o : summary.changed) {
        const int row = rowOfId(outcomes, o.familyId);
        QVERIFY(row >= 0);
        QCOMPARE(cell(outcomes, row, ui::OutcomesModel::Outcome), u"Would change"_s);
        QCOMPARE(cell(outcomes, row, ui::OutcomesModel::Rows), QString::number(o.rows));
        QCOMPARE(cell(outcomes, row, ui::OutcomesModel::Moved), o.moved.toString(QLocale()));
    }
    const int okafor = rowOfId(outcomes, Practice::okafor);
    QCOMPARE(cell(outcomes, okafor, ui::OutcomesModel::Outcome), u"Refused"_s);
    QVERIFY(cell(outcomes, okafor, ui::OutcomesModel::Reason).contains(QString::number(Practice::chidiPayment)));
    QCOMPARE(rowOfId(outcomes, Practice::novak), -1);
    QVERIFY(child<QLabel>(&dialog, "headline")->text().contains(moved.toString(QLocale())));
    // What each family's Rows says is what its details list, and they add up to the headline's rows.
    QCOMPARE(checkListedRows(page), int(rows));
    page->outcomes()->setCurrentIndex(outcomes->index(0, 0));

    // Down from the first row (the Riveras) reads the family and shows its planned rows:
    // Ana's 150.00 pays Gloria's 100.00 and 50.00 of Luis's charge.
    QCOMPARE(page->outcomes()->currentId(), qint64(Practice::rivera));
    const QAbstractItemModel *planned = page->planRows()->model();
    QCOMPARE(planned->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(cell(planned, row, ui::PlanRowsModel::Payment)
                        .startsWith(u"#%1 Check 150.00"_s.arg(Practice::anaPayment)));
    QCOMPARE(cell(planned, 0, ui::PlanRowsModel::Patient), u"Rivera, Gloria"_s);
    QCOMPARE(cell(planned, 0, ui::PlanRowsModel::Amount), u"100.00"_s);
    QVERIFY(cell(planned, 0, ui::PlanRowsModel::PaidTo).startsWith(u"#%1 D1110"_s.arg(Practice::gloriaCharge)));
    QCOMPARE(cell(planned, 1, ui::PlanRowsModel::Patient), u"Rivera, Luis"_s);
    QCOMPARE(cell(planned, 1, ui::PlanRowsModel::Amount), u"50.00"_s);
    QCOMPARE(cell(planned, 0, ui::PlanRowsModel::Provider), u"DR1"_s);

    page->outcomes()->setFocus();
    QTest::keyClick(page->outcomes(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(page->outcomes()->currentId(), qint64(Practice::silva));
    QCOMPARE(planned->rowCount(), silvaRows);
    QCOMPARE(cell(planned, 0, ui::PlanRowsModel::PaidTo), u"Unearned income"_s);
    QCOMPARE(cell(planned, 0, ui::PlanRowsModel::Amount), silvaTakenBack.toString(QLocale()));
    QTest::keyClick(page->outcomes(), Qt::Key_Up);
    QCOMPARE(page->outcomes()->currentId(), qint64(Practice::okafor));
    QCOMPARE(planned->rowCount(), 0);
    QVERIFY(child<QLabel>(&dialog, "details")->text().contains(u"left untouched"_s));

    // The summary exports as shown.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"summary.csv"_s);
    QCOMPARE(page->outcomes()->exportTo(path), QString());
    const QList<QStringList> csv = readCsv(path);
    QCOMPARE(csv.size(), int(1 + changed + refused));
    QCOMPARE(csv.at(0), (QStringList{u"Account #"_s, u"Outcome"_s, u"Rows"_s, u"Amount moved"_s, u"Why refused"_s}));
    QCOMPARE(csv.at(1).mid(0, 4),
             (QStringList{u"1"_s,
                          u"Would change"_s,
                          QString::number(summary.changed.at(0).rows),
                          summary.changed.at(0).moved.toString()}));

    // Nothing was written and no run was recorded.
    QCOMPARE(allocationCount(*db), rowsBefore);
    QCOMPARE(core::BalancerRunLog(*db, clerk).all().size(), 0);
    QCOMPARE(dialog.runsPage()->runs()->model()->rowCount(), 0);
}

void tst_BalancerUi::runWritesWhatTheCoreSays_data()
{
    addMethodRows();
}

void tst_BalancerUi::runWritesWhatTheCoreSays()
{
    QFETCH(QString, backend);
    QFETCH(int, method);
    QFETCH(qint64, changed);
    QFETCH(qint64, rows);
    QFETCH(Money, moved);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<core::Database> db = practice(backend);
    core::BalancerOptions options;
    options.method = core::BalancerMethod(method);
    options.dryRun = true;
    const core::BalancerSummary preview = core::FamilyBalancer(*db, clerk).run(options);
    const Money balanceBefore = core::AccountReader(*db).load(Practice::rivera).balance();

    ui::FamilyBalancerDialog dialog(*db, clerk, 0);
    dialog.show();
    QVERIFY(!child<QRadioButton>(&dialog, "scopeFamily")->isEnabled());
    QVERIFY(child<QRadioButton>(&dialog, "scopeAll")->isChecked());
    auto *methods = child<QComboBox>(&dialog, "method");
    methods->setCurrentIndex(methods->findData(method));
    Tester runsTester(dialog.runsPage()->runs()->proxy()->sourceModel(), Tester::FailureReportingMode::QtTest);

    // Every family: the dialog asks first. No leaves everything as it was.
    QString question;
    answerNextMessageBox(QMessageBox::No, &question);
    QTest::mouseClick(child<QPushButton>(&dialog, "run"), Qt::LeftButton);
    QVERIFY(question.contains(methods->currentText()));
    QVERIFY(!dialog.balancePage()->hasSummary());
    QCOMPARE(core::BalancerRunLog(*db, clerk).all().size(), 0);

    answerNextMessageBox(QMessageBox::Yes, &question);
    QTest::mouseClick(child<QPushButton>(&dialog, "run"), Qt::LeftButton);
    const core::BalancerSummary &summary = dialog.balancePage()->summary();
    QVERIFY(!summary.dryRun);
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.runId > 0);
    QCOMPARE(summary.changed.size(), changed);
    QCOMPARE(summary.rowsWritten, rows);
    QCOMPARE(summary.amountMoved, moved);
    QCOMPARE(summary.rowsWritten, preview.rowsWritten);
    QCOMPARE(summary.amountMoved, preview.amountMoved);
    QCOMPARE(summary.refused.size(), preview.refused.size());
    QCOMPARE(child<QProgressBar>(&dialog, "progress")->value(), 5);
    QVERIFY(child<QLabel>(&dialog, "headline")->text().startsWith(u"Run #%1:"_s.arg(summary.runId)));
    QCOMPARE(cell(dialog.balancePage()->outcomes()->model(), 0, ui::OutcomesModel::Outcome), u"Changed"_s);
    // The Riveras' details are now the rows the run wrote.
    QCOMPARE(dialog.balancePage()->planRows()->model()->rowCount(), 2);
    // The rows counted are the rows listed and the rows written.
    QCOMPARE(checkListedRows(dialog.balancePage()), int(rows));
    QCOMPARE(rowsOfRun(*db, summary.runId), rows);

    // The run is on the Runs tab with its counts.
    const QAbstractItemModel *runs = dialog.runsPage()->runs()->model();
    QCOMPARE(runs->rowCount(), 1);
    QCOMPARE(cell(runs, 0, ui::RunsModel::Run), QString::number(summary.runId));
    QCOMPARE(cell(runs, 0, ui::RunsModel::By), clerk);
    QCOMPARE(cell(runs, 0, ui::RunsModel::Method), methods->currentText());
    QCOMPARE(cell(runs, 0, ui::RunsModel::Scope), u"All families"_s);
    QCOMPARE(cell(runs, 0, ui::RunsModel::Status), u"Finished"_s);
    QCOMPARE(cell(runs, 0, ui::RunsModel::Changed), QString::number(changed));
    QCOMPARE(cell(runs, 0, ui::RunsModel::Refused), u"1"_s);
    QCOMPARE(cell(runs, 0, ui::RunsModel::Rows), QString::number(rows));
    QCOMPARE(cell(runs, 0, ui::RunsModel::Moved), moved.toString(QLocale()));

    // Gloria is paid, Luis owes 50.00, the family owes what it owed.
    const core::FamilyAccount rivera = core::AccountReader(*db).load(Practice::rivera);
    QCOMPARE(rivera.charge(Practice::gloriaCharge)->balance(), Money());
    QCOMPARE(rivera.charge(Practice::luisCharge)->balance(), money("50.00"));
    QCOMPARE(rivera.balance(), balanceBefore);
    QCOMPARE(rivera.unallocated(), Money());

    // A dry run now finds nothing left to do.
    QTest::mouseClick(child<QPushButton>(&dialog, "dryRun"), Qt::LeftButton);
    QCOMPARE(dialog.balancePage()->summary().changed.size(), 0);
    QCOMPARE(dialog.balancePage()->outcomes()->model()->rowCount(), 1); // the Okafors, still refused
}

void tst_BalancerUi::cancelKeepsWholeFamilies_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("cancel after the first family");
}

void tst_BalancerUi::cancelKeepsWholeFamilies()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<core::Database> db = practice(backend);
    ui::FamilyBalancerDialog dialog(*db, clerk, 0);
    dialog.show();
    dialog.balancePage()->setBatchSize(1);

    // Cancel once the first family is committed, as a clerk would between batches.
    auto *bar = child<QProgressBar>(&dialog, "progress");
    auto *cancel = child<QPushButton>(&dialog, "cancelRun");
    bool lockedWhileRunning = false;
    QTimer watcher;
    watcher.setInterval(0);
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (!dialog.progress()->isRunning() || bar->value() < 1)
            return;
        lockedWhileRunning = !child<QPushButton>(&dialog, "dryRun")->isEnabled() && cancel->isEnabled();
        watcher.stop();
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    watcher.start();
    answerNextMessageBox(QMessageBox::Yes, nullptr);
    QTest::mouseClick(child<QPushButton>(&dialog, "run"), Qt::LeftButton);

    QVERIFY(lockedWhileRunning);
    const core::BalancerSummary &summary = dialog.balancePage()->summary();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.familiesSeen, qint64(1));
    QCOMPARE(summary.changed.size(), 1);
    QCOMPARE(summary.changed.at(0).familyId, qint64(Practice::rivera));
    QVERIFY(child<QLabel>(&dialog, "headline")->text().contains(u"Cancelled"_s));
    QVERIFY(child<QPushButton>(&dialog, "dryRun")->isEnabled());
    QCOMPARE(cell(dialog.runsPage()->runs()->model(), 0, ui::RunsModel::Status), u"Cancelled"_s);
    // The Riveras are balanced whole; the Chens are untouched.
    const core::AccountReader reader(*db);
    QCOMPARE(reader.load(Practice::rivera).unallocated(), Money());
    QCOMPARE(reader.load(Practice::chen).unallocated(), money("130.00"));
}

void tst_BalancerUi::undoFromRunsTab_data()
{
    test::TestDatabases::addBackendColumn();
    QTest::addColumn<int>("method");
    for (const QString &backend : test::TestDatabases::backends()) {
        QTest::addRow("transfer-fifo/%s", qPrintable(backend)) << backend << int(core::BalancerMethod::TransferFifo);
        QTest::addRow("recreate/%s", qPrintable(backend)) << backend << int(core::BalancerMethod::Recreate);
    }
}

void tst_BalancerUi::undoFromRunsTab()
{
    QFETCH(QString, backend);
    QFETCH(int, method);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<core::Database> db = practice(backend);
    ui::FamilyBalancerDialog dialog(*db, clerk, Practice::rivera);
    dialog.show();
    auto *methods = child<QComboBox>(&dialog, "method");
    methods->setCurrentIndex(methods->findData(method));
    int ledgerChanges = 0;
    connect(&dialog, &ui::FamilyBalancerDialog::ledgerChanged, this, [&] { ++ledgerChanges; });

    // One family: no question asked.
    QTest::mouseClick(child<QPushButton>(&dialog, "run"), Qt::LeftButton);
    const qint64 runId = dialog.balancePage()->summary().runId;
    QVERIFY(runId > 0);
    QCOMPARE(ledgerChanges, 1);
    QCOMPARE(core::AccountReader(*db).load(Practice::rivera).unallocated(), Money());

    dialog.showRuns();
    ui::RunsPage *page = dialog.runsPage();
    const QAbstractItemModel *runs = page->runs()->model();
    QCOMPARE(runs->rowCount(), 1);
    QCOMPARE(cell(runs, 0, ui::RunsModel::Scope), u"Account #1"_s);
    QCOMPARE(page->runs()->currentId(), runId);
    auto *undo = child<QPushButton>(&dialog, "undoRun");
    QVERIFY(undo->isEnabled());

    // No keeps the run; Yes reverses it as a run of its own.
    QString question, promise;
    answerNextMessageBox(QMessageBox::No, &question, &promise);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(question.contains(u"#%1"_s.arg(runId)));
    const qint64 written = rowsOfRun(*db, runId);
    QVERIFY2(promise.contains(u"(%1 rows,"_s.arg(written)), qPrintable(promise));
    QCOMPARE(runs->rowCount(), 1);
    answerNextMessageBox(QMessageBox::Yes, nullptr);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(ledgerChanges, 2);
    QCOMPARE(runs->rowCount(), 2);
    const qint64 undoId = core::BalancerRunLog(*db, clerk).find(runId)->reversedByRunId;
    const int undone = rowOfId(runs, runId);
    const int undoRun = rowOfId(runs, undoId);
    QVERIFY(undoRun >= 0);
    QCOMPARE(cell(runs, undoRun, ui::RunsModel::Method), u"Undo of run #%1"_s.arg(runId));
    QVERIFY(cell(runs, undone, ui::RunsModel::Status).contains(u"undone by run #%1"_s.arg(undoId)));
    QVERIFY(child<QLabel>(&dialog, "runsStatus")->text().startsWith(u"Run #%1 undone"_s.arg(runId)));
    // The undo wrote the rows the prompt promised, and says so.
    QCOMPARE(rowsOfRun(*db, undoId), written);
    QCOMPARE(cell(runs, undoRun, ui::RunsModel::Rows), QString::number(written));
    QVERIFY(child<QLabel>(&dialog, "runsStatus")->text().contains(u"%1 rows"_s.arg(written)));
    for (const int row : {undone, undoRun}) {
        page->runs()->setCurrentIndex(runs->index(row, 0));
        QVERIFY(!undo->isEnabled());
    }

    // The Riveras are as they were: Ana's 150.00 unallocated, both charges owing 100.00.
    const core::FamilyAccount rivera = core::AccountReader(*db).load(Practice::rivera);
    QCOMPARE(rivera.unallocated(), money("150.00"));
    QCOMPARE(rivera.charge(Practice::gloriaCharge)->balance(), money("100.00"));
    QCOMPARE(rivera.charge(Practice::luisCharge)->balance(), money("100.00"));
}

void tst_BalancerUi::deskRefreshesAfterRun_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("Tools > Family Balancer on the open family");
}

void tst_BalancerUi::deskRefreshesAfterRun()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    ui::MainWindow window(practice(backend), clerk);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ui::AccountView *account = window.accountView();
    QVERIFY(account->openFamily(Practice::rivera));
    QCOMPARE(account->summary()->text(ui::AccountSummary::Figure::Unallocated), u"150.00"_s);

    // Ctrl+Shift+B opens the balancer on the open family; Run, then Escape.
    bool opened = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::FamilyBalancerDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        opened = child<QRadioButton>(dialog, "scopeFamily")->isChecked();
        auto *methods = child<QComboBox>(dialog, "method");
        methods->setCurrentIndex(methods->findData(int(core::BalancerMethod::TransferFifo)));
        QTest::mouseClick(child<QPushButton>(dialog, "run"), Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(opened);

    // The account was read again: a $0 Txfr among the payments, and the transfer net per
    // patient/provider/clinic: 150.00 out of Ana's payment (no provider or clinic), 100.00
    // into Gloria's DR1/MAIN charge, 50.00 into Luis's.
    QCOMPARE(account->summary()->text(ui::AccountSummary::Figure::Unallocated), u"0.00"_s);
    QCOMPARE(account->summary()->text(ui::AccountSummary::Figure::Outstanding), u"50.00"_s);
    const QAbstractItemModel *payments = account->list(ui::AccountView::List::Payments)->model();
    QCOMPARE(payments->rowCount(), 2);
    QCOMPARE(cell(payments, 1, ui::PaymentsModel::Method), u"Txfr"_s);
    QCOMPARE(cell(payments, 1, ui::PaymentsModel::Amount), u"0.00"_s);
    const QAbstractItemModel *transfers = account->list(ui::AccountView::List::Transfers)->model();
    QCOMPARE(transfers->rowCount(), 3);
    const QList<QStringList> expected = {
            {u"From"_s, u"Rivera, Ana"_s, QString(), QString(), u"-150.00"_s},
            {u"To"_s, u"Rivera, Gloria"_s, u"DR1"_s, u"MAIN"_s, u"100.00"_s},
            {u"To"_s, u"Rivera, Luis"_s, u"DR1"_s, u"MAIN"_s, u"50.00"_s},
    };
    for (int row = 0; row < 3; ++row) {
        QStringList cells;
        for (int column = ui::TransfersModel::Direction; column <= ui::TransfersModel::Amount; ++column)
            cells << cell(transfers, row, column);
        QCOMPARE(cells, expected.at(row));
    }

    // The ledger lists the transfer and its three lines, changing no balance: it still ends at
    // the family's 50.00.
    const qint64 runId = core::BalancerRunLog(window.database(), clerk).all().constFirst().id;
    const qint64 transferId = account->account().payments.constLast().payment.id;
    const QAbstractItemModel *ledger = account->list(ui::AccountView::List::Ledger)->model();
    QStringList transferRows;
    for (int row = 0; row < ledger->rowCount(); ++row) {
        if (cell(ledger, row, ui::LedgerModel::Type) == u"Txfr"_s) {
            QCOMPARE(cell(ledger, row, ui::LedgerModel::Amount), u"0.00"_s);
            transferRows << cell(ledger, row, ui::LedgerModel::Description);
        }
    }
    QCOMPARE(transferRows.size(), 4);
    QCOMPARE(transferRows.constFirst(), u"Income transfer of run #%1"_s.arg(runId));
    QCOMPARE(transferRows.at(2), u"Moved to DR1, MAIN: 100.00"_s);
    QCOMPARE(cell(ledger, ledger->rowCount() - 1, ui::LedgerModel::Balance), u"50.00"_s);

    // Undone, the $0 payment is no longer a live payment: the Payments list, the ledger and
    // account --json say which run reversed it.
    const core::BalancerSummary undo = core::FamilyBalancer(window.database(), clerk).undo(runId);
    account->refresh();
    const QString reversed = u"Income transfer of run #%1, reversed by run #%2"_s.arg(runId).arg(undo.runId);
    QCOMPARE(cell(payments, 1, ui::PaymentsModel::Status), reversed);
    QCOMPARE(cell(ledger, rowOfId(ledger, ui::LedgerModel::entryKey(core::LedgerEntry::Kind::Transfer, transferId)),
                  ui::LedgerModel::Description),
             reversed);
    const QJsonArray json = core::LedgerJson::account(account->account()).value(u"payments"_s).toArray();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(u"id"_s).toInteger(), transferId);
    QCOMPARE(json.at(1).toObject().value(u"reversed"_s).toBool(), true);
    QCOMPARE(json.at(1).toObject().value(u"reversed_by_run"_s).toInteger(), undo.runId);
    QCOMPARE(json.at(0).toObject().value(u"reversed"_s).toBool(), false);
    QVERIFY(json.at(0).toObject().value(u"reversed_by_run"_s).isNull());
}

void tst_BalancerUi::insuranceOnChargesAndInPlan_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("claim with procedures, claim without");
}

// The Parks: Min's 100.00 exam was on claim 1, which paid 60.00 and wrote off 10.00, and
// later paid 25.00 "as total"; claim 2 has no procedures and paid 40.00 as total.
void tst_BalancerUi::insuranceOnChargesAndInPlan()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<core::Database> db = m_dbs.fresh(backend);
    const qint64 park = 1, min = 61, exam = 107;
    core::LedgerBatch batch;
    batch.families = {park};
    batch.providers = {{1, u"DR1"_s, u"Dr. One"_s}};
    batch.clinics = {{1, u"MAIN"_s, u"Main street"_s}};
    batch.patients = {{min, park, u"Park"_s, u"Min"_s, QDate(1980, 1, 1), true}};
    batch.charges = {{exam, min, 1, 1, QDate(2024, 1, 5), u"D0150"_s, u"Comprehensive exam"_s, money("100.00")}};
    batch.claims = {{1, min, QDate(2024, 1, 6), u"Delta"_s, u"received"_s, 1, 1},
                    {2, min, QDate(2024, 1, 7), u"Delta"_s, u"received"_s, 1, 1}};
    batch.claimProcedures = {{1, 1, exam, money("60.00"), money("10.00")}};
    batch.claimPayments = {{1, 1, QDate(2024, 2, 1), money("25.00")}, {2, 2, QDate(2024, 2, 2), money("40.00")}};
    core::BatchWriter::write(*db, batch, clerk, u"test"_s);

    // The charge shows what insurance paid and wrote off apart from patient money.
    ui::ChargesModel charges;
    charges.setAccount(core::AccountReader(*db).load(park));
    QCOMPARE(cell(&charges, 0, ui::ChargesModel::Insurance), u"70.00"_s);
    QCOMPARE(charges.index(0, ui::ChargesModel::Insurance).data(Qt::ToolTipRole).toString(),
             u"Insurance paid 60.00, wrote off 10.00"_s);
    QCOMPARE(cell(&charges, 0, ui::ChargesModel::Paid), u"0.00"_s);
    QCOMPARE(cell(&charges, 0, ui::ChargesModel::Balance), u"30.00"_s);

    // A transfer first spreads the as-total payments: 25.00 onto the exam, and claim 2's
    // 40.00 onto a new $0 procedure that shows the overpayment for review.
    ui::FamilyBalancerDialog dialog(*db, clerk, park);
    dialog.show();
    auto *methods = child<QComboBox>(&dialog, "method");
    methods->setCurrentIndex(methods->findData(int(core::BalancerMethod::TransferFifo)));
    QTest::mouseClick(child<QPushButton>(&dialog, "dryRun"), Qt::LeftButton);
    QCOMPARE(dialog.balancePage()->outcomes()->currentId(), park);
    const QAbstractItemModel *planned = dialog.balancePage()->planRows()->model();
    QStringList rows;
    for (int row = 0; row < planned->rowCount(); ++row)
        rows << u"%1 | %2 | %3 | %4"_s.arg(cell(planned, row, ui::PlanRowsModel::Payment),
                                           cell(planned, row, ui::PlanRowsModel::PaidTo),
                                           cell(planned, row, ui::PlanRowsModel::Amount),
                                           cell(planned, row, ui::PlanRowsModel::Rule));
    const QStringList expected = {
            u"Insurance 25.00 of 2/1/2024 on claim #1 (Delta) | #107 D0150 Comprehensive exam of 1/5/2024 | 25.00"
            u" | Insurance spread"_s,
            u"Insurance 40.00 of 2/2/2024 on claim #2 (Delta)"
            u" | New $0 procedure: Insurance overpayment on claim #2 to review | 40.00 | Insurance spread"_s,
    };
    QCOMPARE(rows, expected);
}

void tst_BalancerUi::transferLinesNetPerCombination_data()
{
    QTest::addColumn<QString>("rows");     // payment:patient/provider/clinic:amount[:reverses], ";"-separated
    QTest::addColumn<QString>("expected"); // patient/provider/clinic:amount, in order
    // Payment 1: patient 1, no provider or clinic. Payment 2: patient 2, provider 7, clinic 3.
    QTest::newRow("unallocated credit to two charges")
            << u"1:1/7/3:100.00; 1:3/7/3:50.00"_s << u"1/0/0:-150.00 1/7/3:100.00 3/7/3:50.00"_s;
    QTest::newRow("unearned income to a charge (a pair)")
            << u"2:2/0/3:-30.00; 2:2/7/3:30.00"_s << u"2/0/3:-30.00 2/7/3:30.00"_s;
    QTest::newRow("within the payment's own combination") << u"2:2/7/3:40.00"_s << QString();
    QTest::newRow("a part from the payment's combination")
            << u"2:2/7/3:40.00; 2:1/7/3:10.00"_s << u"2/7/3:-10.00 1/7/3:10.00"_s;
    QTest::newRow("voided transfer") << u"1:1/7/3:100.00; 1:1/7/3:-100.00:1"_s << QString();
}

void tst_BalancerUi::transferLinesNetPerCombination()
{
    QFETCH(QString, rows);
    QFETCH(QString, expected);
    const qint64 transferId = 9;
    core::FamilyAccount account;
    account.members = {
            {1, 1, u"A"_s, u"A"_s, {}, true}, {2, 1, u"A"_s, u"B"_s, {}, false}, {3, 1, u"A"_s, u"C"_s, {}, false}};
    const auto paymentLine = [](qint64 id,
                                qint64 patientId,
                                const QDate &date,
                                qint64 provider,
                                qint64 clinic,
                                core::PaymentMethod method) {
        core::PaymentLine l;
        l.payment.id = id;
        l.payment.patientId = patientId;
        l.payment.date = date;
        l.payment.amount = method == core::PaymentMethod::Transfer ? Money() : money("200.00");
        l.payment.providerId = provider;
        l.payment.clinicId = clinic;
        l.payment.method = method;
        return l;
    };
    const core::PaymentLine one = paymentLine(1, 1, QDate(2024, 1, 1), 0, 0, core::PaymentMethod::Check);
    const core::PaymentLine two = paymentLine(2, 2, QDate(2024, 1, 2), 7, 3, core::PaymentMethod::Check);
    const core::PaymentLine transfer = paymentLine(
            transferId, 1, QDate(2024, 5, 1), 0, 0, core::PaymentMethod::Transfer);
    account.payments = {one, two, transfer};
    qint64 id = 0;
    for (const QString &text : rows.split(u';')) {
        const QStringList f = text.trimmed().split(u':');
        const QStringList who = f.at(1).split(u'/');
        core::Allocation row;
        row.id = ++id;
        row.paymentId = f.at(0).toLongLong();
        row.target = core::AllocationTarget::charge(100 + id);
        row.patientId = who.at(0).toLongLong();
        row.providerId = who.at(1).toLongLong();
        row.clinicId = who.at(2).toLongLong();
        row.amount = Money::parse(f.at(2)).value();
        row.rule = f.size() > 3 ? core::AllocationRule::Reverse : core::AllocationRule::Transfer;
        row.reversesAllocationId = f.size() > 3 ? f.at(3).toLongLong() : 0;
        row.transferId = transferId;
        account.allocations.append(row);
    }

    QStringList lines;
    Money total;
    for (const core::TransferLines::Line &line : core::TransferLines::of(account)) {
        QCOMPARE(line.transferId, transferId);
        QCOMPARE(line.date, QDate(2024, 5, 1));
        lines << u"%1/%2/%3:%4"_s.arg(line.patientId).arg(line.providerId).arg(line.clinicId).arg(line.amount.toString());
        total += line.amount;
    }
    QCOMPARE(lines.join(u' '), expected);
    QCOMPARE(total, Money());
}

void tst_BalancerUi::netUnearnedListsAndOpensFamily_data()
{
    test::TestDatabases::addBackendColumn();
    QTest::addColumn<bool>("doubleClick");
    for (const QString &backend : test::TestDatabases::backends()) {
        QTest::addRow("Enter/%s", qPrintable(backend)) << backend << false;
        QTest::addRow("double-click/%s", qPrintable(backend)) << backend << true;
    }
}

void tst_BalancerUi::netUnearnedListsAndOpensFamily()
{
    QFETCH(QString, backend);
    QFETCH(bool, doubleClick);
    PAYDESK_REQUIRE_BACKEND(backend);
    ui::MainWindow window(practice(backend), clerk);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Reports > Net unearned income (Ctrl+Shift+U): the Silvas hold Rosa's 75.00 since
    // 2024-03-01 while her 20.00 charge is open.
    QList<QStringList> shown;
    QList<QStringList> csv;
    QString totals;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::NetUnearnedDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ui::ListTableView *lines = dialog->lines();
        Tester tester(lines->proxy()->sourceModel(), Tester::FailureReportingMode::QtTest);
        for (int row = 0; row < lines->model()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < lines->model()->columnCount(); ++column)
                cells << cell(lines->model(), row, column);
            shown << cells;
        }
        totals = child<QLabel>(dialog, "totals")->text();
        QTemporaryDir dir;
        QVERIFY(dialog->exportTo(dir.filePath(u"net-unearned.csv"_s)));
        csv = readCsv(dir.filePath(u"net-unearned.csv"_s));
        lines->sortByColumn(ui::NetUnearnedModel::Unearned, Qt::DescendingOrder);
        lines->setFocus();
        QVERIFY(lines->selectId(Practice::silva));
        if (doubleClick) {
            const QRect rect = lines->visualRect(lines->currentIndex());
            // Qt takes a press for the second of a double-click against the press before it,
            // so the clerk's first click comes first.
            QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(lines->viewport(), Qt::LeftButton, {}, rect.center());
        } else {
            QTest::keyClick(lines, Qt::Key_Return);
        }
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);

    const qint64 days = QDate(2024, 3, 1).daysTo(QDate::currentDate());
    QCOMPARE(shown,
             (QList<QStringList>{
                     {u"5"_s, u"Silva, Rosa"_s, u"75.00"_s, u"3/1/2024"_s, QString::number(days), u"20.00"_s}}));
    QCOMPARE(totals, u"1 family holds 75.00 of unearned income; its charges owe 20.00."_s);
    QCOMPARE(csv,
             (QList<QStringList>{
                     {u"family_id"_s, u"guarantor"_s, u"unearned"_s, u"oldest_date"_s, u"days_held"_s, u"charges_owe"_s},
                     {u"5"_s, u"Silva, Rosa"_s, u"75.00"_s, u"2024-03-01"_s, QString::number(days), u"20.00"_s}}));
    // The chosen family is open at the desk, with its unearned income apart from charges.
    ui::AccountView *account = window.accountView();
    QCOMPARE(account->familyId(), qint64(Practice::silva));
    QCOMPARE(account->summary()->text(ui::AccountSummary::Figure::Unearned), u"75.00"_s);
    const QAbstractItemModel *unearned = account->list(ui::AccountView::List::Unearned)->model();
    QCOMPARE(unearned->rowCount(), 1);
    QCOMPARE(cell(unearned, 0, ui::UnearnedModel::Payment), QString::number(Practice::rosaPayment));
    QCOMPARE(cell(unearned, 0, ui::UnearnedModel::Held), u"75.00"_s);
    QCOMPARE(cell(unearned, 0, ui::UnearnedModel::Clinic), u"MAIN"_s);
}

void tst_BalancerUi::smallScreen_data()
{
    test::UiLanguage::addRows();
}

// At 1024x600 the balancer fits the screen, every column title of the Runs tab shows whole
// and its key columns are in view; the labels of the Balance tab show whole. With
// PAYDESK_SCREENSHOT_DIR set, both tabs are saved there as PNG, to look at.
void tst_BalancerUi::smallScreen()
{
    QFETCH(QString, language);
    const test::UiLanguage speaking(language);
    QVERIFY(speaking.isLoaded());
    const std::unique_ptr<core::Database> db = practice(u"sqlite"_s);
    core::BalancerOptions options;
    options.method = core::BalancerMethod::TransferFifo;
    const core::BalancerSummary run = core::FamilyBalancer(*db, clerk).run(options);
    core::FamilyBalancer(*db, clerk).undo(run.runId);

    ui::FamilyBalancerDialog dialog(*db, clerk, Practice::rivera);
    dialog.resize(1024, 600);
    dialog.show();
    dialog.balancePage()->dryRun();
    QApplication::processEvents();
    QVERIFY(dialog.width() <= 1024 && dialog.height() <= 600);
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(dialog.grab().save(QDir(folder).filePath(u"balancer-%1.png"_s.arg(language))));
    for (const QLabel *label : dialog.balancePage()->findChildren<QLabel *>()) {
        if (!label->wordWrap() && label->isVisible())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }

    dialog.showRuns();
    QApplication::processEvents();
    if (!folder.isEmpty())
        QVERIFY(dialog.grab().save(QDir(folder).filePath(u"balancer-runs-%1.png"_s.arg(language))));
    ui::ListTableView *runs = dialog.runsPage()->runs();
    QCOMPARE(runs->model()->rowCount(), 2);
    const QHeaderView *header = runs->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const QString title = runs->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title), qPrintable(title));
    }
    QVERIFY(runs->keyColumns().contains(ui::RunsModel::Method));
    for (int column : runs->keyColumns()) {
        const QString title = runs->model()->headerData(column, Qt::Horizontal).toString();
        const int left = header->sectionViewportPosition(column);
        QVERIFY2(left >= 0 && left + header->sectionSize(column) <= runs->viewport()->width(), qPrintable(title));
        // In view, and whole: "Undo of run #1" is not cut to "Undo of r…".
        for (int row = 0; row < runs->model()->rowCount(); ++row)
            QVERIFY2(header->sectionSize(column) >= runs->sizeHintForIndex(runs->model()->index(row, column)).width(),
                     qPrintable(runs->model()->index(row, column).data().toString()));
    }
}

QTEST_MAIN(tst_BalancerUi)
#include "tst_balancerui.moc"
