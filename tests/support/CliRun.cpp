#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace paydesk::test {

QString CliRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out, err);
}

QString cliProgram()
{
    return qEnvironmentVariable("PAYDESK_CLI");
}

CliRun runCli(const QString &db, const QString &user, const QStringList &args, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, locale);
    environment.insert(u"LANG"_s, locale);
    process.setProcessEnvironment(environment);
    process.setProgram(cliProgram());
    process.setArguments(QStringList{u"--db"_s, db, u"--user"_s, user} + args);
    process.start();
    CliRun run;
    // A benchmark or an import of a big folder takes minutes on a loaded machine.
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = u"paydesk-cli did not finish: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace paydesk::test
