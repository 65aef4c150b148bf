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

    // Whether the backend can be tested here: PostgreSQL needs PAYDESK_TEST_PG_URL.
    static bool available(const QString &backend);

    // A fresh database on that backend. Check available() first (PAYDESK_REQUIRE_BACKEND).
    paydesk::core::ConnectionSpec freshSpec(const QString &backend);
    std::unique_ptr<paydesk::core::Database> fresh(const QString &backend);

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
