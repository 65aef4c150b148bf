// The webPAY merchants and payment methods (core::WebPayLists) and the billing groups
// (core::BillingGroups) on a real SQLite file and a real PostgreSQL database.

#include "LedgerDesk.h"
#include "RefusalOf.h"
#include "SetUpDesk.h"
#include "TestDatabases.h"

#include "collections/BillingGroups.h"
#include "collections/WebPayLists.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk;
using core::BillingGroups;
using core::WebPayLists;
using test::TestDatabases;

namespace {

using test::setup::manager;
using test::setup::scalar;

// "Default" or "Self-pay (suppressed)" per group, by name.
QStringList groups(const core::Database &db)
{
    QStringList shown;
    for (const core::BillingGroup &group : BillingGroups(db, manager).list())
        shown << (group.suppressCollections ? group.name + u" (suppressed)"_s : group.name);
    return shown;
}

} // namespace

class tst_CollectionLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webPayListsKeepTheirNames_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void webPayListsKeepTheirNames();
    void webPayNameRefused_data();
    void webPayNameRefused();

    void billingGroups_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void billingGroups();
    void billingGroupRefused_data();
    void billingGroupRefused();
    void assignRefused_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void assignRefused();
    void frontDeskReadsOnly_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void frontDeskReadsOnly();

private:
    TestDatabases m_dbs;
};

void tst_CollectionLists::webPayListsKeepTheirNames()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    WebPayLists lists(*db, manager);
    lists.add(WebPayLists::List::Merchants, u" Riverside Dental "_s);
    lists.add(WebPayLists::List::Merchants, u"Main Street Clinic"_s);
    lists.add(WebPayLists::List::Methods, u"Visa"_s);
    QCOMPARE(lists.names(WebPayLists::List::Merchants), (QStringList{u"Main Street Clinic"_s, u"Riverside Dental"_s}));
    QCOMPARE(lists.names(WebPayLists::List::Methods), QStringList{u"Visa"_s});
    QVERIFY(WebPayLists::contains(*db, WebPayLists::List::Methods, u"Visa"_s));
    // The lists are apart: a method is no merchant.
    QVERIFY(!WebPayLists::contains(*db, WebPayLists::List::Merchants, u"Visa"_s));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'webpay-list' AND action = 'create'"
                         u" AND after_data LIKE '%\"list\":\"method\"%'"_s),
             1);
}

void tst_CollectionLists::webPayNameRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("merchant");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        row("empty merchant") << true << u"  "_s << u"Merchant: the name is empty."_s;
        row("merchant of 41 characters") << true << QString(41, u'm')
                                         << u"Merchant: \"%1\" has 41 characters; at most 40 are allowed."_s.arg(QString(41, u'm'));
        row("method of 11 characters, the reference's 10 at most")
                << false << u"Mastercard2"_s << u"Payment Method: \"Mastercard2\" has 11 characters; at most 10 are allowed."_s;
        row("method on two lines") << false << u"Visa\nDebit"_s
                                   << u"Payment Method: the text holds a line break or another control character."_s;
        row("method there already in another case") << false << u"VISA"_s
                                                    << u"Payment Method: \"Visa\" is already in the list."_s;
    }
}

void tst_CollectionLists::webPayNameRefused()
{
    QFETCH(QString, backend);
    QFETCH(bool, merchant);
    QFETCH(QString, name);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    WebPayLists lists(*db, manager);
    lists.add(WebPayLists::List::Methods, u"Visa"_s);
    const auto list = merchant ? WebPayLists::List::Merchants : WebPayLists::List::Methods;
    const QStringList before = lists.names(list);
    QCOMPARE(test::refusalOf([&] { lists.add(list, name); }), message);
    QCOMPARE(lists.names(list), before);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'webpay-list'"_s), 1);
}

void tst_CollectionLists::billingGroups()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    test::LedgerDesk ledger(*db, manager);
    const qint64 family = ledger.addPatient(0, u"Ana"_s).familyId;
    const qint64 other = ledger.addPatient(0, u"Ben"_s, u"Ortiz"_s).familyId;
    BillingGroups billing(*db, manager);
    QCOMPARE(groups(*db), QStringList{u"Default"_s});
    // Every family starts in the default group.
    QCOMPARE(billing.groupOf(family).id, 1);
    QVERIFY(!BillingGroups::suppressesCollections(*db, family));

    const qint64 selfPay = billing.add(u" Self-pay "_s, true);
    QVERIFY(selfPay > 1);
    billing.add(u"Ortho"_s, false);
    QCOMPARE(groups(*db), (QStringList{u"Default"_s, u"Ortho"_s, u"Self-pay (suppressed)"_s}));

    billing.assign(family, u"self-pay"_s);
    QCOMPARE(billing.groupOf(family).name, u"Self-pay"_s);
    QVERIFY(BillingGroups::suppressesCollections(*db, family));
    QVERIFY(!BillingGroups::suppressesCollections(*db, other));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'family' AND action = 'billing-group-assign'"
                         u" AND entity_id = %1"_s.arg(family)),
             1);

    // Suppress Collections belongs to the group: clearing it lets its families in again.
    billing.setSuppressCollections(u"SELF-PAY"_s, false);
    QVERIFY(!BillingGroups::suppressesCollections(*db, family));
    billing.setSuppressCollections(u"Default"_s, true);
    QVERIFY(BillingGroups::suppressesCollections(*db, other));
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'billing-group'"_s), 4);
}

void tst_CollectionLists::billingGroupRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s/%s", name, b.constData()) << backend; };
        row("empty") << u""_s << u"Billing group: the name is empty."_s;
        row("41 characters") << QString(41, u'g')
                             << u"Billing group: \"%1\" has 41 characters; at most 40 are allowed."_s.arg(QString(41, u'g'));
        row("the default in lower case") << u"default"_s << u"Billing group: \"Default\" exists already."_s;
        row("two lines") << u"Self\npay"_s << u"Billing group: the text holds a line break or another control character."_s;
    }
}

void tst_CollectionLists::billingGroupRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    QFETCH(QString, message);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    QCOMPARE(test::refusalOf([&] { BillingGroups(*db, manager).add(name, true); }), message);
    QCOMPARE(groups(*db), QStringList{u"Default"_s});
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log"_s), 0);
}

void tst_CollectionLists::assignRefused()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    test::LedgerDesk ledger(*db, manager);
    const qint64 family = ledger.addPatient(0, u"Ana"_s).familyId;
    BillingGroups billing(*db, manager);
    QCOMPARE(test::refusalOf([&] { billing.assign(family + 100, u"Nowhere"_s); }),
             u"There is no family with account number %1.\nBilling group: there is no group \"Nowhere\"."_s.arg(family + 100));
    QCOMPARE(test::refusalOf([&] { billing.setSuppressCollections(u"Nowhere"_s, true); }),
             u"Billing group: there is no group \"Nowhere\"."_s);
    QCOMPARE(billing.groupOf(family).name, u"Default"_s);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'billing-group%'"_s), 0);
}

// Reading the groups and the lists is anyone's; changing them is the billing manager's.
void tst_CollectionLists::frontDeskReadsOnly()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    const qint64 family = test::LedgerDesk(*db, manager).addPatient(0, u"Ana"_s).familyId;
    test::setup::addFrontDeskClerk(*db);
    BillingGroups billing(*db, u"clerk"_s);
    WebPayLists lists(*db, u"clerk"_s);
    QCOMPARE(billing.list().size(), 1);
    QCOMPARE(billing.groupOf(family).name, u"Default"_s);
    QCOMPARE(lists.names(WebPayLists::List::Merchants), QStringList());
    const QString refused = test::refusalOf([&] { billing.add(u"Self-pay"_s, true); });
    QVERIFY2(refused.contains(u"billing manager"_s), qPrintable(refused));
    QVERIFY(test::refusalOf([&] { billing.setSuppressCollections(u"Default"_s, true); }).contains(u"billing manager"_s));
    QVERIFY(test::refusalOf([&] { billing.assign(family, u"Default"_s); }).contains(u"billing manager"_s));
    QVERIFY(test::refusalOf([&] { lists.add(WebPayLists::List::Merchants, u"Riverside"_s); })
                    .contains(u"billing manager"_s));
    QCOMPARE(groups(*db), QStringList{u"Default"_s});
    QCOMPARE(lists.names(WebPayLists::List::Merchants), QStringList());
}

QTEST_GUILESS_MAIN(tst_CollectionLists)
#include "tst_collectionlists.moc"
