#include "DatabaseConnector.h"
#include "DeskBenchmark.h"
#include "KeyboardAccess.h"
#include "MainWindow.h"
#include "PasswordKeychain.h"
#include "RecentDatabases.h"
#include "Resources.h"
#include "ScreenshotTour.h"
#include "WindowState.h"
#include "dialogs/ErrorLabel.h"
#include "help/HelpKey.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "users/SignInDialog.h"
#include "util/AppIdentity.h"
#include "util/Errors.h"
#include "util/LoginName.h"
#include "util/MemoryReturn.h"
#include "util/SiteConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace paydesk;

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("main", source);
}

void installTranslators(QApplication &app)
{
    const QLocale locale;
    const auto install = [&app](const QLocale &language, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(language, name, u"_"_s, folder))
            QCoreApplication::installTranslator(translator);
    };
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English first: it carries the plural forms ("1 member", "2 members"); the system
    // language, installed after it, is asked first.
    install(QLocale(QLocale::English), u"paydesk"_s, u":/i18n"_s);
    if (locale.language() != QLocale::English)
        install(locale, u"paydesk"_s, u":/i18n"_s);
}

// The last resort of the desk's error policy (ui::ErrorLabel::explainCurrentException()):
// an exception that a slot let escape is shown, and the program keeps running, where Qt
// would end it. The desk's commands and account view catch their own first.
class DeskApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (const std::exception &) {
            QMessageBox::warning(activeWindow(), text(QT_TRANSLATE_NOOP("main", "PayDesk")),
                                 ui::ErrorLabel::explainCurrentException().join(u'\n'));
        }
        return false;
    }
};

// --help and --version print and quit: they need no display (help2man reads them when the
// package is built), so they run on the offscreen platform.
bool onlyPrints(int argc, char *argv[])
{
    const QByteArrayList printing = {"-h", "--help", "--help-all", "-v", "--version"};
    return std::any_of(argv + 1, argv + argc, [&](const char *arg) { return printing.contains(arg); });
}

// Without --db or a database of the last session: the shared database that the
// installation's settings file names, else the desk's own file.
QString defaultDatabase(const QString &ownFile)
{
    try {
        return core::SiteConfig::defaultDatabase().value_or(ownFile);
    } catch (const core::Refusal &refusal) {
        QTextStream(stderr) << refusal.message() << Qt::endl;
        return ownFile;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const auto mainStarted = std::chrono::steady_clock::now();
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    DeskApplication app(argc, argv);
    core::setApplicationIdentity();
    core::returnLargeBlocksToSystem();
    ui::initResources();
    // Before the first window: the connection and sign-in windows come before the desk's.
    ui::KeyboardAccess::install();
    ui::HelpKey::install();
    QApplication::setWindowIcon(QIcon(u":/icons/paydesk.png"_s));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(text(QT_TRANSLATE_NOOP("main", "PayDesk: the posting desk for patient payments.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, text(QT_TRANSLATE_NOOP("main", "The database: a SQLite file, postgresql://user@host[:port]/dbname or "
                                                   "postgresql://?service=NAME.")),
        text(QT_TRANSLATE_NOOP("main", "URL")), core::ConnectionSpec::defaultSqlitePath());
    const QCommandLineOption userOption(u"user"_s,
                                        text(QT_TRANSLATE_NOOP("main", "Who is working, for the audit trail.")),
                                        text(QT_TRANSLATE_NOOP("main", "NAME")), core::loginName());
    const QCommandLineOption screenshotOption(
        u"screenshot-dir"_s,
        text(QT_TRANSLATE_NOOP("main", "Save screenshots of the desk into this folder, then quit.")),
        text(QT_TRANSLATE_NOOP("main", "DIR")));
    const QCommandLineOption familyOption(
        u"screenshot-family"_s, text(QT_TRANSLATE_NOOP("main", "The family the screenshots show (default: a busy one).")),
        text(QT_TRANSLATE_NOOP("main", "ID")), u"0"_s);
    const QCommandLineOption benchmarkOption(
        u"benchmark-desk"_s,
        text(QT_TRANSLATE_NOOP("main", "Open the database, print how long the desk took to show and to search, and the "
                                       "memory it holds, then quit.")));
    const QCommandLineOption jsonOption(u"json"_s,
                                        text(QT_TRANSLATE_NOOP("main", "With --benchmark-desk: print the figures as JSON.")));
    parser.addOptions({dbOption, userOption, screenshotOption, familyOption, benchmarkOption, jsonOption});
    parser.process(app);

    // Screenshots and the benchmark run unattended: no dialog may wait for anyone.
    const bool unattended = parser.isSet(screenshotOption) || parser.isSet(benchmarkOption);
    // Without --db, the database of the last session; screenshots show only what they are told.
    const QString remembered = unattended ? QString() : ui::RecentDatabases::last();
    const QString where = parser.isSet(dbOption) ? parser.value(dbOption)
        : !remembered.isEmpty()                  ? remembered
        : unattended                             ? parser.value(dbOption)
                                                 : defaultDatabase(parser.value(dbOption));
    const ui::PasswordKeychain &keychain = ui::PasswordKeychain::system();
    ui::DatabaseConnector::Result opened = ui::DatabaseConnector::open(where, keychain);
    std::unique_ptr<core::Database> db = std::move(opened.db);
    if (!db && unattended) {
        QTextStream(stderr) << opened.error << Qt::endl;
        return 1;
    }
    if (!db)
        db = ui::DatabaseConnector::ask(nullptr, where, keychain, opened.error);
    if (!db)
        return 1;

    // A secured database is worked on by who signs in; an open one by the name given.
    const std::optional<QString> user = unattended ? parser.value(userOption)
                                                   : ui::SignInDialog::userFor(*db, parser.value(userOption), nullptr);
    if (!user)
        return 1;
    ui::MainWindow window(std::move(db), *user);
    if (parser.isSet(benchmarkOption)) {
        ui::WindowState::restore(window);
        const ui::DeskBenchmark::Figures figures =
            ui::DeskBenchmark::run(window, mainStarted, ui::DeskBenchmark::defaultSearches());
        QTextStream out(stdout);
        if (parser.isSet(jsonOption))
            out << QString::fromUtf8(QJsonDocument(ui::DeskBenchmark::json(figures)).toJson(QJsonDocument::Indented));
        else
            out << ui::DeskBenchmark::lines(figures).join(u'\n') << Qt::endl;
        return 0;
    }
    if (parser.isSet(screenshotOption)) {
        const QString error = ui::ScreenshotTour::run(window, parser.value(screenshotOption),
                                                      parser.value(familyOption).toLongLong());
        if (!error.isEmpty())
            QTextStream(stderr) << error << Qt::endl;
        return error.isEmpty() ? 0 : 1;
    }
    ui::WindowState::restore(window);
    window.show();
    const int status = app.exec();
    ui::WindowState::save(window);
    return status;
}
