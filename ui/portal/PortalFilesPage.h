#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class PortalFilesModel;

// The Online payments page's files processed (`portal files` on the desk): each report file
// read, newest first, when and by whom, and its counts. A file whose SHA-256 is listed here
// is skipped whole by the next fetch.
class PortalFilesPage : public QWidget
{
    Q_OBJECT

public:
    PortalFilesPage(const core::Database &db, QWidget *parent = nullptr);

    PortalFilesModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }

    void load();

private:
    const core::Database &m_db;
    PortalFilesModel *m_model;
    ListTableView *m_view;
    QLabel *m_count;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
