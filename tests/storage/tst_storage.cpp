#include "TestDatabases.h"

#include "money/Money.h"
#include "storage/BulkStatement.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

class tst_Storage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionSpec_data();
    void connectionSpec();
    void connectionSpecRefuses_data();
    void connectionSpecRefuses();
    void opensAtCurrentSchema_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void opensAtCurrentSchema();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void refusesNewerSchema_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void refusesNewerSchema();
    void sqliteSettings();
    void rollbackLeavesNothing_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void rollbackLeavesNothing();
    void idsStayAboveImportedOnes_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void idsStayAboveImportedOnes();
    void sumsAreExact_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void sumsAreExact();
    void keptStatementsTakeNewValues_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void keptStatementsTakeNewValues();
    void sameStatementTwiceAtOnce_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void sameStatementTwiceAtOnce();
    void unfinishedReadHoldsNoSnapshot_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void unfinishedReadHoldsNoSnapshot();
    void sqliteReadsValuesAsQtDoes();
    void sqliteBindsValuesAsQtDoes();
    void upgradeMakesEmptyReferencesPartial_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void upgradeMakesEmptyReferencesPartial();
    void partialIndexesServeLookups_data();
    void partialIndexesServeLookups();
    void batchedRowsAtEveryCount_data();
    void batchedRowsAtEveryCount();
    void batchedFailureLeavesNothing_data();
    void batchedFailureLeavesNothing();
    void batchedParentsGoFirst_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void batchedParentsGoFirst();

private:
    qint64 count(const Database &db, const QString &table);
    void addFamilies(const Database &db, QList<qint64> ids);
    TestDatabases m_dbs;
};

qint64 tst_Storage::count(const Database &db, const QString &table)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM "_s + table).exec();
    q.next();
    return q.id(0);
}

void tst_Storage::addFamilies(const Database &db, QList<qint64> ids)
{
    Transaction tx(db);
    for (qint64 id : ids)
        db.query().prepare(u"INSERT INTO families (id, created_at) VALUES (:id, 'now')"_s).bind(u":id"_s, id).exec();
    tx.commit();
}

void tst_Storage::connectionSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::newRow("sqlite file") << u"/tmp/clinic.sqlite"_s << false << QString() << 5432 << QString() << QString() << QString();
    QTest::newRow("postgres full") << u"postgresql://desk:s3cret@db.clinic.lan:6543/paydesk"_s << true
                                   << u"db.clinic.lan"_s << 6543 << u"desk"_s << u"s3cret"_s << u"paydesk"_s;
    QTest::newRow("postgres default port") << u"postgresql://desk@127.0.0.1/paydesk"_s << true << u"127.0.0.1"_s
                                           << 5432 << u"desk"_s << QString() << u"paydesk"_s;
}

void tst_Storage::connectionSpec()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    const ConnectionSpec spec = ConnectionSpec::parse(text);
    QCOMPARE(spec.kind() == ConnectionSpec::Kind::Postgres, postgres);
    if (!postgres) {
        QCOMPARE(spec.path(), text);
        return;
    }
    QTEST(spec.host(), "host");
    QTEST(spec.port(), "port");
    QTEST(spec.user(), "user");
    QTEST(spec.password(), "password");
    QTEST(spec.databaseName(), "database");
    QVERIFY(!spec.displayName().contains(u"s3cret"_s));
}

void tst_Storage::connectionSpecRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no user") << u"postgresql://db.lan/paydesk"_s;
    QTest::newRow("no database") << u"postgresql://desk@db.lan"_s;
    QTest::newRow("nested path") << u"postgresql://desk@db.lan/a/b"_s;
    QTest::newRow("no service, no host") << u"postgresql://"_s;
    QTest::newRow("unknown option") << u"postgresql://desk@db.lan/paydesk?sslmode=require"_s;
    QTest::newRow("service with a space") << u"postgresql://?service=a%20b"_s;
    QTest::newRow("service with a quote") << u"postgresql://?service=a'b"_s;
    QTest::newRow("empty service") << u"postgresql://?service="_s;
}

void tst_Storage::connectionSpecRefuses()
{
    QFETCH(QString, text);
    qunsetenv("PGSERVICE"); // a service from the environment would complete any URL
    QVERIFY_THROWS_EXCEPTION(Refusal, ConnectionSpec::parse(text));
}

void tst_Storage::opensAtCurrentSchema()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        Database db(spec);
        QCOMPARE(Schema::storedVersion(db), Schema::currentVersion());
        QCOMPARE(count(db, u"payments"_s), qint64(0));
    }
    Database reopened(spec); // a second open migrates nothing and keeps the version
    QCOMPARE(Schema::storedVersion(reopened), Schema::currentVersion());
}

void tst_Storage::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("from");
    for (const QString &backend : TestDatabases::backends()) {
        for (int v = 0; v < Schema::currentVersion(); ++v)
            QTest::addRow("%s from v%d", qPrintable(backend), v) << backend << v;
    }
}

void tst_Storage::upgradesFromEveryEarlierVersion()
{
    QFETCH(QString, backend);
    QFETCH(int, from);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        Database older(spec, Database::SchemaPolicy::Leave);
        Schema::migrateTo(older, from);
        QCOMPARE(Schema::storedVersion(older), from);
        if (from >= 1)
            older.execute(u"INSERT INTO families (id, created_at) VALUES (42, 'then')"_s);
    }
    Database upgraded(spec);
    QCOMPARE(Schema::storedVersion(upgraded), Schema::currentVersion());
    QCOMPARE(count(upgraded, u"families"_s), qint64(from >= 1 ? 1 : 0));
}

void tst_Storage::refusesNewerSchema()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    {
        Database db(spec);
        db.execute(u"UPDATE schema_version SET version = %1"_s.arg(Schema::currentVersion() + 1));
    }
    try {
        Database db(spec);
        QFAIL("a database from a newer PayDesk was opened");
    } catch (const Refusal &refusal) {
        QVERIFY2(refusal.message().contains(u"newer PayDesk"_s), qPrintable(refusal.message()));
        QVERIFY(refusal.message().contains(QString::number(Schema::currentVersion() + 1)));
    }
}

void tst_Storage::sqliteSettings()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    const auto pragma = [&](const QString &name) {
        SqlQuery q = db->query();
        q.prepare(u"PRAGMA "_s + name).exec();
        q.next();
        return q.text(0);
    };
    QCOMPARE(pragma(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(u"synchronous"_s), u"1"_s); // NORMAL
    QCOMPARE(pragma(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(u"cache_size"_s), u"-65536"_s);
}

void tst_Storage::rollbackLeavesNothing()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    try {
        Transaction tx(*db);
        db->query().prepare(u"INSERT INTO families (id, created_at) VALUES (7, 'now')"_s).exec();
        QCOMPARE(count(*db, u"families"_s), qint64(1));
        // A second insert of the same id fails midway: the first must not survive.
        db->query().prepare(u"INSERT INTO families (id, created_at) VALUES (7, 'now')"_s).exec();
        tx.commit();
        QFAIL("a duplicate key was accepted");
    } catch (const StorageError &) {
    }
    QCOMPARE(count(*db, u"families"_s), qint64(0));
}

void tst_Storage::idsStayAboveImportedOnes()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Transaction tx(*db);
    QCOMPARE(db->reserveIds(u"payments"_s), qint64(1));
    QCOMPARE(db->reserveIds(u"payments"_s, 3), qint64(2));
    db->raiseIdFloor(u"payments"_s, 5000);
    QCOMPARE(db->reserveIds(u"payments"_s), qint64(5001));
    db->raiseIdFloor(u"payments"_s, 10); // lower than what was handed out: no effect
    QCOMPARE(db->reserveIds(u"payments"_s), qint64(5002));
    // A table that already holds rows written with explicit ids starts above them.
    db->query().prepare(u"INSERT INTO families (id, created_at) VALUES (900, 'now')"_s).exec();
    QCOMPARE(db->reserveIds(u"families"_s), qint64(901));
    tx.commit();
}

void tst_Storage::sumsAreExact()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    db->execute(u"CREATE TABLE amounts (amount_cents BIGINT NOT NULL)"_s);
    SqlQuery insert = db->query();
    insert.prepare(u"INSERT INTO amounts (amount_cents) VALUES (?)"_s);
    // Parts whose sum has more significant digits than a double carries after cents are added.
    for (qint64 cents : {qint64(49'999'999'999'999), qint64(49'999'999'999'999), qint64(1)})
        insert.execWith({cents});
    SqlQuery sum = db->query();
    sum.prepare(u"SELECT SUM(amount_cents) FROM amounts"_s).exec();
    QVERIFY(sum.next());
    QCOMPARE(sum.money(0), Money::fromCents(99'999'999'999'999));
}

void tst_Storage::keptStatementsTakeNewValues()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    addFamilies(*db, {1, 2, 3});
    // Each query below reuses the statement the one before it prepared.
    const auto familiesFrom = [&](qint64 first) {
        SqlQuery q = db->query();
        q.prepare(u"SELECT COUNT(*) FROM families WHERE id >= :first"_s).bind(u":first"_s, first).exec();
        return q.next() ? q.id(0) : -1;
    };
    QCOMPARE(familiesFrom(1), qint64(3));
    QCOMPARE(familiesFrom(3), qint64(1));
    QCOMPARE(familiesFrom(2), qint64(2));
    // A failed run leaves the statement usable.
    const auto insert = [&](qint64 id) {
        db->query().prepare(u"INSERT INTO families (id, created_at) VALUES (:id, 'now')"_s).bind(u":id"_s, id).exec();
    };
    QVERIFY_THROWS_EXCEPTION(StorageError, insert(2));
    insert(4);
    QCOMPARE(familiesFrom(4), qint64(1));
    // So does a rollback of the transaction that first prepared it (PostgreSQL keeps
    // prepared statements across a rollback).
    const auto familiesUpTo = [&](qint64 last) {
        SqlQuery q = db->query();
        q.prepare(u"SELECT COUNT(*) FROM families WHERE id <= :last"_s).bind(u":last"_s, last).exec();
        return q.next() ? q.id(0) : -1;
    };
    {
        Transaction rolledBack(*db);
        QCOMPARE(familiesUpTo(2), qint64(2));
    }
    QCOMPARE(familiesUpTo(4), qint64(4));
}

void tst_Storage::sameStatementTwiceAtOnce()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    addFamilies(*db, {1, 2, 3});
    const QString sql = u"SELECT id FROM families WHERE id >= :first ORDER BY id"_s;
    const auto rows = [](SqlQuery &q) {
        QList<qint64> ids;
        while (q.next())
            ids << q.id(0);
        return ids;
    };
    SqlQuery all = db->query();
    all.prepare(sql).bind(u":first"_s, 1).exec();
    QCOMPARE(rows(all), (QList<qint64>{1, 2, 3}));
    // `all` still holds its statement: this query gets one of its own, so the value bound
    // here does not change what `all` runs again.
    SqlQuery last = db->query();
    last.prepare(sql).bind(u":first"_s, 3).exec();
    QCOMPARE(rows(last), (QList<qint64>{3}));
    all.exec();
    QCOMPARE(rows(all), (QList<qint64>{1, 2, 3}));
}

void tst_Storage::unfinishedReadHoldsNoSnapshot()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    const Database reader(spec);
    const Database writer(spec);
    addFamilies(writer, {1, 2});
    {
        SqlQuery q = reader.query();
        q.prepare(u"SELECT id FROM families ORDER BY id"_s).exec();
        QVERIFY(q.next()); // and dropped with a row still to read
    }
    addFamilies(writer, {3});
    // A statement kept mid-result would still hold the reader's old SQLite snapshot.
    QCOMPARE(count(reader, u"families"_s), qint64(3));
}

void tst_Storage::sqliteReadsValuesAsQtDoes()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    db->execute(u"CREATE TABLE mixed (i INTEGER, t TEXT, r REAL, b BLOB, n TEXT)"_s);
    db->execute(u"INSERT INTO mixed VALUES (42, 'Muñoz, 1,234.50', 2.5, x'00ff', NULL)"_s);
    db->execute(u"INSERT INTO mixed VALUES (-7, '12', 1e20, x'', '')"_s);
    db->execute(u"INSERT INTO mixed VALUES (99999999999999, '', -0.125, NULL, 'x')"_s);
    const QString sql = u"SELECT i, t, r, b, n FROM mixed ORDER BY rowid"_s;
    QSqlQuery qt(db->connection());
    qt.setForwardOnly(true);
    qt.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QVERIFY(qt.exec(sql));
    SqlQuery ours = db->query();
    ours.prepare(sql).exec();
    int rows = 0;
    while (qt.next()) {
        QVERIFY(ours.next());
        ++rows;
        for (int column = 0; column < 5; ++column) {
            const QVariant expected = qt.value(column);
            const QVariant actual = ours.value(column);
            QCOMPARE(actual.typeId(), expected.typeId());
            QCOMPARE(actual.isNull(), expected.isNull());
            QCOMPARE(actual, expected);
            QCOMPARE(ours.text(column), expected.toString());
            QCOMPARE(ours.id(column), expected.toLongLong());
        }
        QCOMPARE(ours.money(0), Money::fromCents(qt.value(0).toLongLong()));
    }
    QVERIFY(!ours.next());
    QCOMPARE(rows, 3);
}

void tst_Storage::sqliteBindsValuesAsQtDoes()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    // No declared type, so each value is stored as the type it was bound with.
    db->execute(u"CREATE TABLE bound (k TEXT, v)"_s);
    const QVariantList values = {qint64(5),
                                 7,
                                 true,
                                 2.5,
                                 u"Muñoz"_s,
                                 QString(),
                                 u""_s,
                                 QDate(2024, 2, 1),
                                 QDate(),
                                 QDateTime(QDate(2024, 2, 1), QTime(9, 15, 0, 250), Qt::UTC),
                                 QTime(9, 15),
                                 QByteArray("\0x", 2),
                                 QVariant(),
                                 QVariant(QMetaType::fromType<qint64>()),
                                 quint64(18446744073709551615ULL)};
    const QString insert = u"INSERT INTO bound (k, v) VALUES (?, ?)"_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QSqlQuery qt(db->connection());
        QVERIFY(qt.prepare(insert));
        qt.addBindValue(u"qt %1"_s.arg(i));
        qt.addBindValue(values.at(i));
        QVERIFY2(qt.exec(), qPrintable(qt.lastError().text()));
        db->query().prepare(insert).execWith({u"ours %1"_s.arg(i), values.at(i)});
    }
    SqlQuery q = db->query();
    q.prepare(u"SELECT a.k, a.t, a.v, b.t, b.v FROM"
              u" (SELECT substr(k, 4) AS i, k, typeof(v) AS t, quote(v) AS v FROM bound WHERE k LIKE 'qt %') a"
              u" JOIN (SELECT substr(k, 6) AS i, typeof(v) AS t, quote(v) AS v FROM bound WHERE k LIKE 'ours %') b"
              u" ON a.i = b.i ORDER BY CAST(a.i AS INTEGER)"_s)
        .exec();
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.text(3) + u' ' + q.text(4), q.text(1) + u' ' + q.text(2));
    }
    QCOMPARE(rows, int(values.size()));
}

namespace {

// Whether the index holds only the rows its WHERE clause names.
bool isPartial(const Database &db, const QString &index)
{
    SqlQuery q = db.query();
    if (db.isPostgres())
        q.prepare(u"SELECT CASE WHEN i.indpred IS NULL THEN 0 ELSE 1 END FROM pg_index i"
                  " JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = :name"_s);
    else
        q.prepare(u"SELECT l.partial FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) l ON l.name = m.name"
                  " WHERE m.name = :name"_s);
    q.bind(u":name"_s, index).exec();
    if (!q.next())
        throw StorageError(u"no index "_s + index);
    return q.id(0) == 1;
}

qint64 single(const Database &db, const QString &sql)
{
    SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

const char *const bulkRowsSql = "INSERT INTO bulk_rows (id, label, day, ref) VALUES (?, ?, ?, ?)";

void createBulkRows(const Database &db)
{
    db.execute(u"CREATE TABLE bulk_rows (id BIGINT PRIMARY KEY, label TEXT NOT NULL, day TEXT NOT NULL, ref BIGINT)"_s);
}

// Row `i` of bulk_rows: labels and days repeat, every fourth reference is NULL.
void addBulkRow(BulkStatement &insert, qint64 id, int i, const QString &shared)
{
    insert.add(id)
        .add(i % 3 == 0 ? shared : QString::number(i))
        .add(QDate(2024, 1, 1).addDays(i % 5))
        .addNullableId(i % 4 == 0 ? 0 : qint64(i) * 10)
        .exec();
}

QStringList bulkRows(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT id, label, day, COALESCE(ref, -1) FROM bulk_rows ORDER BY id"_s).exec();
    QStringList rows;
    while (q.next())
        rows.append(u"%1 %2 %3 %4"_s.arg(q.id(0)).arg(q.text(1), q.text(2)).arg(q.id(3)));
    return rows;
}

} // namespace

// Version 3 indexes the references that nearly every row leaves empty only where they are
// set; the rows stored before the upgrade stay and are found through them.
void tst_Storage::upgradeMakesEmptyReferencesPartial()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const ConnectionSpec spec = m_dbs.freshSpec(backend);
    const QStringList partial{u"allocations_adjustment"_s, u"allocations_run"_s, u"allocations_transfer"_s,
                              u"payments_related"_s};
    {
        Database older(spec, Database::SchemaPolicy::Leave);
        Schema::migrateTo(older, 2);
        for (const QString &index : partial)
            QVERIFY2(!isPartial(older, index), qPrintable(index));
        older.execute(u"INSERT INTO families (id, created_at) VALUES (1, 'then')"_s);
        older.execute(u"INSERT INTO patients (id, family_id, last_name, first_name, birth_date, is_guarantor, search_name)"
                      " VALUES (2, 1, 'Ortiz', 'Ana', '1980-01-01', 1, 'ana ortiz')"_s);
        const QString payment = u"INSERT INTO payments (id, patient_id, date, amount_cents, method, reference, note,"
                                " kind, related_payment_id, created_by, created_at)"
                                " VALUES (%1, 2, '2024-01-01', %2, 'cash', '', '', %3, %4, 'tester', 'then')"_s;
        older.execute(payment.arg(u"10"_s, u"500"_s, u"'payment'"_s, u"NULL"_s));
        older.execute(payment.arg(u"11"_s, u"-500"_s, u"'void'"_s, u"10"_s));
        older.execute(u"INSERT INTO allocations (id, payment_id, target, amount_cents, patient_id, rule, transfer_id,"
                      " created_by, created_at) VALUES (20, 10, 'unearned', 500, 2, 'manual', 11, 'tester', 'then')"_s);
    }
    Database upgraded(spec);
    QCOMPARE(Schema::storedVersion(upgraded), Schema::currentVersion());
    for (const QString &index : partial)
        QVERIFY2(isPartial(upgraded, index), qPrintable(index));
    QVERIFY(!isPartial(upgraded, u"allocations_charge"_s));
    QVERIFY(!isPartial(upgraded, u"payments_patient"_s));
    QCOMPARE(single(upgraded, u"SELECT id FROM payments WHERE related_payment_id = 10"_s), qint64(11));
    QCOMPARE(single(upgraded, u"SELECT id FROM allocations WHERE transfer_id = 11"_s), qint64(20));
    QCOMPARE(single(upgraded, u"SELECT COUNT(*) FROM allocations WHERE adjustment_id IS NULL AND run_id IS NULL"_s),
             qint64(1));
}

void tst_Storage::partialIndexesServeLookups_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("index");
    const QList<std::tuple<const char *, QString, QString>> rows{
        {"allocations to an adjustment (list export)",
         u"SELECT a.id, (SELECT SUM(l.amount_cents) FROM allocations l WHERE l.adjustment_id = a.id) FROM adjustments a"_s,
         u"allocations_adjustment"_s},
        {"families of a balancer run",
         u"SELECT p.family_id FROM allocations a JOIN payments y ON y.id = a.payment_id"
         " JOIN patients p ON p.id = y.patient_id WHERE a.run_id = 5"_s,
         u"allocations_run"_s},
        {"allocations of a transfer", u"SELECT id FROM allocations WHERE transfer_id = 5"_s, u"allocations_transfer"_s},
        {"voids of a payment", u"SELECT 1 FROM payments v WHERE v.related_payment_id = 5 AND v.kind = 'void'"_s,
         u"payments_related"_s},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &[name, query, index] : rows)
            QTest::addRow("%s: %s", qPrintable(backend), name) << backend << query << index;
    }
}

// A partial index (WHERE x IS NOT NULL) still serves every lookup by value: `x = ?`
// implies that x is set.
void tst_Storage::partialIndexesServeLookups()
{
    QFETCH(QString, backend);
    QFETCH(QString, query);
    QFETCH(QString, index);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    // PostgreSQL would scan the empty tables whatever the indexes: only whether the index
    // can serve the query is in question.
    if (db->isPostgres())
        db->execute(u"SET enable_seqscan = off"_s);
    // PostgreSQL cannot prepare an EXPLAIN: it goes as a plain query.
    QSqlQuery q(db->connection());
    QVERIFY2(q.exec(u"EXPLAIN "_s + (db->isPostgres() ? QString() : u"QUERY PLAN "_s) + query),
             qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan.append(q.value(db->isPostgres() ? 0 : 3).toString());
    QVERIFY2(plan.join(u'\n').contains(index), qPrintable(plan.join(u'\n')));
}

void tst_Storage::batchedRowsAtEveryCount_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("extra");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s: one row", qPrintable(backend)) << backend << 0 << 1;
        QTest::addRow("%s: one short of an insert", qPrintable(backend)) << backend << 1 << -1;
        QTest::addRow("%s: one insert", qPrintable(backend)) << backend << 1 << 0;
        QTest::addRow("%s: one over an insert", qPrintable(backend)) << backend << 1 << 1;
        QTest::addRow("%s: two inserts and one", qPrintable(backend)) << backend << 2 << 1;
    }
}

// While a Batching is under way, rows wait and go several to an INSERT: every full INSERT
// as its last row comes, the rest at flush(), each with its own values.
void tst_Storage::batchedRowsAtEveryCount()
{
    QFETCH(QString, backend);
    QFETCH(int, groups);
    QFETCH(int, extra);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    createBulkRows(*db);
    BulkStatement insert(*db, bulkRowsSql);
    const int perInsert = insert.rowsPerInsert();
    QVERIFY(perInsert > 1);
    const int rows = groups * perInsert + extra;
    const QString shared = u"shared"_s;
    QStringList expected;
    {
        Transaction tx(*db);
        BulkStatement::Batching batching(*db);
        for (int i = 0; i < rows; ++i) {
            addBulkRow(insert, 1000 + i, i, shared);
            expected.append(u"%1 %2 %3 %4"_s.arg(1000 + i)
                                .arg(i % 3 == 0 ? shared : QString::number(i))
                                .arg(QDate(2024, 1, 1).addDays(i % 5).toString(Qt::ISODate))
                                .arg(i % 4 == 0 ? -1 : qint64(i) * 10));
        }
        // Rows streaming through a COPY cannot be counted before it ends (see copies()).
        if (!insert.copies())
            QCOMPARE(single(*db, u"SELECT COUNT(*) FROM bulk_rows"_s), qint64(rows - rows % perInsert));
        batching.flush();
        tx.commit();
    }
    QCOMPARE(bulkRows(*db), expected);
    // Without a Batching a row is written at its exec().
    addBulkRow(insert, 1, 1, shared);
    QCOMPARE(single(*db, u"SELECT COUNT(*) FROM bulk_rows"_s), qint64(rows + 1));
}

void tst_Storage::batchedFailureLeavesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("inLastInsert");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s: in a full insert", qPrintable(backend)) << backend << false;
        QTest::addRow("%s: in the rows left for flush()", qPrintable(backend)) << backend << true;
    }
}

// A row the database refuses fails the exec() or flush() that sends it; the transaction
// is given up with every row, and the statement then writes a new batch whole.
void tst_Storage::batchedFailureLeavesNothing()
{
    QFETCH(QString, backend);
    QFETCH(bool, inLastInsert);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    createBulkRows(*db);
    BulkStatement insert(*db, bulkRowsSql);
    const int perInsert = insert.rowsPerInsert();
    const int rows = 2 * perInsert + perInsert / 2;
    const int duplicate = inLastInsert ? rows - 2 : perInsert + perInsert / 2;
    const QString shared = u"shared"_s;
    const auto write = [&](bool refused) {
        Transaction tx(*db);
        BulkStatement::Batching batching(*db);
        for (int i = 0; i < rows; ++i)
            addBulkRow(insert, refused && i == duplicate ? 1000 : 1000 + i, i, shared);
        batching.flush();
        tx.commit();
    };
    QVERIFY_THROWS_EXCEPTION(StorageError, write(true));
    QCOMPARE(single(*db, u"SELECT COUNT(*) FROM bulk_rows"_s), qint64(0));
    write(false);
    QCOMPARE(single(*db, u"SELECT COUNT(*) FROM bulk_rows"_s), qint64(rows));
    QCOMPARE(single(*db, u"SELECT SUM(id) FROM bulk_rows"_s), qint64(rows) * 1000 + qint64(rows) * (rows - 1) / 2);
}

// Rows waiting in one statement go before another statement runs: a family's patients,
// added after it, find it there although the references are checked at once.
void tst_Storage::batchedParentsGoFirst()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    BulkStatement families(*db, "INSERT INTO families (id, created_at) VALUES (?, ?)");
    BulkStatement patients(*db, "INSERT INTO patients (id, family_id, last_name, first_name, birth_date, is_guarantor,"
                                " search_name) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const int rows = families.rowsPerInsert() + 3;
    const QString now = u"now"_s;
    {
        Transaction tx(*db);
        BulkStatement::Batching batching(*db);
        for (int i = 1; i <= rows; ++i) {
            families.add(qint64(i)).add(now).exec();
            patients.add(qint64(i)).add(qint64(i)).add(u"Ortiz"_s).add(u"Ana"_s).add(QDate(1980, 1, 1)).add(qint64(1))
                .add(u"ana ortiz"_s)
                .exec();
        }
        batching.flush();
        tx.commit();
    }
    QCOMPARE(count(*db, u"families"_s), qint64(rows));
    QCOMPARE(count(*db, u"patients"_s), qint64(rows));
}

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
