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
class PasswordFields;

// Users > Add: a new user's name, role and (optionally, while the database is open) its
// password typed twice. What core would refuse is said beside the field: the name's
// problems (UserDirectory::nameProblems), the password's; a name in use or a permission
// refusal under the form. Giving an administrator a password secures the database.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(const core::Database &db, const QString &actor, QWidget *parent = nullptr);

    // The roles in their order (Role's values), in the user's language.
    static QStringList roleNames();

    QString addedName() const { return m_added; }
    void accept() override;

private:
    const core::Database &m_db;
    QString m_actor;
    QString m_added;
    QLineEdit *m_name;
    QComboBox *m_role;
    PasswordFields *m_password;
    ErrorLabel *m_nameMessage;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
