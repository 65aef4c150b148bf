#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

class PasswordKeychain;

// Opens the database a person named, a SQLite file or a postgresql:// URL, and asks again
// through the connection dialog when it cannot be opened. A PostgreSQL URL without a
// password takes the one the keychain holds for it, if any; else libpq looks in its own
// places (~/.pgpass, PGPASSFILE, the service). A password typed in the dialog that
// opened the database goes into the keychain, when there is one, never into a file.
class DatabaseConnector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnector)

public:
    struct Result
    {
        std::unique_ptr<core::Database> db;
        QString error; // translated, without the password; empty when db is open
    };

    static Result open(const QString &text, const PasswordKeychain &keychain);
    // Shows `error` (when given), then the connection dialog filled with `text`, until a
    // database opens. Null when the clerk cancels.
    static std::unique_ptr<core::Database> ask(QWidget *parent, QString text, const PasswordKeychain &keychain,
                                               QString error = {});
    // Opens `text` at once, and asks as ask() does when that fails (File > Recent databases).
    static std::unique_ptr<core::Database> reopen(QWidget *parent, const QString &text,
                                                  const PasswordKeychain &keychain);
};

} // namespace paydesk::ui
