#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::test {

// What one run of the real paydesk-cli printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QString describe() const;
};

// The paydesk-cli that ctest names in PAYDESK_CLI; empty when a test runs outside ctest.
QString cliProgram();

// Runs paydesk-cli --db `db` --user `user` `args` in `locale` (LC_ALL and LANG: the human
// form formats amounts in the system locale, so tests pin it).
CliRun runCli(const QString &db, const QString &user, const QStringList &args, const QString &locale = QStringLiteral("C"));

} // namespace paydesk::test
