#include "CommandLine.h"

#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    paydesk::core::setApplicationIdentity();
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/paydesk_en.qm")))
        QCoreApplication::installTranslator(&english);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return paydesk::cli::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
}
