#include "DeskBenchmark.h"

#include "ListTableView.h"
#include "MainWindow.h"
#include "PatientSearchPanel.h"
#include "bench/BenchMeasure.h"
#include "models/PatientSearchModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>

namespace paydesk::ui {

using namespace core::BenchMeasure;

namespace {

// Ends `loop` once the window's first paint is done: the paint event comes first, the
// children's paint events and the flush to the screen follow in the same pass, so the
// queued call runs after all of it.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, QEventLoop *loop) : m_window(window), m_loop(loop) { window->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            QTimer::singleShot(0, m_loop, &QEventLoop::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
    QEventLoop *m_loop;
};

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One character typed into the box as the keyboard would, then the search the debounce
// would start a moment later, at once: the debounce is a pause for the clerk, not work.
std::pair<qint64, qint64> typeKey(PatientSearchPanel &panel, QChar character)
{
    const auto start = Clock::now();
    const qint64 cpuStart = processCpuNs();
    QKeyEvent press(QEvent::KeyPress, character.toUpper().unicode(), Qt::NoModifier, QString(character));
    QApplication::sendEvent(panel.searchEdit(), &press);
    QKeyEvent release(QEvent::KeyRelease, character.toUpper().unicode(), Qt::NoModifier, QString(character));
    QApplication::sendEvent(panel.searchEdit(), &release);
    panel.search(panel.searchEdit()->text());
    return {elapsedNs(start), processCpuNs() - cpuStart};
}

DeskBenchmark::Search typeSearch(PatientSearchPanel &panel, const QString &text, int repeats)
{
    DeskBenchmark::Search search;
    search.typed = text;
    search.keystrokes = int(text.size());
    search.repeats = repeats;
    QList<qint64> keystrokes, cpu, wholes;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        panel.search({});
        for (const QChar character : text) {
            const auto [wall, used] = typeKey(panel, character);
            keystrokes.append(wall);
            cpu.append(used);
        }
        if (!text.isEmpty())
            wholes.append(keystrokes.constLast());
    }
    search.medianNs = median(keystrokes);
    search.slowestNs = keystrokes.isEmpty() ? 0 : *std::max_element(keystrokes.cbegin(), keystrokes.cend());
    search.wholeNs = median(wholes);
    search.medianCpuNs = median(cpu);
    search.rows = panel.model()->rowCount();
    search.more = panel.model()->canFetchMore({});
    return search;
}

QString millis(qint64 ns)
{
    const qint64 hundredths = (ns + 5'000) / 10'000;
    return QStringLiteral("%1.%2 ms").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

} // namespace

QStringList DeskBenchmark::defaultSearches()
{
    return {QStringLiteral("m"),    QStringLiteral("hadd"), QStringLiteral("Haddad, María"),
            QStringLiteral("maria"), QStringLiteral("4242"), QStringLiteral("1955-12-24")};
}

DeskBenchmark::Figures DeskBenchmark::run(MainWindow &window, std::chrono::steady_clock::time_point mainStarted,
                                          const QStringList &searches, int repeats)
{
    Figures figures;
    figures.database = window.database().spec().displayName();
    {
        QEventLoop loop;
        FirstPaint firstPaint(&window, &loop);
        window.show();
        loop.exec();
    }
    figures.startToPaintNs = sinceProcessStartNs();
    figures.mainToPaintNs = elapsedNs(mainStarted);

    PatientSearchPanel &panel = *window.searchPanel();
    for (const QString &text : searches)
        figures.searches.append(typeSearch(panel, text, std::max(1, repeats)));
    // The list reads a page at a time: scrolling to its end reads one more, not the rest.
    if (!searches.isEmpty()) {
        figures.scrolled = searches.constFirst();
        panel.search(figures.scrolled);
        figures.rowsBeforeScroll = panel.model()->rowCount();
        panel.results()->scrollToBottom();
        QApplication::processEvents();
        figures.rowsAfterScroll = panel.model()->rowCount();
    }
    figures.residentKb = residentKb();
    figures.peakKb = peakResidentKb();
    return figures;
}

QStringList DeskBenchmark::lines(const Figures &f)
{
    QStringList lines{QStringLiteral("Desk benchmark on %1").arg(f.database)};
    lines.append(QStringLiteral("first paint: %1 from the process's start (goal < 0.50 s), %2 from main()")
                     .arg(f.startToPaintNs < 0 ? QStringLiteral("unknown") : seconds(f.startToPaintNs),
                          seconds(f.mainToPaintNs)));
    for (const Search &s : f.searches) {
        lines.append(QStringLiteral("search \"%1\": %2 keystrokes x %3, per keystroke median %4 (CPU %5), slowest %6 "
                                    "(goal < 50 ms); whole text %7; %8 rows listed%9")
                         .arg(s.typed)
                         .arg(s.keystrokes)
                         .arg(s.repeats)
                         .arg(millis(s.medianNs), millis(s.medianCpuNs), millis(s.slowestNs), millis(s.wholeNs))
                         .arg(s.rows)
                         .arg(s.more ? QStringLiteral(", more as the list scrolls") : QString()));
    }
    if (!f.scrolled.isEmpty()) {
        lines.append(QStringLiteral("scrolling \"%1\" to the end: %2 rows read, then %3")
                         .arg(f.scrolled)
                         .arg(f.rowsBeforeScroll)
                         .arg(f.rowsAfterScroll));
    }
    lines.append(QStringLiteral("memory: %1 resident after opening and searching (goal < 200 MB), peak %2")
                     .arg(megabytes(f.residentKb), megabytes(f.peakKb)));
    return lines;
}

QJsonObject DeskBenchmark::json(const Figures &f)
{
    QJsonArray searches;
    for (const Search &s : f.searches) {
        searches.append(QJsonObject{{QStringLiteral("typed"), s.typed},
                                    {QStringLiteral("keystrokes"), s.keystrokes},
                                    {QStringLiteral("repeats"), s.repeats},
                                    {QStringLiteral("median_ns"), s.medianNs},
                                    {QStringLiteral("slowest_ns"), s.slowestNs},
                                    {QStringLiteral("whole_ns"), s.wholeNs},
                                    {QStringLiteral("median_cpu_ns"), s.medianCpuNs},
                                    {QStringLiteral("rows"), s.rows},
                                    {QStringLiteral("more"), s.more}});
    }
    return {{QStringLiteral("database"), f.database},
            {QStringLiteral("start_to_paint_ns"), f.startToPaintNs},
            {QStringLiteral("main_to_paint_ns"), f.mainToPaintNs},
            {QStringLiteral("searches"), searches},
            {QStringLiteral("scrolled"), f.scrolled},
            {QStringLiteral("rows_before_scroll"), f.rowsBeforeScroll},
            {QStringLiteral("rows_after_scroll"), f.rowsAfterScroll},
            {QStringLiteral("resident_kb"), f.residentKb},
            {QStringLiteral("peak_kb"), f.peakKb}};
}

} // namespace paydesk::ui
