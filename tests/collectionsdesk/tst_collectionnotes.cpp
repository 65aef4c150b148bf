// The notes the collections process writes (stored in English, so that every desk and export
// reads one text) as the desk shows them: in the user's language, amounts and dates in its
// format; a user's own note as written.

#include "UiLanguage.h"

#include "collections/CollectionNote.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::UiLanguage;

class TestCollectionNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shown_data();
    void shown();
};

void TestCollectionNotes::shown_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    const auto money = [](const char *text) { return Money::parse(QString::fromLatin1(text)).value(); };
    const QString delinquent = CollectionNote::delinquent(money("1234.50"), 90);
    const QString moved = CollectionNote::daysInStatus(30);
    const QString failed = CollectionNote::planFailed(money("20.00"), money("50.00"), QDate(2026, 3, 11));
    const QString balance = CollectionNote::balance(money("-10.00"));
    const QString paidOff = CollectionNote::paidOff(7002);
    QTest::newRow("stored form") << u"en"_s << delinquent << u"Delinquent: 1,234.50 older than 90 days"_s;
    QTest::newRow("delinquent, Spanish") << u"es"_s << delinquent << u"Moroso: 1234,50 con más de 90 días"_s;
    QTest::newRow("moved on, Spanish") << u"es"_s << moved << u"30 días en el estado"_s;
    QTest::newRow("plan failed, Spanish")
            << u"es"_s << failed << u"Plan de pagos fallido: pagó 20,00 de 50,00 que vencían el 11/3/26"_s;
    QTest::newRow("plan failed, English") << u"en"_s << failed << u"Payment plan failed: paid 20.00 of 50.00 due by 3/11/26"_s;
    QTest::newRow("balance, Spanish") << u"es"_s << balance << u"Saldo -10,00"_s;
    QTest::newRow("paid off, Spanish") << u"es"_s << paidOff << u"Saldado con el pago n.º 7002"_s;
    QTest::newRow("a user's note") << u"es"_s << u"Spoke with the guarantor"_s << u"Spoke with the guarantor"_s;
    QTest::newRow("almost a stored form") << u"es"_s << u"30 days in status, then call"_s
                                          << u"30 days in status, then call"_s;
}

void TestCollectionNotes::shown()
{
    QFETCH(QString, language);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    const UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    QCOMPARE(CollectionNote::shown(stored), shown);
}

QTEST_GUILESS_MAIN(TestCollectionNotes)
#include "tst_collectionnotes.moc"
