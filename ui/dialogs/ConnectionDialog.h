#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace paydesk::ui {

class ErrorLabel;

// Where PayDesk's data lives: a SQLite file (chosen or created with Browse) or a PostgreSQL
// server whose fields compose postgresql://user:password@host:port/database?service=NAME;
// the password, port and service may be left out (libpq's ~/.pgpass, its default port, no
// service). OK checks the text with core::ConnectionSpec::parse and shows its refusal in
// the dialog.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // A SQLite path or a PostgreSQL URL (with the password, percent-encoded).
    QString connectionText() const;
    // The PostgreSQL password field, for the keychain; empty for a SQLite file.
    QString typedPassword() const;
    // Fills the fields from a previous connectionText().
    void setConnectionText(const QString &text);

    void accept() override;

private:
    void browse();
    void updatePreview();

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_database;
    QLineEdit *m_service;
    QLabel *m_preview;
    ErrorLabel *m_errors;
};

} // namespace paydesk::ui
