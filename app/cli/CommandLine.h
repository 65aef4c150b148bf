#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace paydesk::cli {

// paydesk-cli's dispatcher: reads the global options and the command, checks every
// option value, runs the command and turns what the core refuses into lines on stderr.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` without the program name. Returns the exit status: 0 on success, 1 when
    // input was refused (one "paydesk-cli: ..." line per problem on stderr; nothing was
    // written) or the database failed, or what the command returned (verify).
    int run(const QStringList &arguments);

    // Whether `arguments` (as run() takes them) name a command that lays out text
    // (CommandSpec::rendersDocuments): main() then makes a QGuiApplication. False for a
    // command line run() refuses, which then needs no GUI.
    static bool rendersDocuments(const QStringList &arguments);

private:
    int dispatch(const QStringList &arguments);
    void report(const QStringList &problems);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace paydesk::cli
