#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace paydesk::ui {

class MainWindow;

// Times the desk as a clerk meets it on a big practice (`paydesk --benchmark-desk`): from the
// process's start to the main window's first paint with the database open, type-ahead search
// one keystroke at a time through the real search box and model, and the memory held after.
// It prints figures and judges none: a shared machine's times vary from run to run.
class DeskBenchmark
{
public:
    struct Search
    {
        QString typed;
        int keystrokes = 0;
        int repeats = 0;
        qint64 medianNs = 0;  // over every keystroke of every repeat
        qint64 slowestNs = 0;
        qint64 wholeNs = 0;   // the last keystroke (the whole text typed), median of the repeats
        qint64 medianCpuNs = 0; // this process's CPU time per keystroke: what a busy machine's waits leave out
        int rows = 0;         // rows the list holds after the whole text
        bool more = false;    // whether the list has more to fetch as it scrolls
    };
    struct Figures
    {
        QString database;
        qint64 startToPaintNs = -1; // from the process's start (-1: unknown on this system)
        qint64 mainToPaintNs = 0;   // from main()
        QList<Search> searches;
        QString scrolled;           // the search whose list was scrolled to its end
        int rowsBeforeScroll = 0;
        int rowsAfterScroll = 0;
        qint64 residentKb = 0;
        qint64 peakKb = 0;
    };

    // What a clerk types: a surname's first letter (the most matches), a surname prefix,
    // "last, first", a first name, an account number and a birth date.
    static QStringList defaultSearches();

    // Shows `window` (constructed, not yet shown), waits for its first paint, then types each
    // search `repeats` times into its search box.
    static Figures run(MainWindow &window, std::chrono::steady_clock::time_point mainStarted,
                       const QStringList &searches, int repeats = 3);

    static QStringList lines(const Figures &figures);
    static QJsonObject json(const Figures &figures);
};

} // namespace paydesk::ui
