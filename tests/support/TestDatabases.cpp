#include "TestDatabases.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <stdexcept>

namespace paydesk::test {

using paydesk::core::ConnectionSpec;
using paydesk::core::Database;

namespace {

QString adminUrl()
{
    return qEnvironmentVariable("PAYDESK_TEST_PG_URL");
}

// Runs statements on the server's admin database with a bare connection: a Database
// would migrate the admin database, which the tests never use.
void adminExecute(const QStringList &statements)
{
    const ConnectionSpec admin = ConnectionSpec::parse(adminUrl());
    const QString name = QStringLiteral("paydesk-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setUserName(admin.user());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.databaseName());
        if (!db.open())
            throw std::runtime_error(db.lastError().text().toStdString());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            // Concurrent CREATE DATABASE from several test processes can collide on the template.
            bool done = false;
            for (int attempt = 0; attempt < 20 && !done; ++attempt) {
                done = q.exec(sql);
                if (!done)
                    QThread::msleep(100);
            }
            if (!done)
                throw std::runtime_error(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString postgresUrl(const ConnectionSpec &server, const QString &databaseName)
{
    return QStringLiteral("postgresql://%1%2@%3:%4/%5")
        .arg(server.user(), server.password().isEmpty() ? QString() : QStringLiteral(":") + server.password(), server.host())
        .arg(server.port())
        .arg(databaseName);
}

} // namespace

TestDatabases::TestDatabases() = default;

TestDatabases::~TestDatabases()
{
    QStringList drops;
    for (const QString &name : std::as_const(m_createdPostgresDatabases))
        drops << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name);
    if (drops.isEmpty())
        return;
    try {
        adminExecute(drops);
    } catch (const std::exception &e) {
        qWarning("could not drop test databases: %s", e.what());
    }
}

QStringList TestDatabases::backends()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

bool TestDatabases::available(const QString &backend)
{
    return backend == u"sqlite" || !adminUrl().isEmpty();
}

void TestDatabases::addBackendColumn()
{
    QTest::addColumn<QString>("backend");
}

void TestDatabases::addBackendTable()
{
    addBackendColumn();
    addBackendRows();
}

void TestDatabases::addBackendRows(const char *tag)
{
    for (const QString &backend : backends()) {
        const QByteArray name = tag ? QByteArray(tag) + '/' + backend.toUtf8() : backend.toUtf8();
        QTest::newRow(name.constData()) << backend;
    }
}

ConnectionSpec TestDatabases::freshSpec(const QString &backend)
{
    ++m_counter;
    if (backend == u"sqlite")
        return ConnectionSpec::parse(m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(m_counter)));
    if (adminUrl().isEmpty())
        throw std::runtime_error("PAYDESK_TEST_PG_URL is not set");
    const ConnectionSpec admin = ConnectionSpec::parse(adminUrl());
    const QString name = QStringLiteral("paydesk_t%1_%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
    adminExecute({QStringLiteral("CREATE DATABASE %1").arg(name)});
    m_createdPostgresDatabases.append(name);
    return ConnectionSpec::parse(postgresUrl(admin, name));
}

ConnectionSpec TestDatabases::freshSecretSpec()
{
    const QString secretUrl = qEnvironmentVariable("PAYDESK_TEST_PG_SECRET_URL");
    if (secretUrl.isEmpty())
        throw std::runtime_error("PAYDESK_TEST_PG_SECRET_URL is not set: run the suite with installer/test.sh");
    const ConnectionSpec server = ConnectionSpec::parse(secretUrl);
    return ConnectionSpec::postgres(server.host(), server.port(), server.user(), QString(),
                                    freshSpec(QStringLiteral("postgresql")).databaseName(), QString());
}

QString TestDatabases::secretPassword()
{
    return ConnectionSpec::parse(qEnvironmentVariable("PAYDESK_TEST_PG_SECRET_URL")).password();
}

std::unique_ptr<Database> TestDatabases::fresh(const QString &backend)
{
    return std::make_unique<Database>(freshSpec(backend));
}

QString TestDatabases::url(const ConnectionSpec &spec)
{
    return spec.kind() == ConnectionSpec::Kind::Sqlite ? spec.path() : postgresUrl(spec, spec.databaseName());
}

} // namespace paydesk::test
