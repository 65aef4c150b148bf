#include "TestDatabases.h"

#include "storage/BulkStatement.h"
#include "storage/PgCopy.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::TestDatabases;

namespace {

const char *const insertSql = "INSERT INTO copy_rows (id, memo, ref) VALUES (?, ?, ?)";

void createCopyRows(const Database &db)
{
    db.execute(u"CREATE TABLE copy_rows (id BIGINT PRIMARY KEY, memo TEXT, ref BIGINT CHECK (ref >= 0))"_s);
}

// "id|memo|ref" per row, NULL spelled out, in id order.
QStringList copyRows(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id, memo, ref FROM copy_rows ORDER BY id"_s);
    QStringList rows;
    while (q.next()) {
        const auto text = [&q](int column) { return q.value(column).isNull() ? u"NULL"_s : q.value(column).toString(); };
        rows.append(text(0) + u'|' + text(1) + u'|' + text(2));
    }
    return rows;
}

qint64 countRows(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM copy_rows"_s).exec();
    return q.next() ? q.id(0) : -1;
}

// Writes rows 1 to `rows`, each with memo "row N", in one batch.
void writePlainBatch(const Database &db, int rows)
{
    Transaction tx(db);
    BulkStatement::Batching batching(db);
    BulkStatement &insert = db.bulkStatement(insertSql);
    for (int i = 1; i <= rows; ++i)
        insert.add(qint64(i)).add(u"row %1"_s.arg(i)).addNullableId(i).exec();
    batching.flush();
    tx.commit();
}

} // namespace

class tst_PgCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryCharacter_data();
    void keepsEveryCharacter();
    void writesNullsAndDates();
    void refusesRowOfWrongWidth();
    void refusedRowIsNamed_data();
    void refusedRowIsNamed();
    void givenUpMidStream_data();
    void givenUpMidStream();

private:
    TestDatabases m_dbs;
};

void tst_PgCopy::keepsEveryCharacter_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("memo");
    QTest::addColumn<qint64>("ref"); // 0: NULL
    const std::pair<const char *, QString> memos[] = {
            {"plain", u"Prophylaxis - adult"_s},
            {"tab", u"before\tafter"_s},
            {"newline", u"line one\nline two"_s},
            {"carriage return", u"line one\r\nline two"_s},
            {"backslash", u"C:\\clinic\\scans"_s},
            {"backslash N, not NULL", u"\\N"_s},
            {"backslash before t", u"\\t is not a tab"_s},
            {"quotes", u"O'Brien \"Jr\", CSV-like"_s},
            {"accents and more", u"José Núñez é ñ ü 日本 😀"_s},
            {"empty, not NULL", u""_s},
            {"every special at once", u"\\\t\n\r\\\\N\"'"_s},
    };
    for (const QString &backend : TestDatabases::backends()) {
        for (const auto &[name, memo] : memos)
            QTest::addRow("%s: %s", qPrintable(backend), name) << backend << memo << qint64(42);
        QTest::addRow("%s: NULL reference", qPrintable(backend)) << backend << u"no reference"_s << qint64(0);
    }
}

// What goes in comes back, on PostgreSQL through COPY's text format, on SQLite through its
// own path: the same rows. Plain rows around it show the escaping ends with its field.
void tst_PgCopy::keepsEveryCharacter()
{
    QFETCH(QString, backend);
    QFETCH(QString, memo);
    QFETCH(qint64, ref);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    createCopyRows(*db);
    {
        Transaction tx(*db);
        BulkStatement::Batching batching(*db);
        BulkStatement &insert = db->bulkStatement(insertSql);
        QCOMPARE(insert.copies(), db->isPostgres());
        insert.add(qint64(1)).add(u"first"_s).addNullableId(1).exec();
        insert.add(qint64(2)).add(memo).addNullableId(ref).exec();
        insert.add(qint64(3)).add(u"last"_s).addNullableId(3).exec();
        batching.flush();
        tx.commit();
    }
    const QString refText = ref == 0 ? u"NULL"_s : QString::number(ref);
    QCOMPARE(copyRows(*db), QStringList({u"1|first|1"_s, u"2|%1|%2"_s.arg(memo, refText), u"3|last|3"_s}));
}

// PgCopy itself: NULL text apart from "" and from the text \N, dates in their stored form.
void tst_PgCopy::writesNullsAndDates()
{
    PAYDESK_REQUIRE_BACKEND(u"postgresql"_s);
    const auto db = m_dbs.fresh(u"postgresql"_s);
    createCopyRows(*db);
    {
        Transaction tx(*db);
        PgCopy copy(*db, u"copy_rows"_s, {u"id"_s, u"memo"_s, u"ref"_s});
        copy.addInteger(1).addNull().addNull().endRow();
        copy.addInteger(2).addText(u"").addInteger(0).endRow();
        copy.addInteger(3).addText(u"\\N").addInteger(qint64(9'007'199'254'740'993)).endRow();
        copy.addInteger(4).addDate(QDate(2024, 2, 29)).addInteger(7).endRow();
        QVERIFY(copy.isOpen());
        copy.finish();
        QVERIFY(!copy.isOpen());
        tx.commit();
    }
    QCOMPARE(copyRows(*db),
             QStringList({u"1|NULL|NULL"_s, u"2||0"_s, u"3|\\N|9007199254740993"_s, u"4|2024-02-29|7"_s}));
}

void tst_PgCopy::refusesRowOfWrongWidth()
{
    PAYDESK_REQUIRE_BACKEND(u"postgresql"_s);
    const auto db = m_dbs.fresh(u"postgresql"_s);
    createCopyRows(*db);
    Transaction tx(*db);
    PgCopy copy(*db, u"copy_rows"_s, {u"id"_s, u"memo"_s, u"ref"_s});
    QVERIFY_THROWS_EXCEPTION(StorageError, copy.addInteger(1).addText(u"two values").endRow());
    QVERIFY(!copy.isOpen()); // nothing was started for it
    copy.addInteger(1).addText(u"three").addInteger(3).endRow();
    copy.finish();
    tx.commit();
    QCOMPARE(countRows(*db), qint64(1));
}

void tst_PgCopy::refusedRowIsNamed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("badMemo"); // row 3's memo
    QTest::addColumn<qint64>("badId");    // row 3's id
    QTest::addColumn<QString>("badRef");  // row 3's ref, as text
    QTest::addColumn<QString>("named");   // in PostgreSQL's message
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s: check constraint", qPrintable(backend))
                << backend << u"row 3"_s << qint64(3) << u"-1"_s << u"copy_rows: row 3: "_s;
        QTest::addRow("%s: duplicate id", qPrintable(backend))
                << backend << u"row 3"_s << qint64(1) << u"3"_s << u"copy_rows: row 3: "_s;
    }
    // SQLite stores text in a BIGINT column as it is.
    QTest::addRow("postgresql: text in a number column")
            << u"postgresql"_s << u"row 3"_s << qint64(3) << u"3x"_s << u"copy_rows: row 3, column ref: "_s;
}

// A row the database refuses fails the flush() with a message naming the row (PostgreSQL
// says which); the transaction is rolled back whole, and the connection then writes a new
// batch.
void tst_PgCopy::refusedRowIsNamed()
{
    QFETCH(QString, backend);
    QFETCH(QString, badMemo);
    QFETCH(qint64, badId);
    QFETCH(QString, badRef);
    QFETCH(QString, named);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    createCopyRows(*db);
    QString message;
    try {
        Transaction tx(*db);
        BulkStatement::Batching batching(*db);
        BulkStatement &insert = db->bulkStatement(insertSql);
        for (int i = 1; i <= 5; ++i) {
            if (i == 3)
                insert.add(badId).add(badMemo).add(badRef).exec();
            else
                insert.add(qint64(i)).add(u"row %1"_s.arg(i)).addNullableId(i).exec();
        }
        batching.flush();
        tx.commit();
    } catch (const StorageError &error) {
        message = error.message();
    }
    QVERIFY2(!message.isEmpty(), "the refused row was written");
    if (db->isPostgres())
        QVERIFY2(message.startsWith(named), qPrintable(message));
    QCOMPARE(countRows(*db), qint64(0));
    writePlainBatch(*db, 5);
    QCOMPARE(countRows(*db), qint64(5));
}

void tst_PgCopy::givenUpMidStream_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("transactionEndsFirst");
    for (const QString &backend : TestDatabases::backends()) {
        QTest::addRow("%s: the batching ends first", qPrintable(backend)) << backend << false;
        QTest::addRow("%s: the transaction ends first", qPrintable(backend)) << backend << true;
    }
}

// Work that fails while rows stream (not the database: the caller) gives the batch up in
// either order of ending: nothing stays, and the connection is ready for the next batch.
void tst_PgCopy::givenUpMidStream()
{
    QFETCH(QString, backend);
    QFETCH(bool, transactionEndsFirst);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    createCopyRows(*db);
    {
        std::optional<Transaction> tx(std::in_place, *db);
        std::optional<BulkStatement::Batching> batching(std::in_place, *db);
        BulkStatement &insert = db->bulkStatement(insertSql);
        for (int i = 1; i <= 1000; ++i)
            insert.add(qint64(i)).add(u"row %1"_s.arg(i)).addNullableId(i).exec();
        if (transactionEndsFirst)
            tx.reset();
        batching.reset();
    }
    QCOMPARE(countRows(*db), qint64(0));
    writePlainBatch(*db, 5);
    QCOMPARE(countRows(*db), qint64(5));
}

QTEST_GUILESS_MAIN(tst_PgCopy)
#include "tst_pgcopy.moc"
