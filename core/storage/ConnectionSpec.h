#pragma once

#include <QString>

#include <optional>

namespace paydesk::core {

// Where the data lives: a SQLite file or a PostgreSQL server, as typed by a person
// ("/path/clinic.sqlite" or "postgresql://user[:password]@host[:port]/dbname").
class ConnectionSpec
{
public:
    enum class Kind { Sqlite, Postgres };

    // Throws Refusal with a message naming the text when it is neither form.
    static ConnectionSpec parse(const QString &text);
    // The file the GUI and the CLI share when no database is named.
    static QString defaultSqlitePath();

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &databaseName() const { return m_databaseName; }

    // For titles and messages: never shows the password.
    QString displayName() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
};

} // namespace paydesk::core
