#include "CommandLine.h"

#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    paydesk::core::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return paydesk::cli::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
}
