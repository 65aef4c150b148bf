#pragma once

#include <QFileDialog>
#include <QString>

namespace paydesk::ui {

// Every file dialog of the desk. Qt's own dialog, with an icon provider that tells files
// apart by their names alone: the stock one opens each file of the folder to sniff its
// type, and on Linux closing any descriptor of the open SQLite database (or its -wal and
// -shm) drops this process's locks on it, after which another program closing the
// database deletes the write-ahead log the desk is still writing to. A database in the
// folder the clerk saves a CSV to then silently loses every later posting.
namespace FileDialogs {

// Applies the settings above to a dialog the caller runs.
void prepare(QFileDialog &dialog);
// QFileDialog::getSaveFileName with the settings above; empty when cancelled.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                     QFileDialog::Options options = {});
// QFileDialog::getOpenFileName with the settings above: an existing file; empty when cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
// A folder to choose (QFileDialog::getExistingDirectory) with the settings above; empty when
// cancelled.
QString folder(QWidget *parent, const QString &caption, const QString &start);

} // namespace FileDialogs

} // namespace paydesk::ui
