// Help > User guide: the bundled pages in both languages, their links and pictures, F1 on
// each kind of window (a modal dialog included), the desk's language, and the guide's own
// keyboard path.
#include "../dialogs/DialogHelpers.h"

#include "MainWindow.h"
#include "Resources.h"
#include "dialogs/PostPaymentDialog.h"
#include "help/UserGuide.h"
#include "ledger/LedgerCalendar.h"
#include "reports/AgingDialog.h"
#include "settings/SettingsDialog.h"

#include "TestDatabases.h"
#include "UiLanguage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::test::dialogs;

namespace {

QStringList pagesOf(const QString &language)
{
    return QDir(u":/guide/"_s + language).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
}

QString readPage(const QString &language, const QString &file)
{
    QFile page(u":/guide/%1/%2"_s.arg(language, file));
    return page.open(QIODevice::ReadOnly) ? QString::fromUtf8(page.readAll()) : QString();
}

// The href and src values of a page.
QStringList targetsOf(const QString &html, const QString &attribute)
{
    QStringList targets;
    const QRegularExpression pattern(attribute + u"=\"([^\"]*)\""_s);
    for (auto it = pattern.globalMatch(html); it.hasNext();)
        targets << it.next().captured(1);
    return targets;
}

QString pageName(const QUrl &url)
{
    return url.fileName().chopped(5); // ".html"
}

} // namespace

class tst_Guide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothLanguagesHaveTheSamePages();
    void linksAndPicturesResolve_data();
    void linksAndPicturesResolve();
    void everyPageIsInTheContents_data();
    void everyPageIsInTheContents();
    void everyWindowsPageExists();
    void guideStaysSmall();
    void f1OpensThePageOfTheActiveWindow_data();
    void f1OpensThePageOfTheActiveWindow();
    void helpMenuOpensTheContents();
    void followsTheDeskLanguage_data();
    void followsTheDeskLanguage();
    void keyboardOnly();

private:
    test::TestDatabases m_dbs;
    QTemporaryDir m_settings;
};

void tst_Guide::initTestCase()
{
    ui::initResources();
    useTestSettings(m_settings, u"tst_guide"_s);
}

void tst_Guide::bothLanguagesHaveTheSamePages()
{
    QVERIFY(pagesOf(u"en"_s).contains(u"index.html"_s));
    QCOMPARE(pagesOf(u"es"_s), pagesOf(u"en"_s));
}

void tst_Guide::linksAndPicturesResolve_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    for (const QString &language : {u"en"_s, u"es"_s}) {
        for (const QString &file : pagesOf(language))
            QTest::addRow("%s/%s", qPrintable(language), qPrintable(file)) << language << file;
    }
}

// No network: every link is another page of the same language, every picture a resource; and
// each page has its title and at least one screenshot with a text for screen readers.
void tst_Guide::linksAndPicturesResolve()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    const QString html = readPage(language, file);
    QVERIFY(!html.isEmpty());
    QVERIFY2(html.contains(u"<html lang=\"%1\">"_s.arg(language)), "the page says its language");
    QVERIFY(QRegularExpression(u"<title>[^<]+</title>"_s).match(html).hasMatch());
    const QStringList links = targetsOf(html, u"href"_s);
    QVERIFY(!links.isEmpty());
    for (const QString &link : links) {
        QVERIFY2(!link.contains(u':'), qPrintable(link));
        QVERIFY2(link.endsWith(u".html"_s), qPrintable(link));
        QVERIFY2(QFile::exists(u":/guide/%1/%2"_s.arg(language, link)), qPrintable(link));
    }
    const QStringList pictures = targetsOf(html, u"src"_s);
    QVERIFY2(!pictures.isEmpty(), "every page shows its screenshot");
    for (const QString &picture : pictures)
        QVERIFY2(QFile::exists(u":/guide/%1/%2"_s.arg(language, picture)), qPrintable(picture));
    QCOMPARE(targetsOf(html, u"alt"_s).size(), pictures.size());
}

void tst_Guide::everyPageIsInTheContents_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void tst_Guide::everyPageIsInTheContents()
{
    QFETCH(QString, language);
    const QStringList linked = targetsOf(readPage(language, u"index.html"_s), u"href"_s);
    for (const QString &file : pagesOf(language)) {
        if (file != u"index.html")
            QVERIFY2(linked.contains(file), qPrintable(file));
    }
}

// Each page a window maps to is a page of the guide (a typo would open an empty page).
void tst_Guide::everyWindowsPageExists()
{
    const QStringList pages = pagesOf(u"en"_s);
    for (const QString &page : ui::UserGuide::windowPages())
        QVERIFY2(pages.contains(page + u".html"_s), qPrintable(page));
}

// The guide is compiled into the program: it must not make the binary much larger.
void tst_Guide::guideStaysSmall()
{
    qint64 bytes = 0;
    const QStringList roots = {u":/guide/en"_s, u":/guide/es"_s, u":/guide/en/img"_s, u":/guide/es/img"_s};
    for (const QString &root : roots) {
        for (const QFileInfo &file : QDir(root).entryInfoList(QDir::Files))
            bytes += file.size();
    }
    QVERIFY2(bytes > 0 && bytes < 5 * 1024 * 1024, qPrintable(QString::number(bytes)));
}

void tst_Guide::f1OpensThePageOfTheActiveWindow_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<bool>("modal");
    QTest::addColumn<QString>("page");
    QTest::newRow("main window") << u"main"_s << false << u"find-patient"_s;
    QTest::newRow("Post payment, modal") << u"payment"_s << true << u"post-payment"_s;
    QTest::newRow("Aging, by its base class") << u"aging"_s << false << u"reports"_s;
    QTest::newRow("Settings") << u"settings"_s << false << u"settings"_s;
    QTest::newRow("a message box: no page") << u"message"_s << true << u"index"_s;
}

// F1 in the window with the focus opens its page, over it, even while the window is modal;
// the guide can then be used (it is not blocked by that modal window).
void tst_Guide::f1OpensThePageOfTheActiveWindow()
{
    QFETCH(QString, window);
    QFETCH(bool, modal);
    QFETCH(QString, page);
    auto db = m_dbs.fresh(u"sqlite"_s);
    const Family family = seedFamily(*db);
    const QDate today = core::LedgerCalendar(*db).today();
    ui::MainWindow desk(std::move(db), clerk);
    QVERIFY(showActive(desk));
    const core::Database &database = desk.database();

    std::unique_ptr<QDialog> dialog;
    if (window == u"payment")
        dialog = std::make_unique<ui::PostPaymentDialog>(database, clerk, family.id, family.ana, &desk);
    else if (window == u"aging")
        dialog = std::make_unique<ui::AgingDialog>(database, clerk, today, &desk);
    else if (window == u"settings")
        dialog = std::make_unique<ui::SettingsDialog>(database, clerk, &desk);
    else if (window == u"message")
        dialog = std::make_unique<QMessageBox>(
                QMessageBox::Information, u"PayDesk"_s, u"Saved."_s, QMessageBox::Ok, &desk);
    QWidget *shown = dialog ? static_cast<QWidget *>(dialog.get()) : &desk;

    QPointer<ui::UserGuide> guide;
    QString opened;
    bool guideUsable = false;
    const auto pressF1 = [&] {
        QWidget *focus = shown->focusWidget();
        QTest::keyClick(focus ? focus : shown, Qt::Key_F1);
        guide = shown->findChild<ui::UserGuide *>();
        if (guide) {
            opened = pageName(guide->browser()->source());
            guideUsable = !QApplication::activeModalWidget() || QTest::qWaitForWindowActive(guide.data());
            guide->close();
        }
    };
    if (modal) {
        QPointer<QTimer> answering = whenModal<QDialog>([&](QDialog *open) {
            pressF1();
            open->reject();
        });
        dialog->exec();
        delete answering;
    } else {
        if (dialog)
            QVERIFY(showActive(*dialog));
        pressF1();
    }
    QCOMPARE(opened, page);
    QVERIFY2(guideUsable, "the guide takes the focus over the window");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY2(!guide, "a closed guide deletes itself");
}

void tst_Guide::helpMenuOpensTheContents()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    ui::MainWindow desk(std::move(db), clerk);
    QVERIFY(showActive(desk));
    QAction *userGuide = nullptr;
    for (QAction *menu : desk.menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (item->shortcut() == QKeySequence(Qt::Key_F1))
                userGuide = item;
        }
    }
    QVERIFY(userGuide);
    userGuide->trigger();
    auto *guide = desk.findChild<ui::UserGuide *>();
    QVERIFY(guide);
    QCOMPARE(pageName(guide->browser()->source()), u"index"_s);
    guide->close();
}

void tst_Guide::followsTheDeskLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("English") << u"en"_s << u"Post a payment"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Registrar un pago"_s;
}

void tst_Guide::followsTheDeskLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const test::UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    ui::UserGuide guide;
    guide.showPage(u"post-payment"_s);
    QCOMPARE(guide.browser()->source(), QUrl(u"qrc:/guide/%1/post-payment.html"_s.arg(language)));
    QCOMPARE(guide.browser()->documentTitle(), title);
    QVERIFY(!guide.browser()->toPlainText().isEmpty());

    // With PAYDESK_SCREENSHOT_DIR set, the guide as the clerk sees it, for the README.
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        // Qt's own buttons (Close) in the language too, as the desk's main() installs them.
        QTranslator qtbase;
        if (qtbase.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtbase);
        QVERIFY(showActive(guide));
        QVERIFY(guide.grab().save(u"%1/user-guide-%2.png"_s.arg(folder, language)));
    }
}

// Tab reaches each link of the page, Enter follows it; Alt+Left, Alt+Right and Alt+Home go
// back, forward and to the contents; Tab reaches the buttons too.
void tst_Guide::keyboardOnly()
{
    ui::UserGuide guide;
    guide.showPage(u"post-payment"_s);
    QVERIFY(showActive(guide));
    QTextBrowser *browser = guide.browser();
    QCOMPARE(QApplication::focusWidget(), browser);

    QTest::keyClick(browser, Qt::Key_Tab); // the first link of the page
    QVERIFY(browser->textCursor().hasSelection());
    const QString link = browser->textCursor().charFormat().anchorHref();
    QVERIFY(!link.isEmpty());
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(browser->source().fileName(), link);

    QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(pageName(browser->source()), u"post-payment"_s);
    QTest::keyClick(browser, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(browser->source().fileName(), link);
    QTest::keyClick(browser, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(pageName(browser->source()), u"index"_s);
    QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier); // Back and Forward both possible now

    QStringList reached;
    for (int i = 0; i < 200 && reached.size() < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
            button && !reached.contains(button->text()))
            reached << button->text();
    }
    QCOMPARE(reached, (QStringList{u"Back"_s, u"Forward"_s, u"Contents"_s, u"Close"_s}));
}

QTEST_MAIN(tst_Guide)
#include "tst_guide.moc"
