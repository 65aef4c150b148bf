#include "CliRun.h"
#include "TestDatabases.h"

#include "storage/SqlQuery.h"
#include "util/Errors.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

namespace {

// Sets an environment variable for one test, and puts back what was there.
class EnvOverride
{
public:
    EnvOverride(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

// The PostgreSQL password never needs to be in a URL, and never shows in a message; the
// SQLite files PayDesk creates are its owner's alone.
class tst_ConnectionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesServiceUrls_data();
    void parsesServiceUrls();
    void refusalHidesPassword_data();
    void refusalHidesPassword();
    void passwordFromPgpass();
    void passwordFromService();
    void failureHidesPassword();
    void cliTakesPgpassAndHidesPassword();
    void sqliteFilesAreOwnerOnly();

private:
    // A file only its owner may read, as libpq requires of a password file.
    QString writePrivateFile(const QString &name, const QByteArray &content);
    static QString currentUserAndDatabase(const Database &db);

    TestDatabases m_dbs;
    QTemporaryDir m_dir;
};

void tst_ConnectionSecrets::initTestCase()
{
    // A service from the environment would make every URL acceptable.
    qunsetenv("PGSERVICE");
    qunsetenv("PGPASSWORD");
}

void tst_ConnectionSecrets::parsesServiceUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("hasPort");
    QTest::newRow("service alone") << u"postgresql://?service=clinic"_s << u"clinic"_s << QString() << QString()
                                   << QString() << false;
    QTest::newRow("service, empty authority")
            << u"postgresql:///?service=clinic"_s << u"clinic"_s << QString() << QString() << QString() << false;
    QTest::newRow("service and database") << u"postgresql:///paydesk?service=clinic"_s << u"clinic"_s << QString()
                                          << QString() << u"paydesk"_s << false;
    QTest::newRow("service and user") << u"postgresql://ann@db.lan/paydesk?service=clinic.main"_s << u"clinic.main"_s
                                      << u"db.lan"_s << u"ann"_s << u"paydesk"_s << false;
    QTest::newRow("no password, port given") << u"postgresql://ann@db.lan:6543/paydesk"_s << QString() << u"db.lan"_s
                                             << u"ann"_s << u"paydesk"_s << true;
}

void tst_ConnectionSecrets::parsesServiceUrls()
{
    QFETCH(QString, text);
    const ConnectionSpec spec = ConnectionSpec::parse(text);
    QCOMPARE(spec.kind(), ConnectionSpec::Kind::Postgres);
    QTEST(spec.service(), "service");
    QTEST(spec.host(), "host");
    QTEST(spec.user(), "user");
    QTEST(spec.databaseName(), "database");
    QTEST(spec.hasPort(), "hasPort");
    QVERIFY(spec.password().isEmpty());
    // What the desk remembers reads back as the same connection.
    const ConnectionSpec again = ConnectionSpec::parse(spec.displayName());
    QCOMPARE(again.displayName(), spec.displayName());
    QCOMPARE(again.service(), spec.service());
    QCOMPARE(again.host(), spec.host());
    QCOMPARE(again.hasPort(), spec.hasPort());
}

void tst_ConnectionSecrets::refusalHidesPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("no database") << u"postgresql://ann:s3cret@db.lan"_s << u"postgresql://ann:***@db.lan"_s;
    QTest::newRow("space in host") << u"postgresql://ann:s3cret@db lan/paydesk"_s
                                   << u"postgresql://ann:***@db lan/paydesk"_s;
    QTest::newRow("slash in password") << u"postgresql://ann:s3/cret@db.lan/paydesk"_s
                                       << u"postgresql://ann:***@db.lan/paydesk"_s;
    QTest::newRow("at sign in password") << u"postgresql://ann:s3@cret@db.lan/a/b"_s
                                         << u"postgresql://ann:***@db.lan/a/b"_s;
    QTest::newRow("password option") << u"postgres://ann@db.lan/paydesk?password=s3cret"_s
                                     << u"postgres://ann@db.lan/paydesk?password=***"_s;
}

void tst_ConnectionSecrets::refusalHidesPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    try {
        ConnectionSpec::parse(text);
        QFAIL("the URL was accepted");
    } catch (const Refusal &refusal) {
        const QString message = refusal.message();
        QVERIFY2(!message.contains(u"s3"_s) && !message.contains(u"cret"_s), qPrintable(message));
        QVERIFY2(message.contains(shown), qPrintable(message));
    }
    QCOMPARE(ConnectionSpec::redacted(text), shown);
}

QString tst_ConnectionSecrets::writePrivateFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(content);
    return file.fileName();
}

QString tst_ConnectionSecrets::currentUserAndDatabase(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT current_user || ' ' || current_database()"_s).exec();
    q.next();
    return q.text(0);
}

void tst_ConnectionSecrets::passwordFromPgpass()
{
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    const ConnectionSpec spec = m_dbs.freshSecretSpec();
    {
        // The server asks for the password: without a password file, no connection.
        const EnvOverride noFile("PGPASSFILE", m_dir.filePath(u"none"_s).toLocal8Bit());
        QVERIFY_THROWS_EXCEPTION(StorageError, Database{spec});
    }
    const QString pgpass = writePrivateFile(u"pgpass"_s,
                                            u"%1:%2:*:%3:%4\n"_s.arg(spec.host())
                                                    .arg(spec.port())
                                                    .arg(spec.user(), TestDatabases::secretPassword())
                                                    .toUtf8());
    const EnvOverride file("PGPASSFILE", QFile::encodeName(pgpass));
    const Database db(spec);
    QCOMPARE(currentUserAndDatabase(db), spec.user() + u' ' + spec.databaseName());
}

void tst_ConnectionSecrets::passwordFromService()
{
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    const ConnectionSpec server = m_dbs.freshSecretSpec();
    const QString services = writePrivateFile(
            u"pg_service.conf"_s,
            u"[paydesk_clinic]\nhost=%1\nport=%2\ndbname=%3\n"
            "user=%4\npassword=%5\n"_s.arg(server.host())
                    .arg(server.port())
                    .arg(server.databaseName(), server.user(), TestDatabases::secretPassword())
                    .toUtf8());
    const EnvOverride file("PGSERVICEFILE", QFile::encodeName(services));
    const EnvOverride noPgpass("PGPASSFILE", m_dir.filePath(u"none"_s).toLocal8Bit());
    {
        const Database db(ConnectionSpec::parse(u"postgresql://?service=paydesk_clinic"_s));
        QCOMPARE(currentUserAndDatabase(db), server.user() + u' ' + server.databaseName());
    }
    // PGSERVICE names it as well, as for psql.
    const EnvOverride service("PGSERVICE", "paydesk_clinic");
    const Database db(ConnectionSpec::parse(u"postgresql://"_s));
    QCOMPARE(currentUserAndDatabase(db), server.user() + u' ' + server.databaseName());
}

void tst_ConnectionSecrets::failureHidesPassword()
{
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    const EnvOverride noPgpass("PGPASSFILE", m_dir.filePath(u"none"_s).toLocal8Bit());
    const ConnectionSpec wrong = m_dbs.freshSecretSpec().withPassword(u"Wr0ngPassw0rd"_s);
    try {
        const Database db(wrong);
        QFAIL("a wrong password was accepted");
    } catch (const StorageError &error) {
        const QString message = error.message();
        QVERIFY2(message.contains(wrong.displayName()), qPrintable(message));
        QVERIFY2(!message.contains(u"Wr0ngPassw0rd"_s), qPrintable(message));
    }
}

void tst_ConnectionSecrets::cliTakesPgpassAndHidesPassword()
{
    PAYDESK_REQUIRE_PASSWORD_ROLE();
    QVERIFY2(!paydesk::test::cliProgram().isEmpty(), "PAYDESK_CLI is not set: run the test with ctest");
    const ConnectionSpec spec = m_dbs.freshSecretSpec();
    const auto verify = [](const QString &db) { return paydesk::test::runCli(db, u"clerk"_s, {u"verify"_s}); };
    const auto hides = [](const paydesk::test::CliRun &run, const QString &secret) {
        return run.exitCode == 1 && !run.err.isEmpty() && !run.out.contains(secret) && !run.err.contains(secret);
    };
    {
        const EnvOverride noPgpass("PGPASSFILE", m_dir.filePath(u"none"_s).toLocal8Bit());
        const paydesk::test::CliRun wrong = verify(spec.withPassword(u"Wr0ngPassw0rd"_s).text());
        QVERIFY2(hides(wrong, u"Wr0ngPassw0rd"_s), qPrintable(wrong.describe()));
        const paydesk::test::CliRun unparsed = verify(u"postgresql://ann:s3cret@db lan/paydesk"_s);
        QVERIFY2(hides(unparsed, u"s3cret"_s), qPrintable(unparsed.describe()));
    }
    const QString pgpass = writePrivateFile(u"pgpass-cli"_s, u"%1:%2:*:%3:%4\n"_s.arg(spec.host())
                                                                  .arg(spec.port())
                                                                  .arg(spec.user(), TestDatabases::secretPassword())
                                                                  .toUtf8());
    const EnvOverride file("PGPASSFILE", QFile::encodeName(pgpass));
    const paydesk::test::CliRun run = verify(spec.displayName());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void tst_ConnectionSecrets::sqliteFilesAreOwnerOnly()
{
    const QString folder = m_dir.filePath(u"new/paydesk"_s);
    const QString path = folder + u"/clinic.sqlite"_s;
    std::unique_ptr<Database> db;
    {
        // With no umask to help, every file and folder would be readable by all.
        const mode_t previous = ::umask(0);
        const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
        db = std::make_unique<Database>(ConnectionSpec::parse(path));
        db->execute(u"CREATE TABLE probe (x INTEGER)"_s);
        db->execute(u"INSERT INTO probe VALUES (1)"_s);
    }
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        QCOMPARE(u"%1 %2"_s.arg(QFileInfo(file).fileName()).arg(modeOf(file), 0, 8),
                 u"%1 600"_s.arg(QFileInfo(file).fileName()));
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir.filePath(u"new"_s)), 0700);
}

QTEST_GUILESS_MAIN(tst_ConnectionSecrets)
#include "tst_connectionsecrets.moc"
