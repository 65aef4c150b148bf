// How long the Patient Billing page takes to first paint its Payment plans tab: from the
// window's construction, through the tab's first keyset page and show(), to the end of the
// list's first paint event. Measured on a practice with its plans, and, in the same run, on
// an empty database (the window's own cost, the baseline). The practice is generated
// (DailyBillingBenchmark::addPracticeWithPlans, then a daily run, untimed) in a scratch
// SQLite file unless --db names one. Printed, never asserted: run it by hand,
// e.g. `bench_billingpage` (100,000 families, 50,000 plans) or `bench_billingpage --db FILE`.
#include "ListTableView.h"
#include "billing/BillingAccountReader.h"
#include "billing/BillingListModel.h"
#include "billing/BillingListPage.h"
#include "billing/PatientBillingDialog.h"
#include "bench/BenchMeasure.h"
#include "bench/DailyBillingBenchmark.h"
#include "billing/DailyBillingRun.h"
#include "ledger/LedgerCalendar.h"
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
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("A practice to measure (a SQLite file or a URL); else one is generated."),
                      QStringLiteral("db")});
    parser.addOption({QStringLiteral("generate"),
                      QStringLiteral("Generate the practice into --db (a new database) and keep it.")});
    parser.addOption({QStringLiteral("families"), QStringLiteral("Families generated."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("plans"), QStringLiteral("Plans among them."), QStringLiteral("n"),
                      QStringLiteral("50000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure (median)."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.process(app);
    QTextStream out(stdout);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir scratch;
    const core::Database empty(core::ConnectionSpec::parse(QDir(scratch.path()).filePath(QStringLiteral("empty.sqlite"))));
    const QString practiceDb = parser.isSet(QStringLiteral("db"))
            ? parser.value(QStringLiteral("db"))
            : QDir(scratch.path()).filePath(QStringLiteral("practice.sqlite"));
    const core::Database practice(core::ConnectionSpec::parse(practiceDb));
    if (!parser.isSet(QStringLiteral("db")) || parser.isSet(QStringLiteral("generate"))) {
        const QDate today = core::LedgerCalendar(practice).today();
        const core::PlanPractice made = core::DailyBillingBenchmark::addPracticeWithPlans(
                practice, QStringLiteral("bench"), parser.value(QStringLiteral("families")).toInt(),
                parser.value(QStringLiteral("plans")).toInt(), 1, today);
        const auto start = Measure::Clock::now();
        core::DailyBillingRun(practice, QStringLiteral("bench")).run(today);
        out << "practice: " << Measure::grouped(made.families) << " families generated in "
            << Measure::seconds(made.generateNs) << ", " << Measure::grouped(made.plans) << " plans, a daily run in "
            << Measure::seconds(Measure::elapsedNs(start)) << " (setup, not the measure)\n";
        out.flush();
    }
    const qint64 plans = core::BillingAccountReader(practice).list(BillingList::Plans).size();

    // The list's own share: the first keyset page as the tab reads it.
    QList<qint64> pageNs;
    for (int i = 0; i < runs; ++i) {
        const auto start = Measure::Clock::now();
        core::BillingAccountReader(practice).list(BillingList::Plans, {}, 0, 200);
        pageNs << Measure::elapsedNs(start);
    }
    std::sort(pageNs.begin(), pageNs.end());

    const FirstPaint baseline = medianFirstPaint(empty, runs);
    const FirstPaint measured = medianFirstPaint(practice, runs);
    out << "Payment plans tab, first paint (median of " << runs << "):\n"
        << "  baseline, no plans:      " << Measure::micros(baseline.ns) << "\n"
        << "  " << Measure::grouped(plans) << " plans (" << measured.rows << " rows read): "
        << Measure::micros(measured.ns) << " (" << Measure::micros(measured.ns - baseline.ns)
        << " over the baseline; goal under 100 ms)\n"
        << "  of which the first page of 200 plans (BillingAccountReader::list): "
        << Measure::micros(pageNs[pageNs.size() / 2]) << "\n";
    return 0;
}
