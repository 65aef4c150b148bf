#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;
class ListTableView;
class UsersModel;

// Tools > Users, an administrator's page: the users (name, role, active, last sign-in) and
// what can be done to the one selected: Add, Change role, Reset password, Disable, Enable.
// Every change goes through core::UserDirectory; its refusals (the last active
// administrator, a name in use) are said under the list, and the list is read again after
// each change.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(const core::Database &db, const QString &actor, QWidget *parent = nullptr);

    ListTableView *list() const { return m_list; }
    UsersModel *model() const { return m_model; }
    QString errors() const;

    // Each acts on the user selected.
    void addUser();
    void changeRole();
    void resetPassword();
    void setActive(bool active);

private:
    // The selected user's name, empty for none.
    QString selectedName() const;
    void reloadSelecting(const QString &name);
    void updateButtons();

    const core::Database &m_db;
    QString m_actor;
    UsersModel *m_model;
    ListTableView *m_list;
    ErrorLabel *m_errors;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_password;
    QPushButton *m_disable;
    QPushButton *m_enable;
};

} // namespace paydesk::ui
