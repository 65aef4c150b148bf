// How long the Patient Billing page takes to first paint its Payment plans tab: from the
// window's construction, through the tab's first keyset page and show(), to the end of the
// list's first paint event. Measured on a practice with its plans, and, in the same run, on
// an empty database (the window's own cost, the baseline). Printed, never asserted: run it
// by hand (QT_QPA_PLATFORM=offscreen bench_billingpage --db practice.sqlite).
#include "ListTableView.h"
#include "billing/BillingAccountReader.h"
#include "billing/BillingListModel.h"
#include "billing/BillingListPage.h"
#include "billing/PatientBillingDialog.h"
#include "bench/BenchMeasure.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace paydesk;
using core::BillingList;
namespace Measure = core::BenchMeasure;

namespace {

// Sees the list's paint event; the paint itself runs right after the filter returns, so
// once the event loop gives control back the list is on screen.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *watched) { watched->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

struct FirstPaint
{
    qint64 ns = 0;
    int rows = 0;
};

FirstPaint firstPaint(const core::Database &db)
{
    const auto start = Measure::Clock::now();
    ui::PatientBillingDialog page(db, QStringLiteral("bench"));
    page.showList(BillingList::Plans);
    ui::BillingListPage *plans = page.page(BillingList::Plans);
    PaintWatch watch(plans->view()->viewport());
    page.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return {Measure::elapsedNs(start), plans->model()->rowCount()};
}

// The median of `runs` first paints (the first run also warms the page cache and fonts).
FirstPaint medianFirstPaint(const core::Database &db, int runs)
{
    QList<FirstPaint> all;
    for (int i = 0; i < runs; ++i)
        all << firstPaint(db);
    std::sort(all.begin(), all.end(), [](const FirstPaint &a, const FirstPaint &b) { return a.ns < b.ns; });
    return all[all.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("First paint of the Patient Billing page's Payment plans tab."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The practice (a SQLite file or a URL)."), QStringLiteral("db")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure (median)."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(QStringLiteral("db"))) {
        out << "bench_billingpage: --db names the practice to measure\n";
        return 1;
    }
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir scratch;
    const core::Database empty(core::ConnectionSpec::parse(QDir(scratch.path()).filePath(QStringLiteral("empty.sqlite"))));
    const core::Database practice(core::ConnectionSpec::parse(parser.value(QStringLiteral("db"))));
    const qint64 plans = core::BillingAccountReader(practice).list(BillingList::Plans).size();

    const FirstPaint baseline = medianFirstPaint(empty, runs);
    const FirstPaint measured = medianFirstPaint(practice, runs);
    out << "Payment plans tab, first paint (median of " << runs << "):\n"
        << "  baseline, no plans:      " << Measure::micros(baseline.ns) << "\n"
        << "  " << Measure::grouped(plans) << " plans (" << measured.rows << " rows read): "
        << Measure::micros(measured.ns) << " (" << Measure::micros(measured.ns - baseline.ns)
        << " over the baseline; goal under 100 ms)\n";
    return 0;
}
