#include "money/Money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

using paydesk::core::Money;
using paydesk::core::MoneyOverflow;

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void parseWithLocale_data();
    void parseWithLocale();
    void format_data();
    void format();
    void arithmetic_data();
    void arithmetic();
    void overflowIsAnError();
    void split_data();
    void split();
};

void tst_Money::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("one decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("grouped") << u"1,234.50"_s << qint64(123450);
    QTest::newRow("negative") << u"-20.00"_s << qint64(-2000);
    QTest::newRow("whole") << u"7"_s << qint64(700);
    QTest::newRow("leading point") << u".5"_s << qint64(50);
    QTest::newRow("plus sign") << u"+3.10"_s << qint64(310);
    QTest::newRow("spaces around") << u"  12.34 "_s << qint64(1234);
    QTest::newRow("millions grouped") << u"12,345,678.90"_s << qint64(1234567890);
    QTest::newRow("largest") << u"999,999,999,999.99"_s << Money::maxCents;
    QTest::newRow("smallest") << u"-999999999999.99"_s << -Money::maxCents;
    QTest::newRow("zero") << u"0.00"_s << qint64(0);
}

void tst_Money::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto result = Money::parse(text);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().cents(), cents);
}

void tst_Money::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("three decimals") << u"12.345"_s << u"\"12.345\" has more than two decimals"_s;
    QTest::newRow("letters") << u"abc"_s << u"\"abc\" is not an amount"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"\"1e3\" is not an amount"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("NaN") << u"NaN"_s << u"\"NaN\" is not an amount"_s;
    QTest::newRow("double sign") << u"--5"_s << u"\"--5\" is not an amount"_s;
    QTest::newRow("too large") << u"1,000,000,000,000.00"_s << u"out of range"_s;
    QTest::newRow("too small") << u"-1000000000000"_s << u"out of range"_s;
    QTest::newRow("very long") << u"123456789012345678901234567890"_s << u"out of range"_s;
    QTest::newRow("bad grouping") << u"1,23.00"_s << u"is not an amount"_s;
    QTest::newRow("trailing point") << u"12."_s << u"is not an amount"_s;
    QTest::newRow("infinity") << u"inf"_s << u"is not an amount"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"is not an amount"_s;
    QTest::newRow("arabic digits") << u"\u0661\u0662"_s << u"is not an amount"_s;
}

void tst_Money::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const auto result = Money::parse(text);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().contains(messagePart), qPrintable(result.error()));
}

void tst_Money::parseWithLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("en_US") << u"en_US"_s << u"1,234.56"_s << qint64(123456);
    QTest::newRow("de_DE") << u"de_DE"_s << u"1.234,56"_s << qint64(123456);
    QTest::newRow("es_ES") << u"es_ES"_s << u"-20,5"_s << qint64(-2050);
}

void tst_Money::parseWithLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto result = Money::parse(text, QLocale(locale));
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().cents(), cents);
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("invariant");
    QTest::addColumn<QString>("enUS");
    QTest::newRow("negative") << qint64(-1450) << u"-14.50"_s << u"-14.50"_s;
    QTest::newRow("thousands") << qint64(123450) << u"1234.50"_s << u"1,234.50"_s;
    QTest::newRow("cents only") << qint64(5) << u"0.05"_s << u"0.05"_s;
    QTest::newRow("largest") << Money::maxCents << u"999999999999.99"_s << u"999,999,999,999.99"_s;
}

void tst_Money::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, invariant);
    QFETCH(QString, enUS);
    const Money m = Money::fromCents(cents);
    QCOMPARE(m.toString(), invariant);
    QCOMPARE(m.toString(QLocale(QLocale::English, QLocale::UnitedStates)), enUS);
    QCOMPARE(Money::parse(m.toString()).value(), m);
}

void tst_Money::arithmetic_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("difference");
    QTest::newRow("tenths that doubles get wrong") << u"0.10"_s << u"0.20"_s << u"0.30"_s << u"-0.10"_s;
    QTest::newRow("signs") << u"-14.50"_s << u"20.00"_s << u"5.50"_s << u"-34.50"_s;
    QTest::newRow("large") << u"999999999999.98"_s << u"0.01"_s << u"999999999999.99"_s << u"999999999999.97"_s;
}

void tst_Money::arithmetic()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);
    QFETCH(QString, difference);
    const Money x = Money::parse(a).value();
    const Money y = Money::parse(b).value();
    QCOMPARE((x + y).toString(), sum);
    QCOMPARE((x - y).toString(), difference);
    QVERIFY((x + y) - y == x);
}

void tst_Money::overflowIsAnError()
{
    const Money top = Money::fromCents(Money::maxCents);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, top + Money::fromCents(1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (-top) - Money::fromCents(1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, top * 2);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Money::fromCents(Money::maxCents + 1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Money::fromCents(1) * std::numeric_limits<qint64>::max());
    QCOMPARE((Money::fromCents(3) * 4).cents(), qint64(12));
}

void tst_Money::split_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("parts");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("100 over 3") << qint64(10000) << 3 << QList<qint64>{3334, 3333, 3333};
    QTest::newRow("1 cent over 3") << qint64(1) << 3 << QList<qint64>{1, 0, 0};
    QTest::newRow("even") << qint64(900) << 3 << QList<qint64>{300, 300, 300};
    QTest::newRow("negative") << qint64(-10000) << 3 << QList<qint64>{-3334, -3333, -3333};
    QTest::newRow("one part") << qint64(4567) << 1 << QList<qint64>{4567};
}

void tst_Money::split()
{
    QFETCH(qint64, total);
    QFETCH(int, parts);
    QFETCH(QList<qint64>, expected);
    QList<qint64> actual;
    Money sum;
    for (const Money &m : Money::fromCents(total).split(parts)) {
        actual.append(m.cents());
        sum += m;
    }
    QCOMPARE(actual, expected);
    QCOMPARE(sum.cents(), total);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
