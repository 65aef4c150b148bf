// Backup and restore (core::DatabaseBackup), the daily run's rotating backup, and their CLI
// commands, on a real SQLite file and a real PostgreSQL database.

#include "CliRun.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "backup/AuditMark.h"
#include "backup/DatabaseBackup.h"
#include "backup/RotatingBackup.h"
#include "backup/SqliteBackup.h"
#include "billing/BillingAccountReader.h"
#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "settings/PracticeSettings.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "users/UserDirectory.h"
#include "util/Errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString admin = u"admin"_s;

// What a restore must bring back: the rows and cents of the ledger's tables, and the settings.
QString fingerprint(const core::Database &db)
{
    QStringList parts;
    for (const QString &table : {u"families"_s, u"patients"_s, u"charges"_s, u"payments"_s, u"allocations"_s}) {
        core::SqlQuery q = db.query();
        const bool money = table != u"families"_s && table != u"patients"_s;
        q.prepare(money ? u"SELECT COUNT(*), CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM %1"_s.arg(table)
                        : u"SELECT COUNT(*), 0 FROM %1"_s.arg(table))
                .exec();
        q.next();
        parts.append(u"%1 %2/%3"_s.arg(table).arg(q.id(0)).arg(q.id(1)));
    }
    core::SqlQuery settings = db.query();
    settings.prepare(u"SELECT key, value FROM settings ORDER BY key"_s).exec();
    while (settings.next())
        parts.append(settings.text(0) + u'=' + settings.text(1));
    return parts.join(u"; "_s);
}

// A small practice, and an audited change so that it has a last audit entry.
void seed(const core::Database &db, int families = 20)
{
    core::DemoPractice::add(db, admin, families, 7, core::LedgerCalendar(db).today());
    core::PracticeSettings(db).set(admin, u"practice.name"_s, u"Before"_s);
}

QString cliDb(const core::Database &db)
{
    return db.isPostgres() ? TestDatabases::url(db.spec()) : db.spec().path();
}

QString backupName(const core::Database &db)
{
    return db.isPostgres() ? u"paydesk.dump"_s : u"paydesk.sqlite"_s;
}

qint64 auditRows(const core::Database &db, const QString &action)
{
    core::SqlQuery q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = :a AND entity = 'database'"_s).bind(u":a"_s, action).exec();
    q.next();
    return q.id(0);
}

// Neither the group nor others may read, write or enter it.
bool ownerOnly(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    const QFileInfo info(path);
    return info.exists() && (info.permissions() & others) == 0 && (info.permissions() & QFile::ReadOwner);
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripRestoresTheRows_data() { TestDatabases::addBackendTable(); }
    void roundTripRestoresTheRows();
    void backupIsPrivateAndWhole_data() { TestDatabases::addBackendTable(); }
    void backupIsPrivateAndWhole();
    void restoreRefusedWhenLiveIsNewer_data() { TestDatabases::addBackendTable(); }
    void restoreRefusedWhenLiveIsNewer();
    void notABackupIsRefused_data();
    void notABackupIsRefused();
    void frontDeskMayNotBackUp_data() { TestDatabases::addBackendTable(); }
    void frontDeskMayNotBackUp();
    void missingPgDumpIsNamed();
    void backupSeesOneSnapshotWhileAnotherConnectionWrites();
    void backupOntoTheDatabaseIsRefused();
    void rotationKeepsTheNewestOwnFiles();
    void rotationFolderDefaultsBesideTheDatabase();
    void rotationFolderOpenToTheDatabaseFolderGroup_data();
    void rotationFolderOpenToTheDatabaseFolderGroup();
    void markLaterByTimeOrById_data();
    void markLaterByTimeOrById();
    void runDailyPrintsItsBackup_data() { TestDatabases::addBackendTable(); }
    void runDailyPrintsItsBackup();
    void failedBackupStopsTheRun();
    void cliBackupAndRestore_data() { TestDatabases::addBackendTable(); }
    void cliBackupAndRestore();

private:
    TestDatabases m_dbs;
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fileIn(const QString &name) { return m_dir.filePath(u"%1-%2"_s.arg(++m_counter).arg(name)); }
};

void tst_Backup::roundTripRestoresTheRows()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db);
    const QString before = fingerprint(*db);
    const QString file = fileIn(backupName(*db));
    const core::BackupReport backup = core::DatabaseBackup(*db, admin).backUp(file);
    QCOMPARE(backup.file, QFileInfo(file).absoluteFilePath());
    QCOMPARE(backup.last, core::AuditMark::last(*db)); // the backup's own row is not a change
    QCOMPARE(auditRows(*db, u"backup"_s), 1);

    // Work after the backup, then the restore that throws it away (forced: it is later).
    core::DemoPractice::add(*db, admin, 5, 8, core::LedgerCalendar(*db).today());
    core::PracticeSettings(*db).set(admin, u"practice.name"_s, u"After"_s);
    QVERIFY(fingerprint(*db) != before);
    const core::RestoreReport restored = core::DatabaseBackup(*db, admin).restore(file, true);

    const core::Database reopened(db->spec());
    QCOMPARE(fingerprint(reopened), before);
    QCOMPARE(fingerprint(*db), before); // the connection that restored sees it too
    QCOMPARE(restored.errors(), 0);
    QCOMPARE(restored.backupLast, backup.last);
    QVERIFY(restored.replacedLast.isLaterThan(backup.last));
    QCOMPARE(auditRows(reopened, u"restore"_s), 1);
    QCOMPARE(core::PracticeSettings(reopened).value(u"practice.name"_s), u"Before"_s);
}

void tst_Backup::backupIsPrivateAndWhole()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db, 3);
    // An older file of that name, readable by all, is replaced by a private one.
    const QString file = fileIn(backupName(*db));
    QFile older(file);
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("old");
    older.close();
    QVERIFY(older.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

    core::DatabaseBackup(*db, admin).backUp(file);
    QVERIFY(ownerOnly(file));
    QVERIFY(QFileInfo(file).size() > 3);
    // Nothing of the temporary file is left beside it.
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList({QFileInfo(file).fileName() + u".part*"_s}), QStringList());
    if (!db->isPostgres()) {
        // One self-contained file: no -wal beside it.
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }
}

void tst_Backup::restoreRefusedWhenLiveIsNewer()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db, 3);
    const QString file = fileIn(backupName(*db));
    const core::BackupReport backup = core::DatabaseBackup(*db, admin).backUp(file);

    // Right after the backup nothing would be lost: the restore needs no force.
    core::DatabaseBackup(*db, admin).restore(file, false);

    core::PracticeSettings(*db).set(admin, u"practice.name"_s, u"Later"_s);
    const core::AuditMark live = core::AuditMark::last(*db);
    const QString refusal = refusalOf([&] { core::DatabaseBackup(*db, admin).restore(file, false); });
    QVERIFY2(refusal.contains(live.text()), qPrintable(refusal));
    QVERIFY2(refusal.contains(backup.last.text()), qPrintable(refusal));
    QCOMPARE(core::PracticeSettings(*db).value(u"practice.name"_s), u"Later"_s);
    QVERIFY(core::DatabaseBackup(*db, admin).preview(file).losesWork());

    core::DatabaseBackup(*db, admin).restore(file, true);
    QCOMPARE(core::PracticeSettings(core::Database(db->spec())).value(u"practice.name"_s), u"Before"_s);
}

void tst_Backup::notABackupIsRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("content");
    for (const QString &backend : TestDatabases::backends()) {
        const QByteArray tag = backend.toLatin1();
        QTest::addRow("text/%s", tag.constData()) << backend << u"text"_s;
        QTest::addRow("other-sqlite/%s", tag.constData()) << backend << u"other-sqlite"_s;
        // A real PayDesk backup, of the other kind of database than the live one.
        if (backend == u"postgresql"_s)
            QTest::addRow("paydesk-sqlite/%s", tag.constData()) << backend << u"paydesk-sqlite"_s;
    }
}

void tst_Backup::notABackupIsRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, content);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db, 3);
    const QString before = fingerprint(*db);
    QString file = fileIn(u"not-a-backup"_s);
    if (content == u"text"_s) {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("family,patient\n1,Ana\n");
    } else if (content == u"other-sqlite"_s) {
        const core::Database other(core::ConnectionSpec::parse(file), core::Database::SchemaPolicy::Leave);
        other.execute(u"CREATE TABLE notes (line TEXT)"_s);
    } else {
        auto sqlite = m_dbs.fresh(u"sqlite"_s);
        seed(*sqlite, 2);
        core::DatabaseBackup(*sqlite, admin).backUp(file);
    }
    const QString refusal = refusalOf([&] { core::DatabaseBackup(*db, admin).restore(file, true); });
    QVERIFY2(refusal.contains(u"is not a PayDesk backup"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(QFileInfo(file).absoluteFilePath()), qPrintable(refusal));
    QCOMPARE(fingerprint(*db), before);
    QCOMPARE(auditRows(*db, u"restore"_s), 0);
}

void tst_Backup::frontDeskMayNotBackUp()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db, 2);
    const QString file = fileIn(backupName(*db));
    core::DatabaseBackup(*db, admin).backUp(file); // before the database is secured
    core::UserDirectory users(*db);
    users.add(admin, admin, core::Role::Administrator, u"secret-admin-1"_s);
    users.add(admin, u"clerk"_s, core::Role::FrontDesk, u"secret-clerk-1"_s);
    users.add(admin, u"manager"_s, core::Role::BillingManager, u"secret-manager-1"_s);

    for (const QString &user : {u"clerk"_s, u"manager"_s}) {
        const QString other = fileIn(backupName(*db));
        const QString refused = refusalOf([&] { core::DatabaseBackup(*db, user).backUp(other); });
        QVERIFY2(refused.contains(u"administrator"_s), qPrintable(refused));
        QVERIFY(!QFile::exists(other));
        const QString restore = refusalOf([&] { core::DatabaseBackup(*db, user).restore(file, true); });
        QVERIFY2(restore.contains(u"administrator"_s), qPrintable(restore));
    }
    core::SqlQuery q = db->query();
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND after_data LIKE '%back-up-database%'"_s)
            .exec();
    q.next();
    QCOMPARE(q.id(0), 4);
    QCOMPARE(auditRows(*db, u"restore"_s), 0);
}

void tst_Backup::missingPgDumpIsNamed()
{
    PAYDESK_REQUIRE_BACKEND(u"postgresql"_s);
    auto db = m_dbs.fresh(u"postgresql"_s);
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    const QString file = fileIn(u"paydesk.dump"_s);
    const QString refusal = refusalOf([&] { core::DatabaseBackup(*db, admin).backUp(file); });
    QFile other(fileIn(u"other.dump"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    const QString restore = refusalOf([&] { core::DatabaseBackup(*db, admin).restore(other.fileName(), true); });
    qputenv("PATH", path);
    QCOMPARE(refusal, u"pg_dump is not installed: install postgresql-client."_s);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(file).fileName() + u"*"_s}), QStringList());
    QCOMPARE(restore, u"pg_restore is not installed: install postgresql-client."_s);
}

// Desks post while the copy runs: the copy is one snapshot, whole and consistent, holding
// exactly the postings up to its audit mark.
void tst_Backup::backupSeesOneSnapshotWhileAnotherConnectionWrites()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    seed(*db, 1500); // several steps of the copy
    std::atomic<bool> done = false;
    std::atomic<int> written = 0;
    std::thread desk([&] {
        const core::Database other(db->spec());
        while (!done) {
            core::PracticeSettings(other).set(u"desk"_s, u"practice.phone"_s, QString::number(written + 1));
            ++written;
        }
    });
    const QString file = fileIn(u"busy.sqlite"_s);
    core::BackupReport report;
    const QString refusal = refusalOf([&] { report = core::DatabaseBackup(*db, admin).backUp(file); });
    const int duringOrBefore = written;
    done = true;
    desk.join();
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QVERIFY(written > 0);

    const core::Database copy(core::ConnectionSpec::parse(file), core::Database::SchemaPolicy::Leave);
    core::SqlQuery check = copy.query();
    check.prepare(u"PRAGMA integrity_check"_s).exec();
    QVERIFY(check.next());
    QCOMPARE(check.text(0), u"ok"_s);
    // The phone the copy holds is the one its last audit row set.
    QCOMPARE(core::AuditMark::last(copy), report.last);
    core::SqlQuery phone = copy.query();
    phone.prepare(u"SELECT value FROM settings WHERE key = 'practice.phone'"_s).exec();
    const int copied = phone.next() ? phone.text(0).toInt() : 0;
    QVERIFY(copied <= duringOrBefore);
    QCOMPARE(fingerprint(copy).section(u"; "_s, 0, 4), fingerprint(*db).section(u"; "_s, 0, 4));
}

void tst_Backup::backupOntoTheDatabaseIsRefused()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    seed(*db, 2);
    const QString before = fingerprint(*db);
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        const QString refusal = refusalOf([&] { core::DatabaseBackup(*db, admin).backUp(db->spec().path() + suffix); });
        QVERIFY2(refusal.contains(u"is the database itself"_s), qPrintable(refusal));
    }
    QCOMPARE(fingerprint(*db), before);
    const QString missing = refusalOf(
            [&] { core::DatabaseBackup(*db, admin).backUp(m_dir.filePath(u"no/such/x.sqlite"_s)); });
    QVERIFY2(missing.contains(u"does not exist"_s), qPrintable(missing));
}

void tst_Backup::rotationKeepsTheNewestOwnFiles()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    seed(*db, 2);
    QTemporaryDir folder;
    core::PracticeSettings(*db).set(admin, {{u"backup.folder"_s, folder.path()}, {u"backup.keep"_s, u"3"_s}});
    const QStringList others = {u"notes.txt"_s,
                                u"paydesk-2026-01-01.sqlite.bak"_s,
                                u"paydesk-manual.sqlite"_s,
                                u"paydesk-2025-12-30-0815.sqlite"_s,
                                u"clinic-2025-01-01.sqlite"_s};
    QStringList own;
    for (int day = 1; day <= 5; ++day)
        own.append(u"paydesk-2026-01-0%1.sqlite"_s.arg(day));
    for (const QString &name : others + own) {
        QFile file(QDir(folder.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const core::RotationResult result = core::RotatingBackup(*db, admin).run(QDate(2026, 1, 10));
    QVERIFY(result.written);
    QCOMPARE(result.written->file, QDir(folder.path()).filePath(u"paydesk-2026-01-10.sqlite"_s));
    QCOMPARE(result.kept, 3);
    QCOMPARE(result.removed,
             (QStringList{
                     u"paydesk-2026-01-03.sqlite"_s, u"paydesk-2026-01-02.sqlite"_s, u"paydesk-2026-01-01.sqlite"_s}));
    QStringList left = QDir(folder.path()).entryList(QDir::Files);
    QStringList expected = others
                           + QStringList{u"paydesk-2026-01-04.sqlite"_s,
                                         u"paydesk-2026-01-05.sqlite"_s,
                                         u"paydesk-2026-01-10.sqlite"_s};
    left.sort();
    expected.sort();
    QCOMPARE(left, expected);
    QCOMPARE(core::SqliteBackup::read(result.written->file).schemaVersion, core::Schema::currentVersion());
}

void tst_Backup::rotationFolderDefaultsBesideTheDatabase()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    QCOMPARE(core::RotatingBackup::folder(*db), QFileInfo(db->spec().path()).absoluteDir().filePath(u"backups"_s));
    QCOMPARE(core::PracticeSettings(*db).number(u"backup.keep"_s), 14);
    QVERIFY(!core::PracticeSettings(*db).problem(u"backup.keep"_s, u"0"_s).isEmpty());
    QVERIFY(core::PracticeSettings(*db).problem(u"backup.keep"_s, u"1"_s).isEmpty());
    QCOMPARE(core::PracticeSettings::actionFor(u"backup.folder"_s), core::Permissions::Action::ChangePracticeSettings);
}

void tst_Backup::rotationFolderOpenToTheDatabaseFolderGroup_data()
{
    QTest::addColumn<int>("databaseFolderMode");
    QTest::addColumn<int>("backupFolderMode");
    QTest::newRow("private") << 0700 << 0700;
    QTest::newRow("shared with the desks' group") << 0770 << 0770;
    QTest::newRow("others never") << 0777 << 0770;
}

// On a shared installation the job and the desks' group both keep the daily backups: a folder
// made by one of them must not shut the other out.
void tst_Backup::rotationFolderOpenToTheDatabaseFolderGroup()
{
    QFETCH(int, databaseFolderMode);
    QFETCH(int, backupFolderMode);
    QTemporaryDir scratch;
    const QString folder = scratch.filePath(u"practice"_s);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), mode_t(databaseFolderMode)) == 0);
    core::Database db(core::ConnectionSpec::parse(folder + u"/paydesk.sqlite"_s));
    core::RotatingBackup(db, u"daily-run"_s).run(core::LedgerCalendar(db).today());
    struct stat made {};
    QVERIFY(::stat(QFile::encodeName(core::RotatingBackup::folder(db)).constData(), &made) == 0);
    QCOMPARE(int(made.st_mode & 0777), backupFolderMode);
}

void tst_Backup::markLaterByTimeOrById_data()
{
    QTest::addColumn<qint64>("liveId");
    QTest::addColumn<QString>("liveAt");
    QTest::addColumn<bool>("losesWork");
    // The backup's mark: audit #10 at 10:03 (written by a desk whose clock runs 3 minutes fast).
    QTest::newRow("same mark") << qint64(10) << u"2026-03-12T10:03:00.000Z"_s << false;
    QTest::newRow("later entry by a desk on time") << qint64(11) << u"2026-03-12T10:02:00.000Z"_s << true;
    QTest::newRow("later entry, later time") << qint64(11) << u"2026-03-12T10:04:00.000Z"_s << true;
    QTest::newRow("ids again from 1 after a restore") << qint64(3) << u"2026-03-12T11:00:00.000Z"_s << true;
    QTest::newRow("older database") << qint64(9) << u"2026-03-12T10:01:00.000Z"_s << false;
}

void tst_Backup::markLaterByTimeOrById()
{
    QFETCH(qint64, liveId);
    QFETCH(QString, liveAt);
    QFETCH(bool, losesWork);
    const core::AuditMark backup = core::AuditMark::fromStored(10, u"2026-03-12T10:03:00.000Z"_s);
    QCOMPARE(core::AuditMark::fromStored(liveId, liveAt).isLaterThan(backup), losesWork);
}

void tst_Backup::runDailyPrintsItsBackup()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db, 3);
    const QString today = core::LedgerCalendar(*db).today().toString(Qt::ISODate);
    const CliRun text = runCli(cliDb(*db), admin, {u"run-daily"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QString first = text.out.section(u'\n', 0, 0);
    const QString folder = db->isPostgres() ? QString() : core::RotatingBackup::folder(*db);
    if (db->isPostgres()) {
        QVERIFY2(first.startsWith(u"backup: none on PostgreSQL"_s), qPrintable(text.out));
    } else {
        const QString file = QDir(folder).filePath(u"paydesk-%1.sqlite"_s.arg(today));
        QVERIFY2(first.startsWith(u"backup: %1 ("_s.arg(file)), qPrintable(text.out));
        QVERIFY(QFile::exists(file));
        QVERIFY(ownerOnly(file));
        QVERIFY(ownerOnly(folder));
    }
    QVERIFY2(text.out.section(u'\n', 1, 1).startsWith(today), qPrintable(text.out));

    // With --json the first day's object carries it, under the key backup.
    auto second = m_dbs.fresh(backend);
    seed(*second, 3);
    const CliRun json = runCli(cliDb(*second), admin, {u"run-daily"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonArray days = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(days.size(), 1);
    const QJsonObject day = days.first().toObject();
    QCOMPARE(day.value(u"date"_s).toString(), today);
    const QJsonObject backup = day.value(u"backup"_s).toObject();
    if (second->isPostgres()) {
        QCOMPARE(backup, (QJsonObject{{u"skipped"_s, u"postgresql"_s}}));
    } else {
        QCOMPARE(backup.value(u"file"_s).toString(),
                 QDir(core::RotatingBackup::folder(*second)).filePath(u"paydesk-%1.sqlite"_s.arg(today)));
        QCOMPARE(backup.value(u"kept"_s).toInt(), 1);
        QCOMPARE(backup.value(u"removed"_s).toArray(), QJsonArray());
        QVERIFY(backup.value(u"bytes"_s).toInteger() > 0);
        QVERIFY(backup.contains(u"last_audit_id"_s));
    }
}

// A backup that cannot be written stops the daily run before it bills anything, loudly.
void tst_Backup::failedBackupStopsTheRun()
{
    auto db = m_dbs.fresh(u"sqlite"_s);
    seed(*db, 3);
    const QString folder = m_dir.filePath(u"unplugged-disk/backups"_s);
    core::PracticeSettings(*db).set(admin, u"backup.folder"_s, folder);
    const CliRun run = runCli(cliDb(*db), admin, {u"run-daily"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(u"Cannot create the backup folder %1."_s.arg(folder)), qPrintable(run.describe()));
    QVERIFY(!core::BillingAccountReader(*db).lastRunDate().isValid());
    QCOMPARE(auditRows(*db, u"backup"_s), 0);
}

void tst_Backup::cliBackupAndRestore()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    seed(*db, 5);
    const QString before = fingerprint(*db);
    const QString file = fileIn(backupName(*db));
    const CliRun backup = runCli(cliDb(*db), admin, {u"backup"_s, u"--to"_s, file, u"--json"_s});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
    const QJsonObject written = jsonObject(backup.out);
    QCOMPARE(written.value(u"file"_s).toString(), file);
    QVERIFY(written.value(u"bytes"_s).toInteger() > 0);
    QCOMPARE(written.value(u"last_audit_id"_s).toInteger(), core::AuditMark::last(*db).id);
    QVERIFY(!written.value(u"last_audit_at"_s).toString().isEmpty());

    core::PracticeSettings(*db).set(admin, u"practice.name"_s, u"After"_s);
    const CliRun refused = runCli(cliDb(*db), admin, {u"restore"_s, u"--from"_s, file});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"is later than the backup's"_s), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(core::AuditMark::last(*db).text()), qPrintable(refused.describe()));
    QCOMPARE(core::PracticeSettings(*db).value(u"practice.name"_s), u"After"_s);

    const CliRun forced = runCli(cliDb(*db), admin, {u"restore"_s, u"--from"_s, file, u"--force"_s, u"--json"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    const QJsonObject restored = jsonObject(forced.out);
    QCOMPARE(restored.value(u"forced"_s).toBool(), true);
    QCOMPARE(restored.value(u"verify_errors"_s).toInteger(), 0);
    QCOMPARE(restored.value(u"backup_last_audit_id"_s).toInteger(), written.value(u"last_audit_id"_s).toInteger());
    QVERIFY(restored.value(u"issues"_s).isArray());
    QCOMPARE(fingerprint(core::Database(db->spec())), before);

    const CliRun text = runCli(cliDb(*db), admin, {u"restore"_s, u"--from"_s, file});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.startsWith(u"Restored %1 (up to "_s.arg(file)), qPrintable(text.out));
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
