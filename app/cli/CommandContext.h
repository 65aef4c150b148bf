#pragma once

#include "Invocation.h"

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QJsonObject;
class QTemporaryDir;
class QTextStream;
QT_END_NAMESPACE

namespace paydesk::core {
class Database;
}

namespace paydesk::cli {

// What a command works with: its checked options, the acting user, the database (opened
// only when the command asks for it, so a refused command line never creates a file) and
// standard output in the form asked for.
class CommandContext
{
public:
    CommandContext(Invocation options, QTextStream &out);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    const Invocation &options() const { return m_options; }
    // --user, else the login name, else "unknown".
    QString user() const;
    bool json() const { return m_options.has(QStringLiteral("--json")); }
    // --db, else the file the GUI uses too. Opening creates or upgrades the schema.
    core::Database &db();
    // --db, else a scratch SQLite file deleted when the command ends: benchmarks add whole
    // invented practices, which must not land in the database the desk uses.
    core::Database &scratchOrGivenDb();

    void print(const QJsonObject &object);
    // Writes `text` and a line end.
    void print(const QString &text);

private:
    Invocation m_options;
    QTextStream &m_out;
    // Declared before the database, so that the file outlives the connection to it.
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<core::Database> m_db;
};

} // namespace paydesk::cli
