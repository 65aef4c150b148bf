// The shared installation through the real paydesk-cli (PAYDESK_CLI), on a fresh SQLite file
// and a fresh PostgreSQL database: --config FILE stands for --db, --user and --password-file
// where the command line gives none; the installation's file (PAYDESK_CONFIG here) names the
// default database only; a wrong file is refused naming file, line and key, with nothing
// written; and the scheduled jobs' audit rows (daily-run) name the user who signed in.

#include "CliRun.h"
#include "TestDatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::test::CliRun;
using paydesk::test::TestDatabases;

class tst_SharedInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobsNameTheSignedInUser_data();
    void jobsNameTheSignedInUser();
    void commandLineWins_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void commandLineWins();
    void installationFileNamesOnlyTheDatabase();
    void wrongFileIsRefused_data();
    void wrongFileIsRefused();

private:
    QString write(const QString &name, const QByteArray &text, QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner);
    // paydesk-cli `args`, with PAYDESK_CONFIG set to `installationFile` (a missing file: none).
    CliRun run(const QStringList &args, const QString &installationFile = QString());
    // The newest audit entry with `action`, read by `signIn` (the options that sign in).
    QJsonObject newest(const QStringList &signIn, const QString &action);
    // A practice whose one family's payment plan the daily run ends (no payment for months):
    // on a secured database when `secured`, alice (administrator) and carol (billing manager)
    // then sign in with their password files.
    QString practiceWithAPlanToEnd(const QString &backend, bool secured);

    TestDatabases m_dbs;
    QTemporaryDir m_files;
    QString m_alicePassword;
    QString m_carolPassword;
};

void tst_SharedInstall::initTestCase()
{
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run through ctest");
    QVERIFY(m_files.isValid());
    m_alicePassword = write(u"alice.pw"_s, "alices password\n");
    m_carolPassword = write(u"carol.pw"_s, "carols password\n");
}

QString tst_SharedInstall::write(const QString &name, const QByteArray &text, QFile::Permissions mode)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    file.setPermissions(mode);
    return path;
}

CliRun tst_SharedInstall::run(const QStringList &args, const QString &installationFile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"PAYDESK_CONFIG"_s,
                       installationFile.isEmpty() ? m_files.filePath(u"no-installation.conf"_s) : installationFile);
    process.setProcessEnvironment(environment);
    process.start(paydesk::test::cliProgram(), args);
    CliRun result;
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = u"paydesk-cli did not finish: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject tst_SharedInstall::newest(const QStringList &signIn, const QString &action)
{
    const CliRun audit = run(signIn + QStringList{u"--json"_s, u"audit"_s, u"--action"_s, action});
    if (audit.exitCode != 0)
        qWarning("%s", qPrintable(audit.describe()));
    return QJsonDocument::fromJson(audit.out.toUtf8()).object().value(u"entries"_s).toArray().first().toObject();
}

QString tst_SharedInstall::practiceWithAPlanToEnd(const QString &backend, bool secured)
{
    const QString db = TestDatabases::url(m_dbs.freshSpec(backend));
    QList<QStringList> steps = {
        {u"init"_s},
        {u"patient"_s, u"add"_s, u"--family"_s, u"100"_s, u"--last"_s, u"Rivera"_s, u"--first"_s, u"Ana"_s,
         u"--birth"_s, u"1980-04-02"_s},
        {u"charge"_s, u"add"_s, u"--patient"_s, u"1"_s, u"--date"_s, u"2024-01-10"_s, u"--code"_s, u"D0120"_s,
         u"--provider"_s, u"DRA"_s, u"--clinic"_s, u"MAIN"_s, u"--amount"_s, u"240.00"_s, u"--description"_s, u"Exam"_s},
        {u"plan"_s, u"enable"_s, u"--family"_s, u"100"_s, u"--amount"_s, u"80.00"_s, u"--start"_s, u"2024-01-15"_s},
    };
    if (secured) {
        steps.append({u"user"_s, u"add"_s, u"--name"_s, u"alice"_s, u"--role"_s, u"administrator"_s,
                      u"--new-password-file"_s, m_alicePassword});
        steps.append({u"--user"_s, u"alice"_s, u"--password-file"_s, m_alicePassword, u"user"_s, u"add"_s, u"--name"_s,
                      u"carol"_s, u"--role"_s, u"billing-manager"_s, u"--new-password-file"_s, m_carolPassword});
    }
    for (const QStringList &step : std::as_const(steps)) {
        const QStringList who = step.contains(u"--password-file"_s) ? QStringList() : QStringList{u"--user"_s, u"installer"_s};
        const CliRun done = run(QStringList{u"--db"_s, db} + who + step);
        if (done.exitCode != 0)
            qWarning("%s: %s", qPrintable(step.join(u' ')), qPrintable(done.describe()));
    }
    return db;
}

void tst_SharedInstall::jobsNameTheSignedInUser_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("secured");
    QTest::addColumn<QString>("signedIn"); // the conf's user, as the audit rows must name it
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s secured, the conf's user signs in", qPrintable(backend)) << backend << true << u"alice"_s;
        QTest::addRow("%s open, the conf's user is a name", qPrintable(backend)) << backend << false << u"jobs"_s;
    }
}

// run-daily as the units run it (--config FILE run-daily): the plan it ends is written by
// daily-run and names the conf's user; a row a person wrote names nobody else.
void tst_SharedInstall::jobsNameTheSignedInUser()
{
    QFETCH(QString, backend);
    QFETCH(bool, secured);
    QFETCH(QString, signedIn);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = practiceWithAPlanToEnd(backend, secured);
    QByteArray conf = "# the jobs' settings\n\ndatabase = " + db.toUtf8() + "\nuser = " + signedIn.toUtf8() + "\n";
    if (secured)
        conf += "password_file = " + m_alicePassword.toUtf8() + "\n";
    const QString confFile = write(u"jobs-%1-%2.conf"_s.arg(backend).arg(secured), conf);

    const CliRun daily = run({u"--config"_s, confFile, u"run-daily"_s, u"--date"_s, u"2024-06-30"_s});
    QVERIFY2(daily.exitCode == 0, qPrintable(daily.describe()));
    const QStringList asConf = {u"--config"_s, confFile};
    const QJsonObject ended = newest(asConf, u"plan-disable"_s);
    QCOMPARE(ended.value(u"user"_s).toString(), u"daily-run"_s);
    QCOMPARE(ended.value(u"signed_in_as"_s).toString(), signedIn);
    const QJsonObject enabled = newest(asConf, u"plan-enable"_s);
    QCOMPARE(enabled.value(u"user"_s).toString(), u"installer"_s);
    QVERIFY(enabled.value(u"signed_in_as"_s).isNull());
}

// --db, --user and --password-file on the command line win over the file's.
void tst_SharedInstall::commandLineWins()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const QString db = practiceWithAPlanToEnd(backend, true);
    const QString confFile = write(u"wins-%1.conf"_s.arg(backend),
                                   "database = " + db.toUtf8() + "\nuser = alice\npassword_file = "
                                       + m_alicePassword.toUtf8() + "\n");
    const QStringList asCarol = {u"--config"_s, confFile, u"--user"_s, u"carol"_s, u"--password-file"_s, m_carolPassword};
    const CliRun daily = run(asCarol + QStringList{u"run-daily"_s, u"--date"_s, u"2024-06-30"_s});
    QVERIFY2(daily.exitCode == 0, qPrintable(daily.describe()));
    QCOMPARE(newest(asCarol, u"plan-disable"_s).value(u"signed_in_as"_s).toString(), u"carol"_s);

    const QString other = m_files.filePath(u"other-%1.sqlite"_s.arg(backend));
    const CliRun init = run({u"--config"_s, confFile, u"--db"_s, other, u"--user"_s, u"installer"_s, u"init"_s});
    QVERIFY2(init.exitCode == 0 && init.out.contains(other), qPrintable(init.describe()));
    QVERIFY(QFile::exists(other));
}

// The installation's file (/etc/paydesk/paydesk.conf; here PAYDESK_CONFIG) makes its database
// the default, not its user: who acts is still --user or the login name.
void tst_SharedInstall::installationFileNamesOnlyTheDatabase()
{
    const QString shared = m_files.filePath(u"shared.sqlite"_s);
    const QString installation = write(u"installation.conf"_s, "database = " + shared.toUtf8() + "\nuser = jobs\n");
    const CliRun init = run({u"init"_s}, installation);
    QVERIFY2(init.exitCode == 0 && init.out.contains(shared), qPrintable(init.describe()));
    const CliRun patient = run({u"--user"_s, u"maria"_s, u"patient"_s, u"add"_s, u"--family"_s, u"7"_s, u"--last"_s,
                                u"Okafor"_s, u"--first"_s, u"Ben"_s, u"--birth"_s, u"1990-01-01"_s},
                               installation);
    QVERIFY2(patient.exitCode == 0, qPrintable(patient.describe()));
    const QJsonObject added = newest({u"--db"_s, shared}, u"create"_s);
    QCOMPARE(added.value(u"user"_s).toString(), u"maria"_s);
    QVERIFY(added.value(u"signed_in_as"_s).isNull());
    // --db still wins.
    const QString own = m_files.filePath(u"own.sqlite"_s);
    QCOMPARE(run({u"--db"_s, own, u"init"_s}, installation).exitCode, 0);
    QVERIFY(QFile::exists(own));
}

void tst_SharedInstall::wrongFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("text"); // after a first line "database = <a new file>"
    QTest::addColumn<bool>("asInstallation"); // the installation's file, not --config
    QTest::addColumn<QString>("expected");    // stderr, after "paydesk-cli: <file>, "
    QTest::newRow("unknown key") << QByteArray("# comment\nusr = jobs\n") << false
                                 << u"line 3: \"usr\" is not a setting; the settings are database, user and password_file."_s;
    QTest::newRow("not key = value") << QByteArray("user jobs\n") << false << u"line 2: \"user jobs\" is not key = value."_s;
    QTest::newRow("key twice") << QByteArray("database = /tmp/x.sqlite\n") << false
                               << u"line 2: database is given a second time."_s;
    QTest::newRow("empty value") << QByteArray("password_file =\n") << false << u"line 2: password_file has no value."_s;
    QTest::newRow("installation's file") << QByteArray("user jobs\n") << true
                                         << u"line 2: \"user jobs\" is not key = value."_s;
}

void tst_SharedInstall::wrongFileIsRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, asInstallation);
    QFETCH(QString, expected);
    const QString db = m_files.filePath(u"never-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString confFile = write(u"wrong.conf"_s, "database = " + db.toUtf8() + "\n" + text);
    const CliRun refused = asInstallation ? run({u"init"_s}, confFile) : run({u"--config"_s, confFile, u"init"_s});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err, u"paydesk-cli: %1, %2\n"_s.arg(confFile, expected));
    QVERIFY(!QFile::exists(db));

    const QString missing = m_files.filePath(u"missing.conf"_s);
    const CliRun unread = run({u"--config"_s, missing, u"init"_s});
    QCOMPARE(unread.exitCode, 1);
    QVERIFY2(unread.err.startsWith(u"paydesk-cli: Cannot read the settings file %1: "_s.arg(missing)),
             qPrintable(unread.err));
}

QTEST_GUILESS_MAIN(tst_SharedInstall)
#include "tst_sharedinstall.moc"
