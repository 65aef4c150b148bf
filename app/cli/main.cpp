#include "CommandLine.h"

#include "util/AppIdentity.h"
#include "util/MemoryReturn.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Laying out a PDF needs Qt GUI's fonts, hence a QGuiApplication; on the offscreen
    // platform it needs no display, on a server as at a desk. Every other command starts
    // without loading any GUI plugin.
    std::optional<QTemporaryDir> runtime;
    std::unique_ptr<QCoreApplication> app;
    if (paydesk::cli::CommandLine::rendersDocuments(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt GUI warns on stderr when the session has no runtime folder (cron, a service):
        // a private one for this run keeps stderr to the command's own lines.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.emplace().isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    paydesk::core::setApplicationIdentity();
    paydesk::core::returnLargeBlocksToSystem();
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/paydesk_en.qm")))
        QCoreApplication::installTranslator(&english);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return paydesk::cli::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
}
