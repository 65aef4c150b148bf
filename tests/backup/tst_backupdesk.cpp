// File > Back up now… and File > Restore… on the real desk (offscreen), driven from the menu
// and the keyboard, on both databases.

#include "../dialogs/DialogHelpers.h"

#include "MainWindow.h"
#include "TestDatabases.h"
#include "WindowAction.h"
#include "backup/AuditMark.h"
#include "backup/DatabaseBackup.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "users/ActionGate.h"
#include "users/UserDirectory.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;
using namespace paydesk::test::dialogs;
using namespace Qt::StringLiterals;

namespace {

const QString boss = u"boss"_s;

// Writes `path` whole in the file dialog's name field and accepts it, as its Save or Open
// button does. Not selectFile(): the dialog reads a directory in the background, and until it
// has, the selection it makes from a path in another folder may be empty. Not typed key by
// key either: the field's completer opens a list that takes the Enter.
void chooseFile(QFileDialog *dialog, const QString &path)
{
    dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->setText(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, which checks the name
}

} // namespace

class tst_BackupDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestSettings(m_settings, u"tst_backupdesk"_s); }
    void backUpNowWritesTheFile_data() { TestDatabases::addBackendTable(); }
    void backUpNowWritesTheFile();
    void restoreAsksThenReopens_data() { TestDatabases::addBackendTable(); }
    void restoreAsksThenReopens();
    void onlyTheAdministratorSeesThem_data() { TestDatabases::addBackendTable(); }
    void onlyTheAdministratorSeesThem();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void tst_BackupDesk::backUpNowWritesTheFile()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    const QString file = m_dir.filePath(u"desk-%1.backup"_s.arg(backend));
    ui::MainWindow window(std::move(db), boss);
    QVERIFY(showActive(window));
    QString offered;
    const QPointer<QTimer> answer = whenModal<QFileDialog>([&](QFileDialog *dialog) {
        offered = dialog->selectedFiles().value(0);
        chooseFile(dialog, file);
    });
    action(window, u"backUp"_s)->trigger();
    delete answer;
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY2(offered.contains(u"paydesk-"_s), qPrintable(offered));
    const core::RestorePreview written = core::DatabaseBackup(window.database(), boss).preview(file);
    QCOMPARE(written.contents.last, core::AuditMark::last(window.database()));
}

void tst_BackupDesk::restoreAsksThenReopens()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seedFamily(*db);
    core::PracticeSettings(*db).set(boss, u"practice.name"_s, u"Before"_s);
    const QString file = m_dir.filePath(u"restore-%1.backup"_s.arg(backend));
    core::DatabaseBackup(*db, boss).backUp(file);
    core::PracticeSettings(*db).set(boss, u"practice.name"_s, u"After"_s);

    ui::MainWindow window(std::move(db), boss);
    QVERIFY(showActive(window));
    const core::Database *opened = &window.database();
    QString question, informative, button, chosen;
    QPointer<QTimer> confirm;
    const QPointer<QTimer> answer = whenModal<QFileDialog>([&](QFileDialog *dialog) {
        confirm = whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            informative = box->informativeText();
            QPushButton *go = nullptr;
            for (QAbstractButton *candidate : box->buttons()) {
                button += candidate->text() + u'|';
                if (candidate->text() == u"Restore anyway"_s)
                    go = qobject_cast<QPushButton *>(candidate);
            }
            if (!go) {
                box->reject();
                return;
            }
            QTest::mouseClick(go, Qt::LeftButton);
        });
        chosen = dialog->directory().path();
        chooseFile(dialog, file);
        chosen += u" -> "_s + dialog->selectedFiles().join(u',');
    });
    action(window, u"restoreBackup"_s)->trigger();
    delete answer;
    delete confirm;

    QVERIFY2(button.contains(u"Restore anyway|"_s),
             qPrintable(button + u' ' + question + u' ' + chosen + u' ' + window.statusBar()->currentMessage()));
    QVERIFY2(question.contains(window.database().spec().displayName()), qPrintable(question));
    QVERIFY2(question.contains(QFileInfo(file).absoluteFilePath()), qPrintable(question));
    QVERIFY2(question.contains(u"is lost"_s), qPrintable(question));
    QVERIFY2(informative.contains(u"changed later"_s), qPrintable(informative));
    QVERIFY(&window.database() != opened); // opened again
    QCOMPARE(core::PracticeSettings(window.database()).value(u"practice.name"_s), u"Before"_s);
}

void tst_BackupDesk::onlyTheAdministratorSeesThem()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    core::UserDirectory users(*db);
    users.add(boss, boss, core::Role::Administrator, u"boss-password-1"_s);
    users.add(boss, u"clerk"_s, core::Role::FrontDesk, u"clerk-password-1"_s);
    ui::MainWindow window(std::move(db), u"clerk"_s);
    QVERIFY(showActive(window));
    for (const QString &name : {u"backUp"_s, u"restoreBackup"_s}) {
        QAction *gated = action(window, name);
        QVERIFY(!gated->isEnabled());
        QCOMPARE(gated->toolTip(), ui::ActionGate::needsRole(core::Permissions::Action::BackUpDatabase));
    }
    QCOMPARE(ui::ActionGate::needsRole(core::Permissions::Action::BackUpDatabase), u"Needs the administrator role"_s);
}

int main(int argc, char *argv[])
{
    const SmallScreen screen;
    QApplication app(argc, argv);
    tst_BackupDesk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_backupdesk.moc"
