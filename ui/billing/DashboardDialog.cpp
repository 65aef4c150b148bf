#include "billing/DashboardDialog.h"

#include "ScreenFit.h"
#include "billing/BillingDashboard.h"
#include "ledger/LedgerCalendar.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace paydesk::ui {

namespace {

constexpr int disabledDays = 30;
constexpr int paymentMonths = 12;
// Days between two dates labelled under the plans disabled (the last one is today).
constexpr int labelEveryDays = 7;

// The step of an axis that reaches `top` in at most five steps: 1, 2 or 5 times a power of
// ten times `unit` (1 family, 1 cent), in integers.
qint64 niceStep(qint64 top, qint64 unit)
{
    for (qint64 base = unit;; base *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            if (base * factor * 5 >= top)
                return base * factor;
        }
    }
}

// A value axis from 0 to `top` or just past it, labelled at each step by `label` (a count, or
// an amount in cents as Money writes it), so that no label is a figure the chart rounded.
QCategoryAxis *steppedAxis(qint64 top, qint64 unit, const std::function<QString(qint64)> &label)
{
    const qint64 step = niceStep(top, unit);
    const qint64 end = std::max<qint64>(step, (top + step - 1) / step * step);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    for (qint64 value = 0; value <= end; value += step)
        axis->append(label(value), qreal(value));
    axis->setRange(0, qreal(end));
    return axis;
}

QCategoryAxis *countAxis(qint64 top)
{
    return steppedAxis(top, 1, [](qint64 count) { return QLocale().toString(count); });
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChartView *newView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus);
    view->setMinimumSize(300, 200);
    return view;
}

} // namespace

DashboardDialog::DashboardDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_statuses(newView(QStringLiteral("statusChart"), this))
    , m_disabled(newView(QStringLiteral("disabledChart"), this))
    , m_payments(newView(QStringLiteral("paymentsChart"), this))
{
    const QDate today = core::LedgerCalendar(db).today();
    setWindowTitle(tr("Patient billing dashboard – %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    drawStatuses(db);
    drawDisabled(db, today);
    drawPayments(db, today);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_statuses, 0, 0, 1, 2);
    grid->addWidget(m_disabled, 1, 0);
    grid->addWidget(m_payments, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    // The months need room for a name under each of twelve bars; the days are named weekly.
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(ScreenFit::size(this, QSize(1100, 760)));
}

void DashboardDialog::drawStatuses(const core::Database &db)
{
    // Horizontal bars: the status strings are long, and are shown whole and untranslated.
    auto *counts = new QBarSet(tr("Families"));
    QStringList statuses;
    qint64 top = 0;
    const auto byStatus = core::BillingDashboard(db).familiesByStatus();
    // Bars are drawn from the bottom up: the first status goes last to be on top.
    for (auto it = byStatus.crbegin(); it != byStatus.crend(); ++it) {
        statuses << core::BillingStatuses::text(it->first);
        *counts << qreal(it->second);
        top = std::max(top, it->second);
    }
    counts->setLabelColor(palette().color(QPalette::Text));
    auto *series = new QHorizontalBarSeries;
    series->append(counts);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    QChart *chart = newChart(tr("Families by billing status"));
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(statuses);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QCategoryAxis *values = countAxis(top);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_statuses->setChart(chart);
}

void DashboardDialog::drawDisabled(const core::Database &db, const QDate &today)
{
    auto *plans = new QBarSet(tr("Plans disabled"));
    qint64 top = 0;
    const auto perDay = core::BillingDashboard(db).plansDisabledLast30Days(today);
    for (const auto &[day, count] : perDay) {
        *plans << qreal(count);
        top = std::max(top, count);
    }
    auto *series = new QBarSeries;
    series->append(plans);
    series->setBarWidth(0.7);
    QChart *chart = newChart(tr("Plans disabled in the last %1 days").arg(disabledDays));
    chart->addSeries(series);
    // The bars stand at 0 to 29; today and every seventh day before it are named under them.
    auto *days = new QCategoryAxis;
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    days->setStartValue(-0.5);
    const int last = int(perDay.size()) - 1;
    for (int index = last % labelEveryDays; index <= last; index += labelEveryDays)
        days->append(QLocale().toString(perDay.at(index).first, tr("MMM d", "a day under a chart's bar")), index);
    days->setRange(-0.5, last + 0.5);
    days->setGridLineVisible(false);
    // Upright, a label wider than its share of the axis is elided ("16 …"), as happens in
    // Spanish and on a small screen; turned, every one is read whole.
    days->setLabelsAngle(-90);
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    QCategoryAxis *counts = countAxis(top);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    m_disabled->setChart(chart);
}

void DashboardDialog::drawPayments(const core::Database &db, const QDate &today)
{
    const QList<core::BillingDashboard::Month> months =
            core::BillingDashboard(db).planPaymentsByMonth(today, paymentMonths);
    const QLocale locale;
    auto *received = new QBarSet(tr("Received"));
    QStringList names;
    qint64 topCents = 0;
    for (const core::BillingDashboard::Month &month : months) {
        names << locale.toString(month.month, tr("MMM", "a month under a chart's bar; the title names the years"));
        // A bar's height in cents is drawing, not arithmetic: the one place an amount becomes
        // a floating-point number (exact below 2^53 cents), to place pixels. Every figure
        // shown is Money's own text.
        *received << qreal(month.received.cents());
        topCents = std::max(topCents, month.received.cents());
    }
    // The exact amount of a month on the bar under the mouse.
    connect(received, &QBarSet::hovered, this, [months, locale](bool over, int index) {
        const core::BillingDashboard::Month &month = months.at(index);
        if (over)
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(locale.toString(month.month, u"MMMM yyyy"),
                                                                month.received.toString(locale)));
        else
            QToolTip::hideText();
    });
    auto *series = new QBarSeries;
    series->append(received);
    // Twelve bars leave no room for a year under each: the title says which months they are.
    const QString range = months.isEmpty() ? QString()
                                           : tr("%1 to %2").arg(locale.toString(months.first().month, u"MMM yyyy"),
                                                                locale.toString(months.last().month, u"MMM yyyy"));
    QChart *chart = newChart(tr("Plan payments received per month, %1").arg(range));
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setLabelsAngle(-90); // as the days' axis: never elided
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    // Steps of whole units at least: 100 cents.
    QCategoryAxis *amounts = steppedAxis(topCents, 100, [locale](qint64 cents) {
        return core::Money::fromCents(cents).toString(locale);
    });
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(amounts);
    m_payments->setChart(chart);
}

} // namespace paydesk::ui
