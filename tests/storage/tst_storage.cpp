#include "TestDatabases.h"

#include "money/Money.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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
}

void tst_Storage::connectionSpecRefuses()
{
    QFETCH(QString, text);
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

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
