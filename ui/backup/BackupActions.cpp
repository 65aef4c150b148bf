#include "backup/BackupActions.h"

#include "FileDialogs.h"
#include "backup/DatabaseBackup.h"
#include "backup/RotatingBackup.h"
#include "dialogs/ErrorLabel.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace paydesk::ui {

namespace {

// A wait cursor while a whole database is copied.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

BackupActions::BackupActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_backUp(new QAction(tr("&Back up now…"), this))
    , m_restore(new QAction(tr("Res&tore from backup…"), this))
{
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
}

void BackupActions::setSession(const core::Database *db, const QString &user)
{
    m_db = db;
    m_user = user;
}

QString BackupActions::suggestedFile() const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    if (m_db->isPostgres())
        return QDir::home().filePath(QStringLiteral("paydesk-%1.dump").arg(stamp));
    QString folder;
    ErrorLabel::refusalOf([&] { folder = core::RotatingBackup::folder(*m_db); });
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QFileInfo(m_db->spec().path()).absolutePath();
    return QDir(folder).filePath(QStringLiteral("paydesk-%1.sqlite").arg(stamp));
}

void BackupActions::backUp()
{
    const QString file = FileDialogs::saveFileName(m_window,
                                                   tr("Back up the database"),
                                                   suggestedFile(),
                                                   m_db->isPostgres() ? tr("pg_dump archives (*.dump)")
                                                                      : tr("SQLite databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    core::BackupReport report;
    const QString refusal = ErrorLabel::refusalOf([&] {
        const BusyCursor busy;
        report = core::DatabaseBackup(*m_db, m_user).backUp(file);
    });
    if (!refusal.isEmpty()) {
        QMessageBox::warning(m_window, tr("Back up"), refusal);
        return;
    }
    Q_EMIT notice(report.line());
}

void BackupActions::restore()
{
    const QString start = QFileInfo(suggestedFile()).absolutePath();
    const QString file = FileDialogs::openFileName(m_window,
                                                   tr("Restore the database from a backup"),
                                                   start,
                                                   m_db->isPostgres()
                                                           ? tr("pg_dump archives (*.dump);;All files (*)")
                                                           : tr("SQLite databases (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    const core::DatabaseBackup service(*m_db, m_user);
    core::RestorePreview preview;
    if (const QString refusal = ErrorLabel::refusalOf([&] { preview = service.preview(file); }); !refusal.isEmpty()) {
        QMessageBox::warning(m_window, tr("Restore"), refusal);
        return;
    }
    QMessageBox confirm(QMessageBox::Warning,
                        tr("Restore"),
                        tr("Replace the database %1 by the backup %2?\n\nThe backup holds the database up to %3. "
                           "Everything recorded after that is lost, on every desk.")
                                .arg(m_db->spec().displayName(), preview.file, preview.contents.last.text()),
                        QMessageBox::Cancel,
                        m_window);
    // Work done since the backup is the one loss the clerk may not expect: it gets its own
    // button, the --force of paydesk-cli restore.
    QPushButton *go = preview.losesWork() ? confirm.addButton(tr("Restore anyway"), QMessageBox::DestructiveRole)
                                          : confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    if (preview.losesWork())
        confirm.setInformativeText(
                tr("The database was changed later, at %1: that work is lost too.").arg(preview.live.text()));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return;
    core::RestoreReport report;
    const QString refusal = ErrorLabel::refusalOf([&] {
        const BusyCursor busy;
        report = service.restore(file, preview.losesWork());
    });
    if (!refusal.isEmpty()) {
        QMessageBox::warning(m_window, tr("Restore"), refusal);
        return;
    }
    if (report.errors() > 0)
        QMessageBox::warning(m_window, tr("Restore"), report.line());
    Q_EMIT restored(report.line());
}

} // namespace paydesk::ui
