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

// Opens the database a person named, a SQLite file or a postgresql:// URL, and asks again
// through the connection dialog when it cannot be opened.
class DatabaseConnector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnector)

public:
    struct Result
    {
        std::unique_ptr<core::Database> db;
        QString error; // translated; empty when db is open
    };

    static Result open(const QString &text);
    // Shows `error` (when given), then the connection dialog filled with `text`, until a
    // database opens. Null when the clerk cancels.
    static std::unique_ptr<core::Database> ask(QWidget *parent, QString text, QString error = {});
};

} // namespace paydesk::ui
