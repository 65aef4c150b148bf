#pragma once

#include <QDialog>

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ListTableView;
class MigrationLogModel;

// A migration's log (core::MigrationStore::log), opened from the quick view: each step with
// its time in the practice's time zone, the families and rows it covered, and its message.
class MigrationLogDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws core::Refusal for an unknown migration.
    MigrationLogDialog(const core::Database &db, const QString &user, qint64 migrationId, QWidget *parent = nullptr);

    MigrationLogModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }

private:
    MigrationLogModel *m_model;
    ListTableView *m_view;
};

} // namespace paydesk::ui
