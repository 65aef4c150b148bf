#include "portal/PortalAccountMatcher.h"
#include "portal/PortalTransaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::portal::PortalAccountMatcher;
using paydesk::core::portal::PortalSource;
using paydesk::core::portal::PortalTransaction;

class tst_PortalMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountNumber_data();
    void accountNumber();
    void eodLastName_data();
    void eodLastName();
    void remittanceName_data();
    void remittanceName();
};

void tst_PortalMatcher::accountNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("family");

    QTest::newRow("as typed") << u"42"_s << 42ll;
    QTest::newRow("leading zeros") << u"00042"_s << 42ll;
    QTest::newRow("padded beyond 18 digits") << u"00000000000000000003"_s << 3ll;
    QTest::newRow("18 digits") << u"123456789012345678"_s << 123456789012345678ll;
    QTest::newRow("19 digits") << u"1234567890123456789"_s << 0ll;
    QTest::newRow("zero") << u"000"_s << 0ll;
    QTest::newRow("letters") << u"42A"_s << 0ll;
    QTest::newRow("sign") << u"-42"_s << 0ll;
    QTest::newRow("spaces") << u" 42"_s << 0ll;
    QTest::newRow("empty") << QString() << 0ll;
}

void tst_PortalMatcher::accountNumber()
{
    QFETCH(QString, typed);
    QFETCH(qint64, family);
    QCOMPARE(PortalAccountMatcher::familyIdOf(typed), family);
}

void tst_PortalMatcher::eodLastName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("agrees");

    QTest::newRow("apostrophe and case") << u"OBRIEN"_s << u"O'Brien"_s << true;
    QTest::newRow("accents") << u"NUNEZ"_s << u"Núñez"_s << true;
    QTest::newRow("accents typed, none stored") << u"Núñez"_s << u"Nunez"_s << true;
    QTest::newRow("spaces") << u"DELACRUZ"_s << u"de la Cruz"_s << true;
    QTest::newRow("hyphen") << u"Garcia Lopez"_s << u"García-López"_s << true;
    QTest::newRow("another name") << u"Rivers"_s << u"Rivera"_s << false;
    QTest::newRow("part of the name") << u"Cruz"_s << u"de la Cruz"_s << false;
    QTest::newRow("empty") << QString() << u"Rivera"_s << false;
}

void tst_PortalMatcher::eodLastName()
{
    QFETCH(QString, typed);
    QFETCH(QString, member);
    QFETCH(bool, agrees);
    PortalTransaction t;
    t.source = PortalSource::EodPostingFile;
    t.patientLastName = typed;
    QCOMPARE(PortalAccountMatcher::nameAgrees(t, {u"Smith"_s, member}), agrees);
}

void tst_PortalMatcher::remittanceName_data()
{
    QTest::addColumn<QString>("n102");
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("agrees");

    QTest::newRow("last word") << u"JANE DOE"_s << u"Doe"_s << true;
    QTest::newRow("first word") << u"DOE JANE"_s << u"Doe"_s << true;
    QTest::newRow("words of one name") << u"MARIA DE LA CRUZ"_s << u"de la Cruz"_s << true;
    QTest::newRow("accents and apostrophe") << u"SEAN O'BRIEN NUNEZ"_s << u"Núñez"_s << true;
    QTest::newRow("Patient skips the check") << u"Patient"_s << u"Doe"_s << true;
    QTest::newRow("PATIENT skips the check") << u"PATIENT"_s << u"Doe"_s << true;
    QTest::newRow("no word is the name") << u"JANE DOERING"_s << u"Doe"_s << false;
    QTest::newRow("another name") << u"JANE ROE"_s << u"Doe"_s << false;
}

void tst_PortalMatcher::remittanceName()
{
    QFETCH(QString, n102);
    QFETCH(QString, member);
    QFETCH(bool, agrees);
    PortalTransaction t;
    t.source = PortalSource::Remittance835;
    t.patientName = n102;
    QCOMPARE(PortalAccountMatcher::nameAgrees(t, {member}), agrees);
}

QTEST_GUILESS_MAIN(tst_PortalMatcher)

#include "tst_portalmatcher.moc"
