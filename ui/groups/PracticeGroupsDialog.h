#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
struct PracticeGroup;
} // namespace paydesk::core

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class PracticeGroupsModel;

// Tools > Practice Groups: every group with its ledger, families and Patient Payment status
// (PracticeGroupsModel). Add Group… is the billing manager's; Migrate… the administrator's,
// for a legacy group with no live migration (again after Error): it shows the reference's two
// warnings in PayDesk's words, Cancel the default, and only OK queues the migration
// (core::MigrationStore::queue). What is not allowed is greyed out, saying who may or why;
// a refusal of the core is said under the list.
class PracticeGroupsDialog : public QDialog
{
    Q_OBJECT

public:
    PracticeGroupsDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    PracticeGroupsModel *model() const { return m_model; }
    ListTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *migrateButton() const { return m_migrate; }
    // Whether a group was added or queued here.
    bool changed() const { return m_changed; }

    // Reads the groups again, keeping the one chosen.
    void load();

public Q_SLOTS:
    void addGroup();
    void migrate();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    const core::Database &m_db;
    QString m_user;
    bool m_loaded = false;
    bool m_changed = false;
    bool m_mayMigrate = false;
    PracticeGroupsModel *m_model;
    ListTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_migrate;
    QLabel *m_hint;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
