#include "CliRun.h"
#include "TestDatabases.h"

#include "FileDialogs.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QApplication>
#include <QFileSystemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::core::ConnectionSpec;
using paydesk::core::Database;

// A desk saves CSVs and PDFs wherever the clerk likes, often beside the database. Listing
// that folder must not cost the desk its hold on the SQLite file: if it did, the next
// program to close the database would delete the write-ahead log the desk still writes to,
// and every later posting would vanish from every other desk.
class tst_FileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listingTheDatabaseFolderKeepsPostings();
};

namespace {

qint64 families(const Database &db)
{
    paydesk::core::SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM families"_s).exec();
    return q.next() ? q.id(0) : -1;
}

} // namespace

void tst_FileDialog::listingTheDatabaseFolderKeepsPostings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConnectionSpec spec = ConnectionSpec::parse(dir.filePath(u"desk.sqlite"_s));
    Database desk(spec);
    desk.execute(u"INSERT INTO families (id, created_at) VALUES (1, 'now')"_s);

    // The dialog as the desk shows it, in the view that lists each file's type.
    QFileDialog dialog(nullptr, u"Export CSV"_s, dir.path());
    paydesk::ui::FileDialogs::prepare(dialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(model);
    const QString wal = dir.filePath(u"desk.sqlite-wal"_s);
    // Types are worked out on the model's own thread: wait until the log's is known.
    QVERIFY(QTest::qWaitFor([&] { return !model->type(model->index(wal)).isEmpty(); }, 10'000));
    dialog.close();

    // Another program opens the database and closes it; the desk posts again. (Within one
    // process SQLite keeps its own account of the locks, so it must be another process.)
    const paydesk::test::CliRun other = paydesk::test::runCli(spec.path(), u"clerk"_s, {u"config"_s, u"list"_s});
    QVERIFY2(other.exitCode == 0, qPrintable(other.describe()));
    desk.execute(u"INSERT INTO families (id, created_at) VALUES (2, 'later')"_s);
    QVERIFY2(QFileInfo::exists(wal), "the desk's write-ahead log was deleted under it");
    const Database reader(spec);
    QCOMPARE(families(reader), qint64(2));
}

QTEST_MAIN(tst_FileDialog)
#include "tst_filedialog.moc"
