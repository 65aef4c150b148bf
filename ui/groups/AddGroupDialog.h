#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class ErrorLabel;

// Tools > Practice Groups > Add Group…: a name and the ledger the group keeps (tracked by
// default, as `group add`). core::PracticeGroups::add checks and writes it; its refusal is
// said under the name, the one field it can be about, and the dialog stays open.
class AddGroupDialog : public QDialog
{
    Q_OBJECT

public:
    AddGroupDialog(const core::Database &db, const QString &user, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *ledgerCombo() const { return m_ledger; }
    // The new group's id once accepted; 0 before.
    qint64 groupId() const { return m_groupId; }

public Q_SLOTS:
    void add();

private:
    const core::Database &m_db;
    QString m_user;
    qint64 m_groupId = 0;
    QLineEdit *m_name;
    QComboBox *m_ledger;
    ErrorLabel *m_nameMessage;
};

} // namespace paydesk::ui
