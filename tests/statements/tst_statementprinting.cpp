// The desk's statement printing (ui/billing/StatementPrinting, what the Billing menu calls):
// a refusal comes in a message box before any file dialog; otherwise the clerk names the
// PDF in the desk's file dialog and it opens in the viewer. Printing writes nothing.

#include "DialogHelpers.h"
#include "StatementFixture.h"
#include "TestDatabases.h"

#include "billing/StatementPrinting.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace paydesk::test::statements;
using paydesk::test::dialogs::whenModal;
using paydesk::ui::StatementPrinting;

// Stands in for the desktop's PDF viewer: QDesktopServices hands it the file URLs it opens.
class Viewer : public QObject
{
    Q_OBJECT

public:
    QStringList opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url.toLocalFile(); }
};

class tst_StatementPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void printDayAsksForTheFile();
    void printFamilyAsksForTheFile();
    void noStatementThatDayIsSaidBeforeAnyFileDialog();

private:
    // Runs `print`, answering the file dialog with `path`; returns the dialog's title.
    QString printTo(const QString &path, const std::function<void()> &print);

    paydesk::test::TestDatabases m_dbs;
    Viewer m_viewer;
    QTemporaryDir m_dir;
};

void tst_StatementPrinting::initTestCase()
{
    QDesktopServices::setUrlHandler(u"file"_s, &m_viewer, "open");
}

void tst_StatementPrinting::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

QString tst_StatementPrinting::printTo(const QString &path, const std::function<void()> &print)
{
    QString title;
    QPointer<QTimer> answer = whenModal<QFileDialog>([&](QFileDialog *dialog) {
        title = dialog->windowTitle();
        // Typed as a whole: keystrokes would open the name completer, which takes the Enter.
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // protected in QFileDialog
    });
    print();
    delete answer;
    return title;
}

void tst_StatementPrinting::printDayAsksForTheFile()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    practice(*db);
    const qint64 statements = count(*db, u"statements"_s);
    const QString path = m_dir.filePath(u"day.pdf"_s);
    QWidget window;

    const QString title = printTo(path, [&] { StatementPrinting::printDay(&window, *db, clerk, QDate(2026, 1, 31)); });
    QVERIFY(title.startsWith(u"Save Statements of "_s));
    QCOMPARE(pdfPages(path), 2);
    QCOMPARE(m_viewer.opened.value(m_viewer.opened.size() - 1), path);
    QCOMPARE(count(*db, u"statements"_s), statements);
}

void tst_StatementPrinting::printFamilyAsksForTheFile()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    const Practice p = practice(*db);
    const QString path = m_dir.filePath(u"rivera.pdf"_s);
    QWidget window;

    const QString title = printTo(path, [&] { StatementPrinting::printFamily(&window, *db, clerk, p.rivera.id); });
    QCOMPARE(title, u"Save Statement for account %1"_s.arg(p.rivera.id));
    QCOMPARE(pdfPages(path), 1);
}

void tst_StatementPrinting::noStatementThatDayIsSaidBeforeAnyFileDialog()
{
    const auto db = m_dbs.fresh(u"sqlite"_s);
    practice(*db);
    QWidget window;
    QString said;
    QPointer<QTimer> answer = whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    StatementPrinting::printDay(&window, *db, clerk, QDate(2026, 3, 1));
    delete answer;
    QCOMPARE(said, u"No statements were sent on 2026-03-01."_s);
}

QTEST_MAIN(tst_StatementPrinting)
#include "tst_statementprinting.moc"
