#include "AccountSummary.h"
#include "AccountView.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "PatientSearchPanel.h"
#include "TabStrip.h"
#include "csv/CsvReader.h"
#include "dialogs/FamilyMemberCombo.h"
#include "dialogs/PostPaymentDialog.h"
#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "models/AdjustmentsModel.h"
#include "models/AllocationsModel.h"
#include "models/ChargesModel.h"
#include "models/ItemRoles.h"
#include "models/LedgerModel.h"
#include "models/MembersModel.h"
#include "models/PatientSearchModel.h"
#include "models/PaymentsModel.h"
#include "models/TransfersModel.h"
#include "models/UnearnedModel.h"
#include "reports/AgingDialog.h"
#include "reports/AgingModel.h"
#include "dialogs/DateEdit.h"
#include "dialogs/ErrorLabel.h"
#include "reports/Aging.h"
#include "storage/SqlQuery.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"

#include "TestDatabases.h"
#include "UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paydesk;
using Figure = ui::AccountSummary::Figure;
using List = ui::AccountView::List;

namespace {

const QString clerk = u"clerk"_s;

core::Money money(const char *text)
{
    return core::Money::parse(QString::fromLatin1(text)).value();
}

// The Smith family of the worked example, and sixty Garcias (more than a search page).
//   John: D0120 on 2024-01-10, 65.00.  Anna: D1110 on 2024-02-15, 1,234.50 with a 34.50 discount.
//   John pays 100.00 by card, auto-allocated: 65.00 to his charge, 35.00 to Anna's.
//   Anna pays 50.00 cash, left unallocated.
// Balance 1,299.50 − 34.50 − 150.00 = 1,115.00; outstanding 1,200.00 − 35.00 = 1,165.00.
struct Practice
{
    qint64 smithFamily = 0;
    qint64 john = 0;
    qint64 anna = 0;
    qint64 johnCharge = 0;
    qint64 annaCharge = 0;
    qint64 cardPayment = 0;
    qint64 cashPayment = 0;

    static constexpr int garcias = 60;

    explicit Practice(const core::Database &db)
    {
        core::FamilyRegistry registry(db, clerk);
        const core::NewPatient johnAdded =
            registry.addPatient({0, 0, u"Smith"_s, u"John"_s, QDate(1970, 1, 2), true});
        smithFamily = johnAdded.familyId;
        john = johnAdded.patientId;
        anna = registry.addPatient({0, smithFamily, u"Smith"_s, u"Anna"_s, QDate(2010, 5, 6), false}).patientId;
        for (int i = 1; i <= garcias; ++i)
            registry.addPatient({0, 0, u"Garcia"_s, u"Luis %1"_s.arg(i, 2, 10, QChar(u'0')), QDate(1980, 1, 1), true});

        qint64 provider = 0;
        qint64 clinic = 0;
        {
            core::Transaction transaction(db);
            core::Directory directory(db);
            provider = directory.ensureProvider(u"DRJ"_s, clerk);
            clinic = directory.ensureClinic(u"MAIN"_s, clerk);
            transaction.commit();
        }
        core::ChargeEntry entry(db, clerk);
        johnCharge = entry.addCharge({0, john, provider, clinic, QDate(2024, 1, 10), u"D0120"_s,
                                      u"Periodic oral evaluation"_s, money("65.00")});
        annaCharge = entry.addCharge({0, anna, provider, clinic, QDate(2024, 2, 15), u"D1110"_s,
                                      u"Prophylaxis, adult"_s, money("1234.50")});
        entry.addAdjustment({0, anna, provider, clinic, QDate(2024, 2, 15), u"discount"_s, money("-34.50"), annaCharge});

        core::PaymentPoster poster(db, clerk);
        core::PaymentDraft card;
        card.patientId = john;
        card.date = QDate(2024, 2, 20);
        card.amount = money("100.00");
        card.method = core::PaymentMethod::Card;
        cardPayment = poster.post(card, {}, core::PaymentPoster::AutoAllocate::Family).paymentId;
        core::PaymentDraft cash;
        cash.patientId = anna;
        cash.date = QDate(2024, 3, 1);
        cash.amount = money("50.00");
        cashPayment = poster.post(cash).paymentId;
    }
};

// Anna's bitewings (40.00, 2024-03-10) and a 15.00 fee of hers the same day, both voided
// as entered by mistake.
struct Voided
{
    qint64 charge = 0;
    qint64 chargeVoid = 0;
    qint64 fee = 0;
    qint64 feeVoid = 0;

    Voided(const core::Database &db, const Practice &practice)
    {
        const core::FamilyAccount account = core::AccountReader(db).load(practice.smithFamily);
        const core::Charge &exam = account.charge(practice.annaCharge)->charge;
        core::ChargeEntry entry(db, clerk);
        charge = entry.addCharge({0, practice.anna, exam.providerId, exam.clinicId, QDate(2024, 3, 10), u"D0274"_s,
                                  u"Bitewings - four radiographic images"_s, money("40.00")});
        fee = entry.addAdjustment({0, practice.anna, exam.providerId, exam.clinicId, QDate(2024, 3, 10), u"fee"_s,
                                   money("15.00"), 0});
        core::ItemVoider voider(db, clerk);
        chargeVoid = voider.voidCharge(charge, u"entered twice"_s).voidRow.id;
        feeVoid = voider.voidAdjustment(fee, u"waived"_s).voidRow.id;
    }
};

// Whether `column` of `view` is on screen whole.
bool columnInView(const ui::ListTableView *view, int column)
{
    const QHeaderView *header = view->horizontalHeader();
    const int left = header->sectionViewportPosition(column);
    return left >= 0 && left + header->sectionSize(column) <= view->viewport()->width();
}

// The titles of the key columns of `view` that are not on screen whole.
QStringList keyColumnsOutOfView(const ui::ListTableView *view)
{
    QStringList out;
    for (int column : view->keyColumns()) {
        if (!columnInView(view, column))
            out << view->model()->headerData(column, Qt::Horizontal).toString();
    }
    return out;
}

// What the modal window that `act` opens is about, which is then closed unanswered: the
// payment a void or refund names ("Payment #2"), the receipt offered, the title of a
// charge's or adjustment's void ("Void charge #1"), the charge an adjustment attaches to
// ("charge 1", "charge 0" for none). Empty when no window opens.
QString targetOf(const std::function<void()> &act)
{
    QString target;
    QTimer::singleShot(0, [&target] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (const auto *summary = modal->findChild<QLabel *>(u"summary"_s))
            target = summary->text().section(u':', 0, 0);
        else if (const auto *box = qobject_cast<QMessageBox *>(modal))
            target = box->text();
        else if (const auto *charge = modal->findChild<QComboBox *>(u"charge"_s))
            target = u"charge %1"_s.arg(charge->currentData().toLongLong());
        else
            target = modal->windowTitle();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    act();
    return target;
}

// The desk on a fresh database of the backend, shown and active so shortcuts reach it.
struct Desk
{
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<Practice> practice;

    ui::PatientSearchPanel *search() const { return window->searchPanel(); }
    ui::AccountView *account() const { return window->accountView(); }
};

// A fresh database of the backend with the practice in it, and a search model over it that
// has been asked for the Garcias: more of them than one page holds.
struct GarciaSearch
{
    std::unique_ptr<Practice> practice;
    std::unique_ptr<core::Database> db;
    std::unique_ptr<ui::PatientSearchModel> model = std::make_unique<ui::PatientSearchModel>();
};

} // namespace

class tst_Gui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchOpensAccount_data();
    void searchOpensAccount();
    void oneEnterOpensFromSearchField_data();
    void oneEnterOpensFromSearchField();
    void ctrlPPostsForServedPatient_data();
    void ctrlPPostsForServedPatient();
    void refreshShowsNewPosting_data();
    void refreshShowsNewPosting();
    void accountModelsPassTester_data();
    void accountModelsPassTester();
    void searchFetchesLazily_data();
    void searchFetchesLazily();
    void searchModelPassesTester_data();
    void searchModelPassesTester();
    void listsSortByValue_data();
    void listsSortByValue();
    void exportWritesWhatTheListShows();
    void spanishMenus();
    void jobRowsNameTheDeskUser_data();
    void jobRowsNameTheDeskUser();
    void smallScreenKeepsKeyColumns_data();
    void smallScreenKeepsKeyColumns();
    void deskExportUsesScreenTitles_data();
    void deskExportUsesScreenTitles();
    void ledgerRowOpensItsTab_data();
    void ledgerRowOpensItsTab();
    void agingReportListsAndOpensFamily_data();
    void agingReportListsAndOpensFamily();
    void selectIdKeepsKeyColumnsInView();
    void sortFromKeyboard();
    void sortedTitleFitsBesideArrow();
    void listsShowDescriptionAndStatus_data();
    void listsShowDescriptionAndStatus();
    void actionsActOnTheTabShown_data();
    void actionsActOnTheTabShown();
    void windowMnemonicsAreUnique_data();
    void windowMnemonicsAreUnique();
    void searchSaysWhatIsNoDate();

private:
    Desk openDesk(const QString &backend);
    std::unique_ptr<core::Database> practiceDatabase(const QString &backend, std::unique_ptr<Practice> &practice);
    core::FamilyAccount smithAccount(std::unique_ptr<Practice> &practice);
    GarciaSearch searchGarcias(const QString &backend);

    test::TestDatabases m_dbs;
};

void tst_Gui::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<core::Database> tst_Gui::practiceDatabase(const QString &backend, std::unique_ptr<Practice> &practice)
{
    std::unique_ptr<core::Database> db = m_dbs.fresh(backend);
    practice = std::make_unique<Practice>(*db);
    return db;
}

// The Smiths' account as read from a fresh SQLite database with the practice in it.
core::FamilyAccount tst_Gui::smithAccount(std::unique_ptr<Practice> &practice)
{
    const std::unique_ptr<core::Database> db = practiceDatabase(u"sqlite"_s, practice);
    return core::AccountReader(*db).load(practice->smithFamily);
}

GarciaSearch tst_Gui::searchGarcias(const QString &backend)
{
    GarciaSearch search;
    search.db = practiceDatabase(backend, search.practice);
    search.model->setDatabase(search.db.get());
    search.model->setQuery(u"garcia"_s);
    return search;
}

Desk tst_Gui::openDesk(const QString &backend)
{
    Desk desk;
    std::unique_ptr<core::Database> db = practiceDatabase(backend, desk.practice);
    desk.window = std::make_unique<ui::MainWindow>(std::move(db), clerk);
    desk.window->show();
    QApplication::setActiveWindow(desk.window.get());
    if (!QTest::qWaitForWindowActive(desk.window.get()))
        qWarning("the main window did not become active");
    return desk;
}

void tst_Gui::searchOpensAccount_data()
{
    test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("typed"); // "{account}" stands for the Smiths' account number
    QTest::addColumn<int>("downKeys");  // from the first result to the patient
    QTest::addColumn<QString>("patient");

    const struct
    {
        const char *tag;
        QString typed;
        int downKeys;
        QString patient;
    } rows[] = {
        {"last name prefix, second result", u"smi"_s, 1, u"Smith, John"_s},
        {"last and first name", u"Smith, An"_s, 0, u"Smith, Anna"_s},
        {"account number", u"{account}"_s, 1, u"Smith, John"_s},
        {"birth date", u"2010-05-06"_s, 0, u"Smith, Anna"_s},
    };
    for (const QString &backend : test::TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend)) << backend << row.typed << row.downKeys << row.patient;
    }
}

void tst_Gui::searchOpensAccount()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(int, downKeys);
    QFETCH(QString, patient);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Desk desk = openDesk(backend);
    ui::MainWindow *window = desk.window.get();
    typed.replace(u"{account}"_s, QString::number(desk.practice->smithFamily));

    // Ctrl+F, type, Down into the results and on to the patient, Enter opens the account.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *edit = desk.search()->searchEdit();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Down);
    ui::ListTableView *results = desk.search()->results();
    QTRY_VERIFY(results->hasFocus());
    for (int i = 0; i < downKeys; ++i)
        QTest::keyClick(results, Qt::Key_Down);
    QCOMPARE(results->currentIndex().siblingAtColumn(ui::PatientSearchModel::Name).data().toString(), patient);
    QTest::keyClick(results, Qt::Key_Return);

    ui::AccountView *account = desk.account();
    QCOMPARE(account->familyId(), desk.practice->smithFamily);
    const qint64 patientId = patient == u"Smith, John"_s ? desk.practice->john : desk.practice->anna;
    QCOMPARE(account->currentPatientId(), patientId);
    QCOMPARE(account->summary()->text(Figure::Balance), u"1,115.00"_s);
    QCOMPARE(account->summary()->text(Figure::Unallocated), u"50.00"_s);
    QCOMPARE(account->summary()->text(Figure::Unearned), u"0.00"_s);
    QCOMPARE(account->summary()->text(Figure::Outstanding), u"1,165.00"_s);
    QCOMPARE(account->list(List::Members)->model()->rowCount(), 2);
    QCOMPARE(account->list(List::Charges)->model()->rowCount(), 2);
    QCOMPARE(account->list(List::Adjustments)->model()->rowCount(), 1);
    QCOMPARE(account->list(List::Payments)->model()->rowCount(), 2);
    QCOMPARE(account->list(List::Allocations)->model()->rowCount(), 2);
    // The ledger is the first tab and has the keyboard: two charges, the discount, two payments.
    QCOMPARE(account->list(List::Ledger)->model()->rowCount(), 5);
    QVERIFY(account->list(List::Ledger)->hasFocus());
    QCOMPARE(account->list(List::Ledger)->currentIndex().row(), 4); // the latest row
    // Ctrl+Tab and Ctrl+Shift+Tab move between the tabs, as in any tabbed view.
    QTest::keyClick(account->list(List::Ledger), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(account->currentList(), account->list(List::Members));
    QVERIFY(account->list(List::Members)->hasFocus());
    QTest::keyClick(account->list(List::Members), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(account->currentList(), account->list(List::Ledger));
    // Every charge is from 2024: the whole balance is over 90 days old.
    QCOMPARE(account->summary()->agingText(core::AgedBalance::Days0To30), u"0.00"_s);
    QCOMPARE(account->summary()->agingText(core::AgedBalance::Over90), u"1,115.00"_s);
}

void tst_Gui::oneEnterOpensFromSearchField_data()
{
    test::TestDatabases::addBackendColumn();
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("downKeys"); // > 0: into the list that far, then Escape back to the box
    QTest::addColumn<QString>("patient");
    QTest::addColumn<int>("matches");

    const struct
    {
        const char *tag;
        QString typed;
        int downKeys;
        QString patient;
        int matches;
    } rows[] = {
        {"first name alone, the only match", u"anna"_s, 0, u"Smith, Anna"_s, 1},
        {"first and last name", u"john smith"_s, 0, u"Smith, John"_s, 1},
        {"birth date as the US types it", u"5/6/2010"_s, 0, u"Smith, Anna"_s, 1},
        {"several matches: the first", u"smith"_s, 0, u"Smith, Anna"_s, 2},
        {"several matches: the one chosen in the list", u"smith"_s, 2, u"Smith, John"_s, 2},
    };
    for (const QString &backend : test::TestDatabases::backends()) {
        for (const auto &row : rows) {
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                << backend << row.typed << row.downKeys << row.patient << row.matches;
        }
    }
}

void tst_Gui::oneEnterOpensFromSearchField()
{
    QFETCH(QString, backend);
    QFETCH(QString, typed);
    QFETCH(int, downKeys);
    QFETCH(QString, patient);
    QFETCH(int, matches);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Desk desk = openDesk(backend);
    QTest::keyClick(desk.window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *edit = desk.search()->searchEdit();
    QTRY_VERIFY(edit->hasFocus());
    // Typed and Enter at once: the search does not wait for the pause after typing.
    QTest::keyClicks(edit, typed);
    if (downKeys > 0) {
        QTest::keyClick(edit, Qt::Key_Down);
        for (int i = 1; i < downKeys; ++i)
            QTest::keyClick(desk.search()->results(), Qt::Key_Down);
        QTest::keyClick(desk.search()->results(), Qt::Key_Escape);
        QVERIFY(edit->hasFocus());
    }
    QTest::keyClick(edit, Qt::Key_Return);

    QCOMPARE(desk.search()->model()->rowCount(), matches);
    ui::AccountView *account = desk.account();
    QCOMPARE(account->familyId(), desk.practice->smithFamily);
    QCOMPARE(account->currentPatientId(), patient == u"Smith, John"_s ? desk.practice->john : desk.practice->anna);
    QVERIFY(account->currentList()->hasFocus());
}

void tst_Gui::ctrlPPostsForServedPatient_data()
{
    test::TestDatabases::addBackendColumn();
    QTest::addColumn<bool>("openedForAnna");
    QTest::addColumn<bool>("pickAnnaOnMembers");
    for (const QString &backend : test::TestDatabases::backends()) {
        const QByteArray name = backend.toUtf8();
        // Tabbing into Members makes a row current: it must stay the member being served.
        QTest::addRow("opened for Anna, Members focused/%s", name.constData()) << backend << true << false;
        QTest::addRow("opened for John, Anna picked on Members/%s", name.constData()) << backend << false << true;
    }
}

void tst_Gui::ctrlPPostsForServedPatient()
{
    QFETCH(QString, backend);
    QFETCH(bool, openedForAnna);
    QFETCH(bool, pickAnnaOnMembers);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Desk desk = openDesk(backend);
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily, openedForAnna ? desk.practice->anna : desk.practice->john));
    account->showList(List::Members);
    ui::ListTableView *members = account->list(List::Members);
    members->setFocus();
    if (pickAnnaOnMembers) {
        QCOMPARE(account->currentPatientId(), desk.practice->john);
        QTest::keyClick(members, Qt::Key_Down);
    }
    QCOMPARE(account->currentPatientId(), desk.practice->anna);

    qint64 offeredPatient = -1;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::PostPaymentDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offeredPatient = dialog->findChild<ui::FamilyMemberCombo *>()->patientId();
        dialog->reject();
    });
    QTest::keyClick(desk.window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(offeredPatient, desk.practice->anna);
}

void tst_Gui::refreshShowsNewPosting_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("payment posted elsewhere");
}

void tst_Gui::refreshShowsNewPosting()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Desk desk = openDesk(backend);
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily));
    account->list(List::Charges)->selectId(desk.practice->annaCharge);

    core::PaymentDraft draft;
    draft.patientId = desk.practice->anna;
    draft.date = QDate(2024, 3, 5);
    draft.amount = money("20.00");
    core::PaymentPoster(desk.window->database(), clerk).post(draft);
    account->refresh();

    QCOMPARE(account->summary()->text(Figure::Unallocated), u"70.00"_s);
    QCOMPARE(account->summary()->text(Figure::Balance), u"1,095.00"_s);
    QCOMPARE(account->list(List::Payments)->model()->rowCount(), 3);
    QCOMPARE(account->list(List::Charges)->currentId(), desk.practice->annaCharge);
}

void tst_Gui::accountModelsPassTester_data()
{
    QTest::addColumn<QString>("list");
    for (const char *list :
         {"ledger", "members", "charges", "adjustments", "payments", "allocations", "transfers", "unearned"})
        QTest::newRow(list) << QString::fromLatin1(list);
}

void tst_Gui::accountModelsPassTester()
{
    QFETCH(QString, list);
    std::unique_ptr<Practice> practice;
    const core::FamilyAccount account = smithAccount(practice);

    std::unique_ptr<ui::AccountTableModel> model;
    if (list == u"ledger")
        model = std::make_unique<ui::LedgerModel>();
    else if (list == u"members")
        model = std::make_unique<ui::MembersModel>();
    else if (list == u"charges")
        model = std::make_unique<ui::ChargesModel>();
    else if (list == u"adjustments")
        model = std::make_unique<ui::AdjustmentsModel>();
    else if (list == u"payments")
        model = std::make_unique<ui::PaymentsModel>();
    else if (list == u"allocations")
        model = std::make_unique<ui::AllocationsModel>();
    else if (list == u"transfers")
        model = std::make_unique<ui::TransfersModel>();
    else
        model = std::make_unique<ui::UnearnedModel>();
    ui::ListTableView view(model.get());
    QAbstractItemModelTester sourceTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    model->setAccount(account);
    // The Smiths have no income transfer and no unearned income.
    QCOMPARE(model->rowCount() > 0, list != u"transfers" && list != u"unearned");
    for (int column = 0; column < model->columnCount(); ++column)
        view.sortByColumn(column, Qt::DescendingOrder);
    model->setAccount({});
    QCOMPARE(model->rowCount(), 0);
    model->setAccount(account);
}

void tst_Gui::searchFetchesLazily_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("60 Garcias");
}

void tst_Gui::searchFetchesLazily()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const GarciaSearch search = searchGarcias(backend);
    ui::PatientSearchModel &model = *search.model;
    QCOMPARE(model.rowCount(), ui::PatientSearchModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Practice::garcias);
    QVERIFY(!model.canFetchMore({}));
    // Keyset pages neither repeat nor skip anyone.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.patient(row).firstName, u"Luis %1"_s.arg(row + 1, 2, 10, QChar(u'0')));

    // Scrolling the desk's result list to its end is what asks for the next page.
    ui::PatientSearchPanel panel;
    panel.resize(400, 600);
    panel.setDatabase(search.db.get());
    panel.show();
    panel.search(u"garcia"_s);
    QCOMPARE(panel.model()->rowCount(), ui::PatientSearchModel::pageSize);
    panel.results()->scrollToBottom();
    QTRY_COMPARE(panel.model()->rowCount(), Practice::garcias);
}

void tst_Gui::searchModelPassesTester_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("new searches");
}

void tst_Gui::searchModelPassesTester()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const GarciaSearch search = searchGarcias(backend);
    ui::PatientSearchModel &model = *search.model;
    // Qt 6.4's tester calls fetchMore() from its own modelReset handler before it has noted
    // the reset as finished, so it is attached after the first page; it then fetches the
    // second page itself, which must insert cleanly.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), Practice::garcias);
    model.setQuery(u"smith"_s);
    QCOMPARE(model.rowCount(), 2);
    model.setQuery(QString::number(search.practice->smithFamily));
    QCOMPARE(model.rowCount(), 2);
    model.setQuery(u"nobody"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Gui::listsSortByValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("firstCode");
    // As text "65.00" would sort after "1,234.50" and "1/10/2024" after "2/15/2024" the other way.
    QTest::newRow("amount, largest first") << int(ui::ChargesModel::Amount) << Qt::DescendingOrder << u"D1110"_s;
    QTest::newRow("amount, smallest first") << int(ui::ChargesModel::Amount) << Qt::AscendingOrder << u"D0120"_s;
    QTest::newRow("date, newest first") << int(ui::ChargesModel::Date) << Qt::DescendingOrder << u"D1110"_s;
    QTest::newRow("balance, smallest first") << int(ui::ChargesModel::Balance) << Qt::AscendingOrder << u"D0120"_s;
}

void tst_Gui::listsSortByValue()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, firstCode);
    std::unique_ptr<Practice> practice;
    ui::ChargesModel model;
    model.setAccount(smithAccount(practice));
    ui::ListTableView view(&model);

    view.horizontalHeader()->setSortIndicator(column, order);
    QCOMPARE(view.model()->index(0, ui::ChargesModel::Code).data().toString(), firstCode);
}

void tst_Gui::exportWritesWhatTheListShows()
{
    std::unique_ptr<Practice> practice;
    ui::ChargesModel model;
    model.setAccount(smithAccount(practice));
    ui::ListTableView view(&model);
    view.sortByColumn(ui::ChargesModel::Amount, Qt::DescendingOrder);
    view.setColumnHidden(ui::ChargesModel::Description, true);
    view.horizontalHeader()->moveSection(ui::ChargesModel::Code, 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"charges.csv"_s);
    QCOMPARE(view.exportTo(path), QString());

    core::CsvReader reader(path);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header(), (QStringList{u"Code"_s, u"Charge #"_s, u"Date"_s, u"Patient"_s, u"Provider"_s,
                                           u"Clinic"_s, u"Amount"_s, u"Adjustments"_s, u"Insurance"_s, u"Paid"_s,
                                           u"Balance"_s, u"Status"_s}));
    QList<QStringList> rows;
    while (reader.readRecord()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << reader.field(i);
        rows << fields;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    const QList<QStringList> expected = {
        {u"D1110"_s, QString::number(practice->annaCharge), u"2024-02-15"_s, u"Smith, Anna"_s, u"DRJ"_s, u"MAIN"_s,
         u"1234.50"_s, u"-34.50"_s, u"0.00"_s, u"35.00"_s, u"1165.00"_s, QString()},
        {u"D0120"_s, QString::number(practice->johnCharge), u"2024-01-10"_s, u"Smith, John"_s, u"DRJ"_s, u"MAIN"_s,
         u"65.00"_s, u"0.00"_s, u"0.00"_s, u"65.00"_s, u"0.00"_s, QString()},
    };
    QCOMPARE(rows, expected);
}

void tst_Gui::jobRowsNameTheDeskUser_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows();
}

// Billing > Run Daily Billing writes as daily-run: its audit rows name the desk's user, who
// ran it; the user's own rows need not.
void tst_Gui::jobRowsNameTheDeskUser()
{
    QFETCH(QString, backend);
    std::unique_ptr<Practice> practice;
    ui::MainWindow window(practiceDatabase(backend, practice), clerk);
    const core::Database &db = window.database();
    {
        core::Transaction tx(db);
        core::AuditLog::record(db, u"daily-run"_s, u"test"_s, u"family"_s, 1, {}, {});
        core::AuditLog::record(db, clerk, u"test"_s, u"family"_s, 1, {}, {});
        tx.commit();
    }
    core::SqlQuery rows = db.query();
    rows.prepare(u"SELECT user_name, signed_in_as FROM audit_log WHERE action = 'test' ORDER BY id"_s).exec();
    QVERIFY(rows.next());
    QCOMPARE(rows.text(0), u"daily-run"_s);
    QCOMPARE(rows.text(1), clerk);
    QVERIFY(rows.next());
    QCOMPARE(rows.text(0), clerk);
    QVERIFY(rows.value(1).isNull());
}

void tst_Gui::spanishMenus()
{
    QTranslator spanish;
    QVERIFY(spanish.load(u":/i18n/paydesk_es.qm"_s));
    QCoreApplication::installTranslator(&spanish);
    std::unique_ptr<Practice> practice;
    ui::MainWindow window(practiceDatabase(u"sqlite"_s, practice), clerk);
    QCoreApplication::removeTranslator(&spanish);

    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{u"&Archivo"_s, u"&Paciente"_s, u"Pa&go"_s, u"&Informes"_s, u"&Facturación"_s,
                                 u"&Herramientas"_s, u"A&yuda"_s}));
}

void tst_Gui::smallScreenKeepsKeyColumns_data()
{
    test::UiLanguage::addRows();
}

// At 1024x600 the window keeps that size, the summary's labels and the tab titles show
// whole, and on every list of the account the key columns (date, description, amount,
// balance) are in view at their full width. With PAYDESK_SCREENSHOT_DIR set, the window
// is saved there as PNG on each tab, to look at.
void tst_Gui::smallScreenKeepsKeyColumns()
{
    QFETCH(QString, language);
    const test::UiLanguage speaking(language);
    QVERIFY(speaking.isLoaded());

    const Desk desk = openDesk(u"sqlite"_s);
    ui::MainWindow *window = desk.window.get();
    // More ledger rows than the list shows at once.
    core::PaymentPoster poster(window->database(), clerk);
    for (int i = 0; i < 25; ++i) {
        core::PaymentDraft draft;
        draft.patientId = desk.practice->john;
        draft.date = QDate(2024, 3, 2);
        draft.amount = money("1.00");
        poster.post(draft);
    }
    window->resize(1024, 600);
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily));
    QApplication::processEvents();
    QCOMPARE(window->size(), QSize(1024, 600));

    // The ledger opens on its latest row, in view once the window is laid out.
    const ui::ListTableView *ledger = account->list(List::Ledger);
    QVERIFY(ledger->viewport()->rect().contains(ledger->visualRect(ledger->currentIndex())));

    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    for (size_t which = 0; which < ui::AccountView::listCount; ++which) {
        account->showList(List(which));
        ui::ListTableView *view = account->list(List(which));
        QApplication::processEvents();
        if (!folder.isEmpty())
            QVERIFY(window->grab().save(QDir(folder).filePath(u"small-%1-%2.png"_s.arg(language).arg(which))));
        const QHeaderView *header = view->horizontalHeader();
        for (int column : view->keyColumns()) {
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            const int left = header->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + header->sectionSize(column) <= view->viewport()->width(), qPrintable(title));
            int cells = 0;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                cells = qMax(cells, view->sizeHintForIndex(view->model()->index(row, column)).width());
            QVERIFY2(header->sectionSize(column) >= qMin(cells, 160), qPrintable(title));
        }
    }

    for (const QLabel *label : account->summary()->findChildren<QLabel *>())
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    // Every tab title whole and inside the view: the strip wraps rather than cut one.
    const ui::TabStrip *tabs = account->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        const QToolButton *title = tabs->button(tab);
        QVERIFY2(title->width() >= title->sizeHint().width(), qPrintable(title->text()));
        QVERIFY2(tabs->rect().contains(title->geometry()), qPrintable(title->text()));
    }
}

void tst_Gui::deskExportUsesScreenTitles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("English") << u"en"_s
                             << QStringList{u"Charge #"_s, u"Date"_s, u"Patient"_s, u"Code"_s, u"Description"_s,
                                            u"Provider"_s, u"Clinic"_s, u"Amount"_s, u"Adjustments"_s, u"Insurance"_s,
                                            u"Paid"_s, u"Balance"_s, u"Status"_s};
    QTest::newRow("Spanish") << u"es"_s
                             << QStringList{u"Cargo n.º"_s, u"Fecha"_s, u"Paciente"_s, u"Código"_s, u"Descripción"_s,
                                            u"Profesional"_s, u"Clínica"_s, u"Importe"_s, u"Ajustes"_s, u"Seguro"_s,
                                            u"Pagado"_s, u"Saldo"_s, u"Estado"_s};
}

// A list exported from the desk has the column titles the clerk sees, in the clerk's
// language; the CLI's exports keep their documented names (tst_cli, tst_export).
void tst_Gui::deskExportUsesScreenTitles()
{
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    const test::UiLanguage speaking(language);
    QVERIFY(speaking.isLoaded());
    std::unique_ptr<Practice> practice;
    ui::ChargesModel model;
    model.setAccount(smithAccount(practice));
    ui::ListTableView view(&model);

    QStringList shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown << view.model()->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(shown, titles);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"charges.csv"_s);
    QCOMPARE(view.exportTo(path), QString());
    core::CsvReader reader(path);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header(), titles);
}

void tst_Gui::ledgerRowOpensItsTab_data()
{
    test::TestDatabases::addBackendColumn();
    QTest::addColumn<int>("row");       // of the ledger, in date order
    QTest::addColumn<int>("list");      // the tab it opens
    QTest::addColumn<QString>("record"); // the row selected there: charge, adjustment or payment
    QTest::addColumn<bool>("doubleClick");
    const struct
    {
        const char *tag;
        int row;
        List list;
        const char *record;
        bool doubleClick;
    } rows[] = {
            {"Enter on John's charge", 0, List::Charges, "johnCharge", false},
            {"Enter on Anna's discount", 2, List::Adjustments, "discount", false},
            {"Enter on the card payment", 3, List::Payments, "cardPayment", false},
            {"double-click on the cash payment", 4, List::Payments, "cashPayment", true},
    };
    for (const QString &backend : test::TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                    << backend << row.row << int(row.list) << QString::fromLatin1(row.record) << row.doubleClick;
    }
}

void tst_Gui::ledgerRowOpensItsTab()
{
    QFETCH(QString, backend);
    QFETCH(int, row);
    QFETCH(int, list);
    QFETCH(QString, record);
    QFETCH(bool, doubleClick);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Desk desk = openDesk(backend);
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily));
    const Practice &p = *desk.practice;
    const qint64 discount = account->account().adjustments.constFirst().adjustment.id;
    const QHash<QString, qint64> ids{{u"johnCharge"_s, p.johnCharge},
                                     {u"discount"_s, discount},
                                     {u"cardPayment"_s, p.cardPayment},
                                     {u"cashPayment"_s, p.cashPayment}};

    // On a small screen the lists put their key columns first; the tab opens on them.
    desk.window->resize(1024, 600);
    ui::ListTableView *ledger = account->list(List::Ledger);
    QCOMPARE(account->currentList(), ledger);
    ledger->setFocus();
    const QModelIndex index = ledger->model()->index(row, ui::LedgerModel::Description);
    ledger->setCurrentIndex(index);
    if (doubleClick) {
        // Qt takes a press for the second of a double-click against the press before it.
        QTest::mouseClick(ledger->viewport(), Qt::LeftButton, {}, ledger->visualRect(index).center());
        QTest::mouseDClick(ledger->viewport(), Qt::LeftButton, {}, ledger->visualRect(index).center());
    } else {
        QTest::keyClick(ledger, Qt::Key_Return);
    }
    ui::ListTableView *opened = account->list(List(list));
    QCOMPARE(account->currentList(), opened);
    QCOMPARE(opened->currentId(), ids.value(record));
    QVERIFY(opened->hasFocus());
    QCOMPARE(opened->horizontalScrollBar()->value(), 0);
    QCOMPARE(keyColumnsOutOfView(opened), QStringList());
}

void tst_Gui::agingReportListsAndOpensFamily_data()
{
    test::TestDatabases::addBackendColumn();
    test::TestDatabases::addBackendRows("Smiths today and on 2024-02-01");
}

void tst_Gui::agingReportListsAndOpensFamily()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const Desk desk = openDesk(backend);
    const qint64 smiths = desk.practice->smithFamily;

    // Reports > Aging (Ctrl+Shift+G): the Smiths owe 1,115.00, all of it over 90 days old; the
    // Garcias owe nothing and are left out. Enter opens the account.
    bool listed = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::AgingDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const QAbstractItemModel *lines = dialog->lines()->model();
        listed = lines->rowCount() == 1
                && lines->index(0, ui::AgingModel::Guarantor).data().toString() == u"Smith, John"_s
                && lines->index(0, ui::AgingModel::Over90).data().toString() == u"1,115.00"_s
                && lines->index(0, ui::AgingModel::Days0To30).data().toString() == u"0.00"_s
                && dialog->focusWidget() == dialog->lines();
        QTest::keyClick(dialog->lines(), Qt::Key_Return);
    });
    QTest::keyClick(desk.window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(listed);
    QCOMPARE(desk.account()->familyId(), smiths);

    // As of 2024-02-01 only John's 65.00 charge of 2024-01-10 was owed: 22 days old.
    ui::AgingDialog dialog(desk.window->database(), clerk, QDate::currentDate());
    dialog.show();
    dialog.asOf()->setDate(QDate(2024, 2, 1));
    dialog.asOf()->setFocus();
    QTest::keyClick(dialog.asOf(), Qt::Key_Return); // Show is the default button
    QCOMPARE(dialog.report().asOf, QDate(2024, 2, 1));
    const QAbstractItemModel *lines = dialog.lines()->model();
    QCOMPARE(lines->rowCount(), 1);
    QCOMPARE(lines->index(0, ui::AgingModel::Days0To30).data().toString(), u"65.00"_s);
    QCOMPARE(lines->index(0, ui::AgingModel::Balance).data().toString(), u"65.00"_s);
    QVERIFY(dialog.totals()->text().contains(u"0–30: 65.00"_s));
    QVERIFY(dialog.isVisible());

    // The CSV export is the report's, under its documented names.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"aging.csv"_s);
    QVERIFY(dialog.exportTo(path));
    core::CsvReader reader(path);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header(), core::AgingReport::csvHeader());
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.field(2), u"65.00"_s);
}

// A row selected by its id (after a posting, from a ledger row) scrolls into view with the
// key columns, which a narrow list puts first, whatever column the list was scrolled to;
// moving on from it keeps them in view.
void tst_Gui::selectIdKeepsKeyColumnsInView()
{
    const Desk desk = openDesk(u"sqlite"_s);
    desk.window->resize(1024, 600);
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily));
    account->showList(List::Charges);
    ui::ListTableView *charges = account->list(List::Charges);
    QApplication::processEvents();
    QScrollBar *scroll = charges->horizontalScrollBar();
    QVERIFY(scroll->maximum() > 0); // narrow: some columns are scrolled to
    scroll->setValue(scroll->maximum());

    QVERIFY(charges->selectId(desk.practice->johnCharge));
    QCOMPARE(scroll->value(), 0);
    charges->setFocus();
    QTest::keyClick(charges, Qt::Key_Down);
    QCOMPARE(charges->currentId(), desk.practice->annaCharge);
    QCOMPARE(scroll->value(), 0);
    QCOMPARE(keyColumnsOutOfView(charges), QStringList());
}

// Shift+F10 (or the Menu key) opens the list's context menu; S there sorts by the current
// column, ascending, and the next time descending.
void tst_Gui::sortFromKeyboard()
{
    std::unique_ptr<Practice> practice;
    ui::ChargesModel model;
    model.setAccount(smithAccount(practice));
    ui::ListTableView view(&model);
    view.resize(1400, 300);
    view.show();
    QApplication::setActiveWindow(&view);
    view.setFocus();
    view.setCurrentIndex(view.model()->index(0, ui::ChargesModel::Date));
    QTest::keyClick(&view, Qt::Key_Right); // from Date to Patient, Code, Description, ... Amount
    for (int column = ui::ChargesModel::Patient; column < ui::ChargesModel::Amount; ++column)
        QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex().column(), int(ui::ChargesModel::Amount));

    const auto sortFromMenu = [&] {
        QString offered;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction *action : menu->actions()) {
                if (action->text().startsWith(u"&Sort"_s))
                    offered = action->text();
            }
            QTest::keyClick(menu, Qt::Key_S);
        });
        QTest::keyClick(&view, Qt::Key_F10, Qt::ShiftModifier);
        return offered;
    };
    const auto firstCode = [&] { return view.model()->index(0, ui::ChargesModel::Code).data().toString(); };
    QCOMPARE(sortFromMenu(), u"&Sort by Amount, ascending"_s);
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(ui::ChargesModel::Amount));
    QCOMPARE(firstCode(), u"D0120"_s);
    QCOMPARE(sortFromMenu(), u"&Sort by Amount, descending"_s);
    QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(firstCode(), u"D1110"_s);
}

// The sorted column keeps its whole title beside the sort arrow (the aging report showed
// "3alance" for Balance).
void tst_Gui::sortedTitleFitsBesideArrow()
{
    std::unique_ptr<Practice> practice;
    const std::unique_ptr<core::Database> db = practiceDatabase(u"sqlite"_s, practice);
    ui::AgingDialog dialog(*db, clerk, QDate::currentDate());
    dialog.show();
    ui::ListTableView *lines = dialog.lines();
    const QHeaderView *header = lines->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        lines->sortByColumn(column, Qt::DescendingOrder);
        QApplication::processEvents();
        QStyleOptionHeader option;
        option.initFrom(header);
        option.state |= QStyle::State_Horizontal;
        option.orientation = Qt::Horizontal;
        option.rect = QRect(0, 0, header->sectionSize(column), header->height());
        option.section = column;
        option.sortIndicator = QStyleOptionHeader::SortDown;
        option.text = lines->model()->headerData(column, Qt::Horizontal).toString();
        const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        QVERIFY2(label.width() >= header->fontMetrics().horizontalAdvance(option.text), qPrintable(option.text));
    }
    if (const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(dialog.grab().save(QDir(folder).filePath(u"aging-sorted.png"_s)));
}

void tst_Gui::listsShowDescriptionAndStatus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "es"}) {
        for (const QSize size : {QSize(1024, 600), QSize(1280, 800)})
            QTest::addRow("%s/%dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
    }
}

// On Charges and Adjustments a void shows in the Status column without scrolling, and the
// description (the adjustment's type) gets room for a useful text rather than what the
// other columns leave (at 1280x800 that was 90 pixels beside an empty Status column).
void tst_Gui::listsShowDescriptionAndStatus()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const test::UiLanguage speaking(language);
    QVERIFY(speaking.isLoaded());
    const Desk desk = openDesk(u"sqlite"_s);
    const Voided voided(desk.window->database(), *desk.practice);
    desk.window->resize(size);
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily));
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    const struct
    {
        List list;
        int status;
        int description;
        qint64 voidedId;
    } lists[] = {{List::Charges, ui::ChargesModel::Status, ui::ChargesModel::Description, voided.charge},
                 {List::Adjustments, ui::AdjustmentsModel::Status, ui::AdjustmentsModel::Type, voided.fee}};
    for (const auto &list : lists) {
        account->showList(list.list);
        ui::ListTableView *view = account->list(list.list);
        QVERIFY(view->selectId(list.voidedId));
        QApplication::processEvents();
        const QString name =
                u"lists-%1-%2x%3-%4.png"_s.arg(language).arg(size.width()).arg(size.height()).arg(int(list.list));
        if (!folder.isEmpty())
            QVERIFY(desk.window->grab().save(QDir(folder).filePath(name)));
        QVERIFY(!view->currentIndex().siblingAtColumn(list.status).data().toString().isEmpty());
        QVERIFY(columnInView(view, list.status));
        QCOMPARE(keyColumnsOutOfView(view), QStringList());
        int cells = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            cells = qMax(cells, view->sizeHintForIndex(view->model()->index(row, list.description)).width());
        QVERIFY2(view->columnWidth(list.description) >= qMin(cells, 200),
                 qPrintable(u"%1 < %2"_s.arg(view->columnWidth(list.description)).arg(qMin(cells, 200))));
    }
}

void tst_Gui::actionsActOnTheTabShown_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("selected");   // the record selected on it, from the keyboard
    QTest::addColumn<QStringList>("targets"); // action=record for each action enabled
    // Before, the Payments, Charges and Adjustments lists keep other rows current: the card
    // payment, John's charge, the discount. The Ledger's rows: John's charge, Anna's charge,
    // the discount, the card payment, the cash payment.
    const struct
    {
        const char *tag;
        List tab;
        const char *selected;
        QStringList targets;
    } rows[] = {
            {"Ledger, a payment", List::Ledger, "cash",
             {u"void=cash"_s, u"refund=cash"_s, u"receipt=cash"_s, u"adjustment=none"_s}},
            {"Ledger, a charge", List::Ledger, "anna", {u"voidCharge=anna"_s, u"adjustment=anna"_s}},
            {"Ledger, an adjustment", List::Ledger, "discount", {u"voidAdjustment=discount"_s, u"adjustment=none"_s}},
            {"Payments", List::Payments, "cash",
             {u"void=cash"_s, u"refund=cash"_s, u"receipt=cash"_s, u"adjustment=none"_s}},
            {"Charges", List::Charges, "anna", {u"voidCharge=anna"_s, u"adjustment=anna"_s}},
            {"Adjustments", List::Adjustments, "discount", {u"voidAdjustment=discount"_s, u"adjustment=none"_s}},
            {"Members", List::Members, "anna", {u"adjustment=none"_s}},
            {"Allocations", List::Allocations, "", {u"adjustment=none"_s}},
    };
    for (const auto &row : rows)
        QTest::newRow(row.tag) << int(row.tab) << QString::fromLatin1(row.selected) << row.targets;
}

// Void…, Refund…, Print receipt…, Void charge…, Void adjustment… and Adjustment… (Ctrl+Shift+A
// attaches to the charge) act on the row selected on the tab shown, and are enabled only
// when it is theirs; another tab's current row never counts.
void tst_Gui::actionsActOnTheTabShown()
{
    QFETCH(int, tab);
    QFETCH(QString, selected);
    QFETCH(QStringList, targets);
    const Desk desk = openDesk(u"sqlite"_s);
    ui::MainWindow *window = desk.window.get();
    ui::AccountView *account = desk.account();
    QVERIFY(account->openFamily(desk.practice->smithFamily));
    const Practice &p = *desk.practice;
    const qint64 discount = account->account().adjustments.constFirst().adjustment.id;
    const QHash<QString, qint64> ids{{u"cash"_s, p.cashPayment}, {u"card"_s, p.cardPayment},
                                     {u"anna"_s, p.annaCharge},  {u"john"_s, p.johnCharge},
                                     {u"discount"_s, discount},  {u"none"_s, 0}};
    account->list(List::Payments)->selectId(p.cardPayment);
    account->list(List::Charges)->selectId(p.johnCharge);
    account->list(List::Adjustments)->selectId(discount);

    account->showList(List(tab));
    ui::ListTableView *list = account->list(List(tab));
    list->setFocus();
    if (List(tab) == List::Ledger) {
        // The ledger opens on its last row, the cash payment; Up walks back to the record.
        const QHash<QString, int> ledgerRow{{u"cash"_s, 4}, {u"anna"_s, 1}, {u"discount"_s, 2}};
        for (int row = 4; row > ledgerRow.value(selected); --row)
            QTest::keyClick(list, Qt::Key_Up);
    } else if (!selected.isEmpty()) {
        QVERIFY(list->selectId(ids.value(selected)));
    }

    const QHash<QString, QAction *> actions = [&] {
        const QHash<QString, QString> texts{{u"void"_s, u"&Void…"_s},
                                            {u"refund"_s, u"&Refund…"_s},
                                            {u"receipt"_s, u"Print &receipt…"_s},
                                            {u"voidCharge"_s, u"Void c&harge…"_s},
                                            {u"voidAdjustment"_s, u"Void a&djustment…"_s},
                                            {u"adjustment"_s, u"&Adjustment…"_s}};
        QHash<QString, QAction *> found;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (const QString name = texts.key(action->text()); !name.isEmpty())
                found.insert(name, action);
        }
        return found;
    }();
    QCOMPARE(actions.size(), 6);
    QStringList enabled;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (it.value()->isEnabled())
            enabled << it.key();
    }
    QStringList expectedEnabled;
    for (const QString &target : targets)
        expectedEnabled << target.section(u'=', 0, 0);
    enabled.sort();
    expectedEnabled.sort();
    QCOMPARE(enabled, expectedEnabled);

    for (const QString &target : targets) {
        const QString action = target.section(u'=', 0, 0);
        const qint64 id = ids.value(target.section(u'=', 1));
        const QHash<QString, QString> expected{{u"void"_s, u"Payment #%1"_s.arg(id)},
                                               {u"refund"_s, u"Payment #%1"_s.arg(id)},
                                               {u"receipt"_s, u"Print receipt #%1, or save it as a PDF?"_s.arg(id)},
                                               {u"voidCharge"_s, u"Void charge #%1"_s.arg(id)},
                                               {u"voidAdjustment"_s, u"Void adjustment #%1"_s.arg(id)},
                                               {u"adjustment"_s, u"charge %1"_s.arg(id)}};
        const QString opened = targetOf([&] {
            if (action == u"adjustment") {
                QApplication::setActiveWindow(window); // back from the dialog before
                QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
            }
            else {
                actions.value(action)->trigger();
            }
        });
        QCOMPARE(opened, expected.value(action));
    }
}

void tst_Gui::windowMnemonicsAreUnique_data()
{
    test::UiLanguage::addRows();
}

// Each Alt+letter of the main window (its menus, labels and buttons) does one thing: the
// search's label took Alt+F from the File menu. The search box keeps Ctrl+F and says so.
void tst_Gui::windowMnemonicsAreUnique()
{
    QFETCH(QString, language);
    const test::UiLanguage speaking(language);
    QVERIFY(speaking.isLoaded());
    const Desk desk = openDesk(u"sqlite"_s);
    QVERIFY(desk.account()->openFamily(desk.practice->smithFamily));
    QHash<QKeySequence, QString> owners;
    const auto claim = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        QVERIFY2(!owners.contains(key), qPrintable(u"%1: \"%2\" and \"%3\""_s.arg(
                                                key.toString(), owners.value(key), text)));
        owners.insert(key, text);
    };
    for (const QAction *menu : desk.window->menuBar()->actions())
        claim(menu->text());
    for (const QLabel *label : desk.window->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible())
            claim(label->text());
    }
    for (const QAbstractButton *button : desk.window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            claim(button->text());
    }
    QString caption;
    for (const QLabel *label : desk.search()->findChildren<QLabel *>()) {
        if (label->buddy() == desk.search()->searchEdit())
            caption = label->text();
    }
    QVERIFY2(caption.contains(u"Ctrl+F"_s), qPrintable(caption));
}

// "13/45/1990" said "No patient matches"; the panel now says under the box that it is no
// date and how to type one, until it is typed over.
void tst_Gui::searchSaysWhatIsNoDate()
{
    const Desk desk = openDesk(u"sqlite"_s);
    QTest::keyClick(desk.window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *edit = desk.search()->searchEdit();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"13/45/1990"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    const QLabel *message = desk.search()->message();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"\"13/45/1990\" is not a date: type it as MM/DD/YYYY or YYYY-MM-DD."_s);
    QVERIFY(!desk.account()->hasFamily());
    if (const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        desk.window->resize(1024, 600);
        QApplication::processEvents();
        QVERIFY(desk.window->grab().save(QDir(folder).filePath(u"search-no-date.png"_s)));
    }

    edit->selectAll();
    QTest::keyClicks(edit, u"1/2/1970"_s);
    QVERIFY(!message->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!message->isVisible());
    QCOMPARE(desk.account()->currentPatientId(), desk.practice->john);
}

QTEST_MAIN(tst_Gui)
#include "tst_gui.moc"
