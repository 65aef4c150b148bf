#pragma once

#include <QString>

#include <optional>

namespace paydesk::core {

// The shared installation's settings file (/etc/paydesk/paydesk.conf, installed by the
// Debian package): the shared database, and the PayDesk user the scheduled jobs sign in as
// with that user's password file. One `key = value` a line; `#` starts a comment line.
//
//     database = /var/lib/paydesk/paydesk.sqlite
//     user = jobs
//     password_file = /etc/paydesk/jobs.password
//
// Every key is optional; an unknown key, a key given twice, an empty value or a line that
// is not `key = value` is refused with a message naming the file, the line and the key.
class SiteConfig
{
public:
    // $PAYDESK_CONFIG when set (tests point it elsewhere), else /etc/paydesk/paydesk.conf.
    static QString defaultPath();
    // Throws Refusal, one message per problem, when the file cannot be read or a line is wrong.
    static SiteConfig read(const QString &path);
    // The database the default file names, when the file exists and names one: the database
    // programs open when none is given. Throws Refusal when the file is wrong.
    static std::optional<QString> defaultDatabase();

    // Empty when the file does not name it.
    const QString &database() const { return m_database; }
    const QString &user() const { return m_user; }
    const QString &passwordFile() const { return m_passwordFile; }

private:
    QString m_database;
    QString m_user;
    QString m_passwordFile;
};

} // namespace paydesk::core
