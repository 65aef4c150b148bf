#pragma once

#include <QString>

#include <optional>

namespace paydesk::core {

// Where the data lives: a SQLite file or a PostgreSQL server, as typed by a person
// ("/path/clinic.sqlite", "postgresql://user[:password]@host[:port]/dbname", or
// "postgresql://?service=NAME" for a section of libpq's pg_service.conf).
//
// The password is never needed in the text: with none, libpq looks in its password file
// (~/.pgpass or PGPASSFILE) and in the service, as psql does.
class ConnectionSpec
{
public:
    enum class Kind { Sqlite, Postgres };

    // Throws Refusal with a message naming the text (its password replaced by ***) when it
    // is neither form. A URL naming a service (?service=, or PGSERVICE in the environment)
    // may leave the host, user and database to it.
    static ConnectionSpec parse(const QString &text);
    // The file the GUI and the CLI share when no database is named.
    static QString defaultSqlitePath();
    // `text` fit for a message: a password in a postgresql:// URL replaced by ***, also
    // when the URL does not parse.
    static QString redacted(const QString &text);

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    // Empty when left to the service or libpq's defaults.
    const QString &host() const { return m_host; }
    // 5432 unless given; hasPort() says whether the text gave one.
    int port() const { return m_port.value_or(5432); }
    bool hasPort() const { return m_port.has_value(); }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &databaseName() const { return m_databaseName; }
    const QString &service() const { return m_service; }

    // A PostgreSQL connection from its parts (a connection window's fields), unchecked:
    // parse(text()) checks it. Empty parts and no port are left to libpq.
    static ConnectionSpec postgres(const QString &host, std::optional<int> port, const QString &user,
                                   const QString &password, const QString &databaseName, const QString &service);
    // The same connection with this password (the connection window's, or the keychain's).
    ConnectionSpec withPassword(const QString &password) const;

    // What parse() reads back as this spec: the path, or the URL with its password
    // (percent-encoded). Only for handing on in memory, never to show or to store.
    QString text() const;
    // For titles, messages and remembered settings: text() without the password.
    QString displayName() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    std::optional<int> m_port;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_service;
};

} // namespace paydesk::core
