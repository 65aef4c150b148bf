// Users, sign-in, roles and the audit trail through the real paydesk-cli (path in
// PAYDESK_CLI), on a fresh SQLite file and a fresh PostgreSQL database: open mode as before,
// signing in with a password file once secured, the same refusals as the services, and the
// user and audit commands' contracts.

#include "CliRun.h"
#include "TestDatabases.h"

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::ConnectionSpec;
using paydesk::core::Database;
using paydesk::test::CliRun;
using paydesk::test::TestDatabases;

namespace {

QJsonObject parseObject(const CliRun &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    if (!doc.isObject())
        qWarning("not a JSON object: %s", qPrintable(run.describe()));
    return doc.object();
}

qint64 scalar(const QString &db, const QString &sql)
{
    const Database database(ConnectionSpec::parse(db), Database::SchemaPolicy::Leave);
    paydesk::core::SqlQuery q = database.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

// Every row outside the audit trail: equal counts mean a refused command wrote nothing.
const QString ledgerRows = u"SELECT (SELECT COUNT(*) FROM patients) + (SELECT COUNT(*) FROM charges)"
                           " + (SELECT COUNT(*) FROM adjustments) + (SELECT COUNT(*) FROM payments)"
                           " + (SELECT COUNT(*) FROM allocations) + (SELECT COUNT(*) FROM users)"
                           " + (SELECT COUNT(*) FROM settings) + (SELECT COUNT(*) FROM procedure_codes)"_s;

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return {list.begin(), list.end()};
}

} // namespace

class tst_CliUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openModeWorksAsToday_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void openModeWorksAsToday();
    void signIn_data();
    void signIn();
    void lockOutAfterFiveFailures_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void lockOutAfterFiveFailures();
    void rolesRefuse_data();
    void rolesRefuse();
    void frontDeskVoidsItsOwnPaymentToday_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void frontDeskVoidsItsOwnPaymentToday();
    void userCommandsRefuseBadInput_data();
    void userCommandsRefuseBadInput();
    void userCommands_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void userCommands();
    void auditCommand_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void auditCommand();

private:
    // A file holding `text`, with `mode` (0600: owner only).
    QString passwordFile(const QString &name, const QByteArray &text, QFile::Permissions mode);
    // paydesk-cli --db db --user user [--password-file the user's file] args.
    CliRun as(const QString &db, const QString &user, const QStringList &args);
    // A secured practice: family 100 with a charge and an unallocated payment that the
    // installer posted while the database was open; alice administrator, carol billing
    // manager, bob front desk, each with a password. Built once per backend for the tests
    // that leave the ledger as it is; `fresh` builds a new one.
    QString securedPractice(const QString &backend, bool fresh = false);

    TestDatabases m_dbs;
    QTemporaryDir m_files;
    QHash<QString, QString> m_practices;
    QHash<QString, QString> m_passwordFiles; // user -> file
};

void tst_CliUsers::initTestCase()
{
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
    QVERIFY(m_files.isValid());
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString &user : {u"alice"_s, u"carol"_s, u"bob"_s, u"dave"_s})
        m_passwordFiles.insert(user, passwordFile(user, (user + u"s password\n"_s).toUtf8(), ownerOnly));
}

QString tst_CliUsers::passwordFile(const QString &name, const QByteArray &text, QFile::Permissions mode)
{
    const QString path = m_files.filePath(name + u".pw"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    file.setPermissions(mode);
    return path;
}

CliRun tst_CliUsers::as(const QString &db, const QString &user, const QStringList &args)
{
    const QStringList signIn = m_passwordFiles.contains(user) ? QStringList{u"--password-file"_s, m_passwordFiles.value(user)}
                                                              : QStringList();
    return paydesk::test::runCli(db, user, signIn + args);
}

QString tst_CliUsers::securedPractice(const QString &backend, bool fresh)
{
    if (!fresh && m_practices.contains(backend))
        return m_practices.value(backend);
    const QString db = TestDatabases::url(m_dbs.freshSpec(backend));
    const QList<QStringList> open = {
        {u"init"_s},
        {u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s, u"--first"_s, u"Ana"_s,
         u"--birth"_s, u"1980-04-02"_s},
        {u"charge"_s, u"add"_s, u"--patient"_s, u"1"_s, u"--date"_s, u"2024-01-10"_s, u"--code"_s, u"D0120"_s,
         u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"80.00"_s, u"--description"_s, u"Exam"_s},
        {u"post-payment"_s, u"--patient"_s, u"1"_s, u"--amount"_s, u"100.00"_s, u"--method"_s, u"cash"_s, u"--date"_s,
         u"2024-03-01"_s},
        {u"user"_s, u"add"_s, u"--name"_s, u"alice"_s, u"--role"_s, u"administrator"_s, u"--new-password-file"_s,
         m_passwordFiles.value(u"alice"_s)},
    };
    for (const QStringList &args : open) {
        const CliRun run = paydesk::test::runCli(db, u"installer"_s, args);
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(run.describe()));
    }
    for (const auto &[name, role] : {std::pair{u"carol"_s, u"billing-manager"_s}, std::pair{u"bob"_s, u"front-desk"_s}}) {
        const CliRun run = as(db, u"alice"_s, {u"user"_s, u"add"_s, u"--name"_s, name, u"--role"_s, role,
                                               u"--new-password-file"_s, m_passwordFiles.value(name)});
        if (run.exitCode != 0)
            qWarning("user add %s: %s", qPrintable(name), qPrintable(run.describe()));
    }
    if (!fresh)
        m_practices.insert(backend, db);
    return db;
}

// No user has a password: --user is recorded, nothing asks for a password, roles are not
// enforced; a user without a password (or a front desk one with it) leaves it open.
void tst_CliUsers::openModeWorksAsToday()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = TestDatabases::url(m_dbs.freshSpec(backend));
    QCOMPARE(paydesk::test::runCli(db, u"maria"_s, {u"init"_s}).exitCode, 0);
    const CliRun none = paydesk::test::runCli(db, u"maria"_s, {u"user"_s, u"list"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains(u"no users"_s), qPrintable(none.out));
    QCOMPARE(as(db, u"bob"_s, {u"user"_s, u"add"_s, u"--name"_s, u"bob"_s, u"--role"_s, u"front-desk"_s,
                              u"--new-password-file"_s, m_passwordFiles.value(u"bob"_s)})
                 .exitCode,
             0);
    QCOMPARE(paydesk::test::runCli(db, u"maria"_s, {u"user"_s, u"add"_s, u"--name"_s, u"alice"_s, u"--role"_s,
                                                    u"administrator"_s})
                 .exitCode,
             0);
    const CliRun patient = paydesk::test::runCli(db, u"maria"_s, {u"patient"_s, u"add"_s, u"--family"_s, u"7"_s,
                                                                  u"--last"_s, u"Okafor"_s, u"--first"_s, u"Ben"_s,
                                                                  u"--birth"_s, u"1990-01-01"_s});
    QVERIFY2(patient.exitCode == 0 && patient.err.isEmpty(), qPrintable(patient.describe()));
    QCOMPARE(paydesk::test::runCli(db, u"maria"_s, {u"config"_s, u"set"_s, u"practice.name"_s, u"Smile"_s}).exitCode, 0);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE user_name = 'maria' AND entity = 'patient'"_s), qint64(1));
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'sign-in%'"_s), qint64(0));
}

void tst_CliUsers::signIn_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("file");      // a password file's content ...
    QTest::addColumn<int>("mode");          // ... and mode; no file when both are empty / 0
    QTest::addColumn<bool>("giveFile");     // --password-file given
    QTest::addColumn<QString>("expected");  // stderr must contain; empty: success
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &user, const QString &file, int mode, bool give,
                             const QString &expected) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << user << file << mode << give << expected;
        };
        row("password file 0600", u"bob"_s, u"bobs password\n"_s, 0600, true, QString());
        row("password file without a line end", u"bob"_s, u"bobs password"_s, 0600, true, QString());
        row("password file 0400", u"bob"_s, u"bobs password\n"_s, 0400, true, QString());
        row("password file 0644", u"bob"_s, u"bobs password\n"_s, 0644, true,
            u"--password-file: %1 may be read by other users (mode 0644)"_s);
        row("password file 0640", u"bob"_s, u"bobs password\n"_s, 0640, true, u"(mode 0640)"_s);
        row("empty password file", u"bob"_s, QString(), 0600, true, u"--password-file: the file %1 is empty."_s);
        row("missing password file", u"bob"_s, QString(), 0, true, u"--password-file: there is no file %1."_s);
        row("no password file, no terminal", u"bob"_s, QString(), 0, false,
            u"sign in with --user NAME --password-file FILE"_s);
        row("wrong password", u"bob"_s, u"bobs passwort\n"_s, 0600, true, u"The user name or the password is wrong."_s);
        row("unknown user", u"mallory"_s, u"bobs password\n"_s, 0600, true,
            u"The user name or the password is wrong."_s);
    }
}

void tst_CliUsers::signIn()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(QString, file);
    QFETCH(int, mode);
    QFETCH(bool, giveFile);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = securedPractice(backend);
    const QString path = m_files.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    if (mode != 0) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(file.toUtf8());
        out.close();
        QVERIFY(out.setPermissions(QFile::Permissions()));
        // QFile's flags cannot say 0640 exactly; chmod can.
        QCOMPARE(QProcess::execute(u"chmod"_s, {QString::number(mode, 8), path}), 0);
    }
    const qint64 signIns = scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in' AND user_name = '%1'"_s.arg(user));
    const QStringList signIn = giveFile ? QStringList{u"--password-file"_s, path} : QStringList();
    const CliRun run = paydesk::test::runCli(db, user, signIn + QStringList{u"--json"_s, u"verify"_s});
    if (expected.isEmpty()) {
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(parseObject(run).value(u"errors"_s).toInteger(), 0);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in' AND user_name = '%1'"_s.arg(user)),
                 signIns + 1);
        return;
    }
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(expected.contains(u"%1"_s) ? expected.arg(path) : expected), qPrintable(run.err));
}

// Five wrong passwords lock the user (even with the right one then); other users are not
// locked. (The release after 15 minutes needs a clock the test moves: tst_users.)
void tst_CliUsers::lockOutAfterFiveFailures()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = TestDatabases::url(m_dbs.freshSpec(backend));
    QCOMPARE(paydesk::test::runCli(db, u"installer"_s, {u"user"_s, u"add"_s, u"--name"_s, u"alice"_s, u"--role"_s,
                                                        u"administrator"_s, u"--new-password-file"_s,
                                                        m_passwordFiles.value(u"alice"_s)})
                 .exitCode,
             0);
    QCOMPARE(as(db, u"alice"_s, {u"user"_s, u"add"_s, u"--name"_s, u"dave"_s, u"--role"_s, u"front-desk"_s,
                                u"--new-password-file"_s, m_passwordFiles.value(u"dave"_s)})
                 .exitCode,
             0);
    const QString wrong = passwordFile(u"wrong"_s, "not daves\n", QFile::ReadOwner | QFile::WriteOwner);
    for (int i = 0; i < 5; ++i) {
        const CliRun run = paydesk::test::runCli(db, u"dave"_s, {u"--password-file"_s, wrong, u"verify"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"wrong"_s), qPrintable(run.err));
    }
    const CliRun locked = as(db, u"dave"_s, {u"verify"_s});
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains(u"dave is locked after 5 failed sign-ins"_s), qPrintable(locked.err));
    // In plain English, not the source text's "minute(s)".
    QVERIFY2(QRegularExpression(u"try again in 1[45] minutes\\.$"_s, QRegularExpression::MultilineOption).match(locked.err).hasMatch(),
             qPrintable(locked.err));
    QCOMPARE(as(db, u"alice"_s, {u"verify"_s}).exitCode, 0);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed' AND user_name = 'dave'"_s), qint64(6));
}

void tst_CliUsers::rolesRefuse_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // the refusal; empty: allowed
    const QString fd = u"this needs the billing manager role; bob has the front desk role."_s;
    const QString bm = u"this needs the administrator role; carol has the billing manager role."_s;
    const QString csv = m_files.filePath(u"out.csv"_s);
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QString &user, const QStringList &args, const QString &expected) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << user << args << expected;
        };
        row("front desk refunds", u"bob"_s,
            {u"refund"_s, u"--payment"_s, u"1"_s, u"--amount"_s, u"5.00"_s, u"--reason"_s, u"overpaid"_s},
            u"Void or refund: "_s + fd);
        row("front desk voids the installer's payment", u"bob"_s,
            {u"void-payment"_s, u"--payment"_s, u"1"_s, u"--reason"_s, u"wrong"_s}, u"Void or refund: "_s + fd);
        row("front desk voids a charge", u"bob"_s, {u"charge"_s, u"void"_s, u"--charge"_s, u"1"_s, u"--reason"_s, u"twice"_s},
            u"Void or refund: "_s + fd);
        row("front desk posts a negative payment", u"bob"_s,
            {u"post-payment"_s, u"--patient"_s, u"1"_s, u"--amount"_s, u"-5.00"_s, u"--method"_s, u"cash"_s},
            u"Negative payments: "_s + fd);
        row("front desk lowers a balance", u"bob"_s,
            {u"adjustment"_s, u"add"_s, u"--patient"_s, u"1"_s, u"--date"_s, u"2024-01-11"_s, u"--type"_s,
             u"discount"_s, u"--amount"_s, u"-5.00"_s, u"--charge"_s, u"1"_s},
            u"Adjustments that lower the balance: "_s + fd);
        row("front desk exports", u"bob"_s, {u"export"_s, u"payments"_s, u"--csv"_s, csv}, u"Export: "_s + fd);
        row("front desk runs the aging", u"bob"_s, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s},
            u"Run reports: "_s + fd);
        row("front desk runs the balancer", u"bob"_s, {u"balance-families"_s, u"--method"_s, u"transfer-fifo"_s},
            u"Run the Family Balancer: "_s + fd);
        row("front desk reads the audit trail", u"bob"_s, {u"audit"_s}, u"Read the audit trail: "_s + fd);
        row("front desk changes settings", u"bob"_s, {u"config"_s, u"set"_s, u"practice.name"_s, u"X"_s},
            u"Change practice settings: this needs the administrator role; bob has the front desk role."_s);
        row("billing manager adds a user", u"carol"_s,
            {u"user"_s, u"add"_s, u"--name"_s, u"eve"_s, u"--role"_s, u"front-desk"_s}, u"Change users: "_s + bm);
        row("billing manager disables a user", u"carol"_s, {u"user"_s, u"disable"_s, u"--name"_s, u"bob"_s},
            u"Change users: "_s + bm);
        row("billing manager resets a password", u"carol"_s,
            {u"user"_s, u"password"_s, u"--name"_s, u"bob"_s, u"--new-password-file"_s, m_passwordFiles.value(u"dave"_s)},
            u"Change users: "_s + bm);
        row("billing manager changes the lock date", u"carol"_s, {u"config"_s, u"set"_s, u"ledger.lock_date"_s, u"2024-01-01"_s},
            u"Change practice settings: "_s + bm);
        row("billing manager runs init", u"carol"_s, {u"init"_s}, u"Set up databases: "_s + bm);
        row("billing manager adds a demo practice", u"carol"_s, {u"demo"_s, u"--families"_s, u"1"_s},
            u"Set up databases: "_s + bm);
        // What each may do, read-only so the shared practice stays as it is.
        row("front desk verifies", u"bob"_s, {u"verify"_s}, QString());
        row("front desk reads an account", u"bob"_s, {u"account"_s, u"--family"_s, u"100"_s}, QString());
        row("front desk runs the deposit report", u"bob"_s, {u"report"_s, u"deposit"_s, u"--date"_s, u"2024-03-01"_s}, QString());
        row("front desk lists users", u"bob"_s, {u"user"_s, u"list"_s}, QString());
        row("billing manager runs the aging", u"carol"_s, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s}, QString());
        row("billing manager reads the audit trail", u"carol"_s, {u"audit"_s, u"--action"_s, u"refused"_s}, QString());
        row("billing manager dry-runs the balancer", u"carol"_s,
            {u"balance-families"_s, u"--method"_s, u"transfer-fifo"_s, u"--dry-run"_s}, QString());
        row("administrator runs init", u"alice"_s, {u"init"_s}, QString());
    }
}

// The same refusals as the services (tst_roles), through the CLI: exit 1, one line naming
// the action and the role, nothing written, and the refusal in the audit trail.
void tst_CliUsers::rolesRefuse()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = securedPractice(backend);
    const qint64 rows = scalar(db, ledgerRows);
    const QString refusals = u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND user_name = '%1'"_s.arg(user);
    const qint64 refusedBefore = scalar(db, refusals);
    const CliRun run = as(db, user, args);
    QCOMPARE(scalar(db, ledgerRows), rows);
    if (expected.isEmpty()) {
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(scalar(db, refusals), refusedBefore);
        return;
    }
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines(), QStringList{u"paydesk-cli: "_s + expected});
    QCOMPARE(scalar(db, refusals), refusedBefore + 1);
}

// bob (front desk) voids the payment he just entered, dated last month; not the installer's.
// (The next day's refusal needs a clock the test moves: tst_roles.)
void tst_CliUsers::frontDeskVoidsItsOwnPaymentToday()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = securedPractice(backend, true);
    const CliRun posted = as(db, u"bob"_s, {u"--json"_s, u"post-payment"_s, u"--patient"_s, u"1"_s, u"--amount"_s,
                                            u"12.00"_s, u"--method"_s, u"cash"_s, u"--date"_s, u"2024-03-01"_s});
    QVERIFY2(posted.exitCode == 0, qPrintable(posted.describe()));
    const QString payment = QString::number(parseObject(posted).value(u"payment"_s).toInteger());
    const CliRun voided = as(db, u"bob"_s, {u"void-payment"_s, u"--payment"_s, payment, u"--reason"_s, u"wrong patient"_s});
    QVERIFY2(voided.exitCode == 0 && voided.err.isEmpty(), qPrintable(voided.describe()));
    const CliRun others = as(db, u"bob"_s, {u"void-payment"_s, u"--payment"_s, u"1"_s, u"--reason"_s, u"wrong patient"_s});
    QCOMPARE(others.errLines(),
             QStringList{u"paydesk-cli: Void or refund: this needs the billing manager role; bob has the front desk role."_s});
}

void tst_CliUsers::userCommandsRefuseBadInput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // every line of stderr together must contain it
    const auto file = [this](const char *name, const QByteArray &text, QFile::Permissions mode) {
        return passwordFile(QString::fromLatin1(name), text, mode);
    };
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const QString shortFile = file("short", "short7\n", ownerOnly);
    const QString emptyFile = file("empty", "", ownerOnly);
    const QString sharedFile = file("shared", "long enough\n", ownerOnly | QFile::ReadGroup | QFile::ReadOther);
    const QString missing = m_files.filePath(u"missing.pw"_s);
    const QString good = m_passwordFiles.value(u"dave"_s);
    const auto add = [](const QString &name, const QString &role) {
        return QStringList{u"user"_s, u"add"_s, u"--name"_s, name, u"--role"_s, role};
    };
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *tag, const QStringList &args, const QString &expected) {
            QTest::addRow("%s %s", qPrintable(backend), tag) << backend << args << expected;
        };
        row("empty name", add(u""_s, u"front-desk"_s), u"--name: the value is empty."_s);
        row("blank name", add(u"   "_s, u"front-desk"_s), u"--name: the value is empty."_s);
        row("65 characters", add(QString(65, u'a'), u"front-desk"_s), u"--name: The user name \"aaaa"_s);
        row("control character", add(u"bo\u0007b"_s, u"front-desk"_s), u"holds a control character"_s);
        row("reserved daily-run", add(u"daily-run"_s, u"front-desk"_s), u"--name: The user name \"daily-run\" is reserved"_s);
        row("reserved nightly-run", add(u"nightly-run"_s, u"front-desk"_s), u"\"nightly-run\" is reserved"_s);
        row("unknown role", add(u"eve"_s, u"boss"_s), u"--role: \"boss\" is not a role"_s);
        row("name taken", add(u"bob"_s, u"front-desk"_s), u"There is already a user \"bob\"."_s);
        row("short password", add(u"eve"_s, u"front-desk"_s) + QStringList{u"--new-password-file"_s, shortFile},
            u"--new-password-file: The password has 6 characters; it needs at least 8."_s);
        row("empty password file", add(u"eve"_s, u"front-desk"_s) + QStringList{u"--new-password-file"_s, emptyFile},
            u"--new-password-file: the file %1 is empty."_s.arg(emptyFile));
        row("missing password file", add(u"eve"_s, u"front-desk"_s) + QStringList{u"--new-password-file"_s, missing},
            u"--new-password-file: there is no file %1."_s.arg(missing));
        row("password file readable by others",
            add(u"eve"_s, u"front-desk"_s) + QStringList{u"--new-password-file"_s, sharedFile},
            u"--new-password-file: %1 may be read by other users (mode 0644)"_s.arg(sharedFile));
        row("two problems at once", add(u"daily-run"_s, u"boss"_s) + QStringList{u"--new-password-file"_s, missing},
            u"reserved for the scheduled jobs.\npaydesk-cli: --role: \"boss\" is not a role"_s);
        row("password of nobody", {u"user"_s, u"password"_s, u"--name"_s, u"zed"_s, u"--new-password-file"_s, good},
            u"There is no user \"zed\"."_s);
        row("new password too short", {u"user"_s, u"password"_s, u"--name"_s, u"bob"_s, u"--new-password-file"_s, shortFile},
            u"it needs at least 8"_s);
        row("role unknown", {u"user"_s, u"role"_s, u"--name"_s, u"bob"_s, u"--role"_s, u"chief"_s},
            u"--role: \"chief\" is not a role"_s);
        row("disable nobody", {u"user"_s, u"disable"_s, u"--name"_s, u"zed"_s}, u"There is no user \"zed\"."_s);
        row("last administrator disabled", {u"user"_s, u"disable"_s, u"--name"_s, u"alice"_s},
            u"alice is the last active administrator and cannot be disabled."_s);
        row("last administrator demoted", {u"user"_s, u"role"_s, u"--name"_s, u"alice"_s, u"--role"_s, u"front-desk"_s},
            u"alice is the last active administrator"_s);
    }
}

void tst_CliUsers::userCommandsRefuseBadInput()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = securedPractice(backend);
    const QString users = u"SELECT COUNT(*) FROM users WHERE active = 1 AND password_hash IS NOT NULL"_s;
    const qint64 before = scalar(db, users);
    const qint64 changes = scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND action NOT IN "
                                      "('sign-in', 'sign-in-failed', 'refused')"_s);
    const CliRun run = as(db, u"alice"_s, args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QCOMPARE(scalar(db, users), before);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND action NOT IN "
                        "('sign-in', 'sign-in-failed', 'refused')"_s),
             changes);
}

// user add, list, password (its own and, as administrator, anyone's), role, disable, enable.
void tst_CliUsers::userCommands()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = TestDatabases::url(m_dbs.freshSpec(backend));
    const auto ok = [&](const QString &user, const QStringList &args) {
        const CliRun run = as(db, user, args);
        if (run.exitCode != 0 || !run.err.isEmpty())
            qWarning("%s", qPrintable(run.describe()));
        return run.exitCode == 0;
    };
    QVERIFY(ok(u"installer"_s, {u"user"_s, u"add"_s, u"--name"_s, u"alice"_s, u"--role"_s, u"administrator"_s,
                                u"--new-password-file"_s, m_passwordFiles.value(u"alice"_s)}));
    QVERIFY(ok(u"alice"_s, {u"user"_s, u"add"_s, u"--name"_s, u"dave"_s, u"--role"_s, u"front-desk"_s,
                            u"--new-password-file"_s, m_passwordFiles.value(u"dave"_s)}));
    QVERIFY(ok(u"alice"_s, {u"user"_s, u"add"_s, u"--name"_s, u"carol"_s, u"--role"_s, u"billing-manager"_s}));

    const CliRun list = as(db, u"dave"_s, {u"--json"_s, u"user"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(u"argon"_s) && !list.out.contains(u"hash"_s) && !list.out.contains(u"password"_s));
    const QJsonArray users = parseObject(list).value(u"users"_s).toArray();
    QCOMPARE(users.size(), 3);
    for (const QJsonValue &user : users)
        QCOMPARE(keys(user.toObject()), (QSet<QString>{u"name"_s, u"role"_s, u"active"_s, u"last_sign_in"_s}));
    QCOMPARE(users.at(0).toObject().value(u"name"_s).toString(), u"alice"_s);
    QCOMPARE(users.at(1).toObject().value(u"role"_s).toString(), u"billing-manager"_s);
    QVERIFY(users.at(1).toObject().value(u"last_sign_in"_s).isNull()); // carol never signed in
    QVERIFY(users.at(2).toObject().value(u"last_sign_in"_s).toString().endsWith(u'Z'));
    QCOMPARE(users.at(2).toObject().value(u"active"_s).toBool(), true);

    // Dave changes his own password, signed in with the current one; then only the new one works.
    const QString newFile = passwordFile(u"dave-new"_s, "daves new password\n", QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(ok(u"dave"_s, {u"user"_s, u"password"_s, u"--name"_s, u"dave"_s, u"--new-password-file"_s, newFile}));
    QCOMPARE(as(db, u"dave"_s, {u"verify"_s}).exitCode, 1);
    QCOMPARE(paydesk::test::runCli(db, u"dave"_s, {u"--password-file"_s, newFile, u"verify"_s}).exitCode, 0);
    // Not anyone else's; an administrator sets carol's, and carol signs in with it.
    const CliRun others = paydesk::test::runCli(db, u"dave"_s, {u"--password-file"_s, newFile, u"user"_s, u"password"_s,
                                                                u"--name"_s, u"carol"_s, u"--new-password-file"_s, newFile});
    QCOMPARE(others.exitCode, 1);
    QVERIFY2(others.err.contains(u"Change users: this needs the administrator role"_s), qPrintable(others.err));
    QVERIFY(ok(u"alice"_s, {u"user"_s, u"password"_s, u"--name"_s, u"carol"_s, u"--new-password-file"_s,
                            m_passwordFiles.value(u"carol"_s)}));
    QVERIFY(ok(u"carol"_s, {u"verify"_s}));

    // Roles and disabling take effect at once.
    QVERIFY(ok(u"alice"_s, {u"user"_s, u"role"_s, u"--name"_s, u"carol"_s, u"--role"_s, u"administrator"_s}));
    QVERIFY(ok(u"carol"_s, {u"user"_s, u"disable"_s, u"--name"_s, u"alice"_s})); // alice is no longer the last one
    const CliRun disabled = as(db, u"alice"_s, {u"verify"_s});
    QCOMPARE(disabled.exitCode, 1);
    QVERIFY2(disabled.err.contains(u"alice is disabled"_s), qPrintable(disabled.err));
    QVERIFY(ok(u"carol"_s, {u"user"_s, u"enable"_s, u"--name"_s, u"alice"_s}));
    QVERIFY(ok(u"alice"_s, {u"--json"_s, u"user"_s, u"list"_s}));
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND action IN ('create', 'password', 'role', "
                        "'disable', 'enable')"_s),
             qint64(8));
}

// audit: newest first, the documented keys and columns, each filter, and the sign-ins and
// refusals written by the CLI.
void tst_CliUsers::auditCommand()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = securedPractice(backend);
    // A failed sign-in and a refusal of bob's to find.
    QCOMPARE(paydesk::test::runCli(db, u"bob"_s, {u"--password-file"_s, m_passwordFiles.value(u"dave"_s), u"verify"_s}).exitCode, 1);
    QCOMPARE(as(db, u"bob"_s, {u"report"_s, u"aging"_s, u"--as-of"_s, u"2024-06-30"_s}).exitCode, 1);

    const auto entries = [&](const QStringList &filters) {
        const CliRun run = as(db, u"carol"_s, QStringList{u"--json"_s, u"audit"_s} + filters);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return parseObject(run).value(u"entries"_s).toArray();
    };
    const QJsonArray all = entries({});
    QVERIFY(all.size() > 10);
    const QSet<QString> documented{u"at"_s,        u"user"_s,   u"action"_s, u"entity"_s,
                                   u"entity_id"_s, u"before"_s, u"after"_s,  u"signed_in_as"_s};
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(keys(all.at(i).toObject()), documented);
        if (i > 0) // newest first
            QVERIFY(all.at(i - 1).toObject().value(u"at"_s).toString() >= all.at(i).toObject().value(u"at"_s).toString());
    }
    // --user here filters; carol signed in with the --user before the command.
    const QJsonArray bobs = entries({u"--user"_s, u"bob"_s});
    QVERIFY(!bobs.isEmpty());
    QStringList bobActions;
    for (const QJsonValue &e : bobs) {
        QCOMPARE(e.toObject().value(u"user"_s).toString(), u"bob"_s);
        bobActions << e.toObject().value(u"action"_s).toString();
    }
    QCOMPARE(bobActions.mid(0, 3), (QStringList{u"refused"_s, u"sign-in"_s, u"sign-in-failed"_s}));
    const QJsonObject refusal = bobs.at(0).toObject();
    QCOMPARE(refusal.value(u"entity"_s).toString(), u"user"_s);
    const QJsonObject refused = refusal.value(u"after"_s).toObject();
    QCOMPARE(refused.value(u"reason"_s).toString(),
             u"Run reports: this needs the billing manager role; bob has the front desk role."_s);
    QCOMPARE(refused.value(u"action"_s).toString(), u"run-reports"_s);
    QCOMPARE(refused.value(u"needs"_s).toString(), u"billing-manager"_s);
    QCOMPARE(refused.value(u"role"_s).toString(), u"front-desk"_s);

    const QJsonArray signIns = entries({u"--action"_s, u"sign-in-failed"_s});
    QVERIFY(!signIns.isEmpty());
    for (const QJsonValue &e : signIns)
        QCOMPARE(e.toObject().value(u"action"_s).toString(), u"sign-in-failed"_s);
    const QJsonArray family = entries({u"--family"_s, u"100"_s});
    QStringList entities;
    for (const QJsonValue &e : family)
        entities << e.toObject().value(u"entity"_s).toString();
    QCOMPARE(entities, (QStringList{u"payment"_s, u"charge"_s, u"patient"_s}));
    QCOMPARE(family.at(0).toObject().value(u"after"_s).toObject().value(u"amount"_s).toString(), u"100.00"_s);
    QVERIFY(family.at(2).toObject().value(u"before"_s).isNull() || family.at(2).toObject().value(u"before"_s).toObject().isEmpty());
    // A day after today has no rows yet: refused, as the desk's date field refuses it.
    const CliRun future = as(db, u"carol"_s, {u"audit"_s, u"--since"_s, u"2999-01-01"_s});
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains(u"The since date 2999-01-01 is in the future."_s), qPrintable(future.err));
    const qsizetype everything = entries({}).size();
    QCOMPARE(entries({u"--since"_s, u"2000-01-01"_s}).size(), everything + 1); // + the previous listing's sign-in

    const QString csv = m_files.filePath(u"audit-%1.csv"_s.arg(backend));
    const CliRun written = as(db, u"carol"_s, {u"audit"_s, u"--action"_s, u"refused"_s, u"--csv"_s, csv});
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.constFirst(), QByteArray("at,user,action,entity,entity_id,before,after\r"));
    QVERIFY(lines.at(1).contains(",refused,user,"));
    const CliRun bad = as(db, u"carol"_s, {u"audit"_s, u"--since"_s, u"yesterday"_s});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"--since: \"yesterday\" is not a date; write it as YYYY-MM-DD."_s), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cliusers.moc"
