// What the Pay Now link prints: the QR code of the address (decoded by zbarimg from a PNG and
// from the statement's PDF) and the statement's "Pay online:" with the account number to type,
// only once the link is configured, on SQLite and PostgreSQL.

#include "../statements/StatementFixture.h"
#include "TestDatabases.h"

#include "portal/PayNowLink.h"
#include "print/QrCode.h"
#include "print/StatementDocument.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::PayNowLink;
using paydesk::core::PracticeSettings;
using paydesk::test::TestDatabases;
using paydesk::ui::QrCode;
namespace statements = paydesk::test::statements;

namespace {

// The tool's standard output, or a null string when it is not installed.
QString run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return u"(%1 did not finish)"_s.arg(tool);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Every QR code zbarimg finds in the images, one text a line.
QString decode(const QStringList &images)
{
    return run(u"zbarimg"_s, QStringList{u"--raw"_s, u"-q"_s} + images).trimmed();
}

} // namespace

class tst_PortalPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qrDecodesToTheText_data();
    void qrDecodesToTheText();
    void qrNothingToEncode();
    void statementPayOnline_data();
    void statementPayOnline();

private:
    TestDatabases m_dbs;
};

void tst_PortalPrint::initTestCase()
{
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
        QSKIP("zbarimg is missing: installer/deps.sh installs zbar-tools");
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext and pdftoppm are missing: installer/deps.sh installs poppler-utils");
}

void tst_PortalPrint::qrDecodesToTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleSize");
    QTest::newRow("Pay Now address") << PayNowLink::instaMedAddress(u"lakeside.dental"_s) << 4;
    QTest::newRow("longest alias, small modules") << PayNowLink::instaMedAddress(QString(56, u'a') + u"_Z-9"_s) << 2;
    QTest::newRow("mixed case kept") << PayNowLink::instaMedAddress(u"Sunrise-Family_Dental.2"_s) << 3;
}

void tst_PortalPrint::qrDecodesToTheText()
{
    QFETCH(QString, text);
    QFETCH(int, moduleSize);
    const QrCode code(text);
    QVERIFY(!code.isNull());
    const QImage image = code.image(moduleSize);
    QCOMPARE(image.width(), (code.size() + 2 * QrCode::quietZone) * moduleSize);
    QCOMPARE(image.height(), image.width());
    QTemporaryDir dir;
    const QString png = dir.filePath(u"qr.png"_s);
    QVERIFY(image.save(png));
    QCOMPARE(decode({png}), text);
}

void tst_PortalPrint::qrNothingToEncode()
{
    const QrCode empty{QString()};
    QVERIFY(empty.isNull());
    QVERIFY(empty.image(4).isNull());
    // Past the largest QR version at level M: no code, never a truncated one.
    QVERIFY(QrCode(QString(5000, u'x')).isNull());
}

void tst_PortalPrint::statementPayOnline_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<bool>("printed");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray b = backend.toUtf8();
        QTest::addRow("%s/configured, owing", b.constData()) << backend << u"lakeside.dental"_s << qint64(0) << true;
        QTest::addRow("%s/no alias", b.constData()) << backend << QString() << qint64(0) << false;
        QTest::addRow("%s/configured, paid in full", b.constData())
                << backend << u"lakeside.dental"_s << qint64(8500) << false;
    }
}

// A statement owing 85.00 prints where and how to pay online, and its QR code scans to the
// address; without the alias, or with nothing due, there is no such line.
void tst_PortalPrint::statementPayOnline()
{
    QFETCH(QString, backend);
    QFETCH(QString, alias);
    QFETCH(qint64, paid);
    QFETCH(bool, printed);
    PAYDESK_REQUIRE_BACKEND(backend);
    const paydesk::core::Clock::Override today(QDateTime(QDate(2026, 3, 1), QTime(15, 0), Qt::UTC));
    const auto db = m_dbs.fresh(backend);
    const statements::Family family = statements::addFamily(*db, u"Rivera"_s, u"12 Harbor Road\nSpringfield"_s);
    statements::charge(*db, family.luis, QDate(2026, 2, 10), u"D1110"_s, u"Prophylaxis"_s, 8500);
    if (paid)
        statements::pay(*db, family.ana, QDate(2026, 2, 20), paid, u"CHK 1"_s);
    PracticeSettings settings(*db);
    settings.set(u"setup"_s, u"portal.clearinghouse"_s, u"instamed"_s);
    if (!alias.isEmpty())
        settings.set(u"setup"_s, u"portal.instamed_alias"_s, alias);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"statement.pdf"_s);
    paydesk::ui::StatementDocument::saveFamily(*db, statements::clerk, family.id, pdf);
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.contains(u"Balance due"_s));
    const QString url = u"https://pay.instamed.com/lakeside.dental"_s;
    QCOMPARE(text.contains(u"Pay online:"_s), printed);
    QCOMPARE(text.contains(url), printed);
    QCOMPARE(text.contains(u"Account number to enter: %1"_s.arg(family.id)), printed);

    // The page as a scanner sees it: 150 dots an inch, as an office scan or a phone photo.
    run(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, pdf, dir.filePath(u"page"_s)});
    const QStringList pages = QDir(dir.path()).entryList({u"page*.png"_s}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(decode({dir.filePath(pages.first())}), printed ? url : QString());
}

QTEST_MAIN(tst_PortalPrint)
#include "tst_portalprint.moc"
