#pragma once

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace paydesk::test {

// Real databases for tests: a SQLite file in a temporary folder, and a database of its own
// on the PostgreSQL server named by PAYDESK_TEST_PG_URL (installer/test.sh starts one).
// Each fresh() gives an empty, migrated database that nothing else uses.
class TestDatabases
{
public:
    TestDatabases();
    ~TestDatabases();

    // "sqlite" or "postgresql".
    static QStringList backends();
    // Adds a "backend" column with a row per backend to a data-driven test.
    static void addBackendColumn();
    static void addBackendRows(const char *tag = nullptr);
    // Both: the whole table of a test that runs once on each backend.
    static void addBackendTable();

    // Whether the backend can be tested here: PostgreSQL needs PAYDESK_TEST_PG_URL.
    static bool available(const QString &backend);

    // A fresh database on that backend. Check available() first (PAYDESK_REQUIRE_BACKEND).
    paydesk::core::ConnectionSpec freshSpec(const QString &backend);
    std::unique_ptr<paydesk::core::Database> fresh(const QString &backend);

    // A fresh PostgreSQL database, opened as the test server's one role that must give a
    // password (PAYDESK_TEST_PG_SECRET_URL, set by installer/test.sh), without the password:
    // for tests of the ways a password reaches libpq. Throws when that role is not set up.
    paydesk::core::ConnectionSpec freshSecretSpec();
    // That role's password.
    static QString secretPassword();

    // The URL form of a spec, for handing to paydesk-cli --db.
    static QString url(const paydesk::core::ConnectionSpec &spec);

private:
    QTemporaryDir m_dir;
    QStringList m_createdPostgresDatabases;
    int m_counter = 0;
};

} // namespace paydesk::test

// Skips the current test (CTest reports it as skipped) when the backend is not available.
#define PAYDESK_REQUIRE_BACKEND(backend)                                                                  \
    do {                                                                                                  \
        if (!paydesk::test::TestDatabases::available(backend))                                            \
            QSKIP("PAYDESK_TEST_PG_URL is not set: run the whole suite with installer/test.sh");          \
    } while (false)

// Skips as PAYDESK_REQUIRE_BACKEND does without a PostgreSQL server, and fails when the server
// has no role that must give a password (freshSecretSpec).
#define PAYDESK_REQUIRE_PASSWORD_ROLE()                                                                   \
    do {                                                                                                  \
        PAYDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));                                            \
        QVERIFY2(!qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG_SECRET_URL"),                              \
                 "PAYDESK_TEST_PG_SECRET_URL is not set: run the suite with installer/test.sh");          \
    } while (false)
