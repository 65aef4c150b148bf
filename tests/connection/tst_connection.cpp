#include "../dialogs/DialogHelpers.h"
#include "DatabaseConnector.h"
#include "ListTableView.h"
#include "MainWindow.h"
#include "PasswordKeychain.h"
#include "PatientSearchPanel.h"
#include "RecentDatabases.h"
#include "TestDatabases.h"
#include "UiLanguage.h"
#include "WindowState.h"
#include "dialogs/ConnectionDialog.h"
#include "models/PatientSearchModel.h"

#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::ui;
using paydesk::core::ConnectionSpec;
using paydesk::test::TestDatabases;

namespace {

// A keychain that works (keeps what it is given) or that is missing (answers nothing).
class FakeKeychain : public PasswordKeychain
{
public:
    explicit FakeKeychain(bool works)
        : m_works(works)
    {}

    std::optional<QString> read(const QString &connection) const override
    {
        if (!m_works || !m_stored.contains(connection))
            return std::nullopt;
        return m_stored.value(connection);
    }
    bool write(const QString &connection, const QString &password) const override
    {
        if (m_works)
            m_stored.insert(connection, password);
        return m_works;
    }

    mutable QHash<QString, QString> m_stored;

private:
    bool m_works;
};

} // namespace

// The desk's connection: the PostgreSQL password from the keychain or asked for, never
// stored in its settings; the databases, window and columns it remembers.
class tst_Connection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void missingKeychainAnswersQuietly();
    void keychainPasswordOpens_data() { addKeychainRows(); }
    void keychainPasswordOpens();
    void askedPasswordGoesToKeychain_data() { addKeychainRows(); }
    void askedPasswordGoesToKeychain();
    void remembersConnectionWithoutPassword();
    void recentDatabasesReopen();
    void remembersGeometryAndColumnWidths();
    void screenshots_data() { test::UiLanguage::addRows(); }
    void screenshots();

private:
    // The column "keychainWorks": a row with a keychain, a row without one.
    static void addKeychainRows();
    QByteArray settingsFile() const;

    TestDatabases m_dbs;
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

void tst_Connection::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"PayDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_connection"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    // As on CI and in a bare X session: no Secret Service, no KWallet to ask.
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + m_files.filePath(u"no-bus"_s)));
    // libpq must not find a password of its own: the keychain or the clerk gives it.
    qputenv("PGPASSFILE", QFile::encodeName(m_files.filePath(u"no-pgpass"_s)));
}

void tst_Connection::init()
{
    QSettings().clear();
}

QByteArray tst_Connection::settingsFile() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_Connection::missingKeychainAnswersQuietly()
{
    // Long enough that only the keychain's own answer ends the wait: a hang fails the run.
    const PasswordKeychain keychain(std::chrono::minutes(10));
    const QString connection = u"postgresql://ann@db.lan:5432/paydesk"_s;
    QVERIFY(!keychain.write(connection, u"Kept-Nowhere-1"_s));
    QVERIFY(!keychain.read(connection));
    // QtKeychain's insecure fallback (a settings file) stays off.
    QVERIFY(!settingsFile().contains("Kept-Nowhere-1"));
}

void tst_Connection::addKeychainRows()
{
    QTest::addColumn<bool>("keychainWorks");
    QTest::newRow("keychain") << true;
    QTest::newRow("no keychain") << false;
}

void tst_Connection::keychainPasswordOpens()
{
    QFETCH(bool, keychainWorks);
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    const ConnectionSpec spec = m_dbs.freshSecretSpec();
    const FakeKeychain keychain(keychainWorks);
    keychain.write(spec.displayName(), TestDatabases::secretPassword());
    const DatabaseConnector::Result result = DatabaseConnector::open(spec.displayName(), keychain);
    QCOMPARE(bool(result.db), keychainWorks);
    if (!keychainWorks) {
        QVERIFY2(result.error.contains(spec.displayName()), qPrintable(result.error));
        QVERIFY(!result.error.contains(TestDatabases::secretPassword()));
    }
}

void tst_Connection::askedPasswordGoesToKeychain()
{
    QFETCH(bool, keychainWorks);
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    const ConnectionSpec spec = m_dbs.freshSecretSpec();
    const FakeKeychain keychain(keychainWorks);
    test::dialogs::whenModal<ConnectionDialog>([](ConnectionDialog *dialog) {
        auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
        password->setFocus();
        QTest::keyClicks(password, TestDatabases::secretPassword());
        QTest::keyClick(password, Qt::Key_Return);
    });
    const std::unique_ptr<core::Database> db = DatabaseConnector::ask(nullptr, spec.displayName(), keychain);
    QVERIFY(db);
    QCOMPARE(db->spec().displayName(), spec.displayName());
    // With a keychain the next start needs nobody; without one it asks again.
    QCOMPARE(keychain.m_stored.value(spec.displayName()), keychainWorks ? TestDatabases::secretPassword() : QString());
    QCOMPARE(bool(DatabaseConnector::open(spec.displayName(), keychain).db), keychainWorks);
    QVERIFY(!settingsFile().contains(TestDatabases::secretPassword().toUtf8()));
}

void tst_Connection::remembersConnectionWithoutPassword()
{
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    const ConnectionSpec spec = m_dbs.freshSecretSpec();
    const QString password = TestDatabases::secretPassword();
    {
        MainWindow window(std::make_unique<core::Database>(spec.withPassword(password)), test::dialogs::clerk);
        WindowState::save(window);
    }
    QCOMPARE(RecentDatabases::last(), spec.displayName());
    const QByteArray stored = settingsFile();
    QVERIFY(stored.contains(spec.user().toUtf8()));
    QVERIFY2(!stored.contains(password.toUtf8()), stored.constData());
}

void tst_Connection::recentDatabasesReopen()
{
    const ConnectionSpec first = m_dbs.freshSpec(u"sqlite"_s);
    const ConnectionSpec second = m_dbs.freshSpec(u"sqlite"_s);
    MainWindow window(std::make_unique<core::Database>(first), test::dialogs::clerk);
    RecentDatabases::add(second);
    RecentDatabases::add(first);
    QCOMPARE(RecentDatabases::list(), (QStringList{first.displayName(), second.displayName()}));

    auto *menu = window.findChild<QMenu *>(u"recentDatabases"_s);
    QVERIFY(menu);
    menu->popup(window.mapToGlobal(QPoint(0, 0)));
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[1]->text(), u"&2 "_s + second.displayName());
    menu->hide();
    actions[1]->trigger();
    QCOMPARE(window.database().spec().displayName(), second.displayName());
    QCOMPARE(RecentDatabases::last(), second.displayName());

    // Only the newest few are kept.
    for (int i = 0; i < RecentDatabases::maximum + 2; ++i)
        RecentDatabases::add(ConnectionSpec::parse(m_files.filePath(u"other-%1.sqlite"_s.arg(i))));
    QCOMPARE(RecentDatabases::list().size(), RecentDatabases::maximum);
}

void tst_Connection::remembersGeometryAndColumnWidths()
{
    const ConnectionSpec spec = m_dbs.freshSpec(u"sqlite"_s);
    const auto family = test::dialogs::seedFamily(core::Database(spec));
    const int column = PatientSearchModel::BirthDate;
    {
        MainWindow window(std::make_unique<core::Database>(spec), test::dialogs::clerk);
        window.show();
        window.resize(1000, 640);
        ListTableView *results = window.searchPanel()->results();
        window.searchPanel()->showFamily(family.id, family.ana);
        // Fitting the columns to their text is not the clerk's choice: nothing to remember.
        QVERIFY(results->handWidths().isEmpty());
        results->horizontalHeader()->resizeSection(column, 211);
        WindowState::save(window);
    }
    MainWindow window(std::make_unique<core::Database>(spec), test::dialogs::clerk);
    WindowState::restore(window);
    window.show();
    QCOMPARE(window.size(), QSize(1000, 640));
    ListTableView *results = window.searchPanel()->results();
    window.searchPanel()->showFamily(family.id, family.luis);
    QCOMPARE(results->columnWidth(column), 211);
    QCOMPARE(results->handWidths(), (QMap<int, int>{{column, 211}}));
}

// The connection window and File > Recent databases as the clerk sees them (set
// PAYDESK_SCREENSHOT_DIR to keep the files).
void tst_Connection::screenshots()
{
    QFETCH(QString, language);
    const test::UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    QTemporaryDir scratch;
    const QString target = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR", scratch.path());
    const auto save = [&](QWidget &widget, const QString &name) {
        QCoreApplication::processEvents();
        const QPixmap shot = widget.grab();
        QVERIFY(!shot.isNull() && shot.width() > 100);
        QVERIFY(shot.save(u"%1/%2-%3.png"_s.arg(target, name, language)));
    };
    {
        ConnectionDialog dialog(nullptr);
        dialog.findChild<QRadioButton *>(u"postgres"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"desk"_s);
        QVERIFY(test::dialogs::showActive(dialog));
        save(dialog, u"connection-postgresql"_s);
    }
    const ConnectionSpec spec = m_dbs.freshSpec(u"sqlite"_s);
    RecentDatabases::add(ConnectionSpec::parse(u"postgresql://desk@db.clinic.lan:5432/paydesk"_s));
    MainWindow window(std::make_unique<core::Database>(spec), test::dialogs::clerk);
    window.resize(1024, 600);
    window.show();
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    file->popup(window.mapToGlobal(QPoint(0, 0)));
    save(*file, u"file-menu"_s);
    auto *recent = window.findChild<QMenu *>(u"recentDatabases"_s);
    recent->popup(window.mapToGlobal(QPoint(0, 0)));
    save(*recent, u"recent-databases"_s);
    recent->hide();
    file->hide();
}

QTEST_MAIN(tst_Connection)
#include "tst_connection.moc"
